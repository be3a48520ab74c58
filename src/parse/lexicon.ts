import { DealCalcError } from '../errors.js';
import { isCurrencyCode, type CurrencyCode } from '../money/currency.js';
import type { HedgeReading } from './types.js';
import type { Step, Token } from './step.js';
import { NUMBER_NOTATIONS, type NumberNotation } from './numberNotations.js';
import type { Vocabulary } from './vocabulary/types.js';

/** A token of a vocabulary, prepared for matching, with what it means. */
export interface LexiconEntry<T> {
  readonly token: string;
  /** The token's words (folded to lower case unless case-sensitive); any run of spaces may separate them. */
  readonly parts: readonly string[];
  readonly caseSensitive: boolean;
  /** A token ending in a Latin letter must not run on into another ("m" reads in "2m", not in "MXN"). */
  readonly needsWordEnd: boolean;
  readonly meaning: T;
}

/** A scale word's meaning. */
export interface ScaleMeaning {
  readonly exponent: number;
  readonly name: string;
}

/** A currency word's meaning: the codes it may stand for and, if ambiguous, its fallback. */
export interface CurrencyMeaning {
  readonly codes: readonly CurrencyCode[];
  readonly fallback?: { readonly code: CurrencyCode; readonly assumption: string };
}

/** A hedge word's meaning. */
export interface HedgeMeaning {
  readonly kind: HedgeReading['kind'];
}

/** Every active table merged and compiled: what the sub-parsers match against. */
export interface Lexicon {
  readonly scales: readonly LexiconEntry<ScaleMeaning>[];
  readonly currencies: readonly LexiconEntry<CurrencyMeaning>[];
  readonly hedgesBefore: readonly LexiconEntry<HedgeMeaning>[];
  readonly hedgesAfter: readonly LexiconEntry<HedgeMeaning>[];
  readonly numberNotations: readonly NumberNotation[];
}

/** A Latin letter: the kind of character that may not follow a token ending in one. */
const LATIN_LETTER = /\p{Script=Latin}/u;

const SPACE = /\s/;

function isLatinLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c > 127 && LATIN_LETTER.test(ch);
}

function prepareToken<T>(token: string, caseSensitive: boolean | undefined, meaning: T): LexiconEntry<T> {
  const exact = caseSensitive === true;
  return {
    token,
    parts: token.split(' ').map((part) => (exact ? part : part.toLowerCase())),
    caseSensitive: exact,
    needsWordEnd: isLatinLetter(token.slice(-1)),
    meaning,
  };
}

/** Where the token ends if it is written at `index`, else -1. Plain string comparison: compiling
 * hundreds of Unicode regular expressions cost more than the whole conversion on a cold start. */
function matchAt<T>(entry: LexiconEntry<T>, text: string, index: number): number {
  let at = index;
  for (let p = 0; p < entry.parts.length; p += 1) {
    const part = entry.parts[p] as string;
    if (p > 0) {
      const start = at;
      while (at < text.length && SPACE.test(text[at] as string)) at += 1;
      if (at === start) return -1;
    }
    const written = text.slice(at, at + part.length);
    if ((entry.caseSensitive ? written : written.toLowerCase()) !== part) return -1;
    at += part.length;
  }
  if (entry.needsWordEnd && isLatinLetter(text[at])) return -1;
  return at;
}

function code(text: string): CurrencyCode {
  // A table bug, never user input: the vocabulary tests check every code.
  if (!isCurrencyCode(text)) {
    throw new DealCalcError({
      code: 'INTERNAL',
      kind: 'internal',
      message: `vocabulary table names "${text}", which is not an ISO 4217 code`,
      hint: 'Fix the table in src/parse/vocabulary/.',
    });
  }
  return text;
}

/**
 * Merges vocabulary tables into one compiled lexicon.
 *
 * @param vocabularies - the tables to read with, e.g. VOCABULARIES
 * @returns the compiled lexicon
 * @throws DealCalcError INTERNAL when a table names a code Intl does not know (a table bug)
 *
 * @example
 * buildLexicon([ENGLISH]).scales.length //=> 14
 */
export function buildLexicon(vocabularies: readonly Vocabulary[]): Lexicon {
  const notationNames = new Set(vocabularies.flatMap((v) => v.numberNotations));
  const hedges = vocabularies.flatMap((v) => v.hedgeWords);
  const hedgeEntry = (h: (typeof hedges)[number]): LexiconEntry<HedgeMeaning> =>
    prepareToken(h.token, h.caseSensitive, { kind: h.kind });
  return {
    scales: vocabularies.flatMap((v) =>
      v.scaleWords.map((s) => prepareToken(s.token, s.caseSensitive, { exponent: s.exponent, name: s.name })),
    ),
    currencies: vocabularies.flatMap((v) =>
      v.currencyWords.map((c) =>
        prepareToken(c.token, c.caseSensitive, {
          codes: c.codes.map(code),
          ...(c.fallback
            ? { fallback: { code: code(c.fallback.code), assumption: c.fallback.assumption } }
            : {}),
        }),
      ),
    ),
    hedgesBefore: hedges.filter((h) => h.position !== 'after').map(hedgeEntry),
    hedgesAfter: hedges.filter((h) => h.position === 'after').map(hedgeEntry),
    numberNotations: [...notationNames].map((name) => NUMBER_NOTATIONS[name]),
  };
}

/**
 * Reads the longest token of `entries` that starts at `index`.
 *
 * @param entries - compiled tokens of one kind (scale words, currencies, hedges)
 * @param text - the input
 * @param index - where the token must start
 * @returns the token as written and its meaning, or null
 *
 * @example
 * matchLongest(buildLexicon([ENGLISH]).scales, '1.5bn', 3)?.value.token.text //=> 'bn'
 */
export function matchLongest<T>(
  entries: readonly LexiconEntry<T>[],
  text: string,
  index: number,
): Step<{ readonly token: Token; readonly meaning: T }> {
  let best: { end: number; meaning: T } | null = null;
  for (const entry of entries) {
    const end = matchAt(entry, text, index);
    if (end !== -1 && (best === null || end > best.end)) best = { end, meaning: entry.meaning };
  }
  if (best === null) return null;
  return {
    value: {
      token: { text: text.slice(index, best.end), span: { start: index, end: best.end } },
      meaning: best.meaning,
    },
    next: best.end,
  };
}
