import type { Decimal } from '../money/decimal.js';
import type { Interval } from '../quantity/interval.js';
import { intervalText } from '../quantity/intervalText.js';

/**
 * A range as a reader says it: "below 11.33% as written; below 11.71% with the figures'
 * rounding" for a bound, "15.00 (within [14.52, 15.52])" for a value in a bounded range.
 *
 * @example
 * rangeWords(new Decimal('11.33'), { low: new Decimal('0'), high: new Decimal('11.71'), lowOpen: true, highOpen: true }, (v) => v.toFixed(2) + '%')
 * //=> "below 11.33% as written; below 11.71% with the figures' rounding"
 */
export function rangeWords(point: Decimal, range: Interval, write: (value: Decimal) => string): string {
  const trivialLow = range.low === null || range.low.isZero();
  const pair = (word: string, bound: Decimal) =>
    bound.eq(point)
      ? `${word} ${write(point)}`
      : `${word} ${write(point)} as written; ${word} ${write(bound)} with the figures' rounding`;
  if (range.high !== null && trivialLow && (range.highOpen || range.low === null))
    return pair(range.highOpen ? 'below' : 'at most', range.high);
  if (range.high === null && range.low !== null)
    return pair(range.lowOpen ? 'more than' : 'at least', range.low);
  if (range.low !== null && range.high !== null && range.low.eq(range.high)) return write(point);
  return `${write(point)} (within ${intervalText(range, write)})`;
}
