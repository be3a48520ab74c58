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
import { lookupPreferred, sourcesQuoting, type PreferredRate } from '../fx/lookupPreferred.js';
import { DAY_UNREADABLE, seriesDays, type SeriesDays } from '../fx/seriesDays.js';
import { dayNumberOfKey, fromDayNumber, isIsoDate } from '../fx/calendar.js';
import { dateInvalid } from '../fx/fxErrors.js';
import { optionInvalid } from '../commonErrors.js';
import { givenQuote, type GivenRate } from '../fx/givenRate.js';
import { averagePreferred, parsePeriod, type AverageQuote, type Period } from '../fx/periodAverage.js';
import { lookupLeg } from '../fx/lookupLeg.js';
import type { LookupPolicy, RateQuote, RateSeries, RateSource } from '../fx/types.js';
import { isCurrencyCode, type CurrencyCode } from '../money/currency.js';
import { parseFigure } from '../parse/parseFigure.js';
import type { QuotedFigure } from '../parse/types.js';
import type { RateStore } from '../store/rateStore.js';
import { dateEmpty } from '../fx/fxErrors.js';
import { isoOfKey, readDateCell, type DateFormat } from './dateCells.js';
import { csvCell } from '../text/csvCell.js';
import { decimalText, exactRate, type ExactRate } from './exactAmount.js';
import { RowRate, type PublishedValue, type RateText } from './rowRate.js';
import { ObservedDays } from './observedDays.js';
import { dayNumberAt } from './dayNumbers.js';

export { RowRate } from './rowRate.js';

/**
 * The series that answers a currency's days first, and what its rows cite but for the rate and
 * the day: the first source that quotes the pair (see observedRate), when the pair is that
 * source's pivot and one of its series.
 */
interface ObservedPair {
  readonly source: RateSource;
  readonly series: RateSeries;
  readonly days: SeriesDays;
  readonly derivation: 'direct' | 'inverse';
  /** `,USD,` — what the row's cells start with. */
  readonly lead: string;
  /** `,CNY per USD,` — between the rate and the day. */
  readonly unit: string;
  /** `,fred-h10,` — after the day, before the note. */
  readonly sourceCell: string;
  /** The note every row carries (the currency cell's assumption), and the cells that end a row. */
  readonly note: string;
  readonly end: string;
  readonly printable: boolean;
  /** lead, unit, sourceCell and end + the line end, as UTF-8: a day's own rate is written from them. */
  readonly leadBytes: Uint8Array;
  readonly unitBytes: Uint8Array;
  readonly sourceBytes: Uint8Array;
  readonly endBytes: Uint8Array;
  /**
   * The rates of the series' days and a month after read so far, by day from its first (see
   * observedRate): a map, not an array of every day, since a ledger's rows on published days are
   * written from `published` and only its holidays come here.
   */
  readonly slots: Map<number, RowRate>;
  /** The days the series published, in typed arrays: what a row on one of them writes (see observedDayAt). */
  readonly published: ObservedDays;
}

/** Days after a series' last one whose rates are kept in its slots (a filled day past the end). */
const SLOTS_AFTER_END = 31;

/** Gaps (days from the day used to the day filled) a carried note's key has room for. */
const CARRIED_GAPS = 4096;

/**
 * lookupLeg's note for a day a source's series did not publish, filled from the latest day before
 * it (the same for every series of the source that published that day), and the note's cell for
 * the last pair note it was joined with.
 */
interface CarriedNote {
  readonly observedDate: string;
  readonly legNote: string;
  /** The pair's note the cell below was made with (undefined before any). */
  pairNote: string | undefined;
  note: string;
  /** The note's cell, the empty error cell and the line end, as UTF-8. */
  cell: Uint8Array;
  printable: boolean;
}

/** A currency cell as read: its code, what reading it assumed, and its rates so far. */
interface CurrencyCell {
  readonly code: CurrencyCode;
  readonly assumption: string;
  /** The series that answers its days first; null when none may (undefined before asked). */
  observed: ObservedPair | null | undefined;
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
  /** How date cells not written YYYY-MM-DD are read (see dateCells.ts). */
  readonly dateFormat?: DateFormat;
  /** False: every rate through the whole lookup, none read from a series' days (to compare the two). */
  readonly readSeries?: boolean;
  /** Rates the user gives (--rate): every row at them, cited as given, no table read. */
  readonly given?: readonly GivenRate[];
  /** Every row at a period's average rate: one period, or the row's own month or year. */
  readonly average?: AverageBasis;
}

/** The period a batch's rows are converted at the average of: one for all, or each row's month or year. */
export type AverageBasis = Period | 'month' | 'year';

/**
 * The period of a row's day under an average basis.
 *
 * @example
 * periodOfDay({ from: '2017-01-01', to: '2017-12-31' }, '2017-11-15') //=> { from: '2017-01-01', to: '2017-12-31' }
 * periodOfDay('month', '2016-02-10') //=> { from: '2016-02-01', to: '2016-02-29' }
 * periodOfDay('year', '2016-02-10') //=> { from: '2016-01-01', to: '2016-12-31' }
 */
export function periodOfDay(basis: AverageBasis, day: string): Period {
  if (typeof basis !== 'string') return basis;
  if (!isIsoDate(day)) throw dateInvalid(day);
  const parsed = parsePeriod(basis === 'month' ? day.slice(0, 7) : day.slice(0, 4));
  if (!parsed.ok) throw errorFrom(parsed.error);
  return parsed.value;
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
  private readonly averages = new Map<string, PreferredRate>();
  /** lookupLeg's notes under policy previous, by source, then day and gap to the day used (see carriedNote). */
  private readonly carried = new Map<RateSource, Map<number, CarriedNote>>();
  private carriedCount = 0;
  /** The currency a bare given rate was read for (see checkBareRate). */
  private bareFor: CurrencyCode | undefined = undefined;
  private cached = 0;
  /** Where the tails of the rates are written (see RowRate.tailBytes); a new one when full. */
  private tails = new Uint8Array(1 << 16);
  /** A view of `tails`, for the rows that copy a rate's tail four bytes at a time (copyWords). */
  private tailsView = new DataView(this.tails.buffer);
  private tailsLength = 0;
  private lastCode = -1;
  private lastDay = -1;
  private lastRate: RowRate | null = null;
  /** The series' days of the last observedDayAt that found one. */
  observedDays: ObservedDays | null = null;

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
    // Read on every call: a property first read after thousands of rows would deoptimize the row loop.
    const lastRate = this.lastRate;
    if (code === this.lastCode && day === this.lastDay) return lastRate;
    let cell = this.byCode[code];
    if (cell === undefined) cell = this.byCode[code] = this.cell(text(bytes, cs, ce));
    if (cell === null) return null;
    let rate = this.slotRate(cell, day);
    if (rate === undefined) {
      rate = cell.days.get(day);
      if (rate === undefined) {
        this.makeRoom();
        rate = this.lookUp(cell, text(bytes, ds, de));
        cell.days.set(day, rate);
      }
    }
    this.lastCode = code;
    this.lastDay = day;
    this.lastRate = rate;
    return rate;
  }

  /**
   * The day (from the first of its span) of the series that answers the currency's days first,
   * that a row's currency cell bytes[cs, ce) and date cell bytes[ds, de) fall on, when that series
   * published the day (its own rate, without a note, under every policy: see observedRate), with
   * the series' days in `observedDays`; -1 when not (a cell written otherwise, a cross, a day it did not
   * publish): then rateAt answers.
   */
  observedDayAt(bytes: Uint8Array, cs: number, ce: number, ds: number, de: number): number {
    const code = codeKey(bytes, cs, ce);
    if (code === -1) return -1;
    let cell = this.byCode[code];
    if (cell === undefined) cell = this.byCode[code] = this.cell(text(bytes, cs, ce));
    if (cell === null) return -1;
    let pair = cell.observed;
    if (pair === undefined) pair = cell.observed = this.observedPair(cell);
    if (pair === null) return -1;
    const k = dayNumberAt(bytes, ds, de) - pair.days.firstDay;
    if (!(k >= 0 && k < pair.days.span)) return -1;
    const published = pair.published;
    if (!published.published(k)) return -1;
    this.observedDays = published;
    return k;
  }

  /** The rate of a currency cell and a date cell; null when the cell is more than a currency. */
  rateOf(currency: string, date: string): RowRate | null {
    const currencyBytes = ENCODER.encode(currency);
    const code = codeKey(currencyBytes, 0, currencyBytes.length);
    const cell = code === -1 ? this.cell(currency) : (this.byCode[code] ??= this.cell(currency));
    if (cell === null) return null;
    const dateBytes = ENCODER.encode(date);
    const day = dayKey(dateBytes, 0, dateBytes.length);
    if (day !== -1) return this.dayRate(cell, day, date);
    let rate = cell.dates.get(date);
    if (rate === undefined) {
      // Any other date cell is read once per text: a day in another format, or an error.
      const reading = readDateCell(date, this.settings.dateFormat);
      if (reading.kind === 'day') rate = this.dayRate(cell, reading.key, isoOfKey(reading.key));
      else {
        this.makeRoom();
        rate = reading.kind === 'error' ? failed(reading.error) : this.lookUp(cell, date);
      }
      cell.dates.set(date, rate);
    }
    return rate;
  }

  /** The rate of a cell on a day (its key YYYYMMDD, and its text YYYY-MM-DD). */
  /**
   * A bare given rate ("7.10") says no pair: it is read for the first currency other than the
   * target that a row has, and a row in a third currency fails rather than take it too.
   */
  private checkBareRate(given: readonly GivenRate[], code: CurrencyCode): void {
    const bare = given.length === 1 && given[0]?.base === null ? given[0] : undefined;
    if (bare === undefined) return;
    this.bareFor ??= code;
    if (code !== this.bareFor) {
      const to = this.settings.to;
      throw optionInvalid(
        `the rate ${bare.text} names no pair and was read for ${this.bareFor}, the first currency of the rows; this row is in ${code}`,
        `Give each pair its rate: ${to}/${this.bareFor}=${bare.text},${to}/${code}=… (1 ${to} = … ${code}).`,
      );
    }
  }

  private dayRate(cell: CurrencyCell, day: number, date: string): RowRate {
    let rate = this.slotRate(cell, day) ?? cell.days.get(day);
    if (rate === undefined) {
      this.makeRoom();
      rate = this.lookUp(cell, date);
      cell.days.set(day, rate);
    }
    return rate;
  }

  /** The rate itself, for the decimal core (kept for a few (currency, date) at a time). */
  quote(code: CurrencyCode, date: string): RateQuote {
    const key = `${code}|${date}`;
    let quote = this.quotes.get(key);
    if (quote === undefined) {
      const reading = readDateCell(date, this.settings.dateFormat);
      quote = this.conversion(code, reading.kind === 'day' ? isoOfKey(reading.key) : date).quote;
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
    // A code of the directory reads as itself, without an assumption, under every yen setting
    // (test/batch/currencyCells.test.ts asks the parser about every code): the parser is not loaded for it.
    if (isCurrencyCode(text))
      cell = { code: text, assumption: '', observed: undefined, days: new Map(), dates: new Map() };
    else if (!STARTS_LIKE_NUMBER.test(text)) {
      const parsed = parseFigure(`1 ${text}`, this.settings.yen ? { yen: this.settings.yen } : {});
      const figure = parsed.ok ? parsed.value : null;
      if (figure?.currency && !figure.scale && !figure.hedge && figure.value.eq('1')) {
        const assumption = figure.currency.assumption ?? '';
        cell = {
          code: figure.currency.code,
          assumption,
          observed: undefined,
          days: new Map(),
          dates: new Map(),
        };
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
      cell?.observed?.slots.clear();
    }
    this.cached = 1;
    // A new array for the tails: a view of an old one stays what it was.
    this.newTails(this.tails.length);
    this.lastCode = -1;
    this.lastRate = null;
  }

  /**
   * Writes a rate's tail and line end at the end of `tails` (a new array when full: an earlier
   * one stays what it was for the rates that point into it), and makes the rate.
   */
  private rateWith(
    tail: string,
    printable: boolean,
    text: RateText | undefined,
    note: string,
    published: PublishedValue | null,
    exact?: ExactRate | null,
  ): RowRate {
    // Three bytes per UTF-16 unit is the most UTF-8 ever takes.
    if ((tail.length + 1) * 3 > this.tails.length - this.tailsLength) {
      this.newTails(Math.max(this.tails.length * 2, (tail.length + 1) * 3));
    }
    const at = this.tailsLength;
    let end = at + ENCODER.encodeInto(tail, this.tails.subarray(at)).written;
    this.tails[end++] = 10;
    this.tailsLength = end;
    return new RowRate(null, this.tails, this.tailsView, at, end, printable, text, note, published, exact);
  }

  /** Starts a new array for the tails, of `length` bytes (the rates made so far keep theirs). */
  private newTails(length: number): void {
    this.tails = new Uint8Array(length);
    this.tailsView = new DataView(this.tails.buffer);
    this.tailsLength = 0;
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
    const { to, policy, maxAgeDays, source, given, average } = this.settings;
    const on = date.trim();
    if (code === to) {
      const request = { figure: this.unitFigure(code), to, on, policy, maxAgeDays };
      return { quote: convert(this.store, request).rate, passedOver: [] };
    }
    // A given rate is the user's for the row's day: as convert --rate --on cites it.
    if (given !== undefined) {
      if (!isIsoDate(on)) throw dateInvalid(on);
      this.checkBareRate(given, code);
      return { quote: givenQuote(given, code, to, on), passedOver: [] };
    }
    const sources = source === undefined ? this.store.sources : [this.store.source(source)];
    if (average !== undefined) {
      // One average per currency and period, however many days ask for it.
      const period = periodOfDay(average, on);
      const key = `${code}|${period.from}|${period.to}`;
      let answer = this.averages.get(key);
      if (answer === undefined) {
        answer = averagePreferred(sources, code, to, period);
        if (this.averages.size >= QUOTE_CACHE_SIZE) this.averages.clear();
        this.averages.set(key, answer);
      }
      return answer;
    }
    return lookupPreferred(sources, code, to, on, { policy, maxAgeDays });
  }

  /**
   * The rate of a day (its key YYYYMMDD) kept in, or read into, the slots of the series that
   * answers the cell's days first; undefined when that series does not answer it (a cross, JSON
   * output, a day outside its slots) or the whole lookup must (another source, an error).
   */
  private slotRate(cell: CurrencyCell, dayKey: number): RowRate | undefined {
    let pair = cell.observed;
    if (pair === undefined) pair = cell.observed = this.observedPair(cell);
    if (pair === null) return undefined;
    const k = dayNumberOfKey(dayKey) - pair.days.firstDay;
    if (!(k >= 0 && k < pair.days.span + SLOTS_AFTER_END)) return undefined;
    let rate = pair.slots.get(k);
    if (rate === undefined) {
      this.makeRoom();
      rate = this.observedRate(pair, k);
      if (rate !== undefined) pair.slots.set(k, rate);
    }
    return rate;
  }

  /**
   * The rate of day k of a series' slots, read from the series itself: the lookup's answer.
   * lookupPreferred returns the first source's rate whenever that source has one, and for a
   * pair of its pivot that rate is lookupLeg's, cited as lookupRate cites it. A day the series
   * published is its own observation, as published and without a note, under every policy and
   * age: written from the series' row without a lookup. Any other day asks lookupLeg (given the
   * row previousDayWithin found, which it checks instead of searching for it); when it throws,
   * undefined (the whole lookup finds another source, or the error). Under policy previous,
   * lookupLeg's note on a day inside the series' span says only which day it is, which day was
   * used and the days between, in the source's calendar: it is asked once per source and (day,
   * day used), and every other series of the source on that day reuses it (a holiday
   * falls on every currency's rows). test/batch/observedRates.test.ts compares the two ways on
   * every day of every series, one book for many currencies.
   */
  private observedRate(pair: ObservedPair, k: number): RowRate | undefined {
    const index = k < pair.days.span ? pair.days.observedAt(k) : -1;
    // A row of the day's page cannot be read: the whole lookup says why.
    if (index === DAY_UNREADABLE) return undefined;
    const minorUnits = this.settings.minorUnits;
    try {
      if (index !== -1) {
        const observed = pair.series.dateAt(index);
        const value = decimalText(pair.series.valueAt(index));
        return this.publishedRate(pair, value, observed, minorUnits);
      }
      const { policy, maxAgeDays } = this.settings;
      // A day the series did not publish, filled from the latest before it: its note (the same
      // for every series of the source) is worked out once, the row's cells written as bytes.
      const j = policy === 'previous' ? previousDayWithin(pair.days, k, maxAgeDays) : -1;
      const previous = j === -1 ? -1 : pair.days.observedAt(j);
      const carried = previous < 0 ? undefined : this.carriedNote(pair, k, j, previous);
      if (carried !== undefined) {
        const value = decimalText(pair.series.valueAt(previous));
        return this.carriedRate(pair, value, carried, minorUnits);
      }
      const date = fromDayNumber(pair.days.firstDay + k);
      const leg = lookupLeg(pair.source, pair.series, date, policy, maxAgeDays, previous);
      const value = leg.value.toString();
      const note = joinNotes([leg.note, pair.note]);
      const tail = `${pair.lead}${value}${pair.unit}${leg.observedDate}${pair.sourceCell}${csvCell(note)},`;
      const published = { value, derivation: pair.derivation, minorUnits };
      return this.rateWith(tail, pair.printable && PRINTABLE.test(note), undefined, note, published);
    } catch {
      // Another source, or the error: the whole lookup says which (and of a damaged row, why).
      return undefined;
    }
  }

  /**
   * The note of day k of a pair's series filled from day j (the latest it published within the
   * age limit, row `previous`): lookupLeg's, worked out once per source, day and day used, and
   * kept with its cell for the pair's own note; undefined when lookupLeg uses another day (then
   * the general path answers).
   */
  private carriedNote(pair: ObservedPair, k: number, j: number, previous: number): CarriedNote | undefined {
    const day = pair.days.firstDay + k;
    const gap = k - j;
    if (gap >= CARRIED_GAPS) return undefined;
    let bySource = this.carried.get(pair.source);
    if (bySource === undefined) {
      bySource = new Map();
      this.carried.set(pair.source, bySource);
    }
    const key = day * CARRIED_GAPS + gap;
    let known = bySource.get(key);
    if (known === undefined) {
      const { policy, maxAgeDays } = this.settings;
      const leg = lookupLeg(pair.source, pair.series, fromDayNumber(day), policy, maxAgeDays, previous);
      if (leg.observedDate !== fromDayNumber(pair.days.firstDay + j)) return undefined;
      if (this.carriedCount >= this.settings.cacheSize) {
        for (const notes of this.carried.values()) notes.clear();
        this.carriedCount = 0;
      }
      known = {
        observedDate: leg.observedDate,
        legNote: leg.note,
        pairNote: undefined,
        note: '',
        cell: NO_BYTES,
        printable: false,
      };
      bySource.set(key, known);
      this.carriedCount += 1;
    }
    if (known.pairNote !== pair.note) {
      // The cell for this pair's note (most pairs have none: one cell serves every series).
      known.pairNote = pair.note;
      known.note = joinNotes([known.legNote, pair.note]);
      known.cell = ENCODER.encode(`${csvCell(known.note)},\n`);
      known.printable = PRINTABLE.test(known.note);
    }
    return known;
  }

  /** A day's own rate: its tail written byte by byte from the pair's parts (value and day are ASCII). */
  private publishedRate(pair: ObservedPair, value: string, observed: string, minorUnits: number): RowRate {
    return this.writtenRate(pair, value, observed, pair.endBytes, pair.printable, pair.note, minorUnits);
  }

  /** A filled day's rate: the same, with the day used and the note's cell. */
  private carriedRate(pair: ObservedPair, value: string, carried: CarriedNote, minorUnits: number): RowRate {
    const printable = pair.printable && carried.printable;
    return this.writtenRate(
      pair,
      value,
      carried.observedDate,
      carried.cell,
      printable,
      carried.note,
      minorUnits,
    );
  }

  /**
   * A rate of the pair's series whose tail is written byte by byte: the pair's lead, the value,
   * its unit, the day observed, the source's cell, then `end` (the note's cell, the error cell
   * and the line end).
   */
  private writtenRate(
    pair: ObservedPair,
    value: string,
    observed: string,
    end: Uint8Array,
    printable: boolean,
    note: string,
    minorUnits: number,
  ): RowRate {
    const length =
      pair.leadBytes.length +
      value.length +
      pair.unitBytes.length +
      observed.length +
      pair.sourceBytes.length +
      end.length;
    if (length > this.tails.length - this.tailsLength) this.newTails(Math.max(this.tails.length * 2, length));
    const tails = this.tails;
    const start = this.tailsLength;
    let at = start;
    tails.set(pair.leadBytes, at);
    at += pair.leadBytes.length;
    for (let i = 0; i < value.length; i += 1) tails[at++] = value.charCodeAt(i);
    tails.set(pair.unitBytes, at);
    at += pair.unitBytes.length;
    for (let i = 0; i < observed.length; i += 1) tails[at++] = observed.charCodeAt(i);
    tails.set(pair.sourceBytes, at);
    at += pair.sourceBytes.length;
    tails.set(end, at);
    at += end.length;
    this.tailsLength = at;
    const published = { value, derivation: pair.derivation, minorUnits };
    return new RowRate(null, tails, this.tailsView, start, at, printable, undefined, note, published);
  }

  /** The series that answers a currency cell's days first, or null (see ObservedPair). */
  private observedPair(cell: CurrencyCell): ObservedPair | null {
    const { to, json, source, readSeries, given, average } = this.settings;
    if (json || cell.code === to || readSeries === false || given !== undefined || average !== undefined)
      return null;
    let sources: readonly RateSource[];
    try {
      sources = source === undefined ? this.store.sources : [this.store.source(source)];
    } catch {
      // An unknown source (a source column's cell): each row's lookup says so.
      return null;
    }
    const first = sourcesQuoting(sources, cell.code, to)[0];
    if (first === undefined) return null;
    const pivot = first.info.pivot;
    if (cell.code !== pivot && to !== pivot) return null;
    let series: RateSeries;
    try {
      series = first.series(cell.code === pivot ? to : cell.code);
    } catch {
      return null;
    }
    const days = seriesDays(series);
    if (days === null) return null;
    const note = cell.assumption && `assumed: ${cell.assumption}`;
    const lead = `,${to},`;
    const unit = `,${csvCell(`${series.quote} per ${series.base}`)},`;
    const sourceCell = `,${csvCell(first.info.id)},`;
    const end = `${csvCell(note)},`;
    const leadBytes = ENCODER.encode(lead);
    const unitBytes = ENCODER.encode(unit);
    const sourceBytes = ENCODER.encode(sourceCell);
    const endBytes = ENCODER.encode(`${end}\n`);
    const derivation = series.base === cell.code ? 'direct' : 'inverse';
    const printable = PRINTABLE.test(`${lead}${unit}${sourceCell}${end}`);
    return {
      source: first,
      series,
      days,
      leadBytes,
      unitBytes,
      sourceBytes,
      endBytes,
      slots: new Map(),
      published: new ObservedDays(series, days, derivation, this.settings.minorUnits, {
        lead: leadBytes,
        unit: unitBytes,
        source: sourceBytes,
        end: endBytes,
        printable,
      }),
      derivation,
      lead,
      unit,
      sourceCell,
      note,
      end,
      printable,
    };
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
    const average = (rate as Partial<AverageQuote>).average;
    const sourceNote = conversion.passedOver.map((p) => `${p.reason}, so ${rate.source.id} was used`);
    // An average is observed over its period: the days it spans are what a row cites.
    const observed = average === undefined ? rate.observedDate : `${average.from}..${average.to}`;
    const note = joinNotes([
      rate.note,
      ...sourceNote,
      // An average's derivation says what it is the mean of (how many rates, which days).
      rate.derivation === 'cross' || average !== undefined ? rate.derivationNote : '',
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
          ...(average === undefined
            ? {}
            : {
                average: {
                  from: average.from,
                  to: average.to,
                  method: average.method,
                  legs: average.legs.map((leg) => ({
                    seriesId: leg.seriesId,
                    count: leg.count,
                    first: leg.first,
                    last: leg.last,
                  })),
                },
              }),
        })}`
      : `,${to},${value},${csvCell(`${rate.quote} per ${rate.base}`)},${observed},${csvCell(rate.source.id)},`;
    const tail = json ? `${head},"note":${JSON.stringify(note)}` : `${head}${csvCell(note)},`;
    return this.rateWith(
      tail,
      PRINTABLE.test(tail),
      { head, note, tail },
      note,
      null,
      exactRate(rate, minorUnits),
    );
  }
}

/**
 * Under policy previous, the day of a series' span (from its first) whose observation day k, a
 * day without its own, falls back to when it lies at most maxAgeDays before: -1 when there is
 * none (past the span, or too old: lookupLeg answers those).
 */
function previousDayWithin(days: SeriesDays, k: number, maxAgeDays: number): number {
  if (k >= days.span) return -1;
  for (let j = k - 1; j >= 0 && k - j <= maxAgeDays; j -= 1) {
    const index = days.observedAt(j);
    // A page that cannot be read: lookupLeg answers (and names the row).
    if (index === DAY_UNREADABLE) return -1;
    if (index !== -1) return j;
  }
  return -1;
}

const NO_BYTES = new Uint8Array(0);
const NO_VIEW = new DataView(NO_BYTES.buffer);
const NO_TEXT: RateText = { head: '', note: '', tail: '' };

function failed(error: ErrorInfo): RowRate {
  return new RowRate(error, NO_BYTES, NO_VIEW, 0, 0, false, NO_TEXT, '', null, null);
}
