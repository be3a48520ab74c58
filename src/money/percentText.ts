import type { Decimal } from './decimal.js';
import { formatDecimal } from './format.js';

/**
 * A percentage as the outputs show it: two decimals, half-even, grouped; the value is already
 * in percent.
 *
 * @example
 * percentText(new Decimal('11.3293')) //=> '11.33%'
 */
export function percentText(value: Decimal): string {
  return `${formatDecimal(value, 2)}%`;
}
