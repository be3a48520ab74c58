/**
 * The rates of a batch, looked up once per distinct (currency, date) through the lookup the
 * conversion job makes for a day asked for (lookupPreferred over the chosen sources; the job
 * itself for the same currency), and kept, with what every row at that rate will cite, already
 * written. Cells written the usual
 * way ("CNY", "2017-11-15") are found by integer keys read in place, without cutting strings out
 * of the line; any other cell by its text. Memory is bounded: past `cacheSize` rates, all are
 * forgotten and looked up again as rows need them.
 */
import { errorFrom, DealCalcError, type ErrorInfo } from '../errors.js';
import { convert } from '../fx/convertJob.js';
import { lookupPreferred, type PreferredRate } from '../fx/lookupPreferred.js';
import type { LookupPolicy, RateQuote } from '../fx/types.js';
import type { CurrencyCode } from '../money/currency.js';
import { parseFigure } from '../parse/parseFigure.js';
import type { QuotedFigure } from '../parse/types.js';
import type { RateStore } from '../store/rateStore.js';
import { dateEmpty } from './batchErrors.js';
import { csvCell } from '../render/csvCell.js';
import { exactRate, type ExactRate } from './exactAmount.js';

/**
 * The rate of one (currency, date), ready to write on every row that has them. A class, so that
 * every rate has one shape and the row loop reads its fields at fixed places.
 */
export class RowRate {
  /**
   * The small integers of exactUnits for amounts of `smallScale` decimals (the last scale seen;
   * -1 before any), kept on the rate itself so that a row reaches them in one step.
   */
  smallScale = -1;
  smallMultiplier = 0;
  smallDivisor = 0;

  constructor(
    /** Why there is no rate (the rows at it fail with this error), or null. */
    readonly error: ErrorInfo | null,
    /** The rate as integers for the scaled-integer path, or null (the decimal core converts). */
    readonly exact: ExactRate | null,
    /** What follows the amount on an output row, up to the note. */
    readonly head: string,
    /** The note every row at this rate carries (a filled day, a source passed over, a cross's legs). */
    readonly note: string,
    /** head, the note, and what ends the row. */
    readonly tail: string,
    /**
     * The tail as UTF-8, with the row's line end: what the byte path writes after the amount. A
     * view into the book's `tails`, where every rate's tail sits, so that rows read one place.
     */
    readonly tailBytes: Uint8Array,
    /** Whether the tail is printable ASCII (and its line end): a row of it is when its line is. */
    readonly tailPrintable: boolean,
  ) {}
}

/** A currency cell as read: its code, what reading it assumed, and its rates so far. */
interface CurrencyCell {
  readonly code: CurrencyCode;
  readonly assumption: string;
  /** Rates by date written YYYY-MM-DD, keyed as the integer YYYYMMDD. */
  readonly days: Map<number, RowRate>;
  /** Rates by any other date cell, keyed by its text. */
  readonly dates: Map<string, RowRate>;
}

/** What the rates are looked up with, and how the rows cite them. */
export interface RateBookSettings {
  readonly to: CurrencyCode;
  readonly minorUnits: number;
  readonly source?: string;
  readonly policy: LookupPolicy;
  readonly maxAgeDays: number;
  readonly yen?: 'CNY' | 'JPY';
  readonly json: boolean;
  readonly cacheSize: number;
}

const QUOTE_CACHE_SIZE = 1024;
const ENCODER = new TextEncoder();
const STARTS_LIKE_NUMBER = /^\s*[\d.,+\-\u2212]/;
const LETTERS = 26 * 26 * 26;
const PRINTABLE = /^[\x20-\x7e]*$/;

/**
 * The integer YYYYMMDD of a date cell written as ten characters YYYY-MM-DD (digits and dashes;
 * whether the day exists is the lookup's to say), or -1 for any other text: read from UTF-8
 * bytes in place.
 *
 * @example
 * dayKey(new TextEncoder().encode('x,2017-11-15,y'), 2, 12) //=> 20171115
 * dayKey(new TextEncoder().encode('2017-11-1'), 0, 9) //=> -1
 */
export function dayKey(bytes: Uint8Array, start: number, end: number): number {
  if (end - start !== 10 || bytes[start + 4] !== 45 || bytes[start + 7] !== 45) return -1;
  let key = 0;
  for (let i = start; i < end; i += 1) {
    if (i === start + 4 || i === start + 7) continue;
    const digit = (bytes[i] as number) - 48;
    if (digit < 0 || digit > 9) return -1;
    key = key * 10 + digit;
  }
  return key;
}

/**
 * The index 0 … 26³−1 of a cell of three capital letters A-Z ("CNY"), or -1 for any other text:
 * read from UTF-8 bytes in place.
 *
 * @example
 * codeKey(new TextEncoder().encode('AAA'), 0, 3) //=> 0
 * codeKey(new TextEncoder().encode('cny'), 0, 3) //=> -1
 */
export function codeKey(bytes: Uint8Array, start: number, end: number): number {
  if (end - start !== 3) return -1;
  let key = 0;
  for (let i = start; i < end; i += 1) {
    const letter = (bytes[i] as number) - 65;
    if (letter < 0 || letter > 25) return -1;
    key = key * 26 + letter;
  }
  return key;
}

const DECODER = new TextDecoder();

/** The text of a cell read in place (UTF-8, checked by the caller). */
function text(bytes: Uint8Array, start: number, end: number): string {
  return DECODER.decode(bytes.subarray(start, end));
}

function joinNotes(notes: readonly string[]): string {
  return notes.filter((n) => n !== '').join('; ');
}

/** The rates of one batch conversion (see the top of this file). */
export class RateBook {
  private readonly byCode: (CurrencyCell | null | undefined)[] = new Array<CurrencyCell | null | undefined>(
    LETTERS,
  );
  private readonly cells = new Map<string, CurrencyCell | null>();
  private readonly units = new Map<CurrencyCode, QuotedFigure>();
  private readonly quotes = new Map<string, RateQuote>();
  private cached = 0;
  /** Where the tails of the rates are written (see RowRate.tailBytes); a new one when full. */
  private tails = new Uint8Array(1 << 16);
  private tailsLength = 0;
  private lastCode = -1;
  private lastDay = -1;
  private lastRate: RowRate | null = null;

  constructor(
    private readonly store: RateStore,
    private readonly settings: RateBookSettings,
  ) {}

  /**
   * The rate of the currency cell bytes[cs, ce) and the date cell bytes[ds, de) of a line,
   * read in place (the line is UTF-8); null when the currency cell is more than a currency.
   */
  rateAt(bytes: Uint8Array, cs: number, ce: number, ds: number, de: number): RowRate | null {
    const code = codeKey(bytes, cs, ce);
    const day = dayKey(bytes, ds, de);
    if (code === -1 || day === -1) return this.rateOf(text(bytes, cs, ce), text(bytes, ds, de));
    if (code === this.lastCode && day === this.lastDay) return this.lastRate;
    let cell = this.byCode[code];
    if (cell === undefined) cell = this.byCode[code] = this.cell(text(bytes, cs, ce));
    if (cell === null) return null;
    let rate = cell.days.get(day);
    if (rate === undefined) {
      this.makeRoom();
      rate = this.lookUp(cell, text(bytes, ds, de));
      cell.days.set(day, rate);
    }
    this.lastCode = code;
    this.lastDay = day;
    this.lastRate = rate;
    return rate;
  }

  /** The rate of a currency cell and a date cell; null when the cell is more than a currency. */
  rateOf(currency: string, date: string): RowRate | null {
    const currencyBytes = ENCODER.encode(currency);
    const code = codeKey(currencyBytes, 0, currencyBytes.length);
    const cell = code === -1 ? this.cell(currency) : (this.byCode[code] ??= this.cell(currency));
    if (cell === null) return null;
    const dateBytes = ENCODER.encode(date);
    const day = dayKey(dateBytes, 0, dateBytes.length);
    let rate = day === -1 ? cell.dates.get(date) : cell.days.get(day);
    if (rate === undefined) {
      this.makeRoom();
      rate = this.lookUp(cell, date);
      if (day === -1) cell.dates.set(date, rate);
      else cell.days.set(day, rate);
    }
    return rate;
  }

  /** The rate itself, for the decimal core (kept for a few (currency, date) at a time). */
  quote(code: CurrencyCode, date: string): RateQuote {
    const key = `${code}|${date}`;
    let quote = this.quotes.get(key);
    if (quote === undefined) {
      quote = this.conversion(code, date).quote;
      if (this.quotes.size >= QUOTE_CACHE_SIZE) this.quotes.clear();
      this.quotes.set(key, quote);
    }
    return quote;
  }

  /** Ends a row's output after the amount, with a note of its own. */
  tailWith(rate: RowRate, note: string): string {
    if (note === rate.note) return rate.tail;
    return this.settings.json
      ? `${rate.head},"note":${JSON.stringify(note)}`
      : `${rate.head}${csvCell(note)},`;
  }

  /** A currency cell read as `convert` reads it after a number, or null when it is more than a currency. */
  private cell(text: string): CurrencyCell | null {
    const known = this.cells.get(text);
    if (known !== undefined) return known;
    let cell: CurrencyCell | null = null;
    if (!STARTS_LIKE_NUMBER.test(text)) {
      const parsed = parseFigure(`1 ${text}`, this.settings.yen ? { yen: this.settings.yen } : {});
      const figure = parsed.ok ? parsed.value : null;
      if (figure?.currency && !figure.scale && !figure.hedge && figure.value.eq('1')) {
        const assumption = figure.currency.assumption ?? '';
        cell = { code: figure.currency.code, assumption, days: new Map(), dates: new Map() };
      }
    }
    if (this.cells.size >= this.settings.cacheSize) this.cells.clear();
    this.cells.set(text, cell);
    return cell;
  }

  /** Makes room for one more rate: past the limit, every rate (and its tail) is forgotten. */
  private makeRoom(): void {
    if (this.cached < this.settings.cacheSize) {
      this.cached += 1;
      return;
    }
    for (const cell of [...this.byCode, ...this.cells.values()]) {
      cell?.days.clear();
      cell?.dates.clear();
    }
    this.cached = 1;
    // A new array for the tails: a view of an old one stays what it was.
    this.tails = new Uint8Array(this.tails.length);
    this.tailsLength = 0;
    this.lastCode = -1;
    this.lastRate = null;
  }

  /** Keeps a tail's bytes at the end of `tails`; returns them (a view: an earlier `tails` stays valid). */
  private keepTail(tail: string): Uint8Array {
    // Three bytes per UTF-16 unit is the most UTF-8 ever takes.
    if (tail.length * 3 > this.tails.length - this.tailsLength) {
      this.tails = new Uint8Array(Math.max(this.tails.length * 2, tail.length * 3));
      this.tailsLength = 0;
    }
    const at = this.tailsLength;
    this.tailsLength = at + ENCODER.encodeInto(tail, this.tails.subarray(at)).written;
    return this.tails.subarray(at, this.tailsLength);
  }

  private unitFigure(code: CurrencyCode): QuotedFigure {
    let figure = this.units.get(code);
    if (figure === undefined) {
      const parsed = parseFigure(`1 ${code}`);
      if (!parsed.ok) throw errorFrom(parsed.error);
      figure = parsed.value;
      this.units.set(code, figure);
    }
    return figure;
  }

  /**
   * The rate of one (currency, date) as `convert` finds it for a day asked for: the same currency
   * through the conversion job itself (identity, no table); any other pair through the lookup it
   * makes, lookupPreferred over the chosen sources, without converting a figure along the way.
   */
  private conversion(code: CurrencyCode, date: string): PreferredRate {
    const { to, policy, maxAgeDays, source } = this.settings;
    const on = date.trim();
    if (code === to) {
      const request = { figure: this.unitFigure(code), to, on, policy, maxAgeDays };
      return { quote: convert(this.store, request).rate, passedOver: [] };
    }
    const sources = source === undefined ? this.store.sources : [this.store.source(source)];
    return lookupPreferred(sources, code, to, on, { policy, maxAgeDays });
  }

  /** Looks one (currency, date) up through the conversion job and writes what its rows will cite. */
  private lookUp(cell: CurrencyCell, date: string): RowRate {
    if (date.trim() === '') return failed(dateEmpty());
    let conversion: PreferredRate;
    try {
      conversion = this.conversion(cell.code, date);
    } catch (error) {
      if (error instanceof DealCalcError) return failed(error.toInfo());
      throw error;
    }
    const { to, json, minorUnits } = this.settings;
    const rate = conversion.quote;
    const sourceNote = conversion.passedOver.map((p) => `${p.reason}, so ${rate.source.id} was used`);
    const note = joinNotes([
      rate.note,
      ...sourceNote,
      rate.derivation === 'cross' ? rate.derivationNote : '',
      cell.assumption && `assumed: ${cell.assumption}`,
    ]);
    const value = rate.value.toString();
    const head = json
      ? `,"currency":"${to}","rate":${JSON.stringify({
          value,
          base: rate.base,
          quote: rate.quote,
          derivation: rate.derivation,
          source: rate.source.id,
          requestedDate: rate.requestedDate,
          observedDate: rate.observedDate,
          policy: rate.policy,
          note: rate.note,
          derivationNote: rate.derivationNote,
          ...(sourceNote.length > 0 ? { sourceNote: sourceNote.join('; ') } : {}),
        })}`
      : `,${to},${value},${csvCell(`${rate.quote} per ${rate.base}`)},${rate.observedDate},${csvCell(rate.source.id)},`;
    const tail = json ? `${head},"note":${JSON.stringify(note)}` : `${head}${csvCell(note)},`;
    const tailBytes = this.keepTail(`${tail}\n`);
    return new RowRate(null, exactRate(rate, minorUnits), head, note, tail, tailBytes, PRINTABLE.test(tail));
  }
}

function failed(error: ErrorInfo): RowRate {
  return new RowRate(error, null, '', '', '', new Uint8Array(0), false);
}
