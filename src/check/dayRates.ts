import type { PairDays } from './pairDays.js';
import { pow10, scaledFromText, type ScaledInteger } from './scaledInteger.js';

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
  const rates: DayRates = {
    fractionAt,
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
