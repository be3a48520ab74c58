import { Decimal } from './decimal.js';

/**
 * Decimals to show an amount with: the currency's minor units, or, for an amount too small to
 * show at them (100 VEF is 0.0004 USD), enough for three significant figures. The one rule the
 * command line, the page and batch conversion display amounts by.
 *
 * @example
 * displayDecimals(new Decimal('226586102.719'), 2) //=> 2
 * displayDecimals(new Decimal('0.000402885'), 2) //=> 6
 * displayDecimals(new Decimal('0'), 0) //=> 0
 */
export function displayDecimals(amount: Decimal, minorUnits: number): number {
  if (amount.isZero() || amount.abs().gte(new Decimal(`1e-${minorUnits}`))) return minorUnits;
  return Math.max(minorUnits, -amount.abs().e + 2);
}
