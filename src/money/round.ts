import { Decimal } from './decimal.js';

/** A named rounding rule: results keep full precision, and output says which rule cut them. */
export interface RoundingRule {
  readonly mode: 'half-even';
  /** Digits kept after the decimal point. */
  readonly decimals: number;
}

/**
 * Rounds half-even (banker's rounding) to a number of decimals.
 *
 * @example
 * roundHalfEven(new Decimal('0.125'), 2).toFixed(2) //=> '0.12'
 * roundHalfEven(new Decimal('0.135'), 2).toFixed(2) //=> '0.14'
 */
export function roundHalfEven(value: Decimal, decimals: number): Decimal {
  return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_EVEN);
}

/**
 * Rounds half-even to a number of significant digits.
 *
 * @example
 * roundSignificant(new Decimal('226586102.72'), 4).toString() //=> '226600000'
 */
export function roundSignificant(value: Decimal, digits: number): Decimal {
  return value.toSignificantDigits(digits, Decimal.ROUND_HALF_EVEN);
}

/**
 * Names a rounding rule for output, e.g. "rounded half-even to 2 decimals".
 *
 * @example
 * describeRounding({ mode: 'half-even', decimals: 0 }) //=> 'rounded half-even to whole units'
 */
export function describeRounding(rule: RoundingRule): string {
  const to =
    rule.decimals === 0 ? 'whole units' : `${rule.decimals} decimal${rule.decimals === 1 ? '' : 's'}`;
  return `rounded ${rule.mode} to ${to}`;
}
