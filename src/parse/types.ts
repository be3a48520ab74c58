import type { Decimal } from '../money/decimal.js';
import type { CurrencyCode } from '../money/currency.js';
import type { Interval } from '../quantity/interval.js';
import type { DecimalStyle } from '../vocabulary/currencyNotations.js';
import type { HedgeKind } from '../vocabulary/types.js';

/** Where a piece of text sits in the input: [start, end) in UTF-16 code units. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** How a currency was recognised in the text. */
export interface CurrencyReading {
  readonly code: CurrencyCode;
  /** The text that named it: "$", "yuan", "元", "CNY". */
  readonly token: string;
  readonly span: Span;
  /** Set when the token alone could mean more than one currency and a rule decided, e.g. 'a bare "$" is read as USD'. */
  readonly assumption?: string;
  /**
   * Set in running text when the figure names no currency but continues one that does ("from
   * 2.9 billion" after "3.2 billion yuan"): where that figure stands. `span` and `token` are then
   * its currency's.
   */
  readonly inferredFrom?: Span;
}

/** A hedge word that turns a figure into a range. */
export interface HedgeReading {
  /** The words as written: "more than", "about", "~", "约". */
  readonly token: string;
  readonly kind: HedgeKind;
  readonly span: Span;
}

/** A scale word or unit multiplier. */
export interface ScaleReading {
  /** As written: "billion", "bn", "亿", "万亿", "crore". */
  readonly token: string;
  /** The multiplier, as a power of ten. */
  readonly exponent: number;
  readonly span: Span;
}

/** How the digits of a figure were read: which marks, in which languages' notation. */
export interface NotationReading {
  /** The decimal mark read ('.', ',', '٫', 'ر'), or null when the number has none. */
  readonly decimalMark: string | null;
  /** The grouping mark read (',', '.', a space), or null. */
  readonly groupMark: string | null;
  /** The languages (BCP 47 tags) whose notation and words give this reading. */
  readonly languages: readonly string[];
}

/** Another reading of the same figure, in other languages' notation or words. */
export interface AlternativeReading {
  readonly value: Decimal;
  readonly interval: Interval;
  readonly languages: readonly string[];
  /** The reading rule of the alternative, as for QuotedFigure.reading. */
  readonly reading: string;
}

/**
 * Set when the languages a figure may be written in read it differently and nothing in it
 * decides ("$1,500": English groups thousands, German has a decimal comma). The figure is read
 * in the preferred language (the order of the `languages` option, English first by default) and
 * the note says so; the `ambiguity: 'error'` option makes it an error instead.
 */
export interface AmbiguityReading {
  /** One sentence a reader can act on: what was assumed and what else it may mean. */
  readonly note: string;
  readonly alternatives: readonly AlternativeReading[];
}

/** One end of a range as written ("$1.5bn" in "$1.5bn-$2bn"). */
export interface RangeEnd {
  readonly text: string;
  readonly span: Span;
  /** The end's own point value. */
  readonly value: Decimal;
}

/** A money figure as a person wrote it, with the value it stands for and how it was read. */
export interface QuotedFigure {
  /** The figure's own text (trimmed), a slice of the input. */
  readonly text: string;
  /** Where the figure sits in the input. */
  readonly span: Span;
  /** The point value in units of the currency: "1.5 billion" → 1500000000; a range's midpoint. */
  readonly value: Decimal;
  /** The currency, or null when the text names none. */
  readonly currency: CurrencyReading | null;
  /** The scale word of the last written digit ("billion" in "3 trillion 240.5 billion"). */
  readonly scale: ScaleReading | null;
  readonly hedge: HedgeReading | null;
  /** The values the figure may stand for, from its last written digit and its hedge. */
  readonly interval: Interval;
  /** The reading rule, in one sentence, e.g. 'rounded to the nearest 0.1 billion: ±0.05 billion'. */
  readonly reading: string;
  /**
   * Decimals needed to show every digit written, in units of the currency: 3 for "€1.234",
   * 3 for "27.4 US cents" (0.274 USD), 0 for "$1.5 billion". A renderer shows at least these,
   * so that nothing written is rounded away.
   */
  readonly decimals: number;
  /** How the digits were read: the decimal and group marks, and in which languages. */
  readonly notation: NotationReading;
  /** Set when another language reads the figure otherwise (see AmbiguityReading). */
  readonly ambiguity: AmbiguityReading | null;
  /** The two ends of a range ("1.5-2 billion yuan"); null for a single figure. */
  readonly range: { readonly low: RangeEnd; readonly high: RangeEnd } | null;
}

/** A percentage as a person wrote it: "1.6%" is 1.6 within [1.55, 1.65] (in percent). */
export interface QuotedPercent {
  /** The percentage's own text, a slice of the input ("5 percent" in "a 5 percent stake"). */
  readonly text: string;
  readonly span: Span;
  /** In percent: "1.6%" → 1.6. */
  readonly value: Decimal;
  /** In percent: "1.6%" → [1.55, 1.65]. */
  readonly interval: Interval;
  readonly hedge: HedgeReading | null;
  readonly reading: string;
}

/** Options for reading figures. */
export interface ParseFigureOptions {
  /** How to read a lone "¥" (the yuan and the yen share it). Without it, context words decide, else it is an error. */
  readonly yen?: 'CNY' | 'JPY';
  /** Whether a figure without any currency is an error (default) or allowed (currency null). */
  readonly requireCurrency?: boolean;
  /**
   * The languages to read with, as BCP 47 tags ('en', 'de', 'zh', 'zh-Hant', 'ja', 'ko', 'fr',
   * 'es', 'pt', 'ar', 'en-IN'), in order of preference. A tag takes its sub-tags ('zh' is both
   * scripts, 'en' includes Indian English). Default: every table, English first.
   */
  readonly languages?: readonly string[];
  /**
   * When the languages read a figure differently and nothing in it decides: 'assume' reads it in
   * the preferred language and says so in `ambiguity`; 'error' refuses it with
   * FIGURE_AMBIGUOUS_NUMBER. Unset (the default): a figure whose own words say its language
   * ("1.125 millones de dólares": Spain reads 1,125 million, Mexico 1.125 million) is refused,
   * one that names no language ("$1,500") is read in the preferred language with a note.
   */
  readonly ambiguity?: 'assume' | 'error';
  /**
   * The decimal mark the text writes, for figures whose marks read two ways: 'decimal-point'
   * (1,500.5: a comma groups) or 'decimal-comma' (1.500,5: a point groups). It overrides the
   * notations of every language and every clue. Unset: the languages, the currency's home and
   * the shape of the number decide, and what stays ambiguous is refused or noted (see `ambiguity`).
   */
  readonly notation?: DecimalStyle;
}

/** Options for reading a percentage. */
export interface ParsePercentOptions {
  readonly languages?: readonly string[];
  readonly ambiguity?: 'assume' | 'error';
  /** The decimal mark the text writes (see ParseFigureOptions.notation). */
  readonly notation?: DecimalStyle;
}

/** Options for reading a currency written alone. */
export interface ParseCurrencyNameOptions {
  readonly yen?: 'CNY' | 'JPY';
  readonly languages?: readonly string[];
}
