/**
 * The batch conversion job: read CSV text as it arrives (recordReader.ts), find the columns by
 * name (batchColumns.ts), convert every row to one currency at its own date's rate, citing the
 * rate on every row and saying why a row could not be converted (rowConverter.ts, at the rates
 * of rowRates.ts), and hand the output over chunk by chunk (outputBuffer.ts). The rules are the
 * conversion job's own: every distinct (currency, date) is looked up once through the lookup
 * `convert` makes, and every amount is read as `convert` reads "<amount> <currency>".
 */
import { errorFrom, wordsForSetting } from '../errors.js';
import { checkLookupArguments, DEFAULT_MAX_AGE_DAYS, DEFAULT_POLICY } from '../fx/lookupPolicy.js';
import { currencyInfo, toCurrencyCode } from '../money/currency.js';
import type { RateStore } from '../store/rateStore.js';
import { readColumns } from './batchColumns.js';
import { dateFormatUnknown, noHeader, notUtf8 } from './batchErrors.js';
import { DATE_FORMATS, toDateFormat } from './dateCells.js';
import { OutputBuffer } from './outputBuffer.js';
import { MAX_FAST_CELLS, RecordReader, type RecordSink } from './recordReader.js';
import { BATCH_OUTPUT_COLUMNS, RowConverter, type RowConverterSettings } from './rowConverter.js';
import { RateBook, type AverageBasis, type RateBookSettings } from './rowRates.js';
import { optionInvalid } from '../commonErrors.js';
import { rateBasis } from '../fx/rateBasis.js';
import { csvCell } from '../text/csvCell.js';
import type { BatchConversion, BatchCounts, BatchOutput, BatchRequest, RowFailure } from './types.js';
import { checkArgument, checkStore } from '../requestFields.js';

export { BATCH_OUTPUT_COLUMNS };

const DEFAULT_CACHE_SIZE = 65_536;
/** How many sources a source column may name before their rates are all forgotten (memory stays bounded). */
const MAX_SOURCE_BOOKS = 64;
const PER_ROW_PERIOD = /^\s*(month|year)\s*$/i;

/**
 * What fixes the rows' rates other than each day's lookup: rates the user gives, or an average
 * (over one period, or the row's month or year); refuses what cannot go with them, as convert does.
 */
function batchRateBasis(request: BatchRequest): {
  readonly given?: RateBookSettings['given'];
  readonly average?: AverageBasis;
} {
  if (request.rate !== undefined && request.sourceColumn !== undefined) {
    throw optionInvalid(
      'a rate given by the user does not go with a source column',
      'A given rate is used as given for every row: leave out the source column, or leave out the rate.',
    );
  }
  const perRow = typeof request.average === 'string' ? PER_ROW_PERIOD.exec(request.average) : null;
  const basis = rateBasis({
    figure: '1',
    to: request.to,
    ...(request.rate === undefined ? {} : { rate: request.rate }),
    // The row's month or year is a period too: checked as one (2000) for what it cannot go with.
    ...(request.average === undefined ? {} : { average: perRow === null ? request.average : '2000' }),
    ...(request.source === undefined ? {} : { source: request.source }),
    ...(request.policy === undefined ? {} : { policy: request.policy }),
    ...(request.maxAgeDays === undefined ? {} : { maxAgeDays: request.maxAgeDays }),
  });
  if (basis.given !== undefined) return { given: basis.given };
  if (perRow !== null) return { average: (perRow[1] as string).toLowerCase() as 'month' | 'year' };
  return basis.period === undefined ? {} : { average: basis.period };
}
/** The longest record accepted by default, in bytes (1 MiB). */
export const MAX_RECORD_LENGTH = 1 << 20;
const DECODER = new TextDecoder();
const STRICT_DECODER = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

class BatchJob implements BatchConversion, RecordSink {
  private readonly rates: RateBook;
  private readonly bookFor: (source: string) => RateBook;
  private readonly settings: RowConverterSettings;
  private readonly reader: RecordReader;
  private readonly output: OutputBuffer;
  /** Null until the header row is read. */
  private converter: RowConverter | null = null;
  private width = 0;
  private blankLines = 0;

  constructor(
    store: RateStore,
    private readonly request: BatchRequest,
  ) {
    const to = toCurrencyCode(request.to);
    const minorUnits = currencyInfo(to).minorUnits;
    const policy = request.policy ?? DEFAULT_POLICY;
    const maxAgeDays = request.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS;
    checkLookupArguments('2000-01-01', policy, maxAgeDays);
    // An unknown source is the whole run's error, not every row's.
    if (request.source !== undefined) store.source(request.source);
    const json = request.format === 'jsonl';
    const dateFormat = request.dateFormat === undefined ? undefined : toDateFormat(request.dateFormat);
    if (request.dateFormat !== undefined && dateFormat === undefined)
      throw dateFormatUnknown(request.dateFormat, DATE_FORMATS);
    this.settings = {
      to,
      minorUnits,
      json,
      nameSetting: request.nameSetting ?? wordsForSetting,
      ...(request.yen === undefined ? {} : { yen: request.yen }),
    };
    const basis = batchRateBasis(request);
    const bookSettings: RateBookSettings = {
      to,
      minorUnits,
      policy,
      maxAgeDays,
      json,
      cacheSize: request.cacheSize ?? DEFAULT_CACHE_SIZE,
      ...(request.source === undefined ? {} : { source: request.source }),
      ...(request.yen === undefined ? {} : { yen: request.yen }),
      ...(dateFormat === undefined ? {} : { dateFormat }),
      ...basis,
    };
    this.rates = new RateBook(store, bookSettings);
    // A source column: one book per source a cell names (an empty cell takes the default's).
    const books = new Map<string, RateBook>();
    this.bookFor = (source) => {
      if (source === '') return this.rates;
      let book = books.get(source);
      if (book === undefined) {
        if (books.size >= MAX_SOURCE_BOOKS) books.clear();
        book = new RateBook(store, { ...bookSettings, source });
        books.set(source, book);
      }
      return book;
    };
    this.output = new OutputBuffer(request.reuseOutput ?? false);
    this.reader = new RecordReader(
      this,
      request.maxRecordLength ?? MAX_RECORD_LENGTH,
      request.strict ?? false,
    );
  }

  get nextLine(): number {
    return this.reader.line;
  }

  get stopped(): boolean {
    return this.reader.stopped;
  }

  get firstFailure(): RowFailure | undefined {
    return this.converter?.firstFailure;
  }

  counts(): BatchCounts {
    return this.converter === null
      ? { rows: 0, converted: 0, failed: 0, blankLines: this.blankLines, exact: 0 }
      : this.converter.counts(this.blankLines);
  }

  push(input: Uint8Array | string): BatchOutput {
    this.reader.push(input);
    return this.output.take();
  }

  end(): BatchOutput {
    this.reader.end();
    if (this.converter === null) throw noHeader();
    return this.output.take();
  }

  /** One record (see RecordSink): a blank line, the header, or a row to convert. */
  record(bytes: Uint8Array, start: number, end: number, general: boolean, line: number): boolean {
    if (start === end) {
      this.blankLines += 1;
      return true;
    }
    const converter = this.converter;
    if (converter === null) {
      this.readHeader(this.decode(bytes, start, end, line, null) as string);
      return true;
    }
    converter.rows += 1;
    const cells = this.reader.scan.cells;
    const json = this.settings.json;
    if (!general && !json && cells === this.width && this.width <= MAX_FAST_CELLS) {
      if (converter.convertFast(bytes, start, end, this.reader.commas, this.reader.scan)) return true;
    } else if (!general && cells !== this.width && !json) {
      return converter.malformed(DECODER.decode(bytes.subarray(start, end)).split(','), line, cells);
    }
    const record = this.decode(bytes, start, end, line, converter);
    if (record === null) return false;
    return converter.convertRecord(record, line);
  }

  private readHeader(record: string): void {
    const columns = readColumns(record, this.request);
    this.width = columns.header.length;
    this.converter = new RowConverter(this.rates, columns, this.output, this.settings, this.bookFor);
    if (!this.settings.json)
      this.output.emit(`${[...columns.header.map(csvCell), ...BATCH_OUTPUT_COLUMNS].join(',')}\n`);
  }

  /** A record's text; a row that is not UTF-8 fails (null), a header that is not (no converter yet) stops the run. */
  private decode(
    bytes: Uint8Array,
    start: number,
    end: number,
    line: number,
    converter: RowConverter | null,
  ): string | null {
    try {
      return STRICT_DECODER.decode(bytes.subarray(start, end));
    } catch {
      const error = notUtf8(converter === null ? 'the header row' : 'the row');
      if (converter === null) throw errorFrom({ ...error, message: `line ${line}: ${error.message}` });
      converter.fail([DECODER.decode(bytes.subarray(start, end))], line, error);
      return null;
    }
  }
}

/**
 * Starts a batch conversion: CSV text in (a header row naming the columns, then one row per
 * line), CSV or JSON lines out, every row converted to one currency at its own date's rate and
 * cited (the rate as published or derived, its unit, the day observed, the source, the note of a
 * filled day). A row that cannot be converted is written with its error and reported; the run
 * goes on unless strict. Feed it text with push() as it arrives and call end() once: memory
 * stays bounded whatever the input's size.
 *
 * @param store - the rate store (openShippedStore() in Node, or one a shell opened)
 * @param request - the target currency, the columns, the lookup settings, the output format
 * @returns the conversion in progress
 * @throws DealCalcError before any row: CURRENCY_UNKNOWN, OPTION_INVALID, SOURCE_UNKNOWN; while
 *   reading: BATCH_COLUMN_MISSING, BATCH_COLUMN_AMBIGUOUS, BATCH_ROW_MALFORMED (header),
 *   BATCH_RECORD_TOO_LONG; at the end: BATCH_NO_HEADER
 *
 * @example
 * const batch = createBatchConversion(openShippedStore(), { to: 'USD' });
 * const out = batch.push('date,amount,currency\n2017-11-15,1500000000,CNY\n2017-11-18,1500000000,CNY\n');
 * out.text.split('\n')[1] //=> '2017-11-15,1500000000,CNY,226586102.72,USD,6.62,CNY per USD,2017-11-15,fred-h10,,'
 * out.text.split('\n')[2].split(',').slice(3, 9) //=> ['226432183.56', 'USD', '6.6245', 'CNY per USD', '2017-11-17', 'fred-h10']
 * batch.end().text //=> ''
 * batch.counts() //=> { rows: 2, converted: 2, failed: 0, blankLines: 0, exact: 2 }
 */
export function createBatchConversion(store: RateStore, request: BatchRequest): BatchConversion {
  checkStore('createBatchConversion', store);
  checkArgument('createBatchConversion', 'request', 'object', request);
  return new BatchJob(store, request);
}
