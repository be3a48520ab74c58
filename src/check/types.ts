import type { ErrorCode } from '../errors.js';
import type { IsoDate, LookupPolicy, RateQuote } from '../fx/types.js';
import type { CurrencyCode } from '../money/currency.js';
import type { Decimal } from '../money/decimal.js';
import type { QuotedFigure } from '../parse/types.js';
import type { Interval } from '../quantity/interval.js';

/**
 * How a reference rate lies against an interval of rates (what rateTest tells):
 * `consistent`: inside it; `close`: outside, but within the tolerance (percent) of its nearer
 * end; `inconsistent`: beyond that.
 */
export type RateVerdict = 'consistent' | 'close' | 'inconsistent';

/**
 * How a reference rate relates to the rate a pair of figures implies, from best to worst:
 * `consistent`: inside the interval the figures allow with each side taken at most the rounding
 * limit (2% by default) from its written value, within its rounding: their rounding explains it;
 * `close`: outside that interval, but within the tolerance (percent) of its nearer end;
 * `fits-only-by-rounding`: the pair fits only when a round figure is taken further from its
 * written value than the rounding limit (its last digit allows it, a right conversion would not
 * need it): "2 trillion yen ($17 billion)" at 138.74 yen per dollar fits only if "2 trillion yen"
 * stands for 2.31 to 2.41 trillion;
 * `inconsistent`: no reading of the figures fits.
 */
export type Verdict = RateVerdict | 'fits-only-by-rounding';

/** Which written figures a check takes at their written value (no rounding): the first, the second, or both. */
export type ExactSides = 'from' | 'to' | 'both';

/** How a figure of the pair was taken. */
export type FigureTreatment =
  /** As the parser read it: its rounding and hedge. */
  | 'as-read'
  /** At its written value, as asked (ExactSides). */
  | 'exact'
  /** Written in full but the converted side: rounded at its last written digit. */
  | 'converted';

/** A positive rate as an exact fraction of published values, so that tests need no division. */
export interface RateRatio {
  readonly numerator: Decimal;
  readonly denominator: Decimal;
}

/** A run of observation days `[from, to]` (both inclusive, both observation days). */
export type DateRange = readonly [IsoDate, IsoDate];

/** One of the two quoted figures, as the check read it. */
export interface CheckedFigure extends Interval {
  /** The figure's own text, as written. */
  readonly text: string;
  /** The point value, in units of `currency`. */
  readonly amount: Decimal;
  readonly currency: CurrencyCode;
  /** How the figure was read, e.g. 'about: rounded to the nearest 0.1 billion, so within ±0.05 billion'. */
  readonly reading: string;
  /** A rule that decided the currency, e.g. 'a bare "$" is read as US dollars' (absent if none). */
  readonly assumption?: string;
  /** Whether the figure is in the implied rate's base or quote currency. */
  readonly role: 'base' | 'quote';
  /** The parsed figure itself (spans, hedge, scale). */
  readonly quoted: QuotedFigure;
  /** How the interval above was made from the parsed figure. */
  readonly treatment: FigureTreatment;
  /**
   * The values a right conversion lets the figure stand for: its interval, each end taken at most
   * the rounding limit (or half a minor unit, if more) from the written value; a hedge's own side
   * ("more than", "up to", "nearly") and a range's spread are kept.
   */
  readonly tight: Interval;
}

/**
 * The rate the two figures imply, in market direction (units of `quote` per 1 `base`): the point
 * (quote amount / base amount) and the interval their rounding allows, [quote.low / base.high,
 * quote.high / base.low]. An open end of either figure makes the matching end open; a base
 * figure with no upper bound gives (0, …; a base figure that may be 0, or a quote figure with no
 * upper bound, gives an unbounded high end (null).
 */
export interface ImpliedRate extends Interval {
  readonly base: CurrencyCode;
  readonly quote: CurrencyCode;
  /** quote amount / base amount (40 significant digits). */
  readonly value: Decimal;
  /** Why this direction, e.g. 'USD is the base against CNY (market convention: EUR, GBP, AUD, NZD, USD, CAD, CHF)'. */
  readonly directionRule: string;
  /** How the ends were computed, e.g. '[1,450,000,000 CNY / 227,500,000 USD, 1,550,000,000 CNY / 226,500,000 USD]'. */
  readonly bounds: string;
  /**
   * The rates a right conversion allows: the interval from each figure's `tight` values. A
   * reference inside it is `consistent`; inside the whole interval only, `fits-only-by-rounding`.
   */
  readonly tight: Interval;
}

/** One source's reference rate on the date, and what it says of the pair. */
export interface SourceCheck {
  /** The source's id, e.g. "fred-h10". */
  readonly source: string;
  readonly sourceName: string;
  /** The reference in the implied rate's direction: `quote` per 1 `base` (exact for one series; 40 digits for a cross). */
  readonly value: Decimal;
  readonly base: CurrencyCode;
  readonly quote: CurrencyCode;
  readonly requestedDate: IsoDate;
  readonly observedDate: IsoDate;
  readonly policy: LookupPolicy;
  /** Why the observed day differs from the requested one (the lookup's note); '' if it does not. */
  readonly note: string;
  /** How the rate was derived from published series ('' for one series used as published). */
  readonly derivationNote: string;
  /** The implied point's deviation from the reference, in percent: (implied / reference − 1) × 100. */
  readonly deviationPct: Decimal;
  /** How far the reference lies outside the implied interval, in percent of its nearer end; null when inside. */
  readonly outsideByPct: Decimal | null;
  /** How far it lies outside the tight interval (`implied.tight`), in percent of its nearer end; null when inside. */
  readonly outsideTightByPct: Decimal | null;
  readonly verdict: Verdict;
  /** The full lookup, with legs and provenance. */
  readonly rate: RateQuote;
}

/** A source that quotes both currencies but has no usable rate on the date. */
export interface SkippedSource {
  readonly source: string;
  readonly code: ErrorCode;
  readonly reason: string;
}

/** A rate on a named day. */
export interface DatedRate {
  readonly date: IsoDate;
  /** `quote` per 1 `base`, in the implied rate's direction. */
  readonly value: Decimal;
  /** Calendar days from the checked date (positive: after it; negative: before it). */
  readonly daysAway: number;
}

/** A mistake that would explain an inconsistent pair, found in one source's rates. */
export type DiagnosisFinding =
  | {
      /** The writer used the rate the wrong way round (multiplied where they should have divided). */
      readonly kind: 'inverted';
      readonly source: string;
      /** 1 / reference, in the implied rate's direction. */
      readonly value: Decimal;
      readonly verdict: Exclude<RateVerdict, 'inconsistent'>;
      readonly explanation: string;
    }
  | {
      /** The implied rate is the reference times (or divided by) a power of ten. */
      readonly kind: 'factor';
      readonly source: string;
      /** 10, 100 or 1000. */
      readonly factor: number;
      /** 'larger': implied ≈ reference × factor; 'smaller': implied ≈ reference / factor. */
      readonly direction: 'larger' | 'smaller';
      /** reference × or ÷ factor. */
      readonly value: Decimal;
      readonly verdict: Exclude<RateVerdict, 'inconsistent'>;
      readonly explanation: string;
    }
  | {
      /** The figures fit another currency's rate: one figure was converted at the wrong currency's rate. */
      readonly kind: 'other-currency';
      readonly source: string;
      /** The currency whose rate fits. */
      readonly currency: CurrencyCode;
      /** The currency of the pair it stands in for. */
      readonly replaces: CurrencyCode;
      /** That rate: units of `quote` per 1 `base`. */
      readonly base: CurrencyCode;
      readonly quote: CurrencyCode;
      readonly value: Decimal;
      readonly observedDate: IsoDate;
      /** Always consistent: another currency's rate is named only when it lies inside the interval. */
      readonly verdict: 'consistent';
      readonly explanation: string;
    }
  | {
      /** The source's rate fits on other days: a stale (or later) rate; the nearest such days. */
      readonly kind: 'other-date';
      readonly source: string;
      /** The nearest earlier day whose rate lies inside the interval (null: none within the search). */
      readonly before: DatedRate | null;
      /** The nearest later day whose rate lies inside the interval (null: none within the search). */
      readonly after: DatedRate | null;
      /** The days searched, as far as the source's coverage allowed. */
      readonly searched: DateRange;
      readonly explanation: string;
    };

/** What could explain an inconsistent pair. */
export interface Diagnosis {
  /** In order: inverted, factor, other-currency, other-date; each names its source. Empty if nothing fits. */
  readonly findings: readonly DiagnosisFinding[];
  /** The findings in words, or what was tried when nothing fits. */
  readonly summary: string;
}

/** Everything `dealcalc check` reports about a pair of figures. */
export interface CheckResult {
  /** The two figures, in the order given. */
  readonly figures: readonly [CheckedFigure, CheckedFigure];
  readonly implied: ImpliedRate;
  /** The date asked for. */
  readonly date: IsoDate;
  readonly policy: LookupPolicy;
  readonly maxAgeDays: number;
  readonly tolerancePct: Decimal;
  /** How far from its written value a side may be taken for a `consistent` verdict, in percent. */
  readonly roundingLimitPct: Decimal;
  readonly windowDays: number;
  /** One entry per source that has a rate for the pair on the date, in preference order. */
  readonly references: readonly SourceCheck[];
  /** Sources that quote both currencies but have no usable rate on the date, with the reason. */
  readonly skipped: readonly SkippedSource[];
  /** The best verdict among the references. */
  readonly verdict: Verdict;
  /** The source of the best verdict (the earlier in preference order on a tie). */
  readonly source: string;
  /** The finding in words a reader can quote. */
  readonly explanation: string;
  /** The days searched for matching dates: the date ± windowDays. */
  readonly window: DateRange;
  /** Per source id: the runs of observation days in the window whose rate lies inside the tight interval. */
  readonly matchingDates: Readonly<Record<string, readonly DateRange[]>>;
  /** What could explain the pair, when the verdict is inconsistent or fits-only-by-rounding; null otherwise. */
  readonly diagnosis: Diagnosis | null;
}
