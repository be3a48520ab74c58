/**
 * dealcalc's public library API: pure functions over exact decimals. Nothing here reads files,
 * the clock or the environment; rate tables are values the caller passes in (in Node,
 * `dealcalc/node` adds openShippedStore() for the tables shipped with the package).
 *
 * @example
 * import { convert } from 'dealcalc';
 * import { openShippedStore } from 'dealcalc/node';
 * convert(openShippedStore(), { figure: '1.5 billion yuan', to: 'USD', on: '2017-11-15' }).to.amount.toFixed(2);
 * //=> '226586102.72'
 */
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
export {
  Decimal,
  allCurrencyCodes,
  currencyInfo,
  describeRounding,
  formatDecimal,
  formatMoneyFull,
  formatMoneyShort,
  isCurrencyCode,
  roundHalfEven,
  roundSignificant,
  toCurrencyCode,
  type CurrencyCode,
  type CurrencyInfo,
  type Money,
  type RoundingRule,
  type ShortFormatOptions,
} from './money/index.js';
export {
  closedInterval,
  describeInterval,
  intervalContains,
  intervalDivide,
  intervalMinus,
  intervalPlus,
  intervalShare,
  intervalTimes,
  isPoint,
  type Interval,
} from './quantity/index.js';
export {
  findFigures,
  MAX_DIGITS,
  parseCurrencyName,
  parseFigure,
  parseFigureOrThrow,
  parsePercent,
  parsePercentOrThrow,
  VOCABULARIES,
  type FindFiguresOptions,
  type FoundFigures,
  type UnreadFigure,
  type Vocabulary,
} from './parse/index.js';
export type * from './parse/types.js';
export * from './fx/index.js';
export * from './store/index.js';
export * from './deal/index.js';
export {
  checkPair,
  checkQuote,
  DEFAULT_TOLERANCE_PCT,
  DEFAULT_WINDOW_DAYS,
  MARKET_BASE_ORDER,
  marketDirection,
  pairConversions,
  readStoryDate,
  openScan,
  readStoryDates,
  scanStreamOf,
  scanText,
  type CheckAnswer,
  type CheckOptions,
  type CheckRequest,
  type ConversionPair,
  type FigureInText,
  type ScannedFigure,
  type ScannedPair,
  type ScanRequest,
  type ScanResult,
  type ScanStream,
  type ScanSummary,
  type StoryDate,
} from './check/index.js';
export type {
  CheckedFigure,
  CheckResult,
  DateRange,
  Diagnosis,
  DiagnosisFinding,
  ImpliedRate,
  SourceCheck,
  Verdict,
} from './check/types.js';
export {
  answerScenario,
  applyOverride,
  parseScenario,
  parseSweep,
  resultValue,
  runScenario,
  ScenarioError,
  sweepScenario,
  type ScenarioAnswer,
  type ScenarioRequest,
  type ScenarioValue,
  type SweepResult,
  type SweepSpec,
} from './deal/scenario/index.js';
export type * from './deal/scenario/types.js';
export * from './render/index.js';
export { createBatchConversion, type BatchConversion, type BatchRequest } from './batch/index.js';
