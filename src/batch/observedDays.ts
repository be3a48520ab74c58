/**
 * The days a series published, as a batch writes them: for each day of its span, its value's text
 * as UTF-8 (as Decimal writes it) and the small integers that convert an amount at it, in one
 * record of a typed array per day, filled the first time a row needs them. A row on a day the
 * series published then costs a few array reads and byte copies: no object, no string, no
 * BigInt per (currency, day), and the arrays sit together in memory (a ledger touches tens of
 * thousands of days at random). What a row writes is what a RowRate read from the same series
 * would (rowRates.ts, publishedRate): test/batch/observedRates.test.ts compares the two on every
 * day it compares the series with the whole lookup.
 */
import type { SeriesDays } from '../fx/seriesDays.js';
import type { RateSeries } from '../fx/types.js';
import { decimalText, exactUnits, smallStepInto } from './exactAmount.js';
import { copyWords } from './outputBuffer.js';

/**
 * Bytes kept per day of the series' span, in one record so that a row reads one cache line: the
 * multiplier and the divisor (two float64 from byte 0), the amount scale they are for plus one
 * (byte 16: NO_SCALE, zero, before any, so that a new page is ready as allocated), what the day is
 * (byte 17: UNREAD until a row first asks, then PUBLISHED or NOT_KEPT), the length of the day's
 * value text (byte 18) and the text (from byte 19). Records
 * come in pages of PAGE_DAYS days, made when a row first needs one: a ledger over a few years of a
 * 50-year series pays for those years only.
 */
const RECORD = 32;
const SCALE_AT = 16;
const STATE_AT = 17;
const LENGTH_AT = 18;
const VALUE_AT = 19;
/** The longest value text kept (a longer one, rare, is left to the RowRate path). */
const VALUE_WIDTH = RECORD - VALUE_AT;
const NO_SCALE = 0;
/** The largest amount scale kept in a record (scale + 1 fits in its byte); past it, worked out each time. */
const MAX_KEPT_SCALE = 254;
/** A day's state: not read yet; published, its value kept here; or left to the RowRate path. */
const UNREAD = 0;
const PUBLISHED = 1;
const NOT_KEPT = 2;
const PAGE_SHIFT = 9;
const PAGE_DAYS = 1 << PAGE_SHIFT;
/** The records of PAGE_DAYS days, seen as bytes and as float64. */
interface Page {
  readonly bytes: Uint8Array;
  readonly numbers: Float64Array;
  /** The same records as a view, for copyWords. */
  readonly view: DataView;
}

/** The constant parts of every row that cites a series' own day (see rowRates.ts, ObservedPair). */
export interface CitedParts {
  /** `,USD,` — before the rate. */
  readonly lead: Uint8Array;
  /** `,CNY per USD,` — between the rate and the day. */
  readonly unit: Uint8Array;
  /** `,fred-h10,` — after the day. */
  readonly source: Uint8Array;
  /** The note's cell, the empty error cell and the line end. */
  readonly end: Uint8Array;
  /** Whether all of them are printable ASCII (the value and the day are). */
  readonly printable: boolean;
}

/** See the top of this file. */
export class ObservedDays {
  /** The longest tail a row at one of these days writes. */
  readonly maxTail: number;
  /** Whether the tail is printable ASCII (see CitedParts). */
  readonly printable: boolean;
  /** The pages of records, made as rows need them. */
  private readonly pages: (Page | undefined)[];
  /** The page of the last day asked for, and where its record starts. */
  private page: Page = {
    bytes: new Uint8Array(0),
    numbers: new Float64Array(0),
    view: new DataView(new ArrayBuffer(0)),
  };
  /** The constant parts as views (see write), and the source and end as one. */
  private readonly leadView: DataView;
  private readonly unitView: DataView;
  private readonly sourceEnd: Uint8Array;
  private readonly sourceEndView: DataView;
  private at = 0;

  /**
   * @param days - which observation, if any, the series published on each day of its span (seriesDays)
   */
  constructor(
    private readonly series: RateSeries,
    private readonly days: SeriesDays,
    private readonly derivation: 'direct' | 'inverse',
    private readonly minorUnits: number,
    private readonly parts: CitedParts,
  ) {
    this.pages = new Array<Page | undefined>((days.span >> PAGE_SHIFT) + 1).fill(undefined);
    this.printable = parts.printable;
    this.leadView = viewOf(parts.lead);
    this.unitView = viewOf(parts.unit);
    this.sourceEnd = new Uint8Array(parts.source.length + parts.end.length);
    this.sourceEnd.set(parts.source, 0);
    this.sourceEnd.set(parts.end, parts.source.length);
    this.sourceEndView = viewOf(this.sourceEnd);
    this.maxTail =
      parts.lead.length + VALUE_WIDTH + parts.unit.length + 10 + parts.source.length + parts.end.length;
  }

  /**
   * Whether day k of the span (0 ≤ k < its length) is one the series published, with its value
   * kept here; when it is, the day's record is the one units() and write() read next. The first
   * row on a day reads the series (which observation, its value); every later one its record only.
   */
  published(k: number): boolean {
    const index = k >> PAGE_SHIFT;
    let page = this.pages[index];
    if (page === undefined) {
      const buffer = new ArrayBuffer(PAGE_DAYS * RECORD);
      page = { bytes: new Uint8Array(buffer), numbers: new Float64Array(buffer), view: new DataView(buffer) };
      this.pages[index] = page;
    }
    const at = (k & (PAGE_DAYS - 1)) * RECORD;
    let state = page.bytes[at + STATE_AT] as number;
    if (state === UNREAD) state = page.bytes[at + STATE_AT] = this.read(page.bytes, at, k);
    if (state !== PUBLISHED) return false;
    this.page = page;
    this.at = at;
    return true;
  }

  /**
   * An amount (a safe integer of `scale` decimals, its sign apart) converted at the rate of the
   * day published() last found, in minor units, half-even: exactUnits with smallStepInto's
   * integers (both proven equal to the decimal core's answer); DECLINED or TOO_LARGE as exactUnits
   * says.
   */
  units(amount: number, scale: number): number {
    const { bytes, numbers } = this.page;
    const at = this.at;
    const n = at >> 3;
    if (bytes[at + SCALE_AT] !== scale + 1) {
      const from = at + VALUE_AT;
      const to = from + (bytes[at + LENGTH_AT] as number);
      smallStepInto(numbers, n, bytes, from, to, this.derivation, this.minorUnits, scale);
      // A scale past a byte is worked out each time (no amount has 254 decimals).
      bytes[at + SCALE_AT] = scale <= MAX_KEPT_SCALE ? scale + 1 : NO_SCALE;
    }
    return exactUnits(amount, numbers[n] as number, numbers[n + 1] as number);
  }

  /**
   * Writes the cells a row on the day published() last found ends with (after its amount): the
   * target, the value, its unit, the day (`date[ds, de)`, the row's own cell: the day the series
   * published), the source, the note and the line end. Call after units() has converted at it.
   */
  write(
    out: Uint8Array,
    outView: DataView,
    at: number,
    date: Uint8Array,
    dateView: DataView,
    ds: number,
    de: number,
  ): number {
    const { lead, unit } = this.parts;
    const { bytes, view } = this.page;
    const from = this.at + VALUE_AT;
    const to = from + (bytes[this.at + LENGTH_AT] as number);
    let i = copyWords(out, outView, at, lead, this.leadView, 0, lead.length);
    i = copyWords(out, outView, i, bytes, view, from, to);
    i = copyWords(out, outView, i, unit, this.unitView, 0, unit.length);
    i = copyWords(out, outView, i, date, dateView, ds, de);
    return copyWords(out, outView, i, this.sourceEnd, this.sourceEndView, 0, this.sourceEnd.length);
  }

  /** Reads day k into its record at `at`: PUBLISHED with its value's text, or NOT_KEPT. */
  private read(bytes: Uint8Array, at: number, k: number): number {
    const index = this.days.observedAt(k);
    // -1: not published; DAY_UNREADABLE: left to the lookup, which names the damaged row.
    if (index < 0) return NOT_KEPT;
    let text: string;
    try {
      text = decimalText(this.series.valueAt(index));
    } catch {
      return NOT_KEPT;
    }
    if (text.length > VALUE_WIDTH) return NOT_KEPT;
    // A validated value is digits and a point: one byte per character.
    for (let c = 0; c < text.length; c += 1) bytes[at + VALUE_AT + c] = text.charCodeAt(c);
    bytes[at + LENGTH_AT] = text.length;
    return PUBLISHED;
  }
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
