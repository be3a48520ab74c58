/**
 * The days a series published, as a batch writes them: for each day of its span, its value's text
 * as UTF-8 (as Decimal writes it) and the small integers that convert an amount at it, in one
 * record of a typed array indexed by the day, filled the first time a row needs them. A row on a day the
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
 * amount scale the small integers are for (-1: none yet), the multiplier and the divisor (three
 * float64 from byte 0), the observation published that day (an int32 at byte 24, -1: none), the
 * length of its value's text (byte 31: 0 not read yet, NOT_KEPT), and the text (from byte 32).
 */
const RECORD = 64;
const OBSERVATION_AT = 24 / 4;
const LENGTH_AT = 31;
const VALUE_AT = 32;
/** The longest value text kept (a longer one, rare, is left to the RowRate path). */
const VALUE_WIDTH = RECORD - VALUE_AT;
/** The length byte of a day whose value is not kept. */
const NOT_KEPT = 255;
/** units()'s answer when the day is not read here (a long value, a damaged row): the RowRate path answers. */
export const NOT_HERE = -3;

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
  /** One RECORD per day of the span, seen as bytes, int32 and float64. */
  private readonly bytes: Uint8Array;
  private readonly ints: Int32Array;
  private readonly numbers: Float64Array;

  /**
   * @param observed - for each day of the series' span, the observation published that day, or -1 (seriesDays)
   */
  constructor(
    private readonly series: RateSeries,
    observed: Int32Array,
    private readonly derivation: 'direct' | 'inverse',
    private readonly minorUnits: number,
    private readonly parts: CitedParts,
  ) {
    const buffer = new ArrayBuffer(observed.length * RECORD);
    this.bytes = new Uint8Array(buffer);
    this.ints = new Int32Array(buffer);
    this.numbers = new Float64Array(buffer);
    for (let k = 0; k < observed.length; k += 1) {
      this.numbers[k * (RECORD / 8)] = -1;
      this.ints[k * (RECORD / 4) + OBSERVATION_AT] = observed[k] as number;
    }
    this.printable = parts.printable;
    this.maxTail =
      parts.lead.length + VALUE_WIDTH + parts.unit.length + 10 + parts.source.length + parts.end.length;
  }

  /** Whether day k of the span (0 ≤ k < its length) is one the series published. */
  published(k: number): boolean {
    return (this.ints[k * (RECORD / 4) + OBSERVATION_AT] as number) !== -1;
  }

  /**
   * An amount (a safe integer of `scale` decimals, its sign apart) converted at the rate of day k,
   * a day the series published, in minor units, half-even: exactUnits with smallStep's integers
   * (both proven equal to the decimal core's answer); DECLINED or TOO_LARGE as exactUnits says,
   * NOT_HERE when the day's rate is not read here.
   */
  units(k: number, amount: number, scale: number): number {
    const at = k * (RECORD / 8);
    const numbers = this.numbers;
    if (numbers[at] !== scale) {
      const value = this.value(k);
      if (value === null) return NOT_HERE;
      const [multiplier, divisor] = smallStep(value, this.derivation, this.minorUnits, scale);
      numbers[at] = scale;
      numbers[at + 1] = multiplier;
      numbers[at + 2] = divisor;
    }
    return exactUnits(amount, numbers[at + 1] as number, numbers[at + 2] as number);
  }

  /**
   * Writes the cells a row on day k ends with (after its amount): the target, the value, its
   * unit, the day (`date[ds, de)`, the row's own cell: the day the series published), the source,
   * the note and the line end. Call after units() has converted at it.
   */
  write(out: Uint8Array, at: number, k: number, date: Uint8Array, ds: number, de: number): number {
    const parts = this.parts;
    let i = copy(out, at, parts.lead, 0, parts.lead.length);
    const from = k * RECORD;
    i = copy(out, i, this.bytes, from + VALUE_AT, from + VALUE_AT + (this.bytes[from + LENGTH_AT] as number));
    i = copy(out, i, parts.unit, 0, parts.unit.length);
    i = copy(out, i, date, ds, de);
    i = copy(out, i, parts.source, 0, parts.source.length);
    return copy(out, i, parts.end, 0, parts.end.length);
  }

  /** Day k's value as Decimal writes it, kept as bytes; null when it is not kept here. */
  private value(k: number): string | null {
    const from = k * RECORD;
    const length = this.bytes[from + LENGTH_AT] as number;
    if (length === NOT_KEPT) return null;
    let text: string;
    try {
      text = decimalText(this.series.valueAt(this.ints[k * (RECORD / 4) + OBSERVATION_AT] as number));
    } catch {
      this.bytes[from + LENGTH_AT] = NOT_KEPT;
      return null;
    }
    if (length === 0) {
      if (text.length > VALUE_WIDTH) {
        this.bytes[from + LENGTH_AT] = NOT_KEPT;
        return null;
      }
      // A validated value is digits and a point: one byte per character.
      for (let c = 0; c < text.length; c += 1) this.bytes[from + VALUE_AT + c] = text.charCodeAt(c);
      this.bytes[from + LENGTH_AT] = text.length;
    }
    return text;
  }
}

function copy(out: Uint8Array, at: number, bytes: Uint8Array, start: number, end: number): number {
  let i = at;
  for (let k = start; k < end; k += 1) out[i++] = bytes[k] as number;
  return i;
}
