/**
 * Every error of interval arithmetic, one wording each: a range that holds nothing, a division
 * whose divisor may be zero. `shown` is the range as intervalText writes it.
 */
import { errorFrom, type DealCalcError } from '../errors.js';

/**
 * A range whose low end lies above its high end (or a point with an open end).
 *
 * @example
 * emptyRange('(5, 5]').message //=> 'the range (5, 5] holds no value'
 */
export function emptyRange(shown: string): DealCalcError {
  return errorFrom({
    code: 'INTERVAL_INVALID',
    message: `the range ${shown} holds no value`,
    hint: 'Give a range whose low end lies below its high end (a single value needs both ends closed).',
  });
}

/**
 * A share x / (x + y) asked of a range that goes below zero.
 *
 * @example
 * negativeShare('[-1, 2]').code //=> 'INTERVAL_INVALID'
 */
export function negativeShare(shown: string): DealCalcError {
  return errorFrom({
    code: 'INTERVAL_INVALID',
    message: `a share x / (x + y) needs values at or above zero, not ${shown}`,
    hint: 'Give ranges that stay at or above zero.',
  });
}

/**
 * A share x / (x + y) where both may be zero.
 *
 * @example
 * shareOfZero('[0, 1]', '[0, 2]').code //=> 'INTERVAL_DIVISION_BY_ZERO'
 */
export function shareOfZero(part: string, rest: string): DealCalcError {
  return errorFrom({
    code: 'INTERVAL_DIVISION_BY_ZERO',
    message: `the share x / (x + y) is undefined when x and y are both 0, which ${part} and ${rest} allow`,
    hint: 'Give one of the two a range above zero.',
  });
}

/**
 * A divisor range that contains zero.
 *
 * @example
 * divisorHoldsZero('[-1, 1]').message //=> 'cannot divide by the range [-1, 1]: it contains zero'
 */
export function divisorHoldsZero(shown: string): DealCalcError {
  return errorFrom({
    code: 'INTERVAL_DIVISION_BY_ZERO',
    message: `cannot divide by the range ${shown}: it contains zero`,
    hint: 'The divisor must lie wholly above or wholly below zero; give it a bound that excludes zero.',
  });
}
