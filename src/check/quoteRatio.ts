import { internalError } from '../commonErrors.js';
import { crossFactors } from '../fx/crossFactors.js';
import type { RateQuote } from '../fx/types.js';
import { ONE } from './rateTest.js';
import type { RateRatio } from './types.js';

/**
 * A looked-up rate from → to as an exact ratio of its published legs (units of `to` per 1
 * `from`): a series used as published is value / 1, one used inverted is 1 / value, a cross is
 * the product of its legs over the other (crossFactors). No division happens here.
 *
 * @param quote - a rate from lookupRate
 * @returns numerator and denominator
 *
 * @example
 * const q = lookupRate(fred, USD, CNY, '2017-11-15');
 * quoteRatio(q).numerator.toString() //=> '6.62'
 * quoteRatio(lookupRate(fred, CNY, USD, '2017-11-15')).denominator.toString() //=> '6.62'
 */
export function quoteRatio(quote: RateQuote): RateRatio {
  // lookupRate keeps its quotes, so a story's pairs read the same quote's ratio again and again.
  let ratio = KNOWN.get(quote);
  if (ratio === undefined) {
    ratio = readRatio(quote);
    KNOWN.set(quote, ratio);
  }
  return ratio;
}

const KNOWN = new WeakMap<RateQuote, RateRatio>();

function readRatio(quote: RateQuote): RateRatio {
  const [first, second] = quote.legs;
  if (first === undefined || quote.derivation === 'identity') return { numerator: ONE, denominator: ONE };
  switch (quote.derivation) {
    case 'direct':
      return { numerator: first.value, denominator: ONE };
    case 'inverse':
      return { numerator: ONE, denominator: first.value };
    case 'cross': {
      if (second === undefined) {
        throw internalError(`the cross rate ${quote.from} → ${quote.to} from ${quote.source.id} has one leg`);
      }
      const { numerator, denominator } = crossFactors(quote.from, quote.to, first, second);
      return {
        numerator: numerator.eq('1') ? ONE : numerator,
        denominator: denominator.eq('1') ? ONE : denominator,
      };
    }
  }
}
