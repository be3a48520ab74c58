/**
 * What a deal's figures must satisfy before any arithmetic, each refusal a typed error that names
 * the figure and says what to change. Checks are made on the written values; a range that merely
 * reaches past what a deal allows is reported in the answer's notes, not refused.
 */
import { errorFrom, DealCalcError, type ErrorCode } from '../errors.js';
import { Decimal } from '../money/decimal.js';
import type { Interval } from '../quantity/interval.js';
import { describeInterval } from '../quantity/intervalArithmetic.js';

const ZERO = new Decimal('0');
const HUNDRED = new Decimal('100');

/**
 * Builds a deal error (kind 'input': the figures are the user's).
 *
 * @example
 * dealError('DEAL_NOT_POSITIVE', 'the investment "$0" is not above zero', 'Give an amount above zero.').kind //=> 'input'
 */
export function dealError(code: ErrorCode, message: string, hint: string): DealCalcError {
  return errorFrom({ code, message, hint });
}

/**
 * Checks an amount that must be above zero (an investment, a valuation) and returns its range
 * with a closed zero end opened: an amount of zero buys nothing, so "less than $5 million"
 * ([0, 5e6)) is read as (0, 5e6), and the assumption saying so is added to `assumptions`.
 *
 * @throws DealCalcError DEAL_NOT_POSITIVE when the written value is not above zero or the range reaches below zero
 *
 * @example
 * const below = { low: new Decimal('0'), high: new Decimal('5e6'), lowOpen: false, highOpen: true };
 * positiveRange('investment', 'less than $5 million', new Decimal('5e6'), below, []).lowOpen //=> true
 * positiveRange('investment', '$0', new Decimal('0'), closedInterval(new Decimal('0'), new Decimal('0')), []) // throws DEAL_NOT_POSITIVE
 */
export function positiveRange(
  what: string,
  text: string,
  value: Decimal,
  range: Interval,
  assumptions: string[],
): Interval {
  if (!value.gt(ZERO)) {
    throw dealError(
      'DEAL_NOT_POSITIVE',
      `the ${what} "${text}" is not above zero`,
      `Give the ${what} as an amount above zero.`,
    );
  }
  const checked = nonNegativeRange(what, text, range);
  if (checked.low !== null && checked.low.isZero() && !checked.lowOpen) {
    assumptions.push(`${article(what)} ${what} of zero is no ${what}, so the range of "${text}" excludes 0`);
    return { ...checked, lowOpen: true };
  }
  return checked;
}

/**
 * Checks that a range does not reach below zero (amounts and percentages in a deal cannot).
 *
 * @throws DealCalcError DEAL_NOT_POSITIVE
 *
 * @example
 * nonNegativeRange('primary part', '$2 billion', closedInterval(new Decimal('1.5e9'), new Decimal('2.5e9'))).low.toString() //=> '1500000000'
 */
export function nonNegativeRange(what: string, text: string, range: Interval): Interval {
  if (range.low === null || range.low.lt(ZERO)) {
    throw dealError(
      'DEAL_NOT_POSITIVE',
      `the ${what} "${text}" allows values below zero: ${describeInterval(range)}`,
      `Give the ${what} as an amount of zero or more.`,
    );
  }
  return range;
}

/**
 * Checks a percentage (in percent) against [0, 100] (or (0, 100] when zero makes no sense, as for
 * a stake bought) and returns its range, a closed zero end opened for a stake as for amounts.
 *
 * @throws DealCalcError DEAL_PERCENT_OUT_OF_RANGE
 *
 * @example
 * percentInRange('stake', '1.6%', new Decimal('1.6'), closedInterval(new Decimal('1.55'), new Decimal('1.65')), true, []).high.toString() //=> '1.65'
 * percentInRange('stake', '0%', new Decimal('0'), closedInterval(new Decimal('0'), new Decimal('0')), true, []) // throws DEAL_PERCENT_OUT_OF_RANGE
 */
export function percentInRange(
  what: string,
  text: string,
  value: Decimal,
  range: Interval,
  mustBePositive: boolean,
  assumptions: string[],
): Interval {
  const tooLow = mustBePositive ? !value.gt(ZERO) : value.lt(ZERO);
  if (tooLow || value.gt(HUNDRED)) {
    throw dealError(
      'DEAL_PERCENT_OUT_OF_RANGE',
      `the ${what} "${text}" is not a share of a company: ${value.toString()}% lies outside ${mustBePositive ? '(0%, 100%]' : '[0%, 100%]'}`,
      `Give the ${what} as a percentage ${mustBePositive ? 'above 0 and' : 'from 0'} up to 100.`,
    );
  }
  if (range.low === null || range.low.lt(ZERO)) {
    throw dealError(
      'DEAL_PERCENT_OUT_OF_RANGE',
      `the ${what} "${text}" allows values below 0%: ${describeInterval(range)}`,
      `Give the ${what} with a range that stays at or above 0%.`,
    );
  }
  if (mustBePositive && range.low.isZero() && !range.lowOpen) {
    assumptions.push(`${article(what)} ${what} of 0% buys nothing, so the range of "${text}" excludes 0%`);
    return { ...range, lowOpen: true };
  }
  return range;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
