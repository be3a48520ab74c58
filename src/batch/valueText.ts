import { Decimal, type Decimal as DecimalValue } from '../money/decimal.js';
import { formatDecimal } from '../money/format.js';

/**
 * Decimals to write an amount with: the currency's minor units, or, for an amount too small to
 * show at them (100 VEF is 0.0004 USD), enough for three significant figures. The rule
 * `convert` displays amounts by (src/fx/render/convert.ts), kept equal to it by a test.
 *
 * @example
 * valueDecimals(new Decimal('226586102.719'), 2) //=> 2
 * valueDecimals(new Decimal('0.000402885'), 2) //=> 6
 */
export function valueDecimals(amount: DecimalValue, minorUnits: number): number {
  if (amount.isZero() || amount.abs().gte(new Decimal(`1e-${minorUnits}`))) return minorUnits;
  return Math.max(minorUnits, -amount.abs().e + 2);
}

/**
 * A converted amount as `convert --value` writes it: half-even at valueDecimals, no grouping.
 * The decimal path of batch conversion; the scaled-integer path gives the same text.
 *
 * @example
 * valueText(new Decimal('226586102.7190332326283987915407854984894'), 2) //=> '226586102.72'
 * valueText(new Decimal('0.000402885'), 2) //=> '0.000403'
 */
export function valueText(amount: DecimalValue, minorUnits: number): string {
  return formatDecimal(amount, valueDecimals(amount, minorUnits), '');
}
