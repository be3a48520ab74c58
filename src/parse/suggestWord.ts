import { editDistance } from './editDistance.js';
import type { Lexicon } from './lexicon.js';

/** Tokens shorter than this are never suggested: "m" or "bn" would match almost anything. */
const MIN_SUGGESTION_LENGTH = 3;

/** How far a word may be from a token to be suggested, by the word's length. */
function maxDistance(length: number): number {
  if (length >= 5) return 2;
  if (length >= 3) return 1;
  return 0;
}

/**
 * Finds the known word closest to an unknown one: scale words, currency words and hedges
 * within a small edit distance (2 for words of five letters or more, 1 for three or four).
 *
 * @param lexicon - the active vocabulary
 * @param word - the unknown word as written
 * @returns the token to suggest, or null when nothing is close
 *
 * @example
 * suggestWord(lexicon, 'bilion') //=> 'billion'
 */
export function suggestWord(lexicon: Lexicon, word: string): string | null {
  const lower = word.toLowerCase();
  const limit = maxDistance(lower.length);
  let best: { token: string; distance: number } | null = null;
  const entries = [...lexicon.scales, ...lexicon.currencies, ...lexicon.hedgesBefore, ...lexicon.hedgesAfter];
  for (const { token } of entries) {
    if (token.length < MIN_SUGGESTION_LENGTH) continue;
    const distance = editDistance(lower, token.toLowerCase());
    if (distance <= limit && (best === null || distance < best.distance)) best = { token, distance };
  }
  return best?.token ?? null;
}
