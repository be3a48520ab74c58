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
import type { RateSeries } from '../fx/types.js';
import { decimalText, exactUnits, smallStep } from './exactAmount.js';

/**
 * Bytes kept per day of the series' span, in one record so that a row reads one cache line: the
 * multiplier and the divisor (two float64 from byte 0), the amount scale they are for plus one
 * (byte 16: 0 before any), what the day is (byte 17: UNREAD until a row first asks, then PUBLISHED
 * or NOT_KEPT), the length of the day's head (byte 18) and the head (from byte 19): the cells
 * before the day, the lead, the value's text (as Decimal writes it) and the unit. The records of
 * the whole span are one zeroed buffer: the system gives its memory pages as rows first touch
 * them, so a ledger over a few years of a 50-year series pays for those years only.
 */
const RECORD_SHIFT = 6;
const RECORD = 1 << RECORD_SHIFT;
const SCALE_AT = 16;
const STATE_AT = 17;
const LENGTH_AT = 18;
const HEAD_AT = 19;
/** The longest head kept (a longer one, rare, is left to the RowRate path). */
const HEAD_WIDTH = RECORD - HEAD_AT;
/** Scales from here on are worked out on every row (no amount has 254 decimals). */
const MAX_KEPT_SCALE = 254;
/** A day's state: not read yet; published, its value kept here; or left to the RowRate path. */
const UNREAD = 0;
const PUBLISHED = 1;
const NOT_KEPT = 2;

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
  /** The records of the span's days, seen as bytes and as float64. */
  private readonly bytes: Uint8Array;
  private readonly numbers: Float64Array;
  /** What follows the day on every row: the source's cell, the note's, the error's and the line end. */
  private readonly after: Uint8Array;
  /** Where the record of the last day published() found starts. */
  private at = 0;

  /**
   * @param observed - for each day of the series' span, the observation published that day, or -1 (seriesDays)
   */
  constructor(
    private readonly series: RateSeries,
    private readonly observed: Int32Array,
    private readonly derivation: 'direct' | 'inverse',
    private readonly minorUnits: number,
    private readonly parts: CitedParts,
  ) {
    const buffer = new ArrayBuffer(observed.length * RECORD);
    this.bytes = new Uint8Array(buffer);
    this.numbers = new Float64Array(buffer);
    this.after = new Uint8Array(parts.source.length + parts.end.length);
    this.after.set(parts.source, 0);
    this.after.set(parts.end, parts.source.length);
    this.printable = parts.printable;
    this.maxTail = HEAD_WIDTH + 10 + this.after.length;
  }

  /**
   * Whether day k of the span (0 ≤ k < its length) is one the series published, with its value
   * kept here; when it is, the day's record is the one units() and write() read next. The first
   * row on a day reads the series (which observation, its value); every later one its record only.
   */
  published(k: number): boolean {
    const at = k << RECORD_SHIFT;
    const bytes = this.bytes;
    let state = bytes[at + STATE_AT] as number;
    if (state === UNREAD) state = bytes[at + STATE_AT] = this.read(bytes, at, k);
    if (state !== PUBLISHED) return false;
    this.at = at;
    return true;
  }

  /**
   * An amount (a safe integer of `scale` decimals, its sign apart) converted at the rate of the
   * day published() last found, in minor units, half-even: exactUnits with smallStep's
   * integers (both proven equal to the decimal core's answer); DECLINED or TOO_LARGE as exactUnits
   * says.
   */
  units(amount: number, scale: number): number {
    const bytes = this.bytes;
    const numbers = this.numbers;
    const at = this.at;
    const n = at >> 3;
    if (bytes[at + SCALE_AT] !== scale + 1) {
      const value = this.value(bytes, at);
      const [multiplier, divisor] = smallStep(value, this.derivation, this.minorUnits, scale);
      numbers[n] = multiplier;
      numbers[n + 1] = divisor;
      bytes[at + SCALE_AT] = scale <= MAX_KEPT_SCALE ? scale + 1 : 0;
    }
    return exactUnits(amount, numbers[n] as number, numbers[n + 1] as number);
  }

  /**
   * Writes the cells a row on the day published() last found ends with (after its amount): the
   * target, the value, its unit, the day (`date[ds, de)`, the row's own cell: the day the series
   * published), the source, the note and the line end. Call after units() has converted at it.
   */
  write(out: Uint8Array, at: number, date: Uint8Array, ds: number, de: number): number {
    const bytes = this.bytes;
    const from = this.at + HEAD_AT;
    let i = copy(out, at, bytes, from, from + (bytes[this.at + LENGTH_AT] as number));
    i = copy(out, i, date, ds, de);
    return copy(out, i, this.after, 0, this.after.length);
  }

  /** The value text kept in the head of the record at `at` (read() wrote it: digits and a point). */
  private value(bytes: Uint8Array, at: number): string {
    let text = '';
    const start = at + HEAD_AT + this.parts.lead.length;
    const end = at + HEAD_AT + (bytes[at + LENGTH_AT] as number) - this.parts.unit.length;
    for (let i = start; i < end; i += 1) text += String.fromCharCode(bytes[i] as number);
    return text;
  }

  /** Reads day k into its record at `at`: PUBLISHED with its head, or NOT_KEPT. */
  private read(bytes: Uint8Array, at: number, k: number): number {
    const index = this.observed[k] as number;
    if (index === -1) return NOT_KEPT;
    let text: string;
    try {
      text = decimalText(this.series.valueAt(index));
    } catch {
      return NOT_KEPT;
    }
    const { lead, unit } = this.parts;
    const length = lead.length + text.length + unit.length;
    if (length > HEAD_WIDTH) return NOT_KEPT;
    let i = copy(bytes, at + HEAD_AT, lead, 0, lead.length);
    // A validated value is digits and a point: one byte per character.
    for (let c = 0; c < text.length; c += 1) bytes[i++] = text.charCodeAt(c);
    copy(bytes, i, unit, 0, unit.length);
    bytes[at + LENGTH_AT] = length;
    return PUBLISHED;
  }
}

function copy(out: Uint8Array, at: number, bytes: Uint8Array, start: number, end: number): number {
  let i = at;
  for (let k = start; k < end; k += 1) out[i++] = bytes[k] as number;
  return i;
}
