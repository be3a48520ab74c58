import { compareFraction, dayRates, fractionOf, type Fraction } from './dayRates.js';
import type { PairDays } from './pairDays.js';
import type { BoundEnd, RateTest } from './rateTest.js';
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
  const { low, high, lowOpen, highOpen } = test.bounds;
  const lowEnd = low === null ? null : endFraction(low);
  const highEnd = high === null ? null : endFraction(high);
  const rates = dayRates(days);
  return (index) => {
    const rate = rates.fractionAt(index);
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
