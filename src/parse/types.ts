import type { Decimal } from '../money/decimal.js';
import type { CurrencyCode } from '../money/currency.js';
import type { Interval } from '../quantity/interval.js';

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
}

/** A hedge word that turns a figure into a range. */
export interface HedgeReading {
  /** The words as written: "more than", "about", "~", "约". */
  readonly token: string;
  readonly kind: 'approximate' | 'above' | 'at-least' | 'below' | 'at-most' | 'nearly';
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

/** A money figure as a person wrote it, with the value it stands for and how it was read. */
export interface QuotedFigure {
  /** The figure's own text (trimmed), a slice of the input. */
  readonly text: string;
  /** Where the figure sits in the input. */
  readonly span: Span;
  /** The point value in units of the currency: "1.5 billion" → 1500000000. */
  readonly value: Decimal;
  /** The currency, or null when the text names none. */
  readonly currency: CurrencyReading | null;
  readonly scale: ScaleReading | null;
  readonly hedge: HedgeReading | null;
  /** The values the figure may stand for, from its last written digit and its hedge. */
  readonly interval: Interval;
  /** The reading rule, in one sentence, e.g. 'rounded to the nearest 0.1 billion: ±0.05 billion'. */
  readonly reading: string;
}

/** Options for reading figures. */
export interface ParseFigureOptions {
  /** How to read a lone "¥" (the yuan and the yen share it). Without it, context words decide, else it is an error. */
  readonly yen?: 'CNY' | 'JPY';
  /** Whether a figure without any currency is an error (default) or allowed (currency null). */
  readonly requireCurrency?: boolean;
}
