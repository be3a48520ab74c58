import type { Decimal } from '../money/decimal.js';
import { closedInterval } from '../quantity/closedInterval.js';
import type { Interval } from '../quantity/interval.js';
import { describeInterval } from '../quantity/intervalArithmetic.js';
import type { QuotedPercent } from './types.js';

/**
 * Builds a QuotedPercent from a value and its range, both in percent, for scripts and tests until
 * the percentage parser lands (it reads "1.6%" into the same shape). Without a range the
 * percentage is exact.
 *
 * @example
 * const p = quotedPercent('1.6%', new Decimal('1.6'), closedInterval(new Decimal('1.55'), new Decimal('1.65')));
 * [p.value.toString(), p.interval.low.toString(), p.reading] //=> ['1.6', '1.55', 'as given: [1.55, 1.65]']
 * quotedPercent('20%', new Decimal('20')).reading //=> 'as given: exact'
 */
export function quotedPercent(
  text: string,
  value: Decimal,
  interval: Interval = closedInterval(value, value),
  reading?: string,
): QuotedPercent {
  const range =
    interval.low !== null && interval.high !== null && interval.low.eq(interval.high)
      ? 'exact'
      : describeInterval(interval);
  return {
    text,
    span: { start: 0, end: text.length },
    value,
    interval,
    hedge: null,
    reading: reading ?? `as given: ${range}`,
  };
}
