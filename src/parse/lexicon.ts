import type { CurrencyCode } from '../money/currency.js';
import { languageSet, tableBit, type LanguageSet } from './languages.js';
import { foldCode, foldToken } from './normalize.js';
import type { Token } from './step.js';
import type { HedgeReading } from './types.js';
import type { CurrencyWord, HedgeWord, ScaleWord, Vocabulary } from '../vocabulary/types.js';

/** A scale word's meaning. */
export interface ScaleMeaning {
  readonly exponent: number;
  readonly name: string;
  readonly singular?: 'one' | 'below-two' | undefined;
  /** The number a dual holds (ملياري: 2); undefined for a scale word that follows a number. */
  readonly count?: number | undefined;
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
  | 'dualScale'
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
 *
 * @example
 * const scales = buildLexicon([ENGLISH]).scale;
 * scales.mayStartAt('bn', 0) //=> true
 * scales.candidates('bn', 0).flat().map((e) => e.token) //=> ['b', 'bn']
 */
export class Buckets<T> {
  /** Tokens whose first word is one character long ("$", "m", "亿"), by that character's code. */
  private readonly short = new Map<number, Bucket<T>>();
  /** Makes an entry's meaning from what its table says, when its bucket is first prepared. */
  private readonly make: (source: never) => T;

  constructor(make: (source: never) => T) {
    this.make = make;
  }
  /** Longer tokens, by the codes of their first two characters: few share a bucket. */
  private readonly long = new Map<number, Bucket<T>>();
  /** The first characters of every token, for a quick "may anything start here?". */
  private readonly starts = new StartSet();
  /** The same buckets for ASCII characters, by code in arrays: most lookups are there, and a Map hashes. */
  private readonly asciiShort = new Array<Bucket<T> | undefined>(128);
  private readonly asciiLong = new Array<(Bucket<T> | undefined)[] | undefined>(128);
  /**
   * Tokens that start past ASCII (亿, ريال, €), filed when a lookup first meets such a character:
   * most texts are ASCII, and a third of the tokens of a kind are in other scripts.
   */
  private late: RawEntry[] | null = null;

  /** Files a token under its first characters; it is prepared on first use. */
  add(token: string, caseSensitive: boolean | undefined, language: number, source: unknown): void {
    const first = foldAscii(token.charCodeAt(0));
    // The readers skip every lookup where a digit stands: no token may start with one.
    if (first >= 48 && first <= 57) throw new Error(`a table token starts with a digit: "${token}"`);
    if (first >= 128) {
      (this.late ??= []).push({ token, caseSensitive, language, source });
      return;
    }
    this.file(token, caseSensitive, language, source, first);
  }

  /** Files the tokens that start past ASCII, once. */
  private fileLate(): void {
    const late = this.late;
    if (late === null) return;
    this.late = null;
    for (const { token, caseSensitive, language, source } of late) {
      this.file(token, caseSensitive, language, source, foldAscii(token.charCodeAt(0)));
    }
  }

  private file(
    token: string,
    caseSensitive: boolean | undefined,
    language: number,
    source: unknown,
    first: number,
  ): void {
    const single = token.length < 2 || token.charCodeAt(1) === 32;
    const map = single ? this.short : this.long;
    const second = single ? 0 : foldAscii(token.charCodeAt(1));
    const key = single ? first : first * 65536 + second;
    const entry = { token, caseSensitive, language, source };
    const bucket = map.get(key);
    if (bucket) {
      bucket.raw.push(entry);
      return;
    }
    const created: Bucket<T> = { raw: [entry], ready: null };
    map.set(key, created);
    this.starts.add(first);
    if (first >= 128 || second >= 128) return;
    if (single) this.asciiShort[first] = created;
    else (this.asciiLong[first] ??= new Array<Bucket<T> | undefined>(128))[second] = created;
  }

  private shortBucket(first: number): Bucket<T> | undefined {
    return first < 128 ? this.asciiShort[first] : this.short.get(first);
  }

  private longBucket(first: number, second: number): Bucket<T> | undefined {
    if (first < 128 && second < 128) return this.asciiLong[first]?.[second];
    return this.long.get(first * 65536 + second);
  }

  /** Whether some token may start at `index` of the normalised view (by its first two characters). */
  mayStartAt(view: string, index: number): boolean {
    const first = view.charCodeAt(index);
    if (first >= 128 && this.late !== null) this.fileLate();
    if (!this.starts.has(first)) return false;
    return (
      this.shortBucket(first) !== undefined ||
      this.longBucket(first, view.charCodeAt(index + 1)) !== undefined
    );
  }

  /** The prepared tokens that may start at `index` of the normalised view (two short lists). */
  candidates(view: string, index: number): readonly (readonly LexiconEntry<T>[])[] {
    const short = this.shortAt(view, index);
    const long = this.longAt(view, index);
    if (short === undefined) return long === undefined ? NONE : [long.entries];
    return long === undefined ? [short.entries] : [short.entries, long.entries];
  }

  /** The prepared bucket of one-character tokens at `index`, if any (no list is built: matchLongest runs often). */
  shortAt(view: string, index: number): PreparedBucket<T> | undefined {
    const first = view.charCodeAt(index);
    if (first >= 128 && this.late !== null) this.fileLate();
    if (!this.starts.has(first)) return undefined;
    return ready(this.shortBucket(first), this.make);
  }

  /** The prepared bucket of longer tokens at `index`, if any. */
  longAt(view: string, index: number): PreparedBucket<T> | undefined {
    const first = view.charCodeAt(index);
    if (first >= 128 && this.late !== null) this.fileLate();
    if (!this.starts.has(first)) return undefined;
    return ready(this.longBucket(first, view.charCodeAt(index + 1)), this.make);
  }

  /** Every token, prepared (for tests and documentation). */
  entries(): LexiconEntry<T>[] {
    this.fileLate();
    return [...this.short.values(), ...this.long.values()].flatMap((bucket) => [
      ...(ready(bucket, this.make)?.entries ?? []),
    ]);
  }
}

const NONE: readonly never[] = [];

/**
 * foldCode, with ASCII folded here: the tables file over a thousand tokens, most of them ASCII,
 * and a call per character made foldCode hot enough for V8 to optimise it in every run.
 */
function foldAscii(code: number): number {
  if (code < 0x80) return code >= 65 && code <= 90 ? code + 32 : code;
  return foldCode(code);
}

/**
 * A set of UTF-16 code units as a bit per unit (8 KB): asked at almost every index of a text, it
 * answers with one array read where a Set hashes.
 */
class StartSet {
  private readonly bits = new Uint32Array(2048);

  add(code: number): void {
    const word = code >>> 5;
    this.bits[word] = (this.bits[word] ?? 0) | (1 << (code & 31));
  }

  has(code: number): boolean {
    // NaN (past the end of the text) fails the range test.
    return code >= 0 && code < 65536 && ((this.bits[code >>> 5] as number) & (1 << (code & 31))) !== 0;
  }
}

/** A bucket's tokens prepared for matching, each also as a one-entry list (a match of one entry reuses it). */
export interface PreparedBucket<T> {
  readonly entries: readonly LexiconEntry<T>[];
  readonly alone: readonly (readonly LexiconEntry<T>[])[];
}

interface Bucket<T> {
  readonly raw: RawEntry[];
  ready: PreparedBucket<T> | null;
}

function ready<T>(bucket: Bucket<T> | undefined, make: (source: never) => T): PreparedBucket<T> | undefined {
  if (bucket === undefined) return undefined;
  if (bucket.ready === null) {
    const entries = bucket.raw.map((r) =>
      prepare(r.token, r.caseSensitive, r.language, make(r.source as never)),
    );
    bucket.ready = { entries, alone: entries.map((entry) => [entry]) };
  }
  return bucket.ready;
}

interface RawEntry {
  readonly token: string;
  readonly caseSensitive: boolean | undefined;
  readonly language: number;
  readonly source: unknown;
}

/** Every table prepared for matching: tokens bucketed by their first (folded) character. */
export interface Lexicon {
  readonly languages: LanguageSet;
  readonly scale: Buckets<ScaleMeaning>;
  /** The scale words that hold their own number (the Arabic dual ملياري): they start a figure. */
  readonly dualScale: Buckets<ScaleMeaning>;
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
  codes(): ReadonlySet<string>;
}

/**
 * Whether a code unit is whitespace as /\s/ has it, without running a regular expression.
 *
 * @example
 * isSpaceCode(0x3000) //=> true
 */
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
 *
 * @example
 * isWordLetterAt('mxn', 0) //=> true
 * isWordLetterAt('亿', 0) //=> false
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

/** A table entry and whether it is a symbol (symbols may stand before a number in running text). */
interface CurrencySource {
  readonly word: CurrencyWord;
  readonly symbols: boolean;
}

const makeScale = (s: ScaleWord): ScaleMeaning => ({
  exponent: s.exponent,
  name: s.name,
  singular: s.singular,
  count: s.count,
});
const makeCurrency = ({ word, symbols }: CurrencySource): CurrencyMeaning => ({
  codes: word.codes as readonly CurrencyCode[],
  fallback: word.fallback as CurrencyMeaning['fallback'],
  subunit: word.subunit ?? 0,
  before: word.before === true || symbols,
  weak: word.weak === true,
});
const makeHedge = (h: HedgeWord): HedgeMeaning => ({ kind: h.kind });
const makeNothing = (): null => null;
const makeNumber = (meaning: NumberWordMeaning): NumberWordMeaning => meaning;

type Filler = (table: Vocabulary, bit: number) => void;

/**
 * The tables prepared for matching, each kind of token on first use: reading "1.5 billion yuan"
 * files the currency, scale and hedge words, not the number words or percent words.
 */
class LazyLexicon implements Lexicon {
  readonly languages: LanguageSet;
  private readonly tables: readonly Vocabulary[];
  private readonly built: Partial<Record<LexiconKind, Buckets<unknown>>> = {};
  private codeSet: Set<string> | undefined;

  constructor(tables: readonly Vocabulary[]) {
    this.tables = tables;
    this.languages = languageSet(tables);
  }

  /** The buckets of one kind, filed on first use (the getters below are called on every lookup). */
  private kind<T>(
    name: LexiconKind,
    make: (source: never) => T,
    fill: (buckets: Buckets<T>) => Filler,
  ): Buckets<T> {
    const known = this.built[name];
    if (known !== undefined) return known as Buckets<T>;
    const buckets = new Buckets<T>(make);
    const filler = fill(buckets);
    for (const table of this.tables) filler(table, tableBit(this.languages, table));
    this.built[name] = buckets as Buckets<unknown>;
    return buckets;
  }

  private words(
    name: LexiconKind,
    list: (table: Vocabulary) => readonly string[] | undefined,
  ): Buckets<null> {
    return this.kind(name, makeNothing, (b) => (table, bit) => {
      for (const token of list(table) ?? []) b.add(token, false, bit, null);
    });
  }

  get scale(): Buckets<ScaleMeaning> {
    return (
      (this.built.scale as Buckets<ScaleMeaning> | undefined) ?? this.kind('scale', makeScale, fillScale)
    );
  }
  get dualScale(): Buckets<ScaleMeaning> {
    return (
      (this.built.dualScale as Buckets<ScaleMeaning> | undefined) ??
      this.kind('dualScale', makeScale, fillDualScale)
    );
  }
  get currency(): Buckets<CurrencyMeaning> {
    return (
      (this.built.currency as Buckets<CurrencyMeaning> | undefined) ??
      this.kind('currency', makeCurrency, fillCurrency)
    );
  }
  get hedgeBefore(): Buckets<HedgeMeaning> {
    return (
      (this.built.hedgeBefore as Buckets<HedgeMeaning> | undefined) ??
      this.kind('hedgeBefore', makeHedge, fillHedges('before'))
    );
  }
  get hedgeAfter(): Buckets<HedgeMeaning> {
    return (
      (this.built.hedgeAfter as Buckets<HedgeMeaning> | undefined) ??
      this.kind('hedgeAfter', makeHedge, fillHedges('after'))
    );
  }
  get rangeTo(): Buckets<null> {
    return (this.built.rangeTo as Buckets<null> | undefined) ?? this.words('rangeTo', rangeWords('to'));
  }
  get rangeBetween(): Buckets<null> {
    return (
      (this.built.rangeBetween as Buckets<null> | undefined) ??
      this.words('rangeBetween', rangeWords('between'))
    );
  }
  get rangeAnd(): Buckets<null> {
    return (this.built.rangeAnd as Buckets<null> | undefined) ?? this.words('rangeAnd', rangeWords('and'));
  }
  get percentAfter(): Buckets<null> {
    return (
      (this.built.percentAfter as Buckets<null> | undefined) ??
      this.words('percentAfter', percentWords('after'))
    );
  }
  get percentBefore(): Buckets<null> {
    return (
      (this.built.percentBefore as Buckets<null> | undefined) ??
      this.words('percentBefore', percentWords('before'))
    );
  }
  get link(): Buckets<null> {
    return (this.built.link as Buckets<null> | undefined) ?? this.words('link', (t) => t.linkWords);
  }
  get stake(): Buckets<null> {
    return (this.built.stake as Buckets<null> | undefined) ?? this.words('stake', (t) => t.stakeNouns);
  }
  get article(): Buckets<null> {
    return (this.built.article as Buckets<null> | undefined) ?? this.words('article', (t) => t.articles);
  }
  get englishNumber(): Buckets<NumberWordMeaning> {
    return (
      (this.built.englishNumber as Buckets<NumberWordMeaning> | undefined) ??
      this.kind('englishNumber', makeNumber, fillEnglishNumbers)
    );
  }
  get cjkNumeral(): Buckets<NumberWordMeaning> {
    return (
      (this.built.cjkNumeral as Buckets<NumberWordMeaning> | undefined) ??
      this.kind('cjkNumeral', makeNumber, fillCjkNumerals)
    );
  }
  codes(): ReadonlySet<string> {
    this.codeSet ??= new Set(this.tables.flatMap((t) => t.currencyWords.flatMap((w) => w.codes)));
    return this.codeSet;
  }
}

const fillScale =
  (b: Buckets<ScaleMeaning>): Filler =>
  (table, bit) => {
    for (const s of table.scaleWords) b.add(s.token, s.caseSensitive, bit, s);
  };
const fillDualScale =
  (b: Buckets<ScaleMeaning>): Filler =>
  (table, bit) => {
    for (const s of table.scaleWords) if (s.count !== undefined) b.add(s.token, s.caseSensitive, bit, s);
  };
const fillCurrency =
  (b: Buckets<CurrencyMeaning>): Filler =>
  (table, bit) => {
    const symbols = table.language === 'und';
    for (const word of table.currencyWords) b.add(word.token, word.caseSensitive, bit, { word, symbols });
  };
const fillHedges =
  (position: 'before' | 'after') =>
  (b: Buckets<HedgeMeaning>): Filler =>
  (table, bit) => {
    for (const h of table.hedgeWords)
      if ((h.position ?? 'before') === position) b.add(h.token, h.caseSensitive, bit, h);
  };
const rangeWords = (role: 'to' | 'between' | 'and') => (t: Vocabulary) =>
  t.rangeWords?.filter((r) => r.role === role).map((r) => r.token);
const percentWords = (position: 'before' | 'after') => (t: Vocabulary) =>
  t.percentWords?.filter((p) => (p.position ?? 'after') === position).map((p) => p.token);
const fillEnglishNumbers =
  (b: Buckets<NumberWordMeaning>): Filler =>
  (table, bit) => {
    const words = table.numberWords;
    if (words?.grammar !== 'english') return;
    const add = (token: string, meaning: NumberWordMeaning) => b.add(token, false, bit, meaning);
    for (const [token, value] of Object.entries(words.units)) add(token, { role: 'unit', value });
    for (const [token, value] of Object.entries(words.tens)) add(token, { role: 'ten', value });
    for (const token of words.hundred) add(token, { role: 'hundred', value: 100 });
    for (const token of words.articles) add(token, { role: 'article', value: 1 });
    for (const token of words.and) add(token, { role: 'and', value: 0 });
    for (const token of words.half) add(token, { role: 'half', value: 1, denominator: 2 });
    for (const f of words.fractions)
      add(f.token, { role: 'fraction', value: f.numerator, denominator: f.denominator });
  };
const fillCjkNumerals =
  (b: Buckets<NumberWordMeaning>): Filler =>
  (table, bit) => {
    const words = table.numberWords;
    if (words?.grammar !== 'cjk') return;
    for (const [token, value] of Object.entries(words.digits))
      b.add(token, false, bit, { role: 'digit', value });
    for (const [token, value] of Object.entries(words.units))
      b.add(token, false, bit, { role: 'multiplier', value });
  };

/**
 * Prepares tables for matching. Cheap on purpose: each kind of token is filed by its first two
 * characters on first use, and each bucket prepared when first looked into; no regular
 * expression is compiled and no code is checked against Intl (that would load ICU data; the
 * vocabulary tests check every code).
 *
 * @param tables - the tables to read with, e.g. VOCABULARIES (preference order)
 * @returns the lexicon
 *
 * @example
 * buildLexicon([ENGLISH]).scale.entries().length //=> 15
 */
export function buildLexicon(tables: readonly Vocabulary[]): Lexicon {
  return new LazyLexicon(tables);
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
  const short = buckets.shortAt(view, index);
  const long = buckets.longAt(view, index);
  if (short === undefined && long === undefined) return null;
  // The best entries so far: one (its bucket and place, no list built) or, when several tie, a list.
  let bestEnd = -1;
  let bestBucket: PreparedBucket<T> | null = null;
  let bestPlace = 0;
  let tied: LexiconEntry<T>[] | null = null;
  for (let b = 0; b < 2; b += 1) {
    const bucket = b === 0 ? short : long;
    if (bucket === undefined) continue;
    const list = bucket.entries;
    for (let k = 0; k < list.length; k += 1) {
      const entry = list[k] as LexiconEntry<T>;
      if (entry.language !== 0 && (entry.language & mask) === 0) continue;
      const end = matchAt(entry, text, view, index);
      if (end === -1 || end < bestEnd) continue;
      if (end > bestEnd) {
        bestEnd = end;
        bestBucket = bucket;
        bestPlace = k;
        tied = null;
      } else {
        tied ??= [(bestBucket as PreparedBucket<T>).entries[bestPlace] as LexiconEntry<T>];
        tied.push(entry);
      }
    }
  }
  if (bestEnd === -1 || bestBucket === null) return null;
  const best = tied ?? (bestBucket.alone[bestPlace] as readonly LexiconEntry<T>[]);
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
