import type { Decimal } from '../money/decimal.js';

/**
 * A range of values a figure may stand for. `null` is an unbounded end (−∞ or +∞);
 * an open end excludes its bound: "more than $2 billion" is (2e9, ∞).
 */
export interface Interval {
  readonly low: Decimal | null;
  readonly high: Decimal | null;
  readonly lowOpen: boolean;
  readonly highOpen: boolean;
}

/**
 * Builds the closed interval [value, value] of an exact figure.
 *
 * @example
 * pointInterval(new Decimal('5')) //=> { low: '5', high: '5', lowOpen: false, highOpen: false }
 */
export function pointInterval(value: Decimal): Interval {
  return { low: value, high: value, lowOpen: false, highOpen: false };
}

/**
 * Tells whether a value lies in an interval, respecting open and unbounded ends.
 *
 * @example
 * intervalContains({ low: new Decimal('2'), high: null, lowOpen: true, highOpen: false }, new Decimal('2')) //=> false
 */
export function intervalContains(interval: Interval, value: Decimal): boolean {
  const aboveLow =
    interval.low === null || (interval.lowOpen ? value.gt(interval.low) : value.gte(interval.low));
  const belowHigh =
    interval.high === null || (interval.highOpen ? value.lt(interval.high) : value.lte(interval.high));
  return aboveLow && belowHigh;
}

/**
 * Whether the interval is a single exact value.
 *
 * @example
 * isPoint(pointInterval(new Decimal('1500000000'))) //=> true
 */
export function isPoint(interval: Interval): boolean {
  return interval.low !== null && interval.high !== null && interval.low.eq(interval.high);
}

/**
 * Maps both ends through an increasing function (such as multiplying by a positive rate);
 * unbounded ends stay unbounded and open ends stay open.
 *
 * @example
 * const figure = { low: new Decimal('1.45e9'), high: new Decimal('1.55e9'), lowOpen: false, highOpen: false };
 * mapIncreasing(figure, (x) => x.div('6.62')).low.toFixed(2) //=> '219033232.63'
 */
export function mapIncreasing(interval: Interval, fn: (value: Decimal) => Decimal): Interval {
  return {
    low: interval.low === null ? null : fn(interval.low),
    high: interval.high === null ? null : fn(interval.high),
    lowOpen: interval.lowOpen,
    highOpen: interval.highOpen,
  };
}
