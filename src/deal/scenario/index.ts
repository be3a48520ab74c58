/**
 * Scenarios: a cap table through priced rounds with option pools, SAFEs, notes and secondaries,
 * in any currencies on their dates; overrides and sensitivity sweeps. Pure: rate sources are
 * passed in. The file format is described in src/deal/scenario/README.md.
 */
export { parseScenario, scenarioFromDocument, type ParseScenarioOptions } from './parseScenario.js';
export { readScenarioDocument, type ScenarioDocument } from './document.js';
export { runScenario } from './runScenario.js';
export { applyOverride, overrideDocument } from './applyOverride.js';
export { resultValue, type ScenarioValue } from './resultValue.js';
export {
  parseSweep,
  sweepScenario,
  type SweepSpec,
  type SweepAxis,
  type SweepCell,
  type SweepResult,
  type SweepOptions,
} from './sweep.js';
export { parseScenarioPath, formatScenarioPath, type ScenarioPathSegment } from './path.js';
export { apportionPercents, PERCENT_DECIMALS, SCENARIO_POOL_ROW } from './table.js';
export { ScenarioError } from './scenarioError.js';
export type { DayCount, Compounding, CompoundingPeriod } from './interest.js';
export type * from './types.js';
export { answerScenario, type ScenarioAnswer, type ScenarioRequest } from './scenarioJob.js';
