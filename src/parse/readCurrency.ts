import { isCurrencyCode, type CurrencyCode } from '../money/currency.js';
import {
  isWordLetterAt,
  matchLongest,
  type CurrencyMeaning,
  type Lexicon,
  type LexiconEntry,
} from './lexicon.js';
import type { Step, Token } from './step.js';

/** A currency named in the text, before the currencies of the whole figure are reconciled. */
export interface CurrencyMention {
  readonly token: Token;
  readonly meaning: CurrencyMeaning;
}

/** A currency token as read, with every table entry it matched (reconciled once the languages are known). */
export interface RawCurrencyMention {
  readonly token: Token;
  readonly entries: readonly LexiconEntry<CurrencyMeaning>[];
  /** The languages of the token; 0 for a symbol or a code (every language). */
  readonly languages: number;
  /** An ISO 4217 code ("CNY", or "usd" typed in lower case). */
  readonly isCode: boolean;
}

/** How strictly codes and words are read. */
export interface CurrencyReadMode {
  /** Running text: codes in capitals and only those some table names; plain words only after the number. */
  readonly scan: boolean;
  readonly position: 'before' | 'after';
}

function isCapital(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xff21 && code <= 0xff3a);
}

/**
 * Reads an ISO 4217 code at `index`: three Latin letters not followed by another letter. In
 * capitals, any code Intl knows ("RSD", "XDR"); typed in lower or mixed case ("usd", "Cny"),
 * only codes some table names, so that "all" or "top" stay words. In running text, capitals
 * only, and only the codes some table names ("TOP 5" is no money).
 */
function readCode(lexicon: Lexicon, text: string, view: string, index: number, scan: boolean): Step<Token> {
  for (let i = index; i < index + 3; i += 1) {
    const c = view.charCodeAt(i);
    if (!(c >= 97 && c <= 122)) return null;
  }
  if (isWordLetterAt(view, index + 3)) return null;
  const capitals =
    isCapital(text.charCodeAt(index)) &&
    isCapital(text.charCodeAt(index + 1)) &&
    isCapital(text.charCodeAt(index + 2));
  // Running text reads capitals only: a lower-case word is refused before any string is built.
  if (scan && !capitals) return null;
  const code = view.slice(index, index + 3).toUpperCase();
  const known = lexicon.codes().has(code);
  const accepted = scan ? capitals && known : capitals ? known || isCurrencyCode(code) : known;
  if (!accepted) return null;
  const next = index + 3;
  return { value: { text: text.slice(index, next), span: { start: index, end: next } }, next };
}

/**
 * Reads a currency at `index`: a word or symbol of the tables, or an ISO 4217 code; the longest
 * wins ("RSD" over "Rs").
 *
 * @param lexicon - the prepared tables
 * @param text - the input
 * @param view - its normalised view
 * @param index - where the currency would start
 * @param mask - the languages allowed
 * @param mode - running text or a figure alone; before or after the number
 * @returns the mention, or null
 *
 * @example
 * const lexicon = buildLexicon(VOCABULARIES);
 * readCurrencyAt(lexicon, 'RMB1.5bn', 'rmb1.5bn', 0, -1, { scan: false, position: 'before' }).value.token.text //=> 'RMB'
 * readCurrencyAt(lexicon, 'usd', 'usd', 0, -1, { scan: false, position: 'after' }).value.isCode //=> true
 */
export function readCurrencyAt(
  lexicon: Lexicon,
  text: string,
  view: string,
  index: number,
  mask: number,
  mode: CurrencyReadMode,
): Step<RawCurrencyMention> {
  const word = matchLongest(lexicon.currency, text, view, index, mask);
  const code = readCode(lexicon, text, view, index, mode.scan);
  if (code !== null && (word === null || code.next > word.next)) {
    // From the view: a full-width "ＵＳＤ" is the code USD it spells.
    const upper = view.slice(code.value.span.start, code.value.span.end).toUpperCase() as CurrencyCode;
    const meaning: CurrencyMeaning = { codes: [upper], subunit: 0, before: true, weak: false };
    const entry: LexiconEntry<CurrencyMeaning> = {
      token: upper,
      parts: [upper.toLowerCase()],
      written: [upper],
      caseSensitive: false,
      needsWordEnd: true,
      language: 0,
      meaning,
    };
    return { value: { token: code.value, entries: [entry], languages: 0, isCode: true }, next: code.next };
  }
  if (word === null) return null;
  if (mode.scan && mode.position === 'before' && !word.entries.some((e) => e.meaning.before)) return null;
  return {
    value: { token: word.token, entries: word.entries, languages: word.languages, isCode: false },
    next: word.next,
  };
}

/**
 * What a mention means in the languages a figure was read in: the codes of its entries in
 * those languages (of all entries when none is), the first fallback among them.
 *
 * @example
 * const lexicon = buildLexicon(VOCABULARIES);
 * const raw = readCurrencyAt(lexicon, 'Dollar', 'dollar', 0, -1, { scan: false, position: 'after' }).value;
 * mentionMeaning(raw, 1 << VOCABULARIES.indexOf(GERMAN)).meaning.fallback.code //=> 'USD'
 */
export function mentionMeaning(raw: RawCurrencyMention, mask: number): CurrencyMention {
  const [only] = raw.entries;
  if (raw.entries.length === 1 && only !== undefined) return { token: raw.token, meaning: only.meaning };
  const inLanguage = raw.entries.filter((e) => e.language === 0 || (e.language & mask) !== 0);
  const entries = inLanguage.length > 0 ? inLanguage : raw.entries;
  const codes: CurrencyCode[] = [];
  for (const e of entries) for (const c of e.meaning.codes) if (!codes.includes(c)) codes.push(c);
  const fallback = entries.find((e) => e.meaning.fallback !== undefined)?.meaning.fallback;
  const first = entries[0]?.meaning;
  return {
    token: raw.token,
    meaning: {
      codes,
      ...(fallback ? { fallback } : {}),
      subunit: first?.subunit ?? 0,
      before: entries.some((e) => e.meaning.before),
      weak: entries.every((e) => e.meaning.weak),
    },
  };
}
