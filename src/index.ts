/**
 * dealcalc's public library API: pure functions over exact decimals. Nothing here reads files,
 * the clock or the environment; rate tables are values the caller passes in (in Node,
 * `dealcalc/node` adds openShippedStore() for the tables shipped with the package).
 *
 * The list is explicit: each job (convert, check, scan, stake, implied, scenario, rates), its
 * request and answer types, the store builders, the figure readers, one text renderer per job,
 * and the error class. Everything else in src/ is the package's own and may change.
 * test/package/publicApi.test.ts pins the names.
 *
 * @example
 * import { convert } from 'dealcalc';
 * import { openShippedStore } from 'dealcalc/node';
 * convert(openShippedStore(), { figure: '1.5 billion yuan', to: 'USD', on: '2017-11-15' }).to.amount.toFixed(2);
 * //=> '226586102.72'
 */

// Errors: a DealCalcError has a stable code, a message and a hint that names settings in words.
export {
  DealCalcError,
  renderHint,
  unwrap,
  wordsForSetting,
  type ErrorCode,
  type ErrorInfo,
  type ErrorKind,
  type Result,
  type Setting,
  type SettingNamer,
  type TextPosition,
} from './errors.js';
export { ScenarioError } from './deal/scenario/scenarioError.js';

// Money: the Decimal every amount is, currencies, and amounts written for people.
export { Decimal } from './money/decimal.js';
export {
  currencyInfo,
  isCurrencyCode,
  toCurrencyCode,
  type CurrencyCode,
  type CurrencyInfo,
} from './money/currency.js';
export type { Money } from './money/money.js';
export { formatMoneyFull } from './money/format.js';
export { formatMoneyShort, type ShortFormatOptions } from './vocabulary/formatMoneyShort.js';
export type { Interval } from './quantity/interval.js';

// Figures as people write them.
export { parseFigure } from './parse/parseFigure.js';
export { parsePercent } from './parse/parsePercent.js';
export {
  findFigures,
  type FindFiguresOptions,
  type FoundFigures,
  type UnreadFigure,
} from './parse/findFigures.js';
export type * from './parse/types.js';

// Rates and conversions.
export type * from './fx/types.js';
export type { LookupOptions } from './fx/lookupPolicy.js';
export { lookupRate } from './fx/lookupRate.js';
export { lookupPreferred, type PassedOver, type PreferredRate } from './fx/lookupPreferred.js';
export { convertFigure, type FigureConversion } from './fx/convertFigure.js';
export {
  convert,
  convertToEach,
  type Conversion,
  type ConvertAnswer,
  type ConvertRequest,
  type LatestRate,
} from './fx/convertJob.js';
export { parseGivenRates, type GivenQuote, type GivenRate } from './fx/givenRate.js';
export type { AverageInfo, AverageQuote, DaysWithout, Period } from './fx/periodAverage.js';
export {
  rateHistory,
  type HistoryAverage,
  type HistoryGap,
  type HistoryPoint,
  type RateHistory,
  type RateHistoryRequest,
} from './fx/rateHistory.js';

// Rate stores: opened from a manifest and a file reader, or built in memory.
export { seriesFromArrays, type SeriesMeta } from './fx/table.js';
export { rateSourceFromSeries } from './fx/rateSourceFromSeries.js';
export {
  parseManifest,
  type ImportRecord,
  type Manifest,
  type ManifestSeries,
  type ManifestSource,
} from './store/manifest.js';
export {
  openRateStore,
  rateStoreFromSources,
  type OpenRateStoreOptions,
  type RateStore,
  type StoreFiles,
} from './store/rateStore.js';
export { requiredFiles } from './store/requiredFiles.js';
export {
  combineStores,
  type CombinedStore,
  type SetAsideSource,
  type StoreKind,
  type StorePart,
} from './store/combinedStore.js';
export { exportRates, type ExportRequest, type RatesExport } from './store/exportRates.js';
export { parseImport } from './store/formats/index.js';
export type { ImportedRate, ImportFormat, ParsedImport, SkippedInput } from './store/formats/types.js';
export type { ImportSummary } from './store/importPlan.js';

// Checking quoted conversions and reading stories for them.
export { checkQuote, type CheckAnswer, type CheckRequest } from './check/checkQuote.js';
export type { CheckOptions } from './check/checkPair.js';
export {
  scanText,
  type ScannedFigure,
  type ScannedPair,
  type ScanRequest,
  type ScanResult,
  type ScanSummary,
  type TextPlace,
} from './check/scanText.js';
export { openScan, type ScanStream } from './check/scanStream.js';
export type { ConversionPair, FigureInText } from './check/pairConversions.js';
export type { StoryDate } from './check/readStoryDate.js';
export type * from './check/types.js';

// Stakes and implied valuations.
export type * from './deal/types.js';
export { stake } from './deal/stake.js';
export { impliedValuation } from './deal/impliedValuation.js';
export {
  impliedFromText,
  stakeFromText,
  type DealTextOptions,
  type ImpliedTextRequest,
  type StakeTextRequest,
} from './deal/dealJobs.js';

// Scenarios: rounds, pools, SAFEs and notes; overrides and sweeps.
export { parseScenario, type ParseScenarioOptions } from './deal/scenario/parseScenario.js';
export { runScenario } from './deal/scenario/runScenario.js';
export { answerScenario, type ScenarioAnswer, type ScenarioRequest } from './deal/scenario/scenarioJob.js';
export { applyOverride } from './deal/scenario/applyOverride.js';
export { resultValue, type ScenarioValue } from './deal/scenario/resultValue.js';
export {
  parseSweep,
  sweepScenario,
  type SweepAxis,
  type SweepCell,
  type SweepOptions,
  type SweepResult,
  type SweepSpec,
} from './deal/scenario/sweep.js';
export type * from './deal/scenario/types.js';

// One text renderer per job (what the command line prints), and the rate chart.
export { renderConvertText, type ConvertStyle } from './fx/render/convert.js';
export { renderShowText } from './fx/render/rateHistory.js';
export { renderCheckText } from './check/render/check.js';
export { renderScanText } from './check/render/scan.js';
export { renderImpliedText, renderStakeText } from './deal/render/deal.js';
export { renderScenarioText, renderSweepText } from './deal/scenario/render/scenario.js';
export { historyChart } from './render/historyChart.js';
export { svgChart } from './render/svgChart.js';

// Many rows at once: a streaming CSV conversion.
export { createBatchConversion, type BatchConversion, type BatchRequest } from './batch/index.js';
