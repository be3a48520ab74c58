import type { HedgeReading } from '../types.js';

/**
 * The shape of one language's money vocabulary. Tables are plain data: adding a language is
 * adding a table (and listing it in `vocabulary/index.ts`), never changing the parser.
 *
 * Tokens are matched case-insensitively (set `caseSensitive` to opt out). A space inside a
 * token matches any run of whitespace ("more  than", "Hong Kong dollars"). A token that ends
 * in a Latin letter only matches when no Latin letter follows ("m" in "2m" but not in "MXN").
 */
export interface Vocabulary {
  /** BCP 47 tag of the language the table covers: 'en', 'zh', 'en-IN'; 'und' for symbols. */
  readonly language: string;
  /** What the table is, for documentation and messages. */
  readonly name: string;
  /** The number notations the language writes (names in NUMBER_NOTATIONS): grouping and decimal marks. */
  readonly numberNotations: readonly NumberNotationName[];
  readonly scaleWords: readonly ScaleWord[];
  readonly currencyWords: readonly CurrencyWord[];
  readonly hedgeWords: readonly HedgeWord[];
}

/** Names of the number notations in NUMBER_NOTATIONS (see `numberNotations.ts`). */
export type NumberNotationName = 'plain' | 'leading-point' | 'comma-thousands' | 'space-thousands' | 'indian';

/** A word or mark that multiplies the number before it by a power of ten. */
export interface ScaleWord {
  /** As written: "billion", "bn", "亿". */
  readonly token: string;
  /** The multiplier as a power of ten: 9 for "billion", 8 for "亿". */
  readonly exponent: number;
  /** How the reading rule names the unit: "billion" for "bn", "亿 (10^8)" for "亿". */
  readonly name: string;
  readonly caseSensitive?: boolean;
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
}

/** A hedge that turns a figure into a range. */
export interface HedgeWord {
  /** As written: "more than", "~", "约". */
  readonly token: string;
  readonly kind: HedgeReading['kind'];
  /** Where the hedge stands: before the figure (default) or after it ("15亿元左右"). */
  readonly position?: 'before' | 'after';
  readonly caseSensitive?: boolean;
}
