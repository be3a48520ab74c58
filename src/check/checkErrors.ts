/**
 * Every error of checking a quoted conversion and scanning a story, one wording each: a pair
 * that is not one, figures that cannot be a conversion, a story without a day.
 */
import { errorFrom, hinted, type DealCalcError } from '../errors.js';

const PAIR_SHAPE = 'Write the pair as news does, "about 1.5 billion yuan ($227 million)"';

/**
 * A text that is not a figure with its conversion; `brackets` when the brackets were the problem.
 *
 * @example
 * notAPair('1.5 billion yuan').message //=> '"1.5 billion yuan" is not a figure with its conversion'
 * notAPair('a (b', 'brackets').message //=> '"a (b" is not a figure with its conversion in brackets'
 */
export function notAPair(text: string, brackets?: 'brackets'): DealCalcError {
  return errorFrom({
    code: 'CHECK_NOT_A_PAIR',
    message: `"${text.slice(0, 200)}" is not a figure with its conversion${brackets ? ' in brackets' : ''}`,
    hint: `${PAIR_SHAPE}${brackets ? '' : ' or "X, or about Y"'}, or give the two figures apart.`,
    position: { input: text, index: 0, length: Math.max(1, text.length) },
  });
}

/**
 * A request with neither a pair's text nor its two figures.
 *
 * @example
 * noFiguresToCheck().code //=> 'CHECK_NOT_A_PAIR'
 */
export function noFiguresToCheck(): DealCalcError {
  return errorFrom({
    code: 'CHECK_NOT_A_PAIR',
    message: 'no figures to check',
    hint: 'Give a pair such as "about 1.5 billion yuan ($227 million)".',
  });
}

/**
 * A figure of a pair that is zero or negative.
 *
 * @example
 * figureNotPositive('first', '0 yuan', '0', 'CNY').message
 * //=> 'the first figure "0 yuan" is not a positive amount (it stands for 0 CNY)'
 */
export function figureNotPositive(
  which: string,
  text: string,
  value: string,
  currency: string,
): DealCalcError {
  return errorFrom({
    code: 'CHECK_FIGURE_NOT_POSITIVE',
    message: `the ${which} figure "${text}" is not a positive amount (it stands for ${value} ${currency})`,
    hint: 'A conversion pair needs two positive amounts: give the figures as the text wrote them, without a sign.',
  });
}

/**
 * Two figures in one currency: nothing was converted.
 *
 * @example
 * sameCurrency('USD', '$1', 'US$1').code //=> 'CHECK_SAME_CURRENCY'
 */
export function sameCurrency(currency: string, first: string, second: string): DealCalcError {
  return errorFrom({
    code: 'CHECK_SAME_CURRENCY',
    message: `both figures are in ${currency} ("${first}", "${second}"): there is no conversion to check`,
    hint: 'Give two figures in different currencies, e.g. "1.5 billion yuan" and "$227 million".',
  });
}

/**
 * A story that writes no date, scanned without one.
 *
 * @example
 * scanNoDate().code //=> 'SCAN_NO_DATE'
 */
export function scanNoDate(): DealCalcError {
  return errorFrom({
    code: 'SCAN_NO_DATE',
    message: 'the text says no date, and no day was given',
    ...hinted("Give the story's day as the {date}, e.g. 2017-11-15."),
  });
}
