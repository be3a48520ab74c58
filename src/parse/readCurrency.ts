import { isCurrencyCode } from '../money/currency.js';
import type { CurrencyMeaning, LexiconEntry } from './lexicon.js';
import { matchLongest } from './lexicon.js';
import type { Step, Token } from './step.js';

/** A currency named in the text, before the currencies of the whole figure are reconciled. */
export interface CurrencyMention {
  readonly token: Token;
  readonly meaning: CurrencyMeaning;
}

/**
 * An ISO 4217 code: three capital letters not followed by a Latin letter. Upper case only, so
 * that words such as "all", "top" or "won" never read as codes (ALL, TOP).
 */
const ISO_CODE = /[A-Z]{3}(?!\p{Script=Latin})/uy;

/**
 * Reads a currency at `index`: a word or symbol of the lexicon, or any ISO 4217 code Intl
 * knows; the longest wins ("RSD" over "Rs").
 *
 * @param entries - the lexicon's currency words and symbols
 * @param text - the input
 * @param index - where the currency would start
 * @returns the mention, or null
 *
 * @example
 * readCurrency(lexicon.currencies, 'RMB1.5bn', 0)?.value.meaning.codes //=> ['CNY']
 */
export function readCurrency(
  entries: readonly LexiconEntry<CurrencyMeaning>[],
  text: string,
  index: number,
): Step<CurrencyMention> {
  const word = matchLongest(entries, text, index);
  ISO_CODE.lastIndex = index;
  const match = ISO_CODE.exec(text);
  const iso = match !== null && isCurrencyCode(match[0]) ? match[0] : null;
  if (iso !== null && (word === null || index + iso.length > word.next)) {
    const next = index + iso.length;
    return {
      value: { token: { text: iso, span: { start: index, end: next } }, meaning: { codes: [iso] } },
      next,
    };
  }
  return word;
}
