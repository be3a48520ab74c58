/**
 * Scenarios: a cap table through priced rounds with option pools, SAFEs, notes and secondaries,
 * in any currencies on their dates; overrides and sensitivity sweeps. Pure: rate sources are
 * passed in. The file format is described in src/deal/scenario/README.md.
 */
export { parseScenario, scenarioFromDocument, type ParseScenarioOptions } from './parseScenario.js';
export {
  readScenarioDocument,
  type ScenarioDocument,
  type DocNode,
  type DocMap,
  type DocList,
  type DocScalar,
  type DocEntry,
  type DocWhere,
} from './document.js';
export { runScenario } from './runScenario.js';
export { applyOverride, overrideDocument } from './applyOverride.js';
export { resultValue, type ResultValue } from './resultValue.js';
export {
  parseSweep,
  sweepScenario,
  type SweepSpec,
  type SweepAxis,
  type SweepCell,
  type SweepResult,
  type SweepOptions,
} from './sweep.js';
export { parsePath, formatPath, type PathSegment } from './path.js';
export { apportionPercents, PERCENT_DECIMALS, POOL_ROW } from './table.js';
export { ScenarioError } from './scenarioError.js';
export type { DayCount, Compounding, CompoundingPeriod } from './interest.js';
export type * from './types.js';
