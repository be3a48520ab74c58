/**
 * The shape of one language's money vocabulary. A language is one table (one file) and its
 * tests: the parser and the short formatter read only tables, never language rules of their own.
 *
 * Tokens are matched case-insensitively (set `caseSensitive` to opt out). A space inside a
 * token matches any run of whitespace ("more  than", "Hong Kong dollars"). A token that ends
 * in a Latin letter only matches when no Latin letter follows ("m" in "2m" but not in "MXN").
 * The same token may stand in several tables; the languages it belongs to narrow how the rest
 * of a figure is read ("Milliarden" is German, so "4,8" in "4,8 Milliarden" has a decimal comma).
 */
export interface Vocabulary {
  /** BCP 47 tag of the language the table covers: 'en', 'zh-Hans', 'de'; 'und' for symbols. */
  readonly language: string;
  /** What the table is, for documentation and messages: "German". */
  readonly name: string;
  /** How the language writes numbers in digits: its decimal and group marks. */
  readonly numberNotations: readonly NumberNotation[];
  readonly scaleWords: readonly ScaleWord[];
  readonly currencyWords: readonly CurrencyWord[];
  readonly hedgeWords: readonly HedgeWord[];
  /** Numbers spelled out in words ("seven", "two and a half", "十五"). */
  readonly numberWords?: NumberWords;
  /** Words that join the two ends of a range ("to", "至", "bis") or open one ("between"). */
  readonly rangeWords?: readonly RangeWord[];
  /** Words and marks that make a number a percentage ("per cent", "Prozent", "百分之"). */
  readonly percentWords?: readonly PercentWord[];
  /** Words that may stand between a scale word and the currency ("millions de dollars"). */
  readonly linkWords?: readonly string[];
  /** Nouns a percentage may stand before without being part of it ("a 5 percent stake"). */
  readonly stakeNouns?: readonly string[];
  /** Articles a percentage may stand after ("a 5 percent stake"). */
  readonly articles?: readonly string[];
  /**
   * A regional table read only when the figure names one of these currencies (or the languages
   * option names the table): Swiss German's decimal point goes with francs, not with every
   * German figure ("CHF 7.5 Mrd.", but "1.500 Mio. Euro" stays 1,500 million).
   */
  readonly onlyWith?: readonly string[];
  /** How `formatMoneyShort` writes money in this language; absent for tables that are read only. */
  readonly output?: OutputStyle;
}

/** A short list of the number notations a language writes: marks declared, not patterns. */
export interface NumberNotation {
  /** A name for messages and documentation: 'comma-thousands', 'dot-thousands'. */
  readonly name: string;
  /** An example, for hints: '1,500,000.5'. */
  readonly example: string;
  /** Marks that start the fraction: '.', ',', '٫' (U+066B), 'ر'. */
  readonly decimalMarks: readonly string[];
  /** Marks that group digits: ',', '.', spaces, "'". One kind of mark throughout a number. */
  readonly groupMarks: readonly string[];
  /** Groups of three ('thousands'), or the last three then twos ('indian': 1,50,00,000). */
  readonly grouping: 'thousands' | 'indian';
  /** Whether a number may start with its decimal mark (".5"). */
  readonly leadingDecimal?: boolean;
}

/** A word or mark that multiplies the number before it by a power of ten. */
export interface ScaleWord {
  /** As written: "billion", "bn", "亿", "Mrd.". */
  readonly token: string;
  /** The multiplier as a power of ten: 9 for "billion", 8 for "亿", 12 for German "Billion". */
  readonly exponent: number;
  /** How the reading rule names the unit: "billion" for "bn", "亿 (10^8)" for "亿". */
  readonly name: string;
  readonly caseSensitive?: boolean;
  /**
   * A singular form that only goes with small numbers: 'one' (German "1 Billion", Spanish
   * "1 billón") or 'below-two' (French "1,5 milliard"). It keeps "$2 Billion" English.
   */
  readonly singular?: 'one' | 'below-two';
  /**
   * A scale word that holds its own number and stands without one before it: the Arabic dual
   * ملياري is "two billion" (count 2).
   */
  readonly count?: number;
}

/** A word or symbol that names a currency. */
export interface CurrencyWord {
  /** As written: "$", "yuan", "人民币", "Hong Kong dollars". */
  readonly token: string;
  /** Every ISO 4217 code the token may stand for; one for an unambiguous token. */
  readonly codes: readonly string[];
  /**
   * For an ambiguous token: the code read when nothing else in the text decides, and the
   * assumption shown to the user. Without it an undecided token is FIGURE_AMBIGUOUS_CURRENCY.
   */
  readonly fallback?: { readonly code: string; readonly assumption: string };
  readonly caseSensitive?: boolean;
  /** The power of ten of the unit the token names, for a minor unit: -2 for "cents". */
  readonly subunit?: number;
  /**
   * May stand before the number in running text ("RMB 5", "人民币15亿元"). Symbols and codes
   * always may; a plain word ("yuan", "won") only after it, so that "won 3 games" is no money.
   */
  readonly before?: boolean;
  /**
   * Also an ordinary word or letter ("R", "real", "pounds", "won"): in running text it names
   * money only with a scale word or a fraction beside it ("R12.5bn", "5 million pounds").
   */
  readonly weak?: boolean;
  /** The form `formatMoneyShort` writes for this (single) code in this language. */
  readonly writes?: boolean;
}

/** What a hedge does to a figure: "about" widens it, "more than" opens it above, "nearly" bounds it below the value. */
export type HedgeKind = 'approximate' | 'above' | 'at-least' | 'below' | 'at-most' | 'nearly';

/** A hedge that turns a figure into a range. */
export interface HedgeWord {
  /** As written: "more than", "~", "约". */
  readonly token: string;
  readonly kind: HedgeKind;
  /** Where the hedge stands: before the figure (default) or after it ("15亿元左右"). */
  readonly position?: 'before' | 'after';
  readonly caseSensitive?: boolean;
}

/** A word of a range: "between" opens one, "and" closes it, "to" joins two ends. */
export interface RangeWord {
  readonly token: string;
  readonly role: 'between' | 'and' | 'to';
}

/** A percent word or mark: after the number ("%", "per cent") or before it ("百分之"). */
export interface PercentWord {
  readonly token: string;
  readonly position?: 'before' | 'after';
}

/**
 * Numbers spelled out. Two grammars cover the tables so far: English words ("seven",
 * "twenty-five", "three hundred and ten", "two and a half", "half a") and Chinese/Japanese
 * numerals (十五, 三千五百, 两).
 */
export type NumberWords = EnglishNumberWords | CjkNumerals;

/** Number words read by the English grammar. Values are small whole numbers (counts). */
export interface EnglishNumberWords {
  readonly grammar: 'english';
  /** zero … nineteen. */
  readonly units: Readonly<Record<string, number>>;
  /** twenty … ninety. */
  readonly tens: Readonly<Record<string, number>>;
  /** "hundred". */
  readonly hundred: readonly string[];
  /** "a", "an": one, before "hundred", a scale word or "half". */
  readonly articles: readonly string[];
  /** "and", in "one hundred and ten" and "two and a half". */
  readonly and: readonly string[];
  /** Fractions after "and": "a half" is 1/2, "a quarter" 1/4, "three quarters" 3/4. */
  readonly fractions: readonly {
    readonly token: string;
    readonly numerator: number;
    readonly denominator: number;
  }[];
  /** "half", as in "half a billion". */
  readonly half: readonly string[];
}

/** Chinese and Japanese numerals: digits and the units 十 百 千 (values below 10,000). */
export interface CjkNumerals {
  readonly grammar: 'cjk';
  readonly digits: Readonly<Record<string, number>>;
  readonly units: Readonly<Record<string, number>>;
}

/** How the short formatter writes money in a language, from the same table the parser reads. */
export interface OutputStyle {
  /** The tag `formatMoneyShort` takes: 'en', 'zh', 'de'. */
  readonly tag: string;
  readonly decimalMark: string;
  /** Groups the digits of a number written without a scale word ('' for none). */
  readonly groupMark: string;
  readonly grouping: 'thousands' | 'indian';
  /** Scale words, largest first; a number is written with the largest it reaches. */
  readonly scales: readonly OutputScale[];
  /**
   * Where things go: 'symbol-first' writes "US$226.6 million" (a currency without a symbol
   * falls back to its code: "PLN 5 million"); 'words' writes "2.266亿美元", "226,6 Mio. US-Dollar".
   */
  readonly order: 'symbol-first' | 'words';
  /** Between the number and the scale word: ' ' or ''. */
  readonly scaleSpace: string;
  /** Before the currency word: ' ' or ''. */
  readonly currencySpace: string;
  /** A word between a scale word and the currency ("de", elided to "d'" before a vowel). */
  readonly link?: { readonly word: string; readonly elided?: string };
}

/** A scale word the formatter writes, with its singular where the language has one. */
export interface OutputScale {
  readonly exponent: number;
  readonly word: string;
  /** The singular, and when it is used: for exactly one, or for numbers below two. */
  readonly singular?: { readonly word: string; readonly when: 'one' | 'below-two' };
}

/**
 * Month names as news writes them, one table per language (lower case; a trailing "." after an
 * abbreviation is read by the date pattern). Adding a language is adding a table.
 */
export interface MonthTable {
  /** BCP 47 code of the language. */
  readonly language: string;
  /** The names of each month, January first. */
  readonly months: readonly (readonly string[])[];
}

/**
 * The words news puts between a figure and its conversion, one table per language (lower case;
 * spaces stand for any run of white space). Adding a language is adding a table.
 */
export interface ConnectorTable {
  /** BCP 47 code of the language. */
  readonly language: string;
  /**
   * Words that say "that is, converted" strongly enough to stand alone between two figures:
   * "X umgerechnet Y", "X soit Y", "X约合Y".
   */
  readonly strong: readonly string[];
  /** Words that make a conversion after a comma or inside parentheses: "X, or Y", "X (equivalent to Y)". */
  readonly weak: readonly string[];
  /** Hedges a conversion is written with: "X, about Y", "X (roughly Y)", "X, soit environ Y". */
  readonly hedges: readonly string[];
}
