import type { PairDays } from './pairDays.js';
import type { BoundEnd, RateTest } from './rateTest.js';
import { compareScaled, scaledFromDecimal, scaledFromText, type ScaledInteger } from './scaledInteger.js';

/** One end of the implied interval, p / q, as scaled integers. */
interface ScaledEnd {
  readonly p: ScaledInteger;
  readonly q: ScaledInteger;
  readonly open: boolean;
}

/**
 * A test of "this observation day's rate lies inside the implied interval" for scans over many
 * days (matching dates, the search for a stale rate). Each day's published values are read as
 * exact scaled integers (BigInt) and compared with the interval's ends by cross-multiplying:
 * N/D ≥ p/q exactly when N·q ≥ p·D. The same answer as RateTest.position, without building a
 * Decimal per day (which, on a cold start, costs microseconds a day).
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
  const { low, high, lowOpen, highOpen } = test.bounds;
  const scaledEnd = (bound: BoundEnd, open: boolean): ScaledEnd => ({
    p: scaledFromDecimal(bound.quoteAmount),
    q: scaledFromDecimal(bound.baseAmount),
    open,
  });
  const lowEnd = low === null ? null : scaledEnd(low, lowOpen);
  const highEnd = high === null ? null : scaledEnd(high, highOpen);
  const legs = days.legs;

  return (index) => {
    let numerator = 1n;
    let numeratorPlaces = 0;
    let denominator = 1n;
    let denominatorPlaces = 0;
    for (const leg of legs) {
      const value = scaledFromText(leg.valueAt(index));
      if (leg.onNumerator) {
        numerator *= value.units;
        numeratorPlaces += value.places;
      } else {
        denominator *= value.units;
        denominatorPlaces += value.places;
      }
    }
    // N/D against p/q: N·q against p·D.
    const against = (e: ScaledEnd) =>
      compareScaled(
        numerator * e.q.units,
        numeratorPlaces + e.q.places,
        e.p.units * denominator,
        e.p.places + denominatorPlaces,
      );
    if (lowEnd !== null) {
      const order = against(lowEnd);
      if (order < 0 || (order === 0 && lowEnd.open)) return false;
    }
    if (highEnd !== null) {
      const order = against(highEnd);
      if (order > 0 || (order === 0 && highEnd.open)) return false;
    }
    return true;
  };
}
