/** Checking quoted conversions ("about 1.5 billion yuan ($227 million)") and reading stories for them. */
export type * from './types.js';
export {
  checkPair,
  DEFAULT_SEARCH_DAYS,
  DEFAULT_TOLERANCE_PCT,
  DEFAULT_WINDOW_DAYS,
  type CheckOptions,
} from './checkPair.js';
export {
  MARKET_BASE_ORDER,
  marketDirection,
  type AmountIn,
  type MarketDirection,
} from '../fx/marketDirection.js';
export { impliedRate, type FigureAmounts, type ImpliedRateAndBounds } from './impliedRate.js';
export {
  boundsInterval,
  rateTest,
  ratioValue,
  type BoundEnd,
  type RatePosition,
  type RateBounds,
  type RateTest,
} from './rateTest.js';
export { quoteRatio } from './quoteRatio.js';
export { pairDays, type PairDays, type PairLeg } from './pairDays.js';
export { matchingDateRanges } from './matchingDates.js';
export { nearestFittingDays, type NearestFittingDays } from './nearestFittingDays.js';
export {
  DIAGNOSIS_FACTORS,
  diagnoseSource,
  summarizeDiagnosis,
  type DiagnoseSourceInput,
  type SourceDiagnosis,
} from './diagnose.js';
export { explainCheck, type ExplainInput } from './explainCheck.js';
export { CONFUSABLE_GROUPS, confusableWith, type ConfusableGroup } from './confusableCurrencies.js';
export { insideDays } from './insideDays.js';
export {
  compareFractions,
  compareScaled,
  scaledFromDecimal,
  scaledFromText,
  type ScaledInteger,
} from './scaledInteger.js';
export { readStoryDate, readStoryDates, type DateForm, type StoryDate } from './readStoryDate.js';
export {
  ARABIC_MONTHS,
  ENGLISH_MONTHS,
  FRENCH_MONTHS,
  GERMAN_MONTHS,
  MONTH_TABLES,
  PORTUGUESE_MONTHS,
  SPANISH_MONTHS,
  type MonthTable,
} from '../vocabulary/index.js';
export {
  pairConversions,
  type ConversionForm,
  type ConversionPair,
  type FigureInText,
} from './pairConversions.js';
export {
  ARABIC_CONNECTORS,
  CHINESE_CONNECTORS,
  CONNECTOR_TABLES,
  ENGLISH_CONNECTORS,
  FRENCH_CONNECTORS,
  GERMAN_CONNECTORS,
  JAPANESE_CONNECTORS,
  PORTUGUESE_CONNECTORS,
  SPANISH_CONNECTORS,
  type ConnectorTable,
} from '../vocabulary/index.js';
export { checkQuote, type CheckAnswer, type CheckRequest } from './checkQuote.js';
export {
  scanText,
  type ScanRequest,
  type ScanResult,
  type ScannedFigure,
  type ScannedPair,
  type ScanSummary,
  type TextPlace,
} from './scanText.js';
export { openScan, scanStreamOf, type ScanStream } from './scanStream.js';
export { checkChart } from './checkQuote.js';
