import { Decimal } from '../money/decimal.js';
import type { Interval } from '../quantity/interval.js';
import type { RateRatio, RateVerdict } from './types.js';

/** The exact value 1, shared so that a ratio with this denominator is known to need no product. */
export const ONE = new Decimal('1');
const ZERO = new Decimal('0');
const HUNDRED = new Decimal('100');

/** One end of the implied interval as an exact fraction: quoteAmount / baseAmount. */
export interface BoundEnd {
  readonly quoteAmount: Decimal;
  readonly baseAmount: Decimal;
}

/**
 * The interval of rates two figures allow, kept as fractions of the figures' own ends so that a
 * rate is placed by comparing cross-multiplied products, never by dividing.
 */
export interface RateBounds {
  /** null: no lower bound above zero (the base figure has no upper bound). */
  readonly low: BoundEnd | null;
  readonly lowOpen: boolean;
  /** null: no upper bound. */
  readonly high: BoundEnd | null;
  readonly highOpen: boolean;
}

/** Where a rate lies against the bounds. */
export type RatePosition = 'below' | 'inside' | 'above';

/** Places rates against the bounds and judges them with the tolerance; built once per check. */
export interface RateTest {
  readonly bounds: RateBounds;
  readonly tolerancePct: Decimal;
  /** Where a rate lies: two products per end at most, no division. */
  position(ratio: RateRatio): RatePosition;
  /** consistent inside; close within the tolerance of the nearer end; else inconsistent. */
  verdict(ratio: RateRatio): RateVerdict;
  /** How far outside the nearer end, in percent of that end; null when inside. */
  outsideByPct(ratio: RateRatio): Decimal | null;
}

/** numerator × factor, skipping the product when factor is the shared ONE. */
function scaled(value: Decimal, factor: Decimal): Decimal {
  return factor === ONE ? value : value.times(factor);
}

/**
 * Builds the exact tests of a rate against an implied interval with a tolerance in percent.
 * A ratio N/D lies above the low end a/b when N·b > a·D, and within t% of it when
 * N·b ≥ a·(1 − t/100)·D; the high end likewise with (1 + t/100).
 *
 * @param bounds - the implied interval as fractions
 * @param tolerancePct - how far outside (percent of the nearer end) still counts as close
 * @returns the tests
 *
 * @example
 * const bounds = { low: { quoteAmount: new Decimal('1450000000'), baseAmount: new Decimal('227500000') }, lowOpen: false, high: { quoteAmount: new Decimal('1550000000'), baseAmount: new Decimal('226500000') }, highOpen: false };
 * rateTest(bounds, new Decimal('1')).verdict({ numerator: new Decimal('6.62'), denominator: new Decimal('1') }) //=> 'consistent'
 * rateTest(bounds, new Decimal('1')).verdict({ numerator: new Decimal('6.2'), denominator: new Decimal('1') }) //=> 'inconsistent'
 */
export function rateTest(bounds: RateBounds, tolerancePct: Decimal): RateTest {
  const { low, high, lowOpen, highOpen } = bounds;
  const fraction = tolerancePct.div(HUNDRED);
  const lowAllowed = low === null ? null : low.quoteAmount.times(ONE.minus(fraction));
  const highAllowed = high === null ? null : high.quoteAmount.times(ONE.plus(fraction));

  const position = (ratio: RateRatio): RatePosition => {
    const { numerator, denominator } = ratio;
    if (low !== null) {
      const order = numerator.times(low.baseAmount).comparedTo(scaled(low.quoteAmount, denominator));
      if (order < 0 || (order === 0 && lowOpen)) return 'below';
    }
    if (high !== null) {
      const order = numerator.times(high.baseAmount).comparedTo(scaled(high.quoteAmount, denominator));
      if (order > 0 || (order === 0 && highOpen)) return 'above';
    }
    return 'inside';
  };

  return {
    bounds,
    tolerancePct,
    position,
    verdict(ratio) {
      const where = position(ratio);
      if (where === 'inside') return 'consistent';
      const { numerator, denominator } = ratio;
      // The nearer end is the one the rate lies beyond; the tolerance end is exact too.
      const close =
        where === 'below'
          ? low !== null &&
            lowAllowed !== null &&
            numerator.times(low.baseAmount).gte(scaled(lowAllowed, denominator))
          : high !== null &&
            highAllowed !== null &&
            numerator.times(high.baseAmount).lte(scaled(highAllowed, denominator));
      return close ? 'close' : 'inconsistent';
    },
    outsideByPct(ratio) {
      const where = position(ratio);
      if (where === 'inside') return null;
      const end = where === 'below' ? low : high;
      if (end === null) return null;
      // rate / end = N·b / (D·a): one division, at output precision.
      const relative = ratio.numerator.times(end.baseAmount).div(scaled(end.quoteAmount, ratio.denominator));
      return (where === 'below' ? ONE.minus(relative) : relative.minus(ONE)).times(HUNDRED);
    },
  };
}

/**
 * The implied interval's ends as decimals, for output: a missing low end is 0 (open), a missing
 * high end is unbounded (null).
 *
 * @example
 * boundsInterval({ low: null, lowOpen: true, high: { quoteAmount: new Decimal('15'), baseAmount: new Decimal('2') }, highOpen: false }).high.toString() //=> '7.5'
 */
export function boundsInterval(bounds: RateBounds): Interval {
  const value = (end: BoundEnd) => end.quoteAmount.div(end.baseAmount);
  return {
    low: bounds.low === null ? ZERO : value(bounds.low),
    lowOpen: bounds.low === null ? true : bounds.lowOpen,
    high: bounds.high === null ? null : value(bounds.high),
    highOpen: bounds.high === null ? false : bounds.highOpen,
  };
}

/**
 * A ratio's value as one decimal (exact when the denominator is ONE; else 40 significant digits).
 *
 * @example
 * ratioValue({ numerator: new Decimal('1'), denominator: new Decimal('8') }).toString() //=> '0.125'
 */
export function ratioValue(ratio: RateRatio): Decimal {
  return ratio.denominator === ONE ? ratio.numerator : ratio.numerator.div(ratio.denominator);
}
