/**
 * Converting a batch's rows, one at a time, at their own (currency, date)'s rate (rowRates.ts):
 * the common row read in place from its bytes, its plain amount converted with exact integers
 * (exactAmount.ts) and written byte by byte; any other row read as text, its amount read as
 * `convert` reads "<amount> <currency>" (once per distinct text) and converted by the decimal
 * core; a row that cannot be converted written with its error, and counted.
 */
import { renderHint, type ErrorInfo, type Result, type SettingNamer } from '../errors.js';
import { convertAmount } from '../fx/convert.js';
import type { CurrencyCode } from '../money/currency.js';
import { parseFigure } from '../parse/parseFigure.js';
import type { QuotedFigure } from '../parse/types.js';
import { isPoint } from '../quantity/interval.js';
import { csvCell } from '../text/csvCell.js';
import { accountingAmount } from './amountSign.js';
import type { BatchColumns } from './batchColumns.js';
import { rowMalformed } from './batchErrors.js';
import { splitCsvRecord } from './csvCells.js';
import { convertPlainExactly, exactUnits } from './exactAmount.js';
import { copyWords, writeUnits, type OutputBuffer } from './outputBuffer.js';
import type { LineScan } from './csvRecords.js';
import type { ObservedDays } from './observedDays.js';
import type { RateBook, RowRate } from './rowRates.js';
import type { BatchCounts, RowFailure } from './types.js';
import { valueText } from './valueText.js';

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

/** How many distinct amount texts are kept read (past it, all are forgotten). */
const FIGURE_CACHE_SIZE = 4096;
const DECODER = new TextDecoder();
const PLAIN_AMOUNT = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;
/** "1.000", "-12.500": a dot may group thousands where the currency's home writes a decimal comma, so the parser decides. */
const MAY_GROUP_THOUSANDS = /^[+-]?\d{0,3}\.\d{3}$/;

function joinNotes(notes: readonly (string | false)[]): string {
  return notes.filter((n) => n !== '' && n !== false).join('; ');
}

/** What a converter writes with and to. */
export interface RowConverterSettings {
  readonly to: CurrencyCode;
  readonly minorUnits: number;
  readonly json: boolean;
  readonly yen?: 'CNY' | 'JPY';
  readonly nameSetting: SettingNamer;
}

/** The rows of one batch (see the top of this file). */
export class RowConverter {
  rows = 0;
  converted = 0;
  failed = 0;
  exact = 0;
  firstFailure: RowFailure | undefined = undefined;
  /** The input chunk of the last row read in place, and a view of it (see viewOf). */
  private viewed: Uint8Array = new Uint8Array(0);
  private view: DataView = new DataView(this.viewed.buffer);
  /** Amounts read so far, by text (see figureOf). */
  private readonly figures = new Map<string, Result<QuotedFigure>>();
  private readonly to: CurrencyCode;
  private readonly minorUnits: number;
  private readonly json: boolean;

  constructor(
    private readonly rates: RateBook,
    private readonly columns: BatchColumns,
    private readonly output: OutputBuffer,
    private readonly settings: RowConverterSettings,
    /** The rates of the source a source column's cell names (see BatchRequest.sourceColumn). */
    private readonly bookFor: (source: string) => RateBook = () => rates,
  ) {
    this.to = settings.to;
    this.minorUnits = settings.minorUnits;
    this.json = settings.json;
  }

  /** What has been converted so far (blank lines are the reader's). */
  counts(blankLines: number): BatchCounts {
    return {
      rows: this.rows,
      converted: this.converted,
      failed: this.failed,
      blankLines,
      exact: this.exact,
    };
  }

  /**
   * The common row, read in place from its bytes (UTF-8, no quotes, as many cells as the header,
   * cell k ending at commas[k]): the rate by keys read from the cells, the amount on the
   * scaled-integer path, the line echoed byte for byte, the amount's digits and the rate's cells
   * written after it. False when the row needs the general path (an amount that is not plain, a
   * rate that failed, a declined amount).
   */
  convertFast(bytes: Uint8Array, start: number, end: number, commas: Int32Array, scan: LineScan): boolean {
    const columns = this.columns;
    const ci = columns.currency;
    if (ci === -1) return false;
    // Cell k runs from the comma before it (or the start) to the comma after it (or the end).
    const last = columns.header.length - 1;
    const di = columns.date;
    const ai = columns.amount;
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
    const cs = ci === 0 ? start : (commas[ci - 1] as number) + 1;
    const ce = ci === last ? end : (commas[ci] as number);
    const ds = di === 0 ? start : (commas[di - 1] as number) + 1;
    const de = di === last ? end : (commas[di] as number);
    const output = this.output;
    const si = columns.source;
    const rates =
      si === -1
        ? this.rates
        : this.bookFor(
            DECODER.decode(
              bytes.subarray(
                si === 0 ? start : (commas[si - 1] as number) + 1,
                si === last ? end : (commas[si] as number),
              ),
            ).trim(),
          );
    // A day the series published: its rate's cells written from the series' typed arrays.
    const index = rates.observedDayAt(bytes, cs, ce, ds, de);
    if (index !== -1) {
      const days = rates.observedDays as ObservedDays;
      const units = days.units(amount, amountScale);
      // Declined or too large: the general path converts.
      if (units < 0) return false;
      if (!(scan.printable && days.printable)) output.printable = false;
      const out = output.reserve(end - start + 40 + days.maxTail);
      const view = this.viewOf(bytes);
      let at = copyWords(out, output.view, output.length, bytes, view, start, end);
      out[at++] = 44;
      if (negative) out[at++] = 45;
      at = writeUnits(out, at, units, this.minorUnits);
      output.length = days.write(out, output.view, at, bytes, view, ds, de);
      this.converted += 1;
      this.exact += 1;
      return true;
    }
    const rate = rates.rateAt(bytes, cs, ce, ds, de);
    if (rate === null || rate.error !== null) return false;
    if (rate.smallScale !== amountScale) rate.stepFor(amountScale);
    const units = exactUnits(amount, rate.smallMultiplier, rate.smallDivisor);
    if (units < 0) return false;
    // The line as it came, a comma, the amount, the rate's cells and the line end.
    if (!(scan.printable && rate.tailPrintable)) output.printable = false;
    const tailLength = rate.tailEnd - rate.tailStart;
    const out = output.reserve(end - start + 40 + tailLength);
    let at = copyWords(out, output.view, output.length, bytes, this.viewOf(bytes), start, end);
    out[at++] = 44;
    if (negative) out[at++] = 45;
    at = writeUnits(out, at, units, this.minorUnits);
    output.length = copyWords(
      out,
      output.view,
      at,
      rate.tailPool,
      rate.tailView,
      rate.tailStart,
      rate.tailEnd,
    );
    this.converted += 1;
    this.exact += 1;
    return true;
  }

  /** A view of the chunk of input a row is in (made once per chunk: its rows come one after another). */
  private viewOf(bytes: Uint8Array): DataView {
    if (bytes !== this.viewed) {
      this.viewed = bytes;
      this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    return this.view;
  }

  /** A record read as text: quoted cells, cells to neutralise, amounts as written, a rate that failed. */
  convertRecord(record: string, lineNumber: number): boolean {
    const parsed = splitCsvRecord(record);
    if (!parsed.ok) return this.fail([record], lineNumber, parsed.error);
    const cells = parsed.value;
    if (cells.length !== this.columns.header.length) return this.malformed(cells, lineNumber, cells.length);
    const date = cells[this.columns.date] as string;
    const amount = cells[this.columns.amount] as string;
    const currency = this.columns.currency === -1 ? null : (cells[this.columns.currency] as string);
    const rates =
      this.columns.source === -1 ? this.rates : this.bookFor((cells[this.columns.source] as string).trim());
    if (currency !== null) {
      const rate = rates.rateOf(currency, date);
      const value =
        rate?.exact && !MAY_GROUP_THOUSANDS.test(amount) ? convertPlainExactly(rate.exact, amount) : null;
      if (rate !== null && value !== null) {
        this.converted += 1;
        this.exact += 1;
        this.output.emit(
          this.json
            ? this.jsonRow(cells, lineNumber, `"${value}"${rate.tail}`)
            : `${cells.map(csvCell).join(',')},${value}${rate.tail}\n`,
        );
        return true;
      }
    }
    return this.convertCells(rates, cells, date, amount, currency, lineNumber);
  }

  /** A row whose cells do not match the header's. */
  malformed(cells: readonly string[], lineNumber: number, count: number): boolean {
    const cellWord = (n: number) => `${n} cell${n === 1 ? '' : 's'}`;
    return this.fail(
      cells,
      lineNumber,
      rowMalformed(`it has ${cellWord(count)}, the header has ${cellWord(this.columns.header.length)}`),
    );
  }

  /** Every other row: read as `convert` reads "<amount> <currency>", converted by the decimal core. */
  private convertCells(
    rates: RateBook,
    cells: readonly string[],
    date: string,
    amount: string,
    currency: string | null,
    lineNumber: number,
  ): boolean {
    if (currency !== null && amount.length <= 21 && PLAIN_AMOUNT.test(amount)) {
      // A short plain amount beside a currency alone reads without fail: the rate decides.
      const rate = rates.rateOf(currency, date);
      if (rate !== null && rate.error !== null) return this.fail(cells, lineNumber, rate.error);
    }
    const signed = accountingAmount(amount);
    if (!('negative' in signed)) return this.fail(cells, lineNumber, signed);
    const text = currency === null ? signed.text : `${signed.text} ${currency}`;
    const parsed = this.figureOf(text);
    if (!parsed.ok) return this.fail(cells, lineNumber, parsed.error);
    const figure = parsed.value;
    const code = figure.currency?.code as CurrencyCode;
    const rate = rates.rateOf(code, date) as RowRate;
    if (rate.error !== null) return this.fail(cells, lineNumber, rate.error);
    const amountValue = signed.negative && !figure.value.isZero() ? figure.value.neg() : figure.value;
    const value = valueText(convertAmount(amountValue, rates.quote(code, date)), this.minorUnits);
    const note = joinNotes([
      rate.note,
      signed.negative && `read "${amount.trim()}" as negative (${signed.negative})`,
      !isPoint(figure.interval) || figure.hedge
        ? `read "${figure.text}": ${figure.reading}; the point value is converted`
        : '',
      figure.currency?.assumption ? `assumed: ${figure.currency.assumption}` : '',
    ]);
    const tail = rates.tailWith(rate, note);
    this.output.emit(
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
      parsed = parseFigure(text, this.settings.yen ? { yen: this.settings.yen } : {});
      if (this.figures.size >= FIGURE_CACHE_SIZE) this.figures.clear();
      this.figures.set(text, parsed);
    }
    return parsed;
  }

  /** Writes a row that could not be converted, with its error, and reports it. */
  fail(cells: readonly string[], lineNumber: number, info: ErrorInfo): boolean {
    const error: ErrorInfo = info.hintTemplate
      ? { ...info, hint: renderHint(info.hintTemplate, this.settings.nameSetting) }
      : info;
    const failure = { line: lineNumber, error };
    this.output.failures.push(failure);
    this.firstFailure ??= failure;
    this.failed += 1;
    if (this.json) {
      const errorJson = JSON.stringify({ code: error.code, message: error.message, hint: error.hint });
      this.output.emit(
        this.jsonRow(
          cells,
          lineNumber,
          `null,"currency":"${this.to}","rate":null,"note":"","error":${errorJson}`,
        ),
      );
    } else {
      const width = this.columns.header.length;
      const shown = Array.from({ length: width }, (_, i) => csvCell(cells[i] ?? ''));
      // The amount and the rate's cells empty, the error saying why.
      this.output.emit(`${shown.join(',')},,${this.to},,,,,,${csvCell(`${error.code}: ${error.message}`)}\n`);
    }
    return false;
  }

  private jsonRow(cells: readonly string[], lineNumber: number, afterAmount: string): string {
    const row = this.columns.jsonKeys.map((key, i) => `${key}:${JSON.stringify(cells[i] ?? '')}`).join(',');
    return `{"line":${lineNumber},"row":{${row}},"amount":${afterAmount}}\n`;
  }
}
