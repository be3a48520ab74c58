/**
 * Pairing a value computed at the figures as written with the range computed from their
 * intervals. Every deal quantity is computed twice by the same interval formula: once on point
 * intervals (the written values) and once on the figures' ranges; monotone, correctly rounded
 * arithmetic then guarantees that the range contains the point whenever each figure's written
 * value lies in its own range.
 */
import type { CurrencyCode } from '../money/currency.js';
import { Decimal } from '../money/decimal.js';
import { closedInterval } from '../quantity/closedInterval.js';
import type { Interval } from '../quantity/interval.js';
import type { MoneyRange, PercentRange } from './types.js';

const HUNDRED = new Decimal('100');

/**
 * The point interval [value, value].
 *
 * @example
 * pointOf(new Decimal('2e9')).high.toString() //=> '2000000000'
 */
export function pointOf(value: Decimal): Interval {
  return closedInterval(value, value);
}

/**
 * The value of a point interval (what a formula gives at the figures as written).
 *
 * @example
 * valueOf(pointOf(new Decimal('15e9'))).toString() //=> '15000000000'
 */
export function valueOf(point: Interval): Decimal {
  if (point.low === null) throw new Error('a point value cannot be unbounded');
  return point.low;
}

/**
 * An amount at the written figures with its range.
 *
 * @example
 * moneyRange(pointOf(new Decimal('15e9')), closedInterval(new Decimal('14e9'), null), USD).amount.toString() //=> '15000000000'
 */
export function moneyRange(point: Interval, range: Interval, currency: CurrencyCode): MoneyRange {
  return { amount: valueOf(point), currency, ...range };
}

/**
 * A fraction (0.016) with its range, written in percent (1.6).
 *
 * @example
 * percentRange(pointOf(new Decimal('0.016')), pointOf(new Decimal('0.016'))).percent.toString() //=> '1.6'
 */
export function percentRange(point: Interval, range: Interval): PercentRange {
  const toPercent = (value: Decimal | null) => (value === null ? null : value.times(HUNDRED));
  return {
    percent: valueOf(point).times(HUNDRED),
    low: toPercent(range.low),
    high: toPercent(range.high),
    lowOpen: range.lowOpen,
    highOpen: range.highOpen,
  };
}

/**
 * A range in percent (1.6) as a fraction (0.016); unbounded ends stay unbounded.
 *
 * @example
 * fractionOf(closedInterval(new Decimal('1.55'), new Decimal('1.65'))).low.toString() //=> '0.0155'
 */
export function fractionOf(percent: Interval): Interval {
  const toFraction = (value: Decimal | null) => (value === null ? null : value.div(HUNDRED));
  return { ...percent, low: toFraction(percent.low), high: toFraction(percent.high) };
}
