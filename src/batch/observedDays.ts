/**
 * The days a series published, as a batch writes them: for each observation, its value's text as
 * UTF-8 (as Decimal writes it) and the small integers that convert an amount at it, in typed
 * arrays indexed by the observation, filled the first time a row needs them. A row on a day the
 * series published then costs a few array reads and byte copies: no object, no string, no
 * BigInt per (currency, day), and the arrays sit together in memory (a ledger touches tens of
 * thousands of days at random). What a row writes is what a RowRate read from the same series
 * would (rowRates.ts, publishedRate): test/batch/observedRates.test.ts compares the two on every
 * day it compares the series with the whole lookup.
 */
import type { RateSeries } from '../fx/types.js';
import { decimalText, exactUnits, smallStep } from './exactAmount.js';

/**
 * Bytes kept per observation: its value's length, then its text (a published rate of more
 * characters is left to the RowRate path). 16, so that one observation's bytes share a cache line.
 */
const VALUE_WIDTH = 16;
/** The length byte of an observation whose value is not kept (not read yet is 0). */
const NOT_KEPT = 255;
/** Numbers kept per observation: the amount scale the integers are for (-1: none yet), multiplier, divisor, padding. */
const STEP_WIDTH = 4;
/** units()'s answer when the observation is not read here (a long value, a damaged row): the RowRate path answers. */
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
  /** Per observation: the length of its value's text (0: not read yet; NOT_KEPT), then the text. */
  private readonly values: Uint8Array;
  /**
   * Per observation: the amount scale its small integers are for (-1: none yet), the multiplier
   * and the divisor (see smallStep): together, so that a row reads one cache line.
   */
  private readonly steps: Float64Array;

  constructor(
    private readonly series: RateSeries,
    private readonly derivation: 'direct' | 'inverse',
    private readonly minorUnits: number,
    private readonly parts: CitedParts,
  ) {
    const size = series.size;
    this.values = new Uint8Array(size * VALUE_WIDTH);
    this.steps = new Float64Array(size * STEP_WIDTH);
    for (let i = 0; i < size; i += 1) this.steps[i * STEP_WIDTH] = -1;
    this.printable = parts.printable;
    this.maxTail =
      parts.lead.length + VALUE_WIDTH + parts.unit.length + 10 + parts.source.length + parts.end.length;
  }

  /**
   * An amount (a safe integer of `scale` decimals, its sign apart) converted at observation
   * `index`, in minor units, half-even: exactUnits with smallStep's integers (both proven equal to
   * the decimal core's answer); DECLINED or TOO_LARGE as exactUnits says, NOT_HERE when the
   * observation is not read here.
   */
  units(index: number, amount: number, scale: number): number {
    const at = index * STEP_WIDTH;
    const steps = this.steps;
    if (steps[at] !== scale) {
      const value = this.value(index);
      if (value === null) return NOT_HERE;
      const [multiplier, divisor] = smallStep(value, this.derivation, this.minorUnits, scale);
      steps[at] = scale;
      steps[at + 1] = multiplier;
      steps[at + 2] = divisor;
    }
    return exactUnits(amount, steps[at + 1] as number, steps[at + 2] as number);
  }

  /**
   * Writes the cells a row at observation `index` ends with (after its amount): the target, the
   * value, its unit, the day (`date[ds, de)`, the row's own cell: the day the series published),
   * the source, the note and the line end. Call after units() has converted at it.
   */
  write(out: Uint8Array, at: number, index: number, date: Uint8Array, ds: number, de: number): number {
    const parts = this.parts;
    let i = copy(out, at, parts.lead, 0, parts.lead.length);
    const from = index * VALUE_WIDTH;
    i = copy(out, i, this.values, from + 1, from + 1 + (this.values[from] as number));
    i = copy(out, i, parts.unit, 0, parts.unit.length);
    i = copy(out, i, date, ds, de);
    i = copy(out, i, parts.source, 0, parts.source.length);
    return copy(out, i, parts.end, 0, parts.end.length);
  }

  /** Observation `index`'s value as Decimal writes it, kept as bytes; null when it is not kept here. */
  private value(index: number): string | null {
    const from = index * VALUE_WIDTH;
    const length = this.values[from] as number;
    if (length === NOT_KEPT) return null;
    let text: string;
    try {
      text = decimalText(this.series.valueAt(index));
    } catch {
      this.values[from] = NOT_KEPT;
      return null;
    }
    if (length === 0) {
      if (text.length >= VALUE_WIDTH) {
        this.values[from] = NOT_KEPT;
        return null;
      }
      // A validated value is digits and a point: one byte per character.
      for (let k = 0; k < text.length; k += 1) this.values[from + 1 + k] = text.charCodeAt(k);
      this.values[from] = text.length;
    }
    return text;
  }
}

function copy(out: Uint8Array, at: number, bytes: Uint8Array, start: number, end: number): number {
  let i = at;
  for (let k = start; k < end; k += 1) out[i++] = bytes[k] as number;
  return i;
}
