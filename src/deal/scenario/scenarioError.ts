import { DealCalcError, errorInfo, type ErrorCode, type ErrorKind } from '../../errors.js';
import type { DocWhere } from './document.js';
import type { ScenarioErrorInfo } from './types.js';

/**
 * An input error about one key of a scenario: the message starts with the key path (and the
 * line, when the key came from a file), and the path is kept as data for scripts.
 *
 * @example
 * scenarioError('SCENARIO_KEY_MISSING', 'rounds[0].date', 'is missing', 'Give the day of the round.').message
 * //=> 'rounds[0].date: is missing'
 */
export function scenarioError(
  code: ErrorCode,
  path: string,
  what: string,
  hint: string,
  where?: DocWhere,
): ScenarioErrorInfo {
  return errorInfo({
    code,
    message: `${path}${where ? ` (line ${where.line})` : ''}: ${what}`,
    hint,
    path,
    ...(where
      ? {
          position: {
            input: where.lineText,
            index: Math.min(where.column - 1, Math.max(0, where.lineText.length - 1)),
            length: 1,
          },
        }
      : {}),
  });
}

/**
 * A DealCalcError that also says which key of the scenario it concerns (`path`, kept by toInfo).
 *
 * @example
 * new ScenarioError({ code: 'SCENARIO_OVERSOLD', path: 'rounds[0].grants[0].shares', message: 'too many', hint: 'fewer' }).toInfo().path
 * //=> 'rounds[0].grants[0].shares'
 */
export class ScenarioError extends DealCalcError {
  readonly path: string;

  constructor(info: Omit<ScenarioErrorInfo, 'kind'> & { readonly kind?: ErrorKind }) {
    super(info);
    this.name = 'ScenarioError';
    this.path = info.path;
  }

  override toInfo(): ScenarioErrorInfo {
    return { ...super.toInfo(), path: this.path };
  }
}
