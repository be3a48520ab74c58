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
export * from './parse/index.js';
export * from './fx/index.js';
export * from './store/index.js';
export * from './deal/index.js';
export * from './batch/index.js';
