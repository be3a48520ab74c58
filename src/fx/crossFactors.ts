import { Decimal } from '../money/decimal.js';
import type { CurrencyCode } from '../money/currency.js';
import type { RateLeg } from './types.js';

/**
 * The cross rate from → to as numerator / denominator products of the two legs' published
 * values, so that a conversion needs at most one division: amount × numerator ÷ denominator.
 *
 * @example
 * // CNY → JPY through USD: CHUS (1 USD = 6.62 CNY) and JPUS (1 USD = 113.15 JPY)
 * const chus = { seriesId: 'CHUS', base: USD, quote: CNY, value: new Decimal('6.62'), requestedDate: '2017-11-15', observedDate: '2017-11-15', gaps: [] };
 * const jpus = { seriesId: 'JPUS', base: USD, quote: JPY, value: new Decimal('113.15'), requestedDate: '2017-11-15', observedDate: '2017-11-15', gaps: [] };
 * const f = crossFactors(CNY, JPY, chus, jpus);
 * [f.numerator.toString(), f.denominator.toString()] //=> ['113.15', '6.62']
 */
export function crossFactors(
  from: CurrencyCode,
  to: CurrencyCode,
  fromLeg: RateLeg,
  toLeg: RateLeg,
): { numerator: Decimal; denominator: Decimal } {
  let numerator = new Decimal('1');
  let denominator = new Decimal('1');
  // From-leg: published as 1 pivot = v from (divide by v), or 1 from = v pivot (multiply).
  if (fromLeg.quote === from) denominator = denominator.times(fromLeg.value);
  else numerator = numerator.times(fromLeg.value);
  // To-leg: published as 1 pivot = v to (multiply), or 1 to = v pivot (divide).
  if (toLeg.quote === to) numerator = numerator.times(toLeg.value);
  else denominator = denominator.times(toLeg.value);
  return { numerator, denominator };
}
