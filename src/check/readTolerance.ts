import { optionInvalid } from '../commonErrors.js';
import { isPositiveDecimal } from '../fx/table.js';
import { Decimal } from '../money/decimal.js';

/**
 * Reads a tolerance written in percent ("1", "0.5", "2%"), or undefined when none is given (the
 * check's default then applies).
 *
 * @throws DealCalcError OPTION_INVALID for anything but a percentage of 0 or more
 *
 * @example
 * readTolerance('0.5%')?.toString() //=> '0.5'
 * readTolerance('-1') // throws OPTION_INVALID
 */
export function readTolerance(text: string | undefined): Decimal | undefined {
  return readPercent(text, 'tolerance', 'Give the tolerance in percent, e.g. 1 or 0.5 (default 1).');
}

/**
 * Reads a rounding limit written in percent ("2", "1.5%"), or undefined when none is given.
 *
 * @throws DealCalcError OPTION_INVALID for anything but a percentage of 0 or more
 *
 * @example
 * readRoundingLimit('1.5%')?.toString() //=> '1.5'
 * readRoundingLimit('two') // throws OPTION_INVALID
 */
export function readRoundingLimit(text: string | undefined): Decimal | undefined {
  return readPercent(
    text,
    'rounding limit',
    'Give the rounding limit in percent, e.g. 2 or 1.5 (default 2).',
  );
}

function readPercent(text: string | undefined, what: string, hint: string): Decimal | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim().replace(/%$/, '');
  if (trimmed !== '0' && !isPositiveDecimal(trimmed)) {
    throw optionInvalid(`${what} "${text}" is not a percentage of 0 or more`, hint);
  }
  return new Decimal(trimmed);
}
