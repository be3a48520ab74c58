import { editDistance } from './editDistance.js';
import type { Lexicon } from './lexicon.js';
import { foldToken } from './normalize.js';

/** Tokens shorter than this are never suggested: "m" or "bn" would match almost anything. */
const MIN_SUGGESTION_LENGTH = 3;

/** Words longer than this get no suggestion: no token is that long, and the search stays cheap. */
const MAX_WORD_LENGTH = 40;

/** How far a word may be from a token to be suggested, by the word's length. */
function maxDistance(length: number): number {
  if (length >= 5) return 2;
  if (length >= 3) return 1;
  return 0;
}

/** Every scale, currency and hedge word of the tables, with the codes a currency word names. */
function suggestionsOf(lexicon: Lexicon): { token: string; codes: readonly string[] | null }[] {
  return lexicon.languages.tables.flatMap((table) => [
    ...table.scaleWords.map((w) => ({ token: w.token, codes: null })),
    ...table.currencyWords.map((w) => ({ token: w.token, codes: w.codes })),
    ...table.hedgeWords.map((w) => ({ token: w.token, codes: null })),
  ]);
}

function sameCodes(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((code) => b.includes(code));
}

/**
 * Finds the known word closest to an unknown one: scale words, currency words and hedges
 * within a small edit distance (2 for words of five letters or more, 1 for three or four); for
 * a word of three capitals, the ISO code one edit away ("CYN" → "CNY"). When the words within
 * reach name different currencies ("rupels": rupees or rubles?) nothing is suggested: a
 * suggestion never points a reader at a currency the word may not mean.
 *
 * @param lexicon - the tables
 * @param word - the unknown word as written
 * @returns the token to suggest, or null when nothing is close, or the closest disagree
 *
 * @example
 * suggestWord(buildLexicon(VOCABULARIES), 'bilion') //=> 'billion'
 * suggestWord(buildLexicon(VOCABULARIES), 'CYN') //=> 'CNY'
 * suggestWord(buildLexicon(VOCABULARIES), 'rupels') //=> null
 */
export function suggestWord(lexicon: Lexicon, word: string): string | null {
  let known = SUGGESTED.get(lexicon);
  if (known === undefined) SUGGESTED.set(lexicon, (known = new Map()));
  let suggestion = known.get(word);
  if (suggestion === undefined) {
    suggestion = searchWord(lexicon, word);
    if (known.size >= MAX_SUGGESTIONS_KEPT) known.clear();
    known.set(word, suggestion);
  }
  return suggestion;
}

/**
 * The suggestions made so far, by lexicon and word: a batch of a million rows repeats its
 * misspelt word (issue 20 item 18), and the search costs half a millisecond. Bounded.
 */
const SUGGESTED = new WeakMap<Lexicon, Map<string, string | null>>();
const MAX_SUGGESTIONS_KEPT = 4096;

/** suggestWord's search itself (see there). */
function searchWord(lexicon: Lexicon, word: string): string | null {
  if (word.length > MAX_WORD_LENGTH) return null;
  if (/^[A-Z]{3}$/.test(word)) {
    const near = [...lexicon.codes()].filter((code) => editDistance(word, code, 1) <= 1);
    return near.length === 1 ? (near[0] ?? null) : null;
  }
  const folded = foldToken(word);
  const limit = maxDistance(folded.length);
  const near: { token: string; codes: readonly string[] | null; distance: number }[] = [];
  for (const { token, codes } of suggestionsOf(lexicon)) {
    if (token.length < MIN_SUGGESTION_LENGTH || Math.abs(token.length - folded.length) > limit) continue;
    const distance = editDistance(folded, foldToken(token), limit);
    if (distance <= limit) near.push({ token, codes, distance });
  }
  const best = near.reduce<(typeof near)[number] | null>(
    (a, b) => (a === null || b.distance < a.distance ? b : a),
    null,
  );
  if (best === null) return null;
  // Any near word that names another currency, or a currency where the best names none: say nothing.
  return near.every((n) => sameCodes(n.codes, best.codes)) ? best.token : null;
}
