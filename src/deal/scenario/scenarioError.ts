import { DealCalcError, type ErrorKind } from '../../errors.js';
import type { ScenarioErrorInfo } from './types.js';

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
