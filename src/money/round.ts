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

/** The end of an interval a value is: rounding moves a low end down and a high end up. */
export type IntervalSide = 'low' | 'high';

/**
 * Rounds an interval's end outward to a number of decimals: a low end down (toward −∞), a high
 * end up (toward +∞), so that the rounded interval still holds the exact one.
 *
 * @example
 * roundOutward(new Decimal('5.0025'), 2, 'high').toFixed(2) //=> '5.01'
 * roundOutward(new Decimal('5.0025'), 2, 'low').toFixed(2) //=> '5.00'
 * roundOutward(new Decimal('-1.234'), 1, 'low').toFixed(1) //=> '-1.3'
 */
export function roundOutward(value: Decimal, decimals: number, side: IntervalSide): Decimal {
  return value.toDecimalPlaces(decimals, side === 'low' ? Decimal.ROUND_FLOOR : Decimal.ROUND_CEIL);
}

/**
 * Rounds an interval's end outward to a number of significant digits (see roundOutward).
 *
 * @example
 * roundSignificantOutward(new Decimal('6.37362637'), 6, 'low').toString() //=> '6.37362'
 * roundSignificantOutward(new Decimal('6.84326710'), 6, 'high').toString() //=> '6.84327'
 */
export function roundSignificantOutward(value: Decimal, digits: number, side: IntervalSide): Decimal {
  return value.toSignificantDigits(digits, side === 'low' ? Decimal.ROUND_FLOOR : Decimal.ROUND_CEIL);
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
