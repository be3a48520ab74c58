import type { Decimal } from '../../money/decimal.js';
import { percentText } from '../../money/percentText.js';

/**
 * How far the implied rate lies from a reference rate, without a sign a reader must read:
 * "0.18% below", "6.44% above" (two decimals, half-even), or null when they are equal. The check's
 * reference lines and its explanation both say it so.
 *
 * @param deviationPct - (implied − reference) / reference × 100
 *
 * @example
 * deviationWords(new Decimal('-0.18233693')) //=> '0.18% below'
 * deviationWords(new Decimal('0')) //=> null
 */
export function deviationWords(deviationPct: Decimal): string | null {
  if (deviationPct.isZero()) return null;
  return `${percentText(deviationPct.abs())} ${deviationPct.isNegative() ? 'below' : 'above'}`;
}

/**
 * A reference line's deviation: "implied 0.18% below", or "implied equal to it".
 *
 * @example
 * deviationText(new Decimal('-0.18233693')) //=> 'implied 0.18% below'
 * deviationText(new Decimal('0')) //=> 'implied equal to it'
 */
export function deviationText(deviationPct: Decimal): string {
  return `implied ${deviationWords(deviationPct) ?? 'equal to it'}`;
}
