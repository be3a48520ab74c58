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
