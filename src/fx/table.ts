/**
 * Rate tables as text: one series per CSV file (`date,value`, values exactly as published).
 * Parsing validates every row; checksums are the loader's business (src/cli/loadData.ts).
 */
import { errorFrom, DealCalcError } from '../errors.js';
import type { CurrencyCode } from '../money/currency.js';
import { isIsoDate } from './calendar.js';
import { dataCorrupt } from './fxErrors.js';
import type { RateSeries } from './types.js';
import { checkArgument, checkFields } from '../requestFields.js';

/** The header of the rate csv format: `rates import --format csv` reads it, `rates export` and `rates show --csv` write it. */
export const RATE_CSV_HEADER = 'date,base,quote,rate';

/** The header line of every series file. */
export const SERIES_CSV_HEADER = 'date,value';

/**
 * Tells whether a text is a positive plain decimal numeral: digits, an optional fraction, no
 * sign, no exponent, no leading zeros, not zero.
 *
 * @example
 * isPositiveDecimal('6.62') //=> true
 * isPositiveDecimal('0') //=> false
 * isPositiveDecimal('1e-5') //=> false
 */
export function isPositiveDecimal(text: string): boolean {
  // Character scan rather than regexes: this runs once per row of every table read.
  const n = text.length;
  if (n === 0) return false;
  let i = 0;
  let nonZero = false;
  const first = text.charCodeAt(0);
  if (first === 48) {
    // A leading zero only as "0" or "0.xxx".
    if (n > 1 && text.charCodeAt(1) !== 46) return false;
    i = 1;
  } else {
    for (; i < n; i += 1) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) break;
      nonZero = true;
    }
    if (i === 0) return false;
  }
  if (i === n) return nonZero;
  if (text.charCodeAt(i) !== 46 || i === n - 1) return false;
  for (i += 1; i < n; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    if (c !== 48) nonZero = true;
  }
  return nonZero;
}

/** What a series file is, as the manifest describes it. */
export interface SeriesMeta {
  /** Where the text came from, for error messages (e.g. "data/fred-h10/CHUS.csv"). */
  readonly file: string;
  readonly id: string;
  readonly currency: CurrencyCode;
  readonly base: CurrencyCode;
  readonly quote: CurrencyCode;
  readonly notes?: string;
}

function corrupt(meta: SeriesMeta, line: number, reason: string): DealCalcError {
  return errorFrom(dataCorrupt(`${meta.file}, line ${line}: ${reason}`));
}

/**
 * Reads one series file (`date,value` header, then ISO dates strictly ascending with positive
 * plain decimal values) into a RateSeries; throws DATA_CORRUPT naming the file and line.
 *
 * @example
 * const meta = { file: 'CHUS.csv', id: 'CHUS', currency: CNY, base: USD, quote: CNY };
 * parseSeriesCsv('date,value\n2017-11-15,6.62\n2017-11-16,6.6188\n', meta).valueAt(1) //=> '6.6188'
 */
export function parseSeriesCsv(text: string, meta: SeriesMeta): RateSeries {
  const lines = text.split('\n');
  const header = lines[0] ?? '';
  if (header !== SERIES_CSV_HEADER && header !== `${SERIES_CSV_HEADER}\r`) {
    throw corrupt(meta, 1, `expected the header "${SERIES_CSV_HEADER}", found "${header.slice(0, 40)}"`);
  }
  // A final newline leaves one empty string at the end; any other empty line is an error.
  const count = lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
  const dates: string[] = new Array<string>(count - 1);
  const values: string[] = new Array<string>(count - 1);
  let previous = '';
  for (let i = 1; i < count; i += 1) {
    let line = lines[i] as string;
    if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    // Fixed layout: "YYYY-MM-DD," then the value.
    const date = line.slice(0, 10);
    const value = line.slice(11);
    if (line.charCodeAt(10) !== 44 || value.includes(',')) {
      throw corrupt(meta, i + 1, `expected "date,value", found "${line.slice(0, 40)}"`);
    }
    if (!isIsoDate(date)) throw corrupt(meta, i + 1, `"${date}" is not a calendar day written YYYY-MM-DD`);
    if (date <= previous) {
      throw corrupt(
        meta,
        i + 1,
        `${date} does not come after ${previous} (dates must be strictly ascending)`,
      );
    }
    if (!isPositiveDecimal(value)) {
      throw corrupt(meta, i + 1, `rate "${value}" on ${date} is not a positive plain decimal`);
    }
    dates[i - 1] = date;
    values[i - 1] = value;
    previous = date;
  }
  if (dates.length === 0) throw corrupt(meta, 2, 'the file has no rates');
  return seriesFromArrays(meta, dates, values);
}

/**
 * Builds a series from parallel arrays of dates and published values (already validated):
 * for tables made in memory by a script of one's own.
 *
 * @example
 * seriesFromArrays({ id: 'CHUS', currency: CNY, base: USD, quote: CNY }, ['2017-11-15'], ['6.62']).size //=> 1
 */
export function seriesFromArrays(
  meta: Omit<SeriesMeta, 'file'>,
  dates: readonly string[],
  values: readonly string[],
): RateSeries {
  checkFields('seriesFromArrays', 'meta', meta, {
    id: 'text',
    currency: 'text',
    base: 'text',
    quote: 'text',
  });
  checkArgument('seriesFromArrays', 'dates', 'list', dates);
  checkArgument('seriesFromArrays', 'values', 'list', values);
  return {
    ...seriesHeader(meta),
    size: dates.length,
    dateAt: (index) => dates[index] as string,
    valueAt: (index) => values[index] as string,
  };
}

function seriesHeader(meta: Omit<SeriesMeta, 'file'>) {
  return {
    id: meta.id,
    currency: meta.currency,
    base: meta.base,
    quote: meta.quote,
    ...(meta.notes ? { notes: meta.notes } : {}),
  };
}

/**
 * Reads a series file whose bytes are already proven to be what `npm run data` wrote and
 * validated (its sha256 matched the manifest): rows are sliced on demand, not re-validated.
 * A cold start reads one such file per conversion, and validating 11,000 rows would cost
 * more than everything else a conversion does.
 *
 * @example
 * const meta = { file: 'CHUS.csv', id: 'CHUS', currency: CNY, base: USD, quote: CNY };
 * readVerifiedSeriesCsv('date,value\n2017-11-15,6.62\n', meta).valueAt(0) //=> '6.62'
 */
export function readVerifiedSeriesCsv(text: string, meta: SeriesMeta): RateSeries {
  const lines = text.split('\n');
  if (lines[0] !== SERIES_CSV_HEADER) {
    throw corrupt(
      meta,
      1,
      `expected the header "${SERIES_CSV_HEADER}", found "${(lines[0] ?? '').slice(0, 40)}"`,
    );
  }
  const size = lines[lines.length - 1] === '' ? lines.length - 2 : lines.length - 1;
  if (size <= 0) throw corrupt(meta, 2, 'the file has no rates');
  // Rows are not validated up front, but every row a lookup touches is: a damaged row whose
  // checksum was also rewritten is an error naming its line, never a crash or a wrong number.
  return {
    ...seriesHeader(meta),
    size,
    dateAt: (index) => {
      const line = lines[index + 1] as string;
      const date = line.slice(0, 10);
      if (!isIsoDate(date) || line.charCodeAt(10) !== 44)
        throw corrupt(meta, index + 2, `"${line.slice(0, 40)}" is not "date,value"`);
      return date;
    },
    valueAt: (index) => {
      const value = (lines[index + 1] as string).slice(11);
      if (!isPositiveDecimal(value))
        throw corrupt(meta, index + 2, `rate "${value.slice(0, 40)}" is not a positive plain decimal`);
      return value;
    },
  };
}

/**
 * Every observation date of a series, in order (for reports and tests; lookups use dateAt).
 *
 * @example
 * const meta = { file: 'CHUS.csv', id: 'CHUS', currency: CNY, base: USD, quote: CNY };
 * seriesDates(parseSeriesCsv('date,value\n2017-11-15,6.62\n', meta)) //=> ['2017-11-15']
 */
export function seriesDates(series: RateSeries): string[] {
  return Array.from({ length: series.size }, (_, index) => series.dateAt(index));
}

/**
 * Writes a series as CSV text (header, one `date,value` row per observation, final newline):
 * the inverse of parseSeriesCsv, and what `npm run data` ships.
 *
 * @example
 * formatSeriesCsv(['2017-11-15'], ['6.62']) //=> 'date,value\n2017-11-15,6.62\n'
 */
export function formatSeriesCsv(dates: readonly string[], values: readonly string[]): string {
  const lines = [SERIES_CSV_HEADER];
  for (let i = 0; i < dates.length; i += 1) lines.push(`${dates[i]},${values[i]}`);
  return `${lines.join('\n')}\n`;
}
