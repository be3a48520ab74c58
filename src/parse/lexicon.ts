import type { CurrencyCode } from '../money/currency.js';
import { languageSet, tableBit, type LanguageSet } from './languages.js';
import { foldToken } from './normalize.js';
import type { Token } from './step.js';
import type { HedgeReading } from './types.js';
import type { EnglishNumberWords, Vocabulary } from './vocabulary/types.js';

/** A scale word's meaning. */
export interface ScaleMeaning {
  readonly exponent: number;
  readonly name: string;
  readonly singular?: 'one' | 'below-two' | undefined;
}

/** A currency word's meaning: the codes it may stand for and, if ambiguous, its fallback. */
export interface CurrencyMeaning {
  readonly codes: readonly CurrencyCode[];
  readonly fallback?: { readonly code: CurrencyCode; readonly assumption: string } | undefined;
  /** The power of ten of the unit named: -2 for "cents"; 0 for the currency itself. */
  readonly subunit: number;
  /** May stand before the number in running text. */
  readonly before: boolean;
  readonly weak: boolean;
}

/** A hedge word's meaning. */
export interface HedgeMeaning {
  readonly kind: HedgeReading['kind'];
}

/** A spelled-out number word's meaning (English grammar) or a numeral's (CJK grammar). */
export interface NumberWordMeaning {
  readonly role:
    'unit' | 'ten' | 'hundred' | 'article' | 'and' | 'fraction' | 'half' | 'digit' | 'multiplier';
  /** The word's value: 7 for "seven", 20 for "twenty", 100 for 百; for a fraction, its numerator. */
  readonly value: number;
  readonly denominator?: number;
}

/** The kinds of token the parser looks for, each matched on its own. */
export type LexiconKind =
  | 'scale'
  | 'currency'
  | 'hedgeBefore'
  | 'hedgeAfter'
  | 'rangeTo'
  | 'rangeBetween'
  | 'rangeAnd'
  | 'percentAfter'
  | 'percentBefore'
  | 'link'
  | 'stake'
  | 'article'
  | 'englishNumber'
  | 'cjkNumeral';

/** A token of a table, prepared for matching, with what it means and which language says so. */
export interface LexiconEntry<T> {
  readonly token: string;
  /** The token's words, folded as the normalised view is; any run of spaces may separate them. */
  readonly parts: readonly string[];
  /** The words as written, compared for case-sensitive tokens. */
  readonly written: readonly string[];
  readonly caseSensitive: boolean;
  /** A token ending in a Latin or Arabic letter must not run on into another ("m" in "2m", not in "MXN"). */
  readonly needsWordEnd: boolean;
  /** The bit of the table's language; 0 for the symbols table, which belongs to every language. */
  readonly language: number;
  readonly meaning: T;
}

/**
 * The tokens of one kind, bucketed by their first (folded) character and prepared for matching
 * only when a bucket is first looked into: reading "1.5 billion yuan" prepares the handful of
 * buckets it touches, not the thousand tokens of every table.
 */
export class Buckets<T> {
  private readonly buckets = new Map<
    string,
    { raw: RawEntry<T>[]; ready: readonly LexiconEntry<T>[] | null }
  >();

  /** Files a token under its first character; it is prepared on first use. */
  add(token: string, caseSensitive: boolean | undefined, language: number, meaning: () => T): void {
    const key = foldToken(token.charAt(0));
    const bucket = this.buckets.get(key);
    const entry = { token, caseSensitive, language, meaning };
    if (bucket) bucket.raw.push(entry);
    else this.buckets.set(key, { raw: [entry], ready: null });
  }

  /** The prepared tokens that start with `key` (a character of the normalised view). */
  get(key: string): readonly LexiconEntry<T>[] | undefined {
    const bucket = this.buckets.get(key);
    if (bucket === undefined) return undefined;
    bucket.ready ??= bucket.raw.map((r) => prepare(r.token, r.caseSensitive, r.language, r.meaning()));
    return bucket.ready;
  }

  /** Every token, prepared (for tests and documentation). */
  entries(): LexiconEntry<T>[] {
    return [...this.buckets.keys()].flatMap((key) => [...(this.get(key) ?? [])]);
  }
}

interface RawEntry<T> {
  readonly token: string;
  readonly caseSensitive: boolean | undefined;
  readonly language: number;
  readonly meaning: () => T;
}

/** Every table prepared for matching: tokens bucketed by their first (folded) character. */
export interface Lexicon {
  readonly languages: LanguageSet;
  readonly scale: Buckets<ScaleMeaning>;
  readonly currency: Buckets<CurrencyMeaning>;
  readonly hedgeBefore: Buckets<HedgeMeaning>;
  readonly hedgeAfter: Buckets<HedgeMeaning>;
  readonly rangeTo: Buckets<null>;
  readonly rangeBetween: Buckets<null>;
  readonly rangeAnd: Buckets<null>;
  readonly percentAfter: Buckets<null>;
  readonly percentBefore: Buckets<null>;
  readonly link: Buckets<null>;
  readonly stake: Buckets<null>;
  readonly article: Buckets<null>;
  readonly englishNumber: Buckets<NumberWordMeaning>;
  readonly cjkNumeral: Buckets<NumberWordMeaning>;
  /** Every code some table's word names: the codes read in lower case ("5 usd") and in running text. */
  readonly codes: () => ReadonlySet<string>;
}

/** Whether a code unit is whitespace as /\s/ has it, without running a regular expression. */
export function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Whether the character at `index` is a letter of a script that separates words with spaces
 * (Latin, Arabic): such a letter may not follow a token that ends in one. Code ranges, not a
 * Unicode-property regular expression: this runs for every token when the tables are prepared.
 */
export function isWordLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  if (code < 0xc0) return false;
  // Latin-1 letters (not × or ÷), Latin Extended-A and -B, IPA, Latin Extended Additional.
  if (code <= 0x2af) return code !== 0xd7 && code !== 0xf7;
  if (code >= 0x1e00 && code <= 0x1eff) return true;
  // Arabic letters and the marks written on them (not the Arabic-Indic digits, ٪ ٫ ٬ ٭ or ۔).
  if (code >= 0x0620 && code <= 0x06ff)
    return !(code >= 0x0660 && code <= 0x066d) && code !== 0x06d4 && !(code >= 0x06f0 && code <= 0x06f9);
  return code >= 0x0750 && code <= 0x077f;
}

function prepare<T>(
  token: string,
  caseSensitive: boolean | undefined,
  language: number,
  meaning: T,
): LexiconEntry<T> {
  const written = token.includes(' ') ? token.split(' ') : [token];
  return {
    token,
    parts: written.length === 1 ? [foldToken(token)] : written.map(foldToken),
    written,
    caseSensitive: caseSensitive === true,
    needsWordEnd: isWordLetterAt(token, token.length - 1),
    language,
    meaning,
  };
}

function addEnglishNumbers(
  buckets: Buckets<NumberWordMeaning>,
  words: EnglishNumberWords,
  language: number,
): void {
  const add = (token: string, meaning: NumberWordMeaning) =>
    buckets.add(token, false, language, () => meaning);
  for (const [token, value] of Object.entries(words.units)) add(token, { role: 'unit', value });
  for (const [token, value] of Object.entries(words.tens)) add(token, { role: 'ten', value });
  for (const token of words.hundred) add(token, { role: 'hundred', value: 100 });
  for (const token of words.articles) add(token, { role: 'article', value: 1 });
  for (const token of words.and) add(token, { role: 'and', value: 0 });
  for (const token of words.half) add(token, { role: 'half', value: 1, denominator: 2 });
  for (const f of words.fractions)
    add(f.token, { role: 'fraction', value: f.numerator, denominator: f.denominator });
}

/**
 * Prepares tables for matching. Cheap on purpose (one pass, no regular expressions): it runs
 * on the first figure a process reads, inside the cold start of one conversion. Codes are not
 * checked against Intl here (that would load ICU data); the vocabulary tests check them.
 *
 * @param tables - the tables to read with, e.g. VOCABULARIES (preference order)
 * @returns the lexicon
 *
 * @example
 * buildLexicon([ENGLISH]).scale.get('b')?.length //=> 4
 */
export function buildLexicon(tables: readonly Vocabulary[]): Lexicon {
  const languages = languageSet(tables);
  let codes: Set<string> | undefined;
  const lexicon = {
    languages,
    scale: new Buckets<ScaleMeaning>(),
    currency: new Buckets<CurrencyMeaning>(),
    hedgeBefore: new Buckets<HedgeMeaning>(),
    hedgeAfter: new Buckets<HedgeMeaning>(),
    rangeTo: new Buckets<null>(),
    rangeBetween: new Buckets<null>(),
    rangeAnd: new Buckets<null>(),
    percentAfter: new Buckets<null>(),
    percentBefore: new Buckets<null>(),
    link: new Buckets<null>(),
    stake: new Buckets<null>(),
    article: new Buckets<null>(),
    englishNumber: new Buckets<NumberWordMeaning>(),
    cjkNumeral: new Buckets<NumberWordMeaning>(),
    codes: () => {
      codes ??= new Set(tables.flatMap((t) => t.currencyWords.flatMap((w) => w.codes)));
      return codes;
    },
  };
  const nothing = () => null;
  for (const table of tables) {
    const bit = tableBit(languages, table);
    const symbols = table.language === 'und';
    for (const s of table.scaleWords) {
      lexicon.scale.add(s.token, s.caseSensitive, bit, () => ({
        exponent: s.exponent,
        name: s.name,
        singular: s.singular,
      }));
    }
    for (const c of table.currencyWords) {
      lexicon.currency.add(c.token, c.caseSensitive, bit, () => ({
        codes: c.codes as readonly CurrencyCode[],
        fallback: c.fallback as CurrencyMeaning['fallback'],
        subunit: c.subunit ?? 0,
        before: c.before === true || symbols,
        weak: c.weak === true,
      }));
    }
    for (const h of table.hedgeWords) {
      const buckets = h.position === 'after' ? lexicon.hedgeAfter : lexicon.hedgeBefore;
      buckets.add(h.token, h.caseSensitive, bit, () => ({ kind: h.kind }));
    }
    for (const r of table.rangeWords ?? []) {
      const buckets =
        r.role === 'to' ? lexicon.rangeTo : r.role === 'between' ? lexicon.rangeBetween : lexicon.rangeAnd;
      buckets.add(r.token, false, bit, nothing);
    }
    for (const p of table.percentWords ?? []) {
      (p.position === 'before' ? lexicon.percentBefore : lexicon.percentAfter).add(
        p.token,
        false,
        bit,
        nothing,
      );
    }
    for (const l of table.linkWords ?? []) lexicon.link.add(l, false, bit, nothing);
    for (const n of table.stakeNouns ?? []) lexicon.stake.add(n, false, bit, nothing);
    for (const a of table.articles ?? []) lexicon.article.add(a, false, bit, nothing);
    const numbers = table.numberWords;
    if (numbers?.grammar === 'english') addEnglishNumbers(lexicon.englishNumber, numbers, bit);
    else if (numbers?.grammar === 'cjk') {
      for (const [token, value] of Object.entries(numbers.digits))
        lexicon.cjkNumeral.add(token, false, bit, () => ({ role: 'digit', value }));
      for (const [token, value] of Object.entries(numbers.units))
        lexicon.cjkNumeral.add(token, false, bit, () => ({ role: 'multiplier', value }));
    }
  }
  return lexicon;
}

/** Where `entry` ends if it is written at `index`, else -1. Plain comparison, no regular expressions. */
function matchAt<T>(entry: LexiconEntry<T>, text: string, view: string, index: number): number {
  let at = index;
  for (let p = 0; p < entry.parts.length; p += 1) {
    if (p > 0) {
      const start = at;
      while (at < view.length && isSpaceCode(view.charCodeAt(at))) at += 1;
      if (at === start) return -1;
    }
    const part = (entry.caseSensitive ? entry.written[p] : entry.parts[p]) as string;
    const source = entry.caseSensitive ? text : view;
    if (!source.startsWith(part, at)) return -1;
    at += part.length;
  }
  if (entry.needsWordEnd && isWordLetterAt(view, at)) return -1;
  return at;
}

/** A token read from the input: where it is, and every entry (language) it matched. */
export interface LexiconMatch<T> {
  readonly token: Token;
  readonly entries: readonly LexiconEntry<T>[];
  /** The languages the token belongs to; 0 when it belongs to all (a symbol). */
  readonly languages: number;
  readonly next: number;
}

/**
 * Reads the longest token of one kind that starts at `index`, with every entry of that length
 * whose language is in `mask` (symbols always are).
 *
 * @param buckets - one kind of the lexicon, e.g. `lexicon.scale`
 * @param text - the input as written (for case-sensitive tokens and the token's text)
 * @param view - its normalised view (see normalizeText)
 * @param index - where the token must start
 * @param mask - the languages allowed
 * @returns the match, or null
 *
 * @example
 * const lexicon = buildLexicon([ENGLISH]);
 * matchLongest(lexicon.scale, '1.5bn', '1.5bn', 3, -1)?.token.text //=> 'bn'
 */
export function matchLongest<T>(
  buckets: Buckets<T>,
  text: string,
  view: string,
  index: number,
  mask: number,
): LexiconMatch<T> | null {
  const candidates = buckets.get(view.charAt(index));
  if (candidates === undefined) return null;
  let bestEnd = -1;
  let best: LexiconEntry<T>[] = [];
  for (const entry of candidates) {
    if (entry.language !== 0 && (entry.language & mask) === 0) continue;
    const end = matchAt(entry, text, view, index);
    if (end === -1 || end < bestEnd) continue;
    if (end > bestEnd) {
      bestEnd = end;
      best = [entry];
    } else best.push(entry);
  }
  if (bestEnd === -1) return null;
  let languages = 0;
  for (const entry of best) {
    if (entry.language === 0) {
      languages = 0;
      break;
    }
    languages |= entry.language;
  }
  return {
    token: { text: text.slice(index, bestEnd), span: { start: index, end: bestEnd } },
    entries: best,
    languages,
    next: bestEnd,
  };
}
