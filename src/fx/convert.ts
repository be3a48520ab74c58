import { internalError } from '../commonErrors.js';
import { DealCalcError } from '../errors.js';
import type { Decimal } from '../money/decimal.js';
import { crossFactors } from './crossFactors.js';
import type { RateQuote } from './types.js';

/**
 * Converts an amount at a looked-up rate, exactly as a person would by hand, with at most one
 * division: direct = amount × value; inverse = amount ÷ value; cross = amount × numerator ÷
 * denominator from the two published legs (e.g. CNY → JPY = amount × JPUS ÷ CHUS), never through
 * the rounded cross value. Same currency (no legs) returns the amount. 40 significant digits.
 *
 * @example
 * const q = lookupRate(fred, CNY, USD, '2017-11-15'); // CHUS 6.62, inverse
 * convertAmount(new Decimal('1500000000'), q).toString() //=> '226586102.7190332326283987915407854984894'
 */
export function convertAmount(amount: Decimal, quote: RateQuote): Decimal {
  const [first, second] = quote.legs;
  if (quote.derivation === 'identity') return amount;
  if (first === undefined) throw broken(quote, 'it has no legs');
  switch (quote.derivation) {
    case 'direct':
      return amount.times(first.value);
    case 'inverse':
      return amount.div(first.value);
    case 'cross': {
      if (second === undefined) throw broken(quote, 'a cross rate needs two legs');
      const { numerator, denominator } = crossFactors(quote.from, quote.to, first, second);
      const scaled = amount.times(numerator);
      return denominator.eq('1') ? scaled : scaled.div(denominator);
    }
  }
}

function broken(quote: RateQuote, why: string): DealCalcError {
  return internalError(`cannot convert ${quote.from} → ${quote.to} with this rate: ${why}`);
}
