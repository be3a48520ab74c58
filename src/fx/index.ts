/** Rate tables, calendars, lookups and conversions: pure, tables passed in as values. */
export type * from './types.js';
export {
  addDays,
  dayOfWeek,
  daysBetween,
  fromDayNumber,
  gapReason,
  isIsoDate,
  toDayNumber,
  usFederalReserveHoliday,
  weekdayName,
} from './calendar.js';
export {
  formatSeriesCsv,
  isPositiveDecimal,
  parseSeriesCsv,
  readVerifiedSeriesCsv,
  seriesDates,
  seriesFromArrays,
  SERIES_CSV_HEADER,
  type SeriesMeta,
} from './table.js';
export {
  readDatedRateJson,
  STRAY_KEYS,
  type DatedRateRows,
  type ReadDatedRateJsonOptions,
  type SkippedKey,
  type SourceRow,
} from './ingest.js';
export {
  crossFactors,
  DEFAULT_MAX_AGE_DAYS,
  DEFAULT_POLICY,
  lookupRate,
  type LookupOptions,
} from './lookup.js';
export { convertAmount } from './convert.js';
export { convertFigure, type FigureConversion } from './convertFigure.js';
export { chooseSource, DEFAULT_SOURCE_ORDER, type SourceCandidate } from './chooseSource.js';
