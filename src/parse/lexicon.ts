import { DealCalcError } from '../errors.js';
import { isCurrencyCode, type CurrencyCode } from '../money/currency.js';
import type { HedgeReading } from './types.js';
import type { Step, Token } from './step.js';
import { NUMBER_NOTATIONS, type NumberNotation } from './numberNotations.js';
import type { Vocabulary } from './vocabulary/types.js';

/** A token of a vocabulary, compiled to a sticky matcher, with what it means. */
export interface LexiconEntry<T> {
  readonly token: string;
  readonly matcher: RegExp;
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

/** Characters with a meaning in regular expressions, to be taken literally in tokens. */
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

function compileToken(token: string, caseSensitive: boolean | undefined): RegExp {
  const body = token
    .split(' ')
    .map((part) => part.replace(REGEX_SPECIAL, '\\$&'))
    .join('\\s+');
  // "m" reads in "2m" and "2m USD" but not inside "MXN": a Latin-final token needs a word end.
  const end = LATIN_LETTER.test(token.slice(-1)) ? '(?!\\p{Script=Latin})' : '';
  return new RegExp(body + end, caseSensitive === true ? 'uy' : 'iuy');
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
  const hedgeEntry = (h: (typeof hedges)[number]): LexiconEntry<HedgeMeaning> => ({
    token: h.token,
    matcher: compileToken(h.token, h.caseSensitive),
    meaning: { kind: h.kind },
  });
  return {
    scales: vocabularies.flatMap((v) =>
      v.scaleWords.map((s) => ({
        token: s.token,
        matcher: compileToken(s.token, s.caseSensitive),
        meaning: { exponent: s.exponent, name: s.name },
      })),
    ),
    currencies: vocabularies.flatMap((v) =>
      v.currencyWords.map((c) => ({
        token: c.token,
        matcher: compileToken(c.token, c.caseSensitive),
        meaning: {
          codes: c.codes.map(code),
          ...(c.fallback
            ? { fallback: { code: code(c.fallback.code), assumption: c.fallback.assumption } }
            : {}),
        },
      })),
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
    entry.matcher.lastIndex = index;
    const match = entry.matcher.exec(text);
    if (match === null) continue;
    const end = index + match[0].length;
    if (best === null || end > best.end) best = { end, meaning: entry.meaning };
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
