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
