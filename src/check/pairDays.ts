import { internalError } from '../commonErrors.js';
import { Decimal } from '../money/decimal.js';
import type { CurrencyCode } from '../money/currency.js';
import { perSourceMemo } from '../fx/perSourceMemo.js';
import { seriesBetween } from '../fx/table.js';
import type { IsoDate, RateSeries, RateSource } from '../fx/types.js';
import { ONE } from './rateTest.js';
import type { RateRatio } from './types.js';

/**
 * A source's observation days for one rate (units of `quote` per 1 `base`), with the rate of
 * each day as an exact ratio of published values. For a cross through the source's pivot, a day
 * counts only when both series published on it.
 */
export interface PairDays {
  readonly base: CurrencyCode;
  readonly quote: CurrencyCode;
  /** The published series used, e.g. ['CHUS'] or ['CNY', 'USD'] (IMF, through the SDR). */
  readonly seriesIds: readonly string[];
  /**
   * The published values behind each day's rate: the rate is the product of the numerator legs'
   * values over the product of the others' (one leg for a series against the pivot, two for a cross).
   */
  readonly legs: readonly PairLeg[];
  readonly size: number;
  dateAt(index: number): IsoDate;
  ratioAt(index: number): RateRatio;
  /** The index of the latest day on or before `date`, or -1. */
  indexOnOrBefore(date: IsoDate): number;
}

/** A published series as it enters a pair's rate, indexed by the pair's days. */
export interface PairLeg {
  readonly seriesId: string;
  /** Whether the value multiplies the rate (else it divides it). */
  readonly onNumerator: boolean;
  /** The published value text on the pair's day `index`. */
  valueAt(index: number): string;
}

/** One series and the side of the ratio its published value goes on. */
interface Leg {
  readonly series: RateSeries;
  readonly onNumerator: boolean;
}

/**
 * The leg that brings `currency` into the rate. quote per base = (quote per pivot) × (pivot per
 * base): the quote's series goes on the numerator when published as 1 pivot = v quote; the base's
 * when published as 1 base = v pivot; otherwise on the denominator. The pivot needs no leg.
 */
function legFor(
  source: RateSource,
  currency: CurrencyCode,
  isQuote: boolean,
  part: (series: RateSeries) => RateSeries,
): Leg | null {
  if (currency === source.info.pivot) return null;
  const series = part(source.series(currency));
  const publishedPerPivot = series.base === source.info.pivot;
  return { series, onNumerator: isQuote === publishedPerPivot };
}

// A story checks one pair many times, and a cross aligns two whole series.
const rememberPair = perSourceMemo<PairDays>(64);

function latestOnOrBefore(size: number, dateAt: (index: number) => IsoDate, date: IsoDate): number {
  let lo = 0;
  let hi = size - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (dateAt(mid) <= date) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The days two series both published, as pairs of indexes: one linear merge of sorted dates. */
function alignDays(a: RateSeries, b: RateSeries): { left: Int32Array; right: Int32Array; size: number } {
  const capacity = Math.min(a.size, b.size);
  const left = new Int32Array(capacity);
  const right = new Int32Array(capacity);
  let size = 0;
  let i = 0;
  let j = 0;
  // Dates as numbers where both series can give them (shipped tables): no string per row.
  const codeA = a.dateCodeAt?.bind(a);
  const codeB = b.dateCodeAt?.bind(b);
  const keyA = codeA && codeB ? codeA : (index: number): number | string => a.dateAt(index);
  const keyB = codeA && codeB ? codeB : (index: number): number | string => b.dateAt(index);
  while (i < a.size && j < b.size) {
    const da = keyA(i);
    const db = keyB(j);
    if (da === db) {
      left[size] = i;
      right[size] = j;
      size += 1;
      i += 1;
      j += 1;
    } else if (da < db) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return { left, right, size };
}

function ratioOf(legs: readonly (readonly [Leg, number])[]): RateRatio {
  let numerator: Decimal = ONE;
  let denominator: Decimal = ONE;
  for (const [leg, index] of legs) {
    const value = new Decimal(leg.series.valueAt(index));
    if (leg.onNumerator) numerator = numerator === ONE ? value : numerator.times(value);
    else denominator = denominator === ONE ? value : denominator.times(value);
  }
  return { numerator, denominator };
}

/**
 * The observation days of the rate `quote` per `base` in a source, read from its published series
 * (one series when either currency is the pivot; two, aligned by date, for a cross). Loads only
 * those series. Throws what `source.series` throws (CURRENCY_NOT_IN_SOURCE, DATA_CORRUPT).
 *
 * @param source - the rate source
 * @param base - the rate's base currency
 * @param quote - the rate's quote currency
 * @returns the days and their exact ratios
 *
 * @example
 * const days = pairDays(fred, USD, CNY);
 * const i = days.indexOnOrBefore('2017-11-18');
 * [days.dateAt(i), days.ratioAt(i).numerator.toString()] //=> ['2017-11-17', '6.6245']
 */
export function pairDays(source: RateSource, base: CurrencyCode, quote: CurrencyCode): PairDays {
  return rememberPair(source, `${base}/${quote}`, () => readPairDays(source, base, quote, whole));
}

/**
 * The observation days of the rate `quote` per `base` from `from` to `to` (inclusive): the days
 * pairDays gives that fall in those dates, indexed from the first of them. Each series is cut to
 * the dates (seriesBetween) before a cross is aligned, so a check's window of days costs a few
 * dozen rows, not a merge of two whole histories (some 13,000 rows each, and enough repetitions
 * for V8 to compile the merge on a second thread in a run that then ends).
 *
 * @param source - the rate source
 * @param base - the rate's base currency
 * @param quote - the rate's quote currency
 * @param from - the first date (inclusive)
 * @param to - the last date (inclusive)
 * @returns the days in those dates and their exact ratios
 *
 * @example
 * const days = pairDaysBetween(fred, USD, CNY, '2017-11-13', '2017-11-19');
 * [days.size, days.dateAt(0), days.dateAt(days.size - 1)] //=> [5, '2017-11-13', '2017-11-17']
 */
export function pairDaysBetween(
  source: RateSource,
  base: CurrencyCode,
  quote: CurrencyCode,
  from: IsoDate,
  to: IsoDate,
): PairDays {
  return readPairDays(source, base, quote, (series) => seriesBetween(series, from, to));
}

const whole = (series: RateSeries): RateSeries => series;

function readPairDays(
  source: RateSource,
  base: CurrencyCode,
  quote: CurrencyCode,
  part: (series: RateSeries) => RateSeries,
): PairDays {
  const baseLeg = legFor(source, base, false, part);
  const quoteLeg = legFor(source, quote, true, part);
  const legs = [baseLeg, quoteLeg].filter((leg): leg is Leg => leg !== null);
  const common = { base, quote, seriesIds: legs.map((leg) => leg.series.id) };
  const [only, other] = legs;
  if (only === undefined) {
    throw internalError(`no series to read for ${base} against ${quote} in ${source.info.id}`);
  }

  if (other === undefined) {
    const series = only.series;
    const dateAt = (index: number) => series.dateAt(index);
    return {
      ...common,
      legs: [
        { seriesId: series.id, onNumerator: only.onNumerator, valueAt: (index) => series.valueAt(index) },
      ],
      size: series.size,
      dateAt,
      ratioAt: (index) => ratioOf([[only, index]]),
      indexOnOrBefore: (date) => latestOnOrBefore(series.size, dateAt, date),
    };
  }

  const { left, right, size } = alignDays(only.series, other.series);
  const dateAt = (index: number) => only.series.dateAt(left[index] as number);
  return {
    ...common,
    legs: [
      {
        seriesId: only.series.id,
        onNumerator: only.onNumerator,
        valueAt: (index) => only.series.valueAt(left[index] as number),
      },
      {
        seriesId: other.series.id,
        onNumerator: other.onNumerator,
        valueAt: (index) => other.series.valueAt(right[index] as number),
      },
    ],
    size,
    dateAt,
    ratioAt: (index) =>
      ratioOf([
        [only, left[index] as number],
        [other, right[index] as number],
      ]),
    indexOnOrBefore: (date) => latestOnOrBefore(size, dateAt, date),
  };
}
