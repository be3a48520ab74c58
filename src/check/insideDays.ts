import { compareFraction, dayRates, fractionOf, type Fraction } from './dayRates.js';
import type { PairDays } from './pairDays.js';
import { Decimal } from '../money/decimal.js';
import { ONE, type BoundEnd, type RateTest } from './rateTest.js';
import type { RateVerdict } from './types.js';
import { scaledFromDecimal } from './scaledInteger.js';

/** Where a day's rate lies against the implied interval: below it, inside, or above it. */
export type DayPosition = -1 | 0 | 1;

/** An end of the implied interval, quote amount over base amount, as a fraction of integers. */
function endFraction(bound: BoundEnd): Fraction {
  return fractionOf(scaledFromDecimal(bound.quoteAmount), scaledFromDecimal(bound.baseAmount));
}

/**
 * Where each observation day's rate lies against the implied interval (-1 below, 0 inside, 1
 * above), for scans over many days (matching dates, the search for a stale rate). Each day's
 * published values are read as an exact fraction once (dayRates) and compared with the
 * interval's ends by cross-multiplying: N/D ≥ p/q exactly when N·q ≥ p·D. The same answer as
 * RateTest.position, without building a Decimal per day.
 *
 * @param days - a source's observation days for the pair
 * @param test - the implied interval's tests
 * @returns a function of the day's index
 *
 * @example
 * const days = pairDays(fred, USD, CNY);
 * const bounds = { low: { quoteAmount: new Decimal('1.45e9'), baseAmount: new Decimal('2.275e8') }, lowOpen: false, high: { quoteAmount: new Decimal('1.55e9'), baseAmount: new Decimal('2.265e8') }, highOpen: false };
 * const position = dayPositions(days, rateTest(bounds, new Decimal('1')));
 * [position(days.indexOnOrBefore('2017-11-15')), position(days.indexOnOrBefore('2015-06-15'))] //=> [0, -1]
 */
export function dayPositions(days: PairDays, test: RateTest): (index: number) => DayPosition {
  const place = fractionPositions(test);
  const rates = dayRates(days);
  return (index) => place(rates.fractionAt(index));
}

// A check places many rates against one interval: its ends are read as fractions once.
const PLACERS = new WeakMap<RateTest, (rate: Fraction) => DayPosition>();

/**
 * Where an exact rate lies against the implied interval (-1 below, 0 inside, 1 above), as
 * RateTest.position says, by cross-multiplying integers (dayPositions).
 *
 * @param test - the implied interval's tests
 * @returns a function of the rate
 *
 * @example
 * const bounds = { low: { quoteAmount: new Decimal('1.45e9'), baseAmount: new Decimal('2.275e8') }, lowOpen: false, high: { quoteAmount: new Decimal('1.55e9'), baseAmount: new Decimal('2.265e8') }, highOpen: false };
 * fractionPositions(rateTest(bounds, new Decimal('1')))({ numerator: 662n, denominator: 100n }) //=> 0
 */
export function fractionPositions(test: RateTest): (rate: Fraction) => DayPosition {
  const known = PLACERS.get(test);
  if (known !== undefined) return known;
  const { low, high, lowOpen, highOpen } = test.bounds;
  const lowEnd = low === null ? null : endFraction(low);
  const highEnd = high === null ? null : endFraction(high);
  const place = (rate: Fraction): DayPosition => {
    if (lowEnd !== null) {
      const order = compareFraction(rate, lowEnd);
      if (order < 0 || (order === 0 && lowOpen)) return -1;
    }
    if (highEnd !== null) {
      const order = compareFraction(rate, highEnd);
      if (order > 0 || (order === 0 && highOpen)) return 1;
    }
    return 0;
  };
  PLACERS.set(test, place);
  return place;
}

const HUNDRED = new Decimal('100');
const VERDICTS = new WeakMap<RateTest, (rate: Fraction) => RateVerdict>();

/**
 * The verdict of an exact rate, as RateTest.verdict gives it (consistent inside; close within the
 * tolerance of the nearer end; else inconsistent), by cross-multiplying integers: the diagnosis
 * tries seven rates a pair, and a product of decimals per end and try was most of its time.
 *
 * @param test - the implied interval's tests
 * @returns a function of the rate
 *
 * @example
 * const bounds = { low: { quoteAmount: new Decimal('1.45e9'), baseAmount: new Decimal('2.275e8') }, lowOpen: false, high: { quoteAmount: new Decimal('1.55e9'), baseAmount: new Decimal('2.265e8') }, highOpen: false };
 * const verdict = fractionVerdicts(rateTest(bounds, new Decimal('1')));
 * [verdict({ numerator: 662n, denominator: 100n }), verdict({ numerator: 631n, denominator: 100n }), verdict({ numerator: 6n, denominator: 1n })] //=> ['consistent', 'close', 'inconsistent']
 */
export function fractionVerdicts(test: RateTest): (rate: Fraction) => RateVerdict {
  const known = VERDICTS.get(test);
  if (known !== undefined) return known;
  const place = fractionPositions(test);
  const { low, high } = test.bounds;
  // The tolerance's ends as rateTest makes them, the same decimals, then read exactly.
  const fraction = test.tolerancePct.div(HUNDRED);
  const lowAllowed =
    low === null
      ? null
      : endFraction({ quoteAmount: low.quoteAmount.times(ONE.minus(fraction)), baseAmount: low.baseAmount });
  const highAllowed =
    high === null
      ? null
      : endFraction({ quoteAmount: high.quoteAmount.times(ONE.plus(fraction)), baseAmount: high.baseAmount });
  const verdict = (rate: Fraction): RateVerdict => {
    const where = place(rate);
    if (where === 0) return 'consistent';
    const close =
      where < 0
        ? lowAllowed !== null && compareFraction(rate, lowAllowed) >= 0
        : highAllowed !== null && compareFraction(rate, highAllowed) <= 0;
    return close ? 'close' : 'inconsistent';
  };
  VERDICTS.set(test, verdict);
  return verdict;
}

/**
 * Whether each observation day's rate lies inside the implied interval (see dayPositions).
 *
 * @param days - a source's observation days for the pair
 * @param test - the implied interval's tests
 * @returns a function of the day's index
 *
 * @example
 * const days = pairDays(fred, USD, CNY);
 * const bounds = { low: { quoteAmount: new Decimal('1.45e9'), baseAmount: new Decimal('2.275e8') }, lowOpen: false, high: { quoteAmount: new Decimal('1.55e9'), baseAmount: new Decimal('2.265e8') }, highOpen: false };
 * const inside = insideDays(days, rateTest(bounds, new Decimal('1')));
 * inside(days.indexOnOrBefore('2017-11-15')) //=> true
 * inside(days.indexOnOrBefore('2015-06-15')) //=> false
 */
export function insideDays(days: PairDays, test: RateTest): (index: number) => boolean {
  const position = dayPositions(days, test);
  return (index) => position(index) === 0;
}
