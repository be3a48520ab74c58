import type { Decimal } from '../money/decimal.js';
import type { IntervalSide } from '../money/round.js';
import type { Interval } from '../quantity/interval.js';
import { intervalText } from '../quantity/intervalText.js';

/**
 * Writes a value: as an interval's low or high end (`side`), rounded outward (a low end down, a
 * high end up), so that what is printed still holds the exact interval; without a side, as a
 * point (half-even).
 */
export type BoundWriter = (value: Decimal, side?: IntervalSide) => string;

/**
 * A range as a reader says it: "below 11.33% as written; below 11.71% with the figures'
 * rounding" for a bound, "15.00 (within [14.52, 15.52])" for a value in a bounded range. Every
 * end is written as an end (`write(value, 'low' | 'high')`, rounded outward), so a printed
 * "below 5.01%" is true of an exact limit of 5.0025%; a point value inside a range is written
 * as a point.
 *
 * @example
 * const write = (v, side) => (side === 'high' ? v.toDecimalPlaces(2, Decimal.ROUND_CEIL) : side === 'low' ? v.toDecimalPlaces(2, Decimal.ROUND_FLOOR) : v.toDecimalPlaces(2)).toFixed(2) + '%';
 * rangeWords(new Decimal('11.3293'), { low: new Decimal('0'), high: new Decimal('11.7069'), lowOpen: true, highOpen: true }, write)
 * //=> "below 11.33% as written; below 11.71% with the figures' rounding"
 * rangeWords(new Decimal('5.0025'), { low: new Decimal('0'), high: new Decimal('5.0025'), lowOpen: true, highOpen: true }, write) //=> 'below 5.01%'
 */
export function rangeWords(point: Decimal, range: Interval, write: BoundWriter): string {
  const trivialLow = range.low === null || range.low.isZero();
  // The point is itself the bound a "below" or "more than" states, so it is written as that end.
  const pair = (word: string, bound: Decimal, side: IntervalSide) =>
    bound.eq(point)
      ? `${word} ${write(point, side)}`
      : `${word} ${write(point, side)} as written; ${word} ${write(bound, side)} with the figures' rounding`;
  if (range.high !== null && trivialLow && (range.highOpen || range.low === null))
    return pair(range.highOpen ? 'below' : 'at most', range.high, 'high');
  if (range.high === null && range.low !== null)
    return pair(range.lowOpen ? 'more than' : 'at least', range.low, 'low');
  if (range.low !== null && range.high !== null && range.low.eq(range.high)) return write(point);
  return `${write(point)} (within ${intervalText(range, write)})`;
}
