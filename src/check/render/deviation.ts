import type { Decimal } from '../../money/decimal.js';
import { formatDecimal } from '../../money/format.js';

/**
 * How far the implied rate lies from a reference rate, in words: "implied 0.18% below", rounded
 * half-even to two decimals; the command line, the page and the copied text all say it so.
 *
 * @param deviationPct - (implied − reference) / reference × 100
 *
 * @example
 * deviationText(new Decimal('-0.18233693')) //=> 'implied 0.18% below'
 * deviationText(new Decimal('0')) //=> 'implied equal to it'
 */
export function deviationText(deviationPct: Decimal): string {
  if (deviationPct.isZero()) return 'implied equal to it';
  return `implied ${formatDecimal(deviationPct.abs(), 2)}% ${deviationPct.isNegative() ? 'below' : 'above'}`;
}
