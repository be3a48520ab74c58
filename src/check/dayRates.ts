import type { PairDays } from './pairDays.js';
import { pow10, scaledFromDecimal, scaledFromText, type ScaledInteger } from './scaledInteger.js';
import type { RateRatio } from './types.js';

/** An exact positive rate as a fraction of integers. */
export interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** How many observation days share one block's lowest and highest rate (see DayRates). */
export const DAYS_PER_BLOCK = 64;

/**
 * A pair's daily rates as exact fractions, each read from its published text once, and per block
 * of DAYS_PER_BLOCK days the days of its lowest and highest rate: a search for days inside an
 * interval passes over a block whose whole range lies outside it, exactly.
 */
export interface DayRates {
  /** The rate of day `index`. */
  fractionAt(index: number): Fraction;
  /** The index of the day with the lowest rate in block `block` (days block·DAYS_PER_BLOCK …). */
  lowestIn(block: number): number;
  /** The index of the day with the highest rate in block `block`. */
  highestIn(block: number): number;
  /**
   * The indexes of the days with the lowest and the highest rate in blocks `first` to `last`
   * (inclusive), from a table of every block's extremes made on first use: a search of years in
   * which no day fits (a slip far from any rate) is two comparisons, not one per block.
   */
  extremesOver(first: number, last: number): readonly [lowest: number, highest: number];
}

/**
 * a/b against c/d, both positive fractions: by cross-multiplying, exactly.
 *
 * @example
 * compareFraction({ numerator: 66200n, denominator: 10000n }, { numerator: 331n, denominator: 50n }) //=> 0
 */
export function compareFraction(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * (a / 10^a.places) ÷ (b / 10^b.places) as a fraction of integers: a·10^b.places / (b·10^a.places).
 *
 * @example
 * fractionOf({ units: 662n, places: 2 }, { units: 1n, places: 0 }) //=> { numerator: 662n, denominator: 100n }
 */
export function fractionOf(a: ScaledInteger, b: ScaledInteger): Fraction {
  return { numerator: a.units * pow10(b.places), denominator: b.units * pow10(a.places) };
}

const RATIOS = new WeakMap<RateRatio, Fraction>();

/**
 * A rate's exact ratio of decimals as a fraction of integers, kept for as long as the ratio is
 * (a looked-up rate's ratio is kept, quoteRatio, and read again for each pair of a story).
 *
 * @example
 * ratioFraction({ numerator: new Decimal('6.62'), denominator: new Decimal('1') }) //=> { numerator: 662n, denominator: 100n }
 */
export function ratioFraction(ratio: RateRatio): Fraction {
  let fraction = RATIOS.get(ratio);
  if (fraction === undefined) {
    fraction = fractionOf(scaledFromDecimal(ratio.numerator), scaledFromDecimal(ratio.denominator));
    RATIOS.set(ratio, fraction);
  }
  return fraction;
}

/** The rate of one day from its legs' published values: products over products, places folded in. */
function readFraction(days: PairDays, index: number): Fraction {
  let numerator = 1n;
  let denominator = 1n;
  let numeratorPlaces = 0;
  let denominatorPlaces = 0;
  for (const leg of days.legs) {
    const value = scaledFromText(leg.valueAt(index));
    if (leg.onNumerator) {
      numerator *= value.units;
      numeratorPlaces += value.places;
    } else {
      denominator *= value.units;
      denominatorPlaces += value.places;
    }
  }
  return fractionOf(
    { units: numerator, places: numeratorPlaces },
    { units: denominator, places: denominatorPlaces },
  );
}

// A pair's days never change (pairDays keeps them), so neither do their rates.
const KNOWN = new WeakMap<PairDays, DayRates>();

/**
 * The exact daily rates of a pair's days, read lazily and kept for as long as the days are.
 *
 * @example
 * const days = pairDays(fred, USD, CNY);
 * const rates = dayRates(days);
 * const i = days.indexOnOrBefore('2017-11-15');
 * compareFraction(rates.fractionAt(i), { numerator: 662n, denominator: 100n }) //=> 0
 */
export function dayRates(days: PairDays): DayRates {
  const known = KNOWN.get(days);
  if (known !== undefined) return known;
  const fractions: (Fraction | undefined)[] = new Array<Fraction | undefined>(days.size);
  const lowest = new Int32Array(Math.ceil(days.size / DAYS_PER_BLOCK)).fill(-1);
  const highest = new Int32Array(lowest.length).fill(-1);
  const fractionAt = (index: number): Fraction => {
    let fraction = fractions[index];
    if (fraction === undefined) {
      fraction = readFraction(days, index);
      fractions[index] = fraction;
    }
    return fraction;
  };
  const extremes = (block: number): void => {
    const first = block * DAYS_PER_BLOCK;
    const end = Math.min(first + DAYS_PER_BLOCK, days.size);
    let low = first;
    let high = first;
    for (let i = first + 1; i < end; i += 1) {
      const rate = fractionAt(i);
      if (compareFraction(rate, fractionAt(low)) < 0) low = i;
      if (compareFraction(rate, fractionAt(high)) > 0) high = i;
    }
    lowest[block] = low;
    highest[block] = high;
  };
  // Level k: for each block b, the lowest and highest days of blocks b to b + 2^k - 1.
  let lowTable: Int32Array[] | null = null;
  let highTable: Int32Array[] | null = null;
  const lower = (a: number, b: number) => (compareFraction(fractionAt(b), fractionAt(a)) < 0 ? b : a);
  const higher = (a: number, b: number) => (compareFraction(fractionAt(b), fractionAt(a)) > 0 ? b : a);
  const tables = (): [Int32Array[], Int32Array[]] => {
    if (lowTable !== null && highTable !== null) return [lowTable, highTable];
    const blocks = lowest.length;
    for (let b = 0; b < blocks; b += 1) if ((lowest[b] as number) === -1) extremes(b);
    const lows = [lowest];
    const highs = [highest];
    for (let span = 1; span * 2 <= blocks; span *= 2) {
      const low = lows[lows.length - 1] as Int32Array;
      const high = highs[highs.length - 1] as Int32Array;
      const size = blocks - span * 2 + 1;
      const nextLow = new Int32Array(size);
      const nextHigh = new Int32Array(size);
      for (let b = 0; b < size; b += 1) {
        nextLow[b] = lower(low[b] as number, low[b + span] as number);
        nextHigh[b] = higher(high[b] as number, high[b + span] as number);
      }
      lows.push(nextLow);
      highs.push(nextHigh);
    }
    lowTable = lows;
    highTable = highs;
    return [lows, highs];
  };
  const rates: DayRates = {
    fractionAt,
    extremesOver: (first, last) => {
      const [lows, highs] = tables();
      const level = 31 - Math.clz32(last - first + 1);
      const other = last - (1 << level) + 1;
      const low = lows[level] as Int32Array;
      const high = highs[level] as Int32Array;
      return [
        lower(low[first] as number, low[other] as number),
        higher(high[first] as number, high[other] as number),
      ];
    },
    lowestIn: (block) => {
      if ((lowest[block] as number) === -1) extremes(block);
      return lowest[block] as number;
    },
    highestIn: (block) => {
      if ((highest[block] as number) === -1) extremes(block);
      return highest[block] as number;
    },
  };
  KNOWN.set(days, rates);
  return rates;
}
