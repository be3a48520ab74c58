/**
 * Rate tables as text: one series per CSV file (`date,value`, values exactly as published).
 * Parsing validates every row; checksums are the loader's business (src/cli/loadData.ts).
 */
import { errorFrom, DealCalcError } from '../errors.js';
import type { CurrencyCode } from '../money/currency.js';
import { addDays, civilDayNumber, daysInMonth, isIsoDate } from './calendar.js';
import { indexOnOrBefore } from './chooseObservation.js';
import { dataCorrupt } from './fxErrors.js';
import { BlockLineStarts, ROWS_PER_BLOCK, type RowBlocks } from './rowBlocks.js';
import type { IsoDate, RateSeries } from './types.js';
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
  // Character scan rather than regexes: this runs once per row of every table read. Every step
  // runs for every value (a value below one too): a batch reads thousands in its row loop, and a
  // step first taken after thousands would cost that loop its optimized code.
  const n = text.length;
  if (n === 0) return false;
  const leadingZero = text.charCodeAt(0) === 48;
  let i = 0;
  let nonZero = false;
  for (; i < n; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    if (c !== 48) nonZero = true;
  }
  if (i === 0) return false;
  // A leading zero only as "0" or "0.xxx".
  const moreDigits = i > 1;
  if (leadingZero && moreDigits) return false;
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

/**
 * The rows of a series dated `from` to `to` (inclusive), as a series of their own indexed from
 * the first of them: two binary searches, nothing copied (a check's window of days, not a whole
 * history).
 *
 * @example
 * const week = seriesBetween(fred.series(CNY), '2017-11-13', '2017-11-19');
 * [week.size, week.dateAt(0), week.dateAt(week.size - 1)] //=> [5, '2017-11-13', '2017-11-17']
 * seriesBetween(fred.series(CNY), '2017-11-17', '2017-11-13').size //=> 0
 */
export function seriesBetween(series: RateSeries, from: IsoDate, to: IsoDate): RateSeries {
  const first = indexOnOrBefore(series, addDays(from, -1)) + 1;
  const end = Math.max(first, indexOnOrBefore(series, to) + 1);
  const codeAt = series.dateCodeAt?.bind(series);
  return {
    ...seriesHeader(series),
    size: end - first,
    dateAt: (index) => series.dateAt(first + index),
    valueAt: (index) => series.valueAt(first + index),
    ...(codeAt === undefined ? {} : { dateCodeAt: (index: number) => codeAt(first + index) }),
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
 * more than everything else a conversion does. With the file's row blocks (as the build records
 * them), only the blocks of rows a lookup reaches are looked into.
 *
 * @example
 * const meta = { file: 'CHUS.csv', id: 'CHUS', currency: CNY, base: USD, quote: CNY };
 * readVerifiedSeriesCsv('date,value\n2017-11-15,6.62\n', meta).valueAt(0) //=> '6.62'
 * readVerifiedSeriesCsv('date,value\n2017-11-15,6.62\n', meta, { starts: [11], rows: 1 }).dateAt(0) //=> '2017-11-15'
 */
export function readVerifiedSeriesCsv(text: string, meta: SeriesMeta, blocks?: RowBlocks): RateSeries {
  // Where each line starts (no string per line: a check reads five tables, and splitting them
  // made some 35,000 strings for the garbage collector); line i spans [start(i), start(i+1) - 1).
  let byBlock = blocks === undefined ? null : BlockLineStarts.of(text, blocks);
  let starts: Int32Array | undefined;
  const allStarts = () => (starts ??= lineStarts(text));
  const start = (line: number): number => {
    if (starts === undefined && byBlock !== null) {
      // A reader of many blocks (a batch, a history) finds every line once, in one loop.
      const at = byBlock.blocksFound < MOST_BLOCKS ? byBlock.at(line) : -1;
      if (at !== -1) return at;
      // Every line from here on: the blocks were many, or do not fit this text after all.
      byBlock = null;
      if (allStarts().length !== lineCount + 1) throw corrupt(meta, 1, BLOCKS_DO_NOT_FIT);
    }
    return allStarts()[line] as number;
  };
  const lineCount = byBlock === null ? allStarts().length - 1 : byBlock.lineCount;
  // Where a line ends: with blocks, its own newline (every line has one), so that reading a row
  // that starts a block does not look into the block for the next row's start.
  const lineEnd = (line: number): number =>
    starts === undefined && byBlock !== null ? text.indexOf('\n', start(line)) : start(line + 1) - 1;
  const header = text.slice(0, lineEnd(0));
  if (header !== SERIES_CSV_HEADER) {
    throw corrupt(meta, 1, `expected the header "${SERIES_CSV_HEADER}", found "${header.slice(0, 40)}"`);
  }
  const lastIsEmpty = start(lineCount - 1) === text.length;
  const size = lastIsEmpty ? lineCount - 2 : lineCount - 1;
  if (size <= 0) throw corrupt(meta, 2, 'the file has no rates');
  const lineOf = (index: number) => text.slice(start(index + 1), lineEnd(index + 1));
  // Rows are not validated up front, but every row a lookup touches is: a damaged row whose
  // checksum was also rewritten is an error naming its line, never a crash or a wrong number.
  const dateAt = (index: number): string => {
    const at = start(index + 1);
    const end = lineEnd(index + 1);
    const date = text.slice(at, Math.min(at + 10, end));
    if (!isIsoDate(date) || at + 10 >= end || text.charCodeAt(at + 10) !== 44)
      throw corrupt(meta, index + 2, `"${lineOf(index).slice(0, 40)}" is not "date,value"`);
    return date;
  };
  return {
    ...seriesHeader(meta),
    size,
    ...(byBlock === null ? {} : { blockRows: ROWS_PER_BLOCK }),
    dateAt,
    dateCodeAt: (index) => {
      const code = dateCodeOf(text, start(index + 1), lineEnd(index + 1));
      // Anything unusual takes the long way, which names the damaged line.
      return code === -1 ? dateCodeFrom(dateAt(index)) : code;
    },
    // A batch reads days page after page: every line is found once, up front.
    dayNumbers: (from = 0, to = size) =>
      dayNumbersOf(text, allStarts(), Math.max(0, from), Math.min(to, size)),
    valueAt: (index) => {
      const value = text.slice(start(index + 1) + 11, lineEnd(index + 1));
      if (!isPositiveDecimal(value))
        throw corrupt(meta, index + 2, `rate "${value.slice(0, 40)}" is not a positive plain decimal`);
      return value;
    },
  };
}

/**
 * The most blocks a series finds one by one; past them it finds every line. Six blocks are about
 * 1,500 steps of the loop, below the 2,500 or so after which V8 optimises it.
 */
const MOST_BLOCKS = 6;

const BLOCKS_DO_NOT_FIT =
  "the row blocks the build recorded (dist/data-stamp.json) do not fit the file; run 'npm run build' again";

/** The offsets where the lines of a text start, and text.length + 1 after the last line. */
function lineStarts(text: string): Int32Array {
  // A row is at least "YYYY-MM-DD,1" and a newline: 13 characters, so this is room enough but
  // for a damaged file of short lines, counted again in more room.
  for (let room = Math.ceil(text.length / 12) + 3; ; room *= 2) {
    const starts = new Int32Array(room);
    const count = markLineStarts(text, starts);
    if (count === -1) continue;
    starts[count] = text.length + 1;
    return starts.subarray(0, count + 1);
  }
}

/**
 * Writes where lines 1, 2, … start into starts[1], starts[2], …; returns how many lines there
 * are, or -1 if starts has no room for them. The loop alone: V8 compiles it on the fly (OSR) in
 * a run that reads a table, and a call after the loop that had never run would throw that code
 * away at the loop's end and have it compiled again for the next table.
 */
function markLineStarts(text: string, starts: Int32Array): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    if (count + 1 >= starts.length) return -1;
    starts[count] = at + 1;
    count += 1;
  }
  return count;
}

/**
 * The day numbers of rows [from, to) after the header, or null unless every one of them plainly
 * starts "YYYY-MM-DD," with a real day. A batch asks for a page of days at a time, mostly before
 * this is optimized, so a row takes few steps: the row's "YYYY-MM-" is compared with its month's
 * (one native call), and only a month's first row reads its year and month.
 */
function dayNumbersOf(text: string, starts: Int32Array, from: number, to: number): Int32Array | null {
  const numbers = new Int32Array(Math.max(0, to - from));
  let month = '';
  let monthLength = 0;
  let beforeFirst = 0;
  for (let i = from; i < to; i += 1) {
    const at = starts[i + 1] as number;
    // The row holds "YYYY-MM-DD," (so every character read below is the row's own).
    if (at + 10 >= (starts[i + 2] as number) - 1) return null;
    if (month === '' || !text.startsWith(month, at)) {
      month = text.slice(at, at + 8);
      if (!/^\d{4}-\d\d-$/.test(month)) return null;
      const y =
        digitAt(month, 0) * 1000 + digitAt(month, 1) * 100 + digitAt(month, 2) * 10 + digitAt(month, 3);
      const m = digitAt(month, 5) * 10 + digitAt(month, 6);
      if (y < 1000 || m < 1 || m > 12) return null;
      monthLength = daysInMonth(y, m);
      beforeFirst = civilDayNumber(y, m, 1) - 1;
    }
    // Each a digit (an unsigned compare: a character below '0' wraps past 9), then the comma.
    const d0 = text.charCodeAt(at + 8) - 48;
    const d1 = text.charCodeAt(at + 9) - 48;
    const d = d0 * 10 + d1;
    if (d0 >>> 0 > 9 || d1 >>> 0 > 9 || d < 1 || d > monthLength || text.charCodeAt(at + 10) !== 44)
      return null;
    numbers[i - from] = beforeFirst + d;
  }
  return numbers;
}

/** An ISO date as the number YYYYMMDD, which orders as the dates do. */
function dateCodeFrom(date: string): number {
  return parseInt(date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10), 10);
}

/** The value of the digit at `at`, or -100 (making any sum negative) if it is none. */
function digitAt(text: string, at: number): number {
  const digit = text.charCodeAt(at) - 48;
  return digit >= 0 && digit <= 9 ? digit : -100;
}

const MONTH_DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The date at the start of a row [start, end) as YYYYMMDD without making a string, or -1 unless
 * the row plainly starts "YYYY-MM-DD," with a real date (February 29th and anything damaged are
 * left to isIsoDate via dateAt). Unrolled: this runs for every row of two series in a check.
 */
function dateCodeOf(text: string, start: number, end: number): number {
  if (start + 10 >= end || text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45) return -1;
  if (text.charCodeAt(start + 10) !== 44) return -1;
  const year =
    digitAt(text, start) * 1000 +
    digitAt(text, start + 1) * 100 +
    digitAt(text, start + 2) * 10 +
    digitAt(text, start + 3);
  const month = digitAt(text, start + 5) * 10 + digitAt(text, start + 6);
  const day = digitAt(text, start + 8) * 10 + digitAt(text, start + 9);
  if (year < 1000 || month < 1 || month > 12 || day < 1) return -1;
  if (day > (MONTH_DAYS[month] as number) || (month === 2 && day === 29)) return -1;
  return year * 10000 + month * 100 + day;
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
