/**
 * The batch conversion job, whole: read CSV text as it arrives, find the columns by name, convert
 * every row to one currency at its own date's rate, cite the rate on every row, and say why a
 * row could not be converted. The rules are the conversion job's own: every distinct (currency,
 * date) is looked up once through the lookup `convert` makes (rowRates.ts: source preference,
 * policies, per-series gaps, cross through the pivot, identity), and every amount is read as
 * `convert` reads "<amount> <currency>". Plain amounts are converted with exact integers
 * (exactAmount.ts), the rest by the decimal core. Input is UTF-8 bytes, read in place.
 */
import {
  errorFrom,
  renderHint,
  wordsForSetting,
  type ErrorInfo,
  type Result,
  type SettingNamer,
} from '../errors.js';
import { convertAmount } from '../fx/convert.js';
import { checkLookupArguments, DEFAULT_MAX_AGE_DAYS, DEFAULT_POLICY } from '../fx/lookupPolicy.js';
import { currencyInfo, toCurrencyCode, type CurrencyCode } from '../money/currency.js';
import { parseFigure } from '../parse/parseFigure.js';
import type { QuotedFigure } from '../parse/types.js';
import { isPoint } from '../quantity/interval.js';
import type { RateStore } from '../store/rateStore.js';
import {
  columnAmbiguous,
  columnMissing,
  dateFormatUnknown,
  noHeader,
  notUtf8,
  recordTooLong,
  rowMalformed,
  type ColumnRole,
} from './batchErrors.js';
import { splitCsvRecord } from './csvCells.js';
import { OutputChunk } from './outputChunk.js';
import { countNewlines, quotedRecordEnd, scanLine, type LineScan } from './csvRecords.js';
import { csvCell } from '../text/csvCell.js';
import { convertPlainExactly, exactUnits } from './exactAmount.js';
import { RateBook, type RowRate } from './rowRates.js';
import type { BatchConversion, BatchCounts, BatchOutput, BatchRequest, RowFailure } from './types.js';
import { valueText } from './valueText.js';
import { accountingAmount } from './amountSign.js';
import { DATE_FORMATS, toDateFormat } from './dateCells.js';
import { checkArgument, checkStore } from '../requestFields.js';

/** The columns a CSV output adds after the input's own, in order. */
export const BATCH_OUTPUT_COLUMNS: readonly string[] = [
  'converted_amount',
  'converted_currency',
  'rate',
  'rate_unit',
  'observed_date',
  'source',
  'note',
  'error',
];

const DEFAULT_CACHE_SIZE = 65_536;
/** How many distinct amount texts are kept read (past it, all are forgotten). */
const FIGURE_CACHE_SIZE = 4096;
/** The longest record accepted by default, in bytes (1 MiB). */
export const MAX_RECORD_LENGTH = 1 << 20;
const ENCODER = new TextEncoder();
const DECODER = new TextDecoder();
const STRICT_DECODER = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Text of printable ASCII and newlines: what a terminal shows as it is. */
const PRINTABLE_LINES = /^[\x20-\x7e\n]*$/;
const PLAIN_AMOUNT = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;

/** Where a column is in the header: by its name as given, else by its name in any letter case. */
function columnIndex(header: readonly string[], role: ColumnRole, name: string, required: boolean): number {
  const wanted = name.trim();
  const names = header.map((cell) => cell.trim());
  const exact = names.flatMap((cell, i) => (cell === wanted ? [i] : []));
  if (exact.length > 1) throw columnAmbiguous(role, name, `appears ${exact.length} times in the header row`);
  if (exact.length === 1) return exact[0] as number;
  const lower = wanted.toLowerCase();
  const loose = names.flatMap((cell, i) => (cell.toLowerCase() === lower ? [i] : []));
  if (loose.length > 1) throw columnAmbiguous(role, name, `matches ${loose.length} header cells`);
  if (loose.length === 1) return loose[0] as number;
  if (required) throw columnMissing(role, name, header);
  return -1;
}

function jsonKeys(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((cell) => {
    const count = (seen.get(cell) ?? 0) + 1;
    seen.set(cell, count);
    return JSON.stringify(count === 1 ? cell : `${cell}#${count}`);
  });
}

function joinNotes(notes: readonly string[]): string {
  return notes.filter((n) => n !== '').join('; ');
}

/** carry followed by bytes[0, length), in a new array. */
function concat(carry: Uint8Array, bytes: Uint8Array, length: number): Uint8Array {
  const joined = new Uint8Array(carry.length + length);
  joined.set(carry, 0);
  joined.set(bytes.subarray(0, length), carry.length);
  return joined;
}

/** Whether bytes[start, end) is UTF-8 text. */
function isUtf8(bytes: Uint8Array, start: number, end: number): boolean {
  try {
    STRICT_DECODER.decode(bytes.subarray(start, end));
    return true;
  } catch {
    return false;
  }
}

/** A copy of bytes from `start` (a Node Buffer's slice() is a view, and the caller reuses its buffer). */
function copyOf(bytes: Uint8Array, start: number): Uint8Array {
  return new Uint8Array(bytes.subarray(start));
}

/** "1.000", "-12.500": a dot may group thousands where the currency's home writes a decimal comma, so the parser decides. */
const MAY_GROUP_THOUSANDS = /^[+-]?\d{0,3}\.\d{3}$/;

/** Whether bytes[start, end) is digits with at most one point between or before them ("5", "1.25", ".5"). */
function plainNumber(bytes: Uint8Array, start: number, end: number): boolean {
  let digits = 0;
  let point = -1;
  for (let i = start; i < end; i += 1) {
    const b = bytes[i] as number;
    if (b >= 48 && b <= 57) digits += 1;
    else if (b === 46 && point === -1) point = i;
    else return false;
  }
  return digits > 0 && point !== end - 1;
}

/**
 * Writes units (≥ 1, a safe integer) as digits, `decimals` of them after a point; returns the end.
 * The units are cut into two parts below 10^8 (exactly: the remainder of a division by 10^8 is
 * exact, and so is the division of what is left), whose digits come from 32-bit integer steps.
 * The digits are written from the end of `scratch` (24 bytes) first.
 */
function writeUnits(
  out: Uint8Array,
  at: number,
  units: number,
  decimals: number,
  scratch: Uint8Array,
): number {
  let low = units % 100_000_000;
  let high = (units - low) / 100_000_000;
  let p = scratch.length;
  if (high > 0) {
    for (let k = 0; k < 8; k += 1) {
      scratch[--p] = 48 + (low % 10);
      low = (low / 10) | 0;
    }
    while (high > 0) {
      scratch[--p] = 48 + (high % 10);
      high = (high / 10) | 0;
    }
  } else {
    do {
      scratch[--p] = 48 + (low % 10);
      low = (low / 10) | 0;
    } while (low > 0);
  }
  // At least one digit before the point: 5 units of a cent are 0.05.
  while (scratch.length - p <= decimals) scratch[--p] = 48;
  const point = scratch.length - decimals;
  let i = at;
  for (let k = p; k < scratch.length; k += 1) {
    if (k === point) out[i++] = 46;
    out[i++] = scratch[k] as number;
  }
  return i;
}

/** Copies bytes[start, end) to out at `at` (a loop: rows are short, and set() costs a view each). */
function copyBytes(out: Uint8Array, at: number, bytes: Uint8Array, start: number, end: number): number {
  let i = at;
  for (let k = start; k < end; k += 1) out[i++] = bytes[k] as number;
  return i;
}

/** The most cells a row may have to take the byte path (its commas are noted up to this many). */
const MAX_FAST_CELLS = 256;

class BatchJob implements BatchConversion {
  private readonly rates: RateBook;
  private readonly to: CurrencyCode;
  private readonly minorUnits: number;
  private readonly json: boolean;
  private readonly strict: boolean;
  private readonly nameSetting: SettingNamer;
  private readonly maxRecordLength: number;
  private readonly reuseOutput: boolean;

  private header: readonly string[] | null = null;
  private keys: readonly string[] = [];
  private width = 0;
  private dateIndex = -1;
  private amountIndex = -1;
  private currencyIndex = -1;

  /** Bytes of a record not yet complete, from the previous push. */
  private carry: Uint8Array | null = null;
  private started = false;
  private line = 1;
  /** Scratch for the row loop: where the line's cells end, what it holds, an amount's digits. */
  private readonly commas = new Int32Array(MAX_FAST_CELLS);
  private readonly digits = new Uint8Array(24);
  private readonly scan: LineScan = {
    end: 0,
    cells: 0,
    quoted: false,
    wide: false,
    formulaLike: false,
    printable: false,
  };

  /** Output since the last take(), as UTF-8 bytes written in place (no string per row). */
  private out = new Uint8Array(1 << 16);
  private outLength = 0;
  /** Whether the output since the last take() is printable ASCII and newlines only. */
  private printable = true;
  private failures: RowFailure[] = [];
  /** Amounts read so far, by text (see figureOf). */
  private readonly figures = new Map<string, Result<QuotedFigure>>();
  private rows = 0;
  private converted = 0;
  private failed = 0;
  private blankLines = 0;
  private exact = 0;
  stopped = false;
  firstFailure: RowFailure | undefined = undefined;

  constructor(
    store: RateStore,
    private readonly request: BatchRequest,
  ) {
    this.to = toCurrencyCode(request.to);
    this.minorUnits = currencyInfo(this.to).minorUnits;
    const policy = request.policy ?? DEFAULT_POLICY;
    const maxAgeDays = request.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS;
    checkLookupArguments('2000-01-01', policy, maxAgeDays);
    // An unknown source is the whole run's error, not every row's.
    if (request.source !== undefined) store.source(request.source);
    this.json = request.format === 'jsonl';
    this.strict = request.strict ?? false;
    this.nameSetting = request.nameSetting ?? wordsForSetting;
    this.maxRecordLength = request.maxRecordLength ?? MAX_RECORD_LENGTH;
    this.reuseOutput = request.reuseOutput ?? false;
    const dateFormat = request.dateFormat === undefined ? undefined : toDateFormat(request.dateFormat);
    if (request.dateFormat !== undefined && dateFormat === undefined)
      throw dateFormatUnknown(request.dateFormat, DATE_FORMATS);
    this.rates = new RateBook(store, {
      to: this.to,
      minorUnits: this.minorUnits,
      policy,
      maxAgeDays,
      json: this.json,
      cacheSize: request.cacheSize ?? DEFAULT_CACHE_SIZE,
      ...(request.source === undefined ? {} : { source: request.source }),
      ...(request.yen === undefined ? {} : { yen: request.yen }),
      ...(dateFormat === undefined ? {} : { dateFormat }),
    });
  }

  get nextLine(): number {
    return this.line;
  }

  counts(): BatchCounts {
    return {
      rows: this.rows,
      converted: this.converted,
      failed: this.failed,
      blankLines: this.blankLines,
      exact: this.exact,
    };
  }

  push(input: Uint8Array | string): BatchOutput {
    // A plain Uint8Array view, so that the row loop reads one kind of array (a Buffer is another).
    const bytes =
      typeof input === 'string'
        ? ENCODER.encode(input)
        : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    if (!this.stopped) this.feed(bytes);
    return this.take();
  }

  end(): BatchOutput {
    const rest = this.carry;
    this.carry = null;
    if (rest !== null && !this.stopped) this.records(rest, true);
    if (this.header === null) throw noHeader();
    return this.take();
  }

  /**
   * Feeds bytes after what the last push left: the record cut by the chunk boundary is completed
   * with the head of these bytes, up to their first newline, and the rest is read in place (no
   * copy of the whole chunk). A quoted record that goes on past that newline joins the rest.
   */
  private feed(bytes: Uint8Array): void {
    const carry = this.carry;
    this.carry = null;
    if (carry === null) return this.records(bytes, false);
    const newline = this.started ? bytes.indexOf(10) : -1;
    if (newline === -1) return this.records(concat(carry, bytes, bytes.length), false);
    this.records(concat(carry, bytes, newline + 1), false);
    const rest = bytes.subarray(newline + 1);
    if (this.stopped) return;
    const left = this.carry as Uint8Array | null;
    if (left === null) return this.records(rest, false);
    this.carry = null;
    this.records(concat(left, rest, rest.length), false);
  }

  private take(): BatchOutput {
    const bytes = this.reuseOutput ? this.out.subarray(0, this.outLength) : this.out.slice(0, this.outLength);
    const out = new OutputChunk(bytes, this.failures, this.printable);
    this.outLength = 0;
    this.failures = [];
    this.printable = true;
    return out;
  }

  /** Makes room for `more` bytes of output. */
  private reserve(more: number): Uint8Array {
    const needed = this.outLength + more;
    if (needed > this.out.length) {
      const grown = new Uint8Array(Math.max(needed, this.out.length * 2));
      grown.set(this.out.subarray(0, this.outLength));
      this.out = grown;
    }
    return this.out;
  }

  /** Writes text (a row of the string path, the header) to the output as UTF-8. */
  private emit(text: string): void {
    if (this.printable && !PRINTABLE_LINES.test(text)) this.printable = false;
    const out = this.reserve(text.length * 3);
    this.outLength += ENCODER.encodeInto(text, out.subarray(this.outLength)).written;
  }

  /**
   * Every complete record of `bytes`, in order; what is left (a record without its end) waits for
   * the next push, unless this is the end of the input.
   */
  private records(bytes: Uint8Array, final: boolean): void {
    let pos = 0;
    if (!this.started) {
      if (bytes.length < 3 && !final) {
        this.carry = copyOf(bytes, 0);
        return;
      }
      this.started = true;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) pos = 3;
    }
    const scan = this.scan;
    while (pos < bytes.length) {
      scanLine(bytes, pos, this.commas, scan);
      let end = scan.end;
      let lines = 1;
      if (scan.quoted) {
        end = quotedRecordEnd(bytes, pos);
        if (end === -1) end = final ? bytes.length : -1;
        else lines += countNewlines(bytes, pos, end);
      } else if (end === bytes.length && !final) end = -1;
      if (end === -1) {
        if (bytes.length - pos > this.maxRecordLength) throw recordTooLong(this.line, this.maxRecordLength);
        this.carry = copyOf(bytes, pos);
        return;
      }
      const recordEnd = end > pos && bytes[end - 1] === 13 ? end - 1 : end;
      if (recordEnd - pos > this.maxRecordLength) throw recordTooLong(this.line, this.maxRecordLength);
      // Text in another script (a memo in Chinese) keeps the byte path once checked as UTF-8:
      // every delimiter is ASCII, and the cells read in place are decoded when not ASCII.
      const general =
        scan.quoted ||
        (scan.wide && !isUtf8(bytes, pos, recordEnd)) ||
        (scan.formulaLike && this.needsNeutralising(bytes, pos, recordEnd));
      const ok = this.record(bytes, pos, recordEnd, general);
      this.line += lines;
      pos = end + 1;
      if (!ok && this.strict) {
        this.stopped = true;
        return;
      }
    }
  }

  /** One record, bytes[start, end); `general` when it must be read as text (quotes, bytes not UTF-8, cells to neutralise). */
  private record(bytes: Uint8Array, start: number, end: number, general: boolean): boolean {
    if (start === end) {
      this.blankLines += 1;
      return true;
    }
    const lineNumber = this.line;
    if (this.header === null) {
      this.readHeader(this.decode(bytes, start, end, lineNumber, true) as string);
      return true;
    }
    this.rows += 1;
    if (!general && !this.json && this.scan.cells === this.width && this.width <= MAX_FAST_CELLS) {
      if (this.convertFast(bytes, start, end)) return true;
    } else if (!general && this.scan.cells !== this.width && !this.json) {
      return this.malformed(this.text(bytes, start, end).split(','), lineNumber, this.scan.cells);
    }
    const record = this.decode(bytes, start, end, lineNumber, false);
    if (record === null) return false;
    return this.convertRecord(record, lineNumber);
  }

  /**
   * Whether a cell of a line without quotes starts like a formula (= + - @ tab CR) and is
   * not a plain number (a negative amount is data): then its cells are written neutralised.
   */
  private needsNeutralising(bytes: Uint8Array, start: number, end: number): boolean {
    const cells = Math.min(this.scan.cells, MAX_FAST_CELLS);
    for (let i = 0; i < cells; i += 1) {
      const from = i === 0 ? start : (this.commas[i - 1] as number) + 1;
      const to = i === cells - 1 ? end : (this.commas[i] as number);
      const b = bytes[from];
      if (b === 61 || b === 64 || b === 9 || b === 13) return true;
      if ((b === 45 || b === 43) && !plainNumber(bytes, from + 1, to)) return true;
    }
    return this.scan.cells > MAX_FAST_CELLS;
  }

  /** A record's text; a row that is not UTF-8 fails (null), a header that is not stops the run. */
  private decode(
    bytes: Uint8Array,
    start: number,
    end: number,
    lineNumber: number,
    header: boolean,
  ): string | null {
    try {
      return STRICT_DECODER.decode(bytes.subarray(start, end));
    } catch {
      const error = notUtf8(header ? 'the header row' : 'the row');
      if (header) throw errorFrom({ ...error, message: `line ${lineNumber}: ${error.message}` });
      this.fail([this.text(bytes, start, end)], lineNumber, error);
      return null;
    }
  }

  private text(bytes: Uint8Array, start: number, end: number): string {
    return DECODER.decode(bytes.subarray(start, end));
  }

  /**
   * The common row, read in place from its bytes (UTF-8, no quotes, as many cells as the header):
   * the rate by keys read from the cells, the amount on the scaled-integer path, the line echoed
   * byte for byte, the amount's digits and the rate's cells written after it. False when the row
   * needs the general path (an amount that is not plain, a rate that failed, a declined amount).
   */
  private convertFast(bytes: Uint8Array, start: number, end: number): boolean {
    if (this.currencyIndex === -1) return false;
    const commas = this.commas;
    // Cell k runs from the comma before it (or the start) to the comma after it (or the end).
    const last = this.width - 1;
    const ci = this.currencyIndex;
    const di = this.dateIndex;
    const ai = this.amountIndex;
    const rate = this.rates.rateAt(
      bytes,
      ci === 0 ? start : (commas[ci - 1] as number) + 1,
      ci === last ? end : (commas[ci] as number),
      di === 0 ? start : (commas[di - 1] as number) + 1,
      di === last ? end : (commas[di] as number),
    );
    if (rate === null || rate.error !== null) return false;
    // The amount: [sign] digits [. digits], as exact integer and scale.
    let i = ai === 0 ? start : (commas[ai - 1] as number) + 1;
    const amountEnd = ai === last ? end : (commas[ai] as number);
    let negative = false;
    if (bytes[i] === 45 || bytes[i] === 43) {
      negative = bytes[i] === 45;
      i += 1;
    }
    let digits = 0;
    let amount = 0;
    let scale = -1;
    for (; i < amountEnd; i += 1) {
      const b = bytes[i] as number;
      if (b >= 48 && b <= 57) {
        digits += 1;
        // Up to 15 digits an integer stays below 2^53, where a JS number holds every integer.
        if (digits <= 15) amount = amount * 10 + (b - 48);
        if (scale !== -1) scale += 1;
      } else if (b === 46 && scale === -1) scale = 0;
      else return false;
    }
    if (digits === 0 || digits > 15 || scale === 0) return false;
    // "1.000" may group thousands where the currency's home writes a decimal comma: the parser decides.
    if (scale === 3 && digits - scale <= 3) return false;
    const amountScale = scale === -1 ? 0 : scale;
    if (rate.smallScale !== amountScale) rate.stepFor(amountScale);
    const units = exactUnits(amount, rate.smallMultiplier, rate.smallDivisor);
    if (units < 0) return false;
    // The line as it came, a comma, the amount, the rate's cells and the line end.
    if (!(this.scan.printable && rate.tailPrintable)) this.printable = false;
    const tailLength = rate.tailEnd - rate.tailStart;
    const out = this.reserve(end - start + 40 + tailLength);
    let at = copyBytes(out, this.outLength, bytes, start, end);
    out[at++] = 44;
    if (negative) out[at++] = 45;
    at = writeUnits(out, at, units, this.minorUnits, this.digits);
    this.outLength = copyBytes(out, at, rate.tailPool, rate.tailStart, rate.tailEnd);
    this.converted += 1;
    this.exact += 1;
    return true;
  }

  private readHeader(record: string): void {
    const parsed = splitCsvRecord(record);
    if (!parsed.ok) throw errorFrom({ ...parsed.error, message: `line 1: ${parsed.error.message}` });
    const header = parsed.value;
    const request = this.request;
    this.dateIndex = columnIndex(header, 'date', request.dateColumn ?? 'date', true);
    this.amountIndex = columnIndex(header, 'amount', request.amountColumn ?? 'amount', true);
    this.currencyIndex = columnIndex(
      header,
      'currency',
      request.currencyColumn ?? 'currency',
      request.currencyColumn !== undefined,
    );
    if (this.amountIndex === this.dateIndex)
      throw columnAmbiguous('amount', request.amountColumn ?? 'amount', 'is also the column for the dates');
    if (this.currencyIndex === this.dateIndex || this.currencyIndex === this.amountIndex) {
      const other = this.currencyIndex === this.dateIndex ? 'dates' : 'amounts';
      throw columnAmbiguous(
        'currency',
        request.currencyColumn ?? 'currency',
        `is also the column for the ${other}`,
      );
    }
    this.header = header;
    this.width = header.length;
    if (this.json) this.keys = jsonKeys(header);
    else this.emit(`${[...header.map(csvCell), ...BATCH_OUTPUT_COLUMNS].join(',')}\n`);
  }

  /** A record read as text: quoted cells, cells to neutralise, amounts as written, a rate that failed. */
  private convertRecord(record: string, lineNumber: number): boolean {
    const parsed = splitCsvRecord(record);
    if (!parsed.ok) return this.fail([record], lineNumber, parsed.error);
    const cells = parsed.value;
    if (cells.length !== this.width) return this.malformed(cells, lineNumber, cells.length);
    const date = cells[this.dateIndex] as string;
    const amount = cells[this.amountIndex] as string;
    const currency = this.currencyIndex === -1 ? null : (cells[this.currencyIndex] as string);
    if (currency !== null) {
      const rate = this.rates.rateOf(currency, date);
      const value =
        rate?.exact && !MAY_GROUP_THOUSANDS.test(amount) ? convertPlainExactly(rate.exact, amount) : null;
      if (rate !== null && value !== null) {
        this.converted += 1;
        this.exact += 1;
        this.emit(
          this.json
            ? this.jsonRow(cells, lineNumber, `"${value}"${rate.tail}`)
            : `${cells.map(csvCell).join(',')},${value}${rate.tail}\n`,
        );
        return true;
      }
    }
    return this.convertCells(cells, date, amount, currency, lineNumber);
  }

  private malformed(cells: readonly string[], lineNumber: number, count: number): boolean {
    const cellWord = (n: number) => `${n} cell${n === 1 ? '' : 's'}`;
    return this.fail(
      cells,
      lineNumber,
      rowMalformed(`it has ${cellWord(count)}, the header has ${cellWord(this.width)}`),
    );
  }

  /** Every other row: read as `convert` reads "<amount> <currency>", converted by the decimal core. */
  private convertCells(
    cells: readonly string[],
    date: string,
    amount: string,
    currency: string | null,
    lineNumber: number,
  ): boolean {
    if (currency !== null && amount.length <= 21 && PLAIN_AMOUNT.test(amount)) {
      // A short plain amount beside a currency alone reads without fail: the rate decides.
      const rate = this.rates.rateOf(currency, date);
      if (rate !== null && rate.error !== null) return this.fail(cells, lineNumber, rate.error);
    }
    const signed = accountingAmount(amount);
    if (!('negative' in signed)) return this.fail(cells, lineNumber, signed);
    const text = currency === null ? signed.text : `${signed.text} ${currency}`;
    const parsed = this.figureOf(text);
    if (!parsed.ok) return this.fail(cells, lineNumber, parsed.error);
    const figure = parsed.value;
    const code = figure.currency?.code as CurrencyCode;
    const rate = this.rates.rateOf(code, date) as RowRate;
    if (rate.error !== null) return this.fail(cells, lineNumber, rate.error);
    const amountValue = signed.negative && !figure.value.isZero() ? figure.value.neg() : figure.value;
    const value = valueText(convertAmount(amountValue, this.rates.quote(code, date)), this.minorUnits);
    const note = joinNotes([
      rate.note,
      signed.negative && `read "${amount.trim()}" as negative (${signed.negative})`,
      !isPoint(figure.interval) || figure.hedge
        ? `read "${figure.text}": ${figure.reading}; the point value is converted`
        : '',
      figure.currency?.assumption ? `assumed: ${figure.currency.assumption}` : '',
    ]);
    const tail = this.rates.tailWith(rate, note);
    this.emit(
      this.json
        ? this.jsonRow(cells, lineNumber, `"${value}"${tail}`)
        : `${cells.map(csvCell).join(',')},${value}${tail}\n`,
    );
    this.converted += 1;
    return true;
  }

  /**
   * An amount read as `convert` reads it, once per distinct text: a ledger repeats its cells, and
   * a misspelt word costs a search for the words it is near (the hint's "did you mean").
   */
  private figureOf(text: string): Result<QuotedFigure> {
    let parsed = this.figures.get(text);
    if (parsed === undefined) {
      parsed = parseFigure(text, this.request.yen ? { yen: this.request.yen } : {});
      if (this.figures.size >= FIGURE_CACHE_SIZE) this.figures.clear();
      this.figures.set(text, parsed);
    }
    return parsed;
  }

  private fail(cells: readonly string[], lineNumber: number, info: ErrorInfo): boolean {
    const error: ErrorInfo = info.hintTemplate
      ? { ...info, hint: renderHint(info.hintTemplate, this.nameSetting) }
      : info;
    const failure = { line: lineNumber, error };
    this.failures.push(failure);
    this.firstFailure ??= failure;
    this.failed += 1;
    if (this.json) {
      const errorJson = JSON.stringify({ code: error.code, message: error.message, hint: error.hint });
      this.emit(
        this.jsonRow(
          cells,
          lineNumber,
          `null,"currency":"${this.to}","rate":null,"note":"","error":${errorJson}`,
        ),
      );
    } else {
      const shown = Array.from({ length: this.width }, (_, i) => csvCell(cells[i] ?? ''));
      // The amount and the rate's cells empty, the error saying why.
      this.emit(`${shown.join(',')},,${this.to},,,,,,${csvCell(`${error.code}: ${error.message}`)}\n`);
    }
    return false;
  }

  private jsonRow(cells: readonly string[], lineNumber: number, afterAmount: string): string {
    const row = this.keys.map((key, i) => `${key}:${JSON.stringify(cells[i] ?? '')}`).join(',');
    return `{"line":${lineNumber},"row":{${row}},"amount":${afterAmount}}\n`;
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
