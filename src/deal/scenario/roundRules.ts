/**
 * The named rounding rules of a round and the error for a round that cannot be solved: shared by
 * the parts of runRound.
 */
import { roundToDecimals, toDecimal, type IntegerRounding, type Rational } from './rational.js';
import type { PriceRounding, ShareRounding } from './types.js';

/** How each share rounding rounds a quotient. */
export const SHARE_MODES: Record<ShareRounding, IntegerRounding> = {
  floor: 'floor',
  ceil: 'ceil',
  round: 'half-up',
  'half-even': 'half-even',
};
export const PRICE_MODES: Record<PriceRounding['mode'], IntegerRounding> = {
  'half-even': 'half-even',
  up: 'ceil',
  down: 'floor',
  'half-up': 'half-up',
};

/** A price rounded by the round's rule (or kept exact). */
export function roundPrice(value: Rational, rule: PriceRounding): Rational {
  return rule.decimals === null ? value : roundToDecimals(value, rule.decimals, PRICE_MODES[rule.mode]);
}

const MODE_WORDS: Record<PriceRounding['mode'], string> = {
  'half-even': 'half-even (a tie goes to the even digit)',
  up: 'up',
  down: 'down',
  'half-up': 'half-up (a tie goes up, as spreadsheets and primers round)',
};

/**
 * A price rounding rule in words, for the result line.
 *
 * @example
 * roundingWords({ text: '4dp', decimals: 4, mode: 'half-even' }) //=> 'rounded to 4 decimals, half-even (a tie goes to the even digit)'
 * roundingWords({ text: 'none', decimals: null, mode: 'half-even' }) //=> 'not rounded'
 */
export function roundingWords(rule: PriceRounding): string {
  return rule.decimals === null
    ? 'not rounded'
    : `rounded to ${rule.decimals} decimals, ${MODE_WORDS[rule.mode]}`;
}

/** A fraction as its Decimal text. */
export const text = (value: Rational): string => toDecimal(value).toString();

/** Adds shares to a holder's row. */
export function addShares(holders: Map<string, bigint>, name: string, shares: bigint): void {
  holders.set(name, (holders.get(name) ?? 0n) + shares);
}
