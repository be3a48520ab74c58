/** Rate tables, calendars, lookups and conversions: pure, tables passed in as values. */
export type * from './types.js';
export {
  addDays,
  daysBetween,
  gapReason,
  isIsoDate,
  usFederalReserveHoliday,
  weekdayName,
} from './calendar.js';
export { parseSeriesCsv, seriesFromArrays, type SeriesMeta } from './table.js';
export {
  DEFAULT_MAX_AGE_DAYS,
  DEFAULT_POLICY,
  LOOKUP_POLICIES,
  toLookupPolicy,
  type LookupOptions,
} from './lookupPolicy.js';
export { lookupRate } from './lookupRate.js';
export {
  lookupPreferred,
  quotesCurrency,
  sourcesQuoting,
  type PassedOver,
  type PreferredRate,
} from './lookupPreferred.js';
export { latestDate } from './latestDate.js';
export { latestPreferred, type LatestChoice } from './latestPreferred.js';
export { convertAmount } from './convert.js';
export { convertFigure, type FigureConversion } from './convertFigure.js';
export {
  convert,
  convertToEach,
  STALE_AFTER_DAYS,
  type Conversion,
  type ConvertAnswer,
  type ConvertRequest,
  type LatestRate,
} from './convertJob.js';
export { parseCurrencyPair, pairText, type CurrencyPair } from './currencyPair.js';
export {
  GIVEN_SOURCE_ID,
  givenQuote,
  parseGivenRates,
  type GivenQuote,
  type GivenRate,
} from './givenRate.js';
export {
  averagePreferred,
  averageRate,
  describeDaysWithout,
  parsePeriod,
  seriesAverage,
  type AverageInfo,
  type AverageQuote,
  type DaysWithout,
  type Period,
  type SeriesAverage,
} from './periodAverage.js';
export {
  describeHistoryGaps,
  MAX_HISTORY_POINTS,
  rateHistory,
  type HistoryAverage,
  type HistoryGap,
  type HistoryPoint,
  type RateHistory,
  type RateHistoryRequest,
} from './rateHistory.js';
export { easterSunday, targetHoliday } from './targetCalendar.js';
