import type { Decimal } from '../money/decimal.js';
import type { Interval } from './interval.js';

/**
 * Builds the interval [low, high] with both ends closed; `null` is an unbounded end. Spread it
 * to open an end: `{ ...closedInterval(low, high), highOpen: true }`.
 *
 * @example
 * closedInterval(new Decimal('1.55'), new Decimal('1.65')).high.toString() //=> '1.65'
 * closedInterval(new Decimal('2e9'), null).highOpen //=> false
 */
export function closedInterval(low: Decimal | null, high: Decimal | null): Interval {
  return { low, high, lowOpen: false, highOpen: false };
}
