/**
 * Stakes and implied valuations: what a request says and what an answer holds. Result types map
 * one-to-one onto the JSON keys of `dealcalc stake` / `dealcalc implied` (issue 8), so a JSON
 * renderer is a plain mapping: decimals to strings, everything else as is. Percentages are in
 * percent (1.6% → 1.6), money in the reporting currency unless a field says otherwise.
 */
import type { Decimal } from '../money/decimal.js';
import type { CurrencyCode } from '../money/currency.js';
import type { QuotedFigure, QuotedPercent } from '../parse/types.js';
import type { Interval } from '../quantity/interval.js';
import type { IsoDate, LookupPolicy, RateQuote } from '../fx/types.js';

/** Whether a valuation is before the new money (pre), after it (post), or the story does not say. */
export type ValuationBasis = 'pre' | 'post' | 'ambiguous';

/** The basis of one reading of the valuation. */
export type ReadingBasis = 'pre' | 'post';

/**
 * What the money buys: newly issued shares (primary, the default), existing shares from holders
 * (secondary), or both at one price per share (mixed: `primaryPart` of the investment is new money,
 * the rest buys existing shares).
 */
export type DealStructure =
  | { readonly kind: 'primary' }
  | { readonly kind: 'secondary' }
  | { readonly kind: 'mixed'; readonly primaryPart: QuotedFigure };

/** One investor's money, named or not. */
export interface InvestmentInput {
  readonly name?: string;
  readonly figure: QuotedFigure;
}

/** An existing holder and the percentage of the company it held before the deal. */
export interface HolderInput {
  readonly name: string;
  readonly percent: QuotedPercent;
  /** Whether it sells shares in a secondary purchase (several sellers sell pro rata to their holdings). */
  readonly sells?: boolean;
}

/** How rates are looked up: policy and maximum age as for `lookupRate`; `source` restricts to one source id. */
export interface DealLookupOptions {
  readonly policy?: LookupPolicy;
  readonly maxAgeDays?: number;
  readonly source?: string;
}

/** The question `stake()` answers: what stake does this money buy at this valuation? */
export interface StakeRequest {
  /** One or several investors' money in one round. */
  readonly investments: readonly InvestmentInput[];
  readonly valuation: QuotedFigure;
  /** pre-money, post-money, or ambiguous (both readings are given). */
  readonly basis: ValuationBasis;
  /** Default: primary (all new money), said in the assumptions. */
  readonly structure?: DealStructure;
  readonly holders?: readonly HolderInput[];
  /** The day figures in other currencies are converted on; without it, the latest rates (said in the assumptions). */
  readonly date?: IsoDate;
  /** The reporting currency; default the valuation's currency. */
  readonly currency?: CurrencyCode;
  readonly lookup?: DealLookupOptions;
}

/** The question `impliedValuation()` answers: what valuation does this money for this stake imply? */
export interface ImpliedRequest {
  readonly investment: QuotedFigure;
  readonly stake: QuotedPercent;
  /** Default: primary (all new money), said in the assumptions. */
  readonly structure?: DealStructure;
  readonly date?: IsoDate;
  /** The reporting currency; default the investment's currency. */
  readonly currency?: CurrencyCode;
  readonly lookup?: DealLookupOptions;
}

/**
 * An amount with the range it may stand for. JSON: {"amount","currency","low","high","lowOpen","highOpen"};
 * `null` is an unbounded end; an open end is excluded (strict).
 */
export interface MoneyRange extends Interval {
  /** The value at the figures as written (full precision). */
  readonly amount: Decimal;
  readonly currency: CurrencyCode;
}

/** A percentage with its range, in percent. JSON: {"percent","low","high","lowOpen","highOpen"}. */
export interface PercentRange extends Interval {
  /** The value at the figures as written, in percent. */
  readonly percent: Decimal;
}

/** One investor's money and the stake it buys (percent of the company after the deal). */
export interface InvestorStake {
  readonly name: string | null;
  /** In the reporting currency. */
  readonly investment: MoneyRange;
  readonly stake: PercentRange;
}

/**
 * An existing holder before and after the deal. before − after = sold + dilutionPoints: what it
 * sold (secondary) plus what new shares took from the rest (dilution).
 */
export interface HolderChange {
  /** null: the holders not named, the rest of the company up to 100%. */
  readonly name: string | null;
  readonly sells: boolean;
  /** Percent of the company before the deal. */
  readonly before: PercentRange;
  /** Percent of the company after the deal. */
  readonly after: PercentRange;
  /** Percentage points of the company (before the deal) sold to the investors; null for a holder that does not sell. */
  readonly sold: PercentRange | null;
  /** Dilution in percentage points: how much of the company new shares took from what the holder kept. */
  readonly dilutionPoints: PercentRange;
  /** Relative dilution, in percent of the holding kept: the new shares' share of the company after the deal. */
  readonly dilutionRelative: PercentRange;
}

/** The new-money or the existing-shares part of a deal: which part dilutes, and the valuation each implies. */
export interface DealPart {
  readonly kind: 'primary' | 'secondary';
  readonly amount: MoneyRange;
  /** Percent of the company after the deal that this part buys. */
  readonly stake: PercentRange;
  /** The company's value this part's price implies: post-money for new shares, pre-money for existing ones. */
  readonly valuation: MoneyRange;
  readonly valuationBasis: ReadingBasis;
  /** New shares dilute every holder; existing shares change hands without dilution. */
  readonly dilutes: boolean;
  readonly label: string;
}

/** One reading of the valuation (pre- or post-money) and everything it implies. */
export interface StakeReading {
  readonly basis: ReadingBasis;
  /** What the reading assumes, in a sentence, e.g. 'post-money: "more than $2 billion" includes the new money'. */
  readonly label: string;
  readonly postMoney: MoneyRange;
  readonly preMoney: MoneyRange;
  /** All investors together. */
  readonly stake: PercentRange;
  readonly investors: readonly InvestorStake[];
  readonly holders: readonly HolderChange[];
  /** The primary and/or secondary part of the deal. */
  readonly parts: readonly DealPart[];
  /** What the reader must know about these ranges (ranges the figures allow but the deal cannot, conservative ranges). */
  readonly notes: readonly string[];
}

/** A rate used to convert figures into the reporting currency, with the sources passed over to find it. */
export interface DealRate {
  readonly rate: RateQuote;
  readonly passedOver: readonly { readonly source: string; readonly reason: string }[];
  /** The texts of the figures converted at this rate. */
  readonly figures: readonly string[];
}

/** How one quoted figure of the request was read and, for money, converted. */
export interface FigureRead {
  readonly role: 'investment' | 'valuation' | 'primary part' | 'stake' | 'holder';
  /** The investor's or holder's name, when it has one. */
  readonly name: string | null;
  readonly text: string;
  /** The parser's reading rule. */
  readonly reading: string;
  /** An assumption made in reading it (a bare "$" read as USD; a figure without currency). */
  readonly assumption: string | null;
  /** A money figure as written, in its own currency. */
  readonly written: MoneyRange | null;
  /** A money figure in the reporting currency, when that differs from its own. */
  readonly converted: MoneyRange | null;
  /** A percentage as written. */
  readonly percent: PercentRange | null;
}

/** Everything `dealcalc stake` prints. With an ambiguous valuation the top-level reading fields are null: see `readings`. */
export interface StakeResult {
  /** "both" when the valuation was ambiguous and both readings are given. */
  readonly basis: 'pre' | 'post' | 'both';
  readonly structure: DealStructure['kind'];
  readonly currency: CurrencyCode;
  /** The day figures were converted on; null when every figure was already in the reporting currency. */
  readonly date: IsoDate | null;
  /** All investors' money together, in the reporting currency. */
  readonly investment: MoneyRange;
  /** The valuation in the reporting currency. */
  readonly valuation: MoneyRange;
  readonly postMoney: MoneyRange | null;
  readonly preMoney: MoneyRange | null;
  readonly stake: PercentRange | null;
  readonly investors: readonly InvestorStake[] | null;
  readonly holders: readonly HolderChange[] | null;
  readonly parts: readonly DealPart[] | null;
  /** One reading per basis: the post-money reading first when both are given. */
  readonly readings: readonly StakeReading[];
  readonly fx: readonly DealRate[];
  readonly figures: readonly FigureRead[];
  /** Every assumption made, in a sentence each (defaults included). */
  readonly assumptions: readonly string[];
}

/** Everything `dealcalc implied` prints. */
export interface ImpliedResult {
  readonly structure: DealStructure['kind'];
  readonly currency: CurrencyCode;
  readonly date: IsoDate | null;
  readonly investment: MoneyRange;
  readonly stake: PercentRange;
  /** investment ÷ stake. */
  readonly postMoney: MoneyRange;
  /** post-money − new money (equal to post-money for a secondary purchase). */
  readonly preMoney: MoneyRange;
  readonly parts: readonly DealPart[];
  readonly fx: readonly DealRate[];
  readonly figures: readonly FigureRead[];
  readonly assumptions: readonly string[];
  readonly notes: readonly string[];
}
