import type { Decimal } from './decimal.js';
import { formatBound, formatDecimal } from './format.js';
import type { IntervalSide } from './round.js';

/**
 * A percentage as the outputs show it: two decimals, grouped; the value is already in percent.
 * A point is rounded half-even; an interval's end (`side`) outward, a low end down and a high end
 * up, so that a printed bound stays true ("below 5.01%" for 5.0025%).
 *
 * @example
 * percentText(new Decimal('11.3293')) //=> '11.33%'
 * percentText(new Decimal('5.0025'), 'high') //=> '5.01%'
 */
export function percentText(value: Decimal, side?: IntervalSide): string {
  return `${side === undefined ? formatDecimal(value, 2) : formatBound(value, 2, side)}%`;
}
