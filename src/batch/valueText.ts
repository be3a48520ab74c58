import type { Decimal as DecimalValue } from '../money/decimal.js';
import { displayDecimals } from '../money/displayDecimals.js';
import { formatDecimal } from '../money/format.js';

/**
 * A converted amount as `convert --value` writes it: half-even at displayDecimals (the one rule
 * every output displays amounts by), no grouping.
 * The decimal path of batch conversion; the scaled-integer path gives the same text.
 *
 * @example
 * valueText(new Decimal('226586102.7190332326283987915407854984894'), 2) //=> '226586102.72'
 * valueText(new Decimal('0.000402885'), 2) //=> '0.000403'
 */
export function valueText(amount: DecimalValue, minorUnits: number): string {
  return formatDecimal(amount, displayDecimals(amount, minorUnits), '');
}
