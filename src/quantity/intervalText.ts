import type { Decimal } from '../money/decimal.js';
import type { IntervalSide } from '../money/round.js';
import type { Interval } from './interval.js';

/**
 * An interval as every output writes it: [ ] for closed ends, ( ) for open or unbounded ones,
 * −∞ and ∞ for no bound; each end written by `write` (decimals, a currency, a percent sign),
 * which is told which end it writes so that it can round it outward (a low end down, a high end
 * up: formatBound) and the written interval holds the exact one.
 *
 * @example
 * intervalText({ low: new Decimal('6.37364'), high: new Decimal('6.84327'), lowOpen: false, highOpen: false }, (v) => v.toFixed(4)) //=> '[6.3736, 6.8433]'
 * intervalText({ low: new Decimal('2'), high: null, lowOpen: true, highOpen: false }, (v) => v.toFixed(2)) //=> '(2.00, ∞)'
 */
export function intervalText(
  interval: Interval,
  write: (value: Decimal, side: IntervalSide) => string,
): string {
  const low = interval.low === null ? '−∞' : write(interval.low, 'low');
  const high = interval.high === null ? '∞' : write(interval.high, 'high');
  const open = interval.lowOpen || interval.low === null ? '(' : '[';
  const close = interval.highOpen || interval.high === null ? ')' : ']';
  return `${open}${low}, ${high}${close}`;
}
