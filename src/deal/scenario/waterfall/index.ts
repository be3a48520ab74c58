/**
 * Exit waterfalls: share classes, the division of an exit among them, and its breakpoints.
 * Internal to the scenario model; runScenario returns the answers.
 */
export {
  Probe,
  at,
  constant,
  EXIT,
  NOTHING,
  plus,
  minus,
  times,
  over,
  total,
  sameLine,
  type Affine,
} from './affine.js';
export { divide, totalPaid, type Choices, type Division, type SeriesShare } from './distribute.js';
export { equilibrium, choosersOf, switched, payoutOf, hasSwitched, type Chooser } from './equilibrium.js';
export { settle, divideExit, type ExitMeta } from './divideExit.js';
export { findBreakpoints, pieces, type Piece } from './breakpoints.js';
export { buildModel, seriesTerms, type SeriesTerms } from './buildModel.js';
export { classLedger, type ClassLedger, type Holding, type SeriesOrigin } from './classLedger.js';
export { runWaterfall, type WaterfallPart } from './runWaterfall.js';
export {
  readClasses,
  readExits,
  exitFigureAt,
  holdingClassAt,
  multipleAt,
  RESERVED_CLASSES,
} from './readClasses.js';
export { moneyWords, perShareWords } from './words.js';
export type * from './model.js';
export type * from './result.js';
export type * from './terms.js';
