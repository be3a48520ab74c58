/**
 * The errors every layer may raise, one wording each: a setting out of range, a bug of ours.
 * Each area's own errors are in its `*Errors.ts` module (parse/figureErrors, fx/fxErrors,
 * store/storeErrors, check/checkErrors, deal/dealErrors, deal/scenario/scenarioErrors,
 * batch/batchErrors).
 */
import { DealCalcError, hinted } from './errors.js';

/**
 * A setting (an option, a field of a request) that cannot be used as given. The hint may name
 * settings as `{placeholders}` (see renderHint), which each shell names its own way.
 *
 * @example
 * optionInvalid('the span 2017-11-20 .. 2017-11-10 ends before it starts', 'Give the first day first.').code
 * //=> 'OPTION_INVALID'
 * optionInvalid('x', 'Name the {source}.').hint //=> 'Name the rate source.'
 */
export function optionInvalid(message: string, hint: string): DealCalcError {
  return new DealCalcError({
    code: 'OPTION_INVALID',
    message,
    ...(/\{[a-zA-Z]+(=[^}]*)?\}/.test(hint) ? hinted(hint) : { hint }),
  });
}

/**
 * A library call whose argument has the wrong type: a request that is not an object, a field
 * that is a number where text belongs. Names the job and the field, what it must be and what it
 * was, so a script's author finds the line; never a TypeError from deep inside.
 *
 * @example
 * requestInvalid('convert', 'request.to', 'a currency or a list of currencies', 'a number').message
 * //=> 'convert: request.to must be a currency or a list of currencies, not a number'
 * requestInvalid('convert', 'request', 'an object', 'undefined').code //=> 'REQUEST_INVALID'
 */
export function requestInvalid(job: string, field: string, wanted: string, got: string): DealCalcError {
  return new DealCalcError({
    code: 'REQUEST_INVALID',
    message: `${job}: ${field} must be ${wanted}, not ${got}`,
    hint: `Pass ${field} as ${wanted}; README's Library section and the exported types give each job's fields.`,
  });
}

/**
 * A bug of ours: something the code relies on does not hold. `reportWith` says what a report
 * should include (the command, the figure, the text checked).
 *
 * @example
 * internalError('the cross rate has one leg', 'the command you ran').hint
 * //=> 'This is a bug in dealcalc; please report it with the command you ran.'
 */
export function internalError(message: string, reportWith = 'the command you ran'): DealCalcError {
  return new DealCalcError({
    code: 'INTERNAL',
    message,
    hint: `This is a bug in dealcalc; please report it with ${reportWith}.`,
  });
}
