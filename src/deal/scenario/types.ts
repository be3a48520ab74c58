/**
 * The scenario model (what a scenario file says, read and checked) and the result of running it.
 * Every figure keeps the text it was read from and its key path; every result figure is an
 * exact Decimal (JSON.stringify writes it as a string).
 */
import type { ErrorInfo } from '../../errors.js';
import type { IsoDate, LookupPolicy, RateQuote } from '../../fx/types.js';
import type { CurrencyCode } from '../../money/currency.js';
import type { Decimal } from '../../money/decimal.js';
import type { Money } from '../../money/money.js';
import type { ScenarioDocument } from './document.js';
import type { Compounding, CompoundingPeriod, DayCount } from './interest.js';
import type { ScenarioExit, ShareClassTerms } from './waterfall/terms.js';
import type { Breakpoint, ClassTable, ExitResult } from './waterfall/result.js';

// ─── the scenario ────────────────────────────────────────────────────────────────────────────

/** A post-money SAFE (YC, 2018), a pre-money SAFE (YC, 2013) or a convertible note. */
export type ConvertibleType = 'safe-post' | 'safe-pre' | 'note';

/**
 * How a priced round sets its price when convertibles convert in it (see runScenario):
 * percentage-ownership p = pre / (pre-money count + conversion shares);
 * pre-money p = pre / pre-money count; dollars-invested p = (pre + converting amounts) / (pre-money
 * count + conversion shares), i.e. (pre + converting amounts + new money) / all shares after the round.
 */
/** What a pre-money cap is divided by (see ScenarioConvertible.capitalization). */
export type PreCapCapitalization = 'with-pool-increase' | 'pre-money-count' | 'without-pool-increase';

export type PricingConvention = 'percentage-ownership' | 'pre-money' | 'dollars-invested';

/** Whether the pool top-up is counted in the pre-money (dilutes existing holders only) or after it (dilutes everyone). */
export type PoolPlacement = 'pre-money' | 'post-money';

/** How fractional shares become whole: floor (the default), ceil, round (half up), half-even. */
export type ShareRounding = 'floor' | 'ceil' | 'round' | 'half-even';

/** How a price per share is rounded: `none`, or to a number of decimals ("4dp", "5dp-up", "4dp-down", "4dp-half-up"). */
export interface PriceRounding {
  /** As written (or the default): "none", "4dp", "5dp-up". */
  readonly text: string;
  /** Decimals kept; null for none. */
  readonly decimals: number | null;
  /** "Ndp" is half-even (the house rule); "-up" rounds up, "-down" down, "-half-up" halves up. */
  readonly mode: 'half-even' | 'up' | 'down' | 'half-up';
}

/** A money figure of the scenario, as written and as read. */
export interface ScenarioFigure {
  /** Its key path, e.g. "rounds[0].investors[1].amount". */
  readonly path: string;
  /** The text as written: "$8M", "€1.7M", "15亿元". */
  readonly text: string;
  readonly amount: Decimal;
  readonly currency: CurrencyCode;
  /** How a currency was decided when the text alone did not say: 'a bare "$" is read as US dollars', or that the scenario's currency was used. */
  readonly assumption: string | null;
}

/** A percentage of the scenario ("20%"), as written. */
export interface ScenarioPercent {
  readonly path: string;
  readonly text: string;
  /** In percent: "12.5%" → 12.5. */
  readonly percent: Decimal;
}

/** How foreign-currency figures are converted (as for `convert`). */
export interface ScenarioFxSettings {
  /** The one rate source to use, or null for the preferred order (fred-h10, then imf). */
  readonly source: string | null;
  readonly policy: LookupPolicy;
  readonly maxAgeDays: number;
}

/** A holder of the cap table before the first round. */
export interface ScenarioHolder {
  readonly path: string;
  readonly name: string;
  readonly shares: Decimal;
  /** common (the default), options, or a series of `classes`. */
  readonly holdingClass: string;
  /** Options' exercise price a share (null: not stated). */
  readonly strike: ScenarioFigure | null;
  /** Has pro-rata rights: buys its pro-rata share of each round's new-money shares (see proRata.ts). */
  readonly proRata: boolean;
  /** `proRata: { take: FIGURE }`: buys that amount of its pro-rata in each round (absent or null: all of it). */
  readonly proRataTake?: ScenarioFigure | null;
}

/** A convertible outstanding before the rounds. */
export interface ScenarioConvertible {
  readonly path: string;
  readonly name: string;
  /** Whose row the conversion shares join (default: the convertible's name). */
  readonly holder: string;
  readonly type: ConvertibleType;
  /** The purchase amount (SAFE) or principal (note). */
  readonly amount: ScenarioFigure;
  /** Valuation cap: post-money for safe-post, pre-money for safe-pre and notes. */
  readonly cap: ScenarioFigure | null;
  /** Discount off the round price ("20%": converts at 80% of it). */
  readonly discount: ScenarioPercent | null;
  /** Annual interest rate (notes only). */
  readonly interest: ScenarioPercent | null;
  /** Day of issue; notes accrue from it, and it may not be after the round it converts in. */
  readonly start: IsoDate | null;
  readonly compounding: Compounding;
  readonly compoundingPeriod: CompoundingPeriod;
  readonly dayCount: DayCount;
  /** Most favoured nation: may take the terms of a convertible issued after it, before the round. */
  readonly mfn: boolean;
  /** Index of the round it converts in (default the first), or null when there is no round. */
  readonly convertsIn: number | null;
  /** The series its shares join: the round's (default), or a shadow series at its conversion price. */
  readonly series: 'round' | 'shadow';
  /**
   * What a pre-money cap is divided by (safe-pre, note): 'with-pool-increase' (default for safe-pre:
   * the 2013 safe's Company Capitalization counts the pool increase created in connection with the
   * financing, even one placed after the money), 'pre-money-count' (default for notes: the pool
   * increase only where the round counts it in the pre-money), 'without-pool-increase'. Null for safe-post.
   */
  readonly capitalization: PreCapCapitalization | null;
  /** True when the file wrote `capitalization` (else the default was applied and is said). */
  readonly capitalizationStated: boolean;
  /** A note's maturity date (null: none stated). */
  readonly maturity: IsoDate | null;
  /** Past maturity: 'interest-stops' (accrues to the maturity date only) or 'outstanding' (default: the note stays outstanding and keeps accruing until it converts). */
  readonly atMaturity: 'interest-stops' | 'outstanding';
}

/** The pool a round tops up to. */
export type PoolTarget =
  | { readonly kind: 'percent'; readonly percent: ScenarioPercent }
  | { readonly kind: 'shares'; readonly shares: Decimal; readonly text: string };

/** One priced round. */
export interface ScenarioRound {
  readonly path: string;
  readonly name: string;
  readonly date: IsoDate;
  /** The one price term the round states. */
  readonly price: {
    readonly basis: 'preMoney' | 'postMoney' | 'pricePerShare';
    readonly figure: ScenarioFigure;
  };
  readonly pool: { readonly target: PoolTarget; readonly placement: PoolPlacement } | null;
  /** Required when convertibles convert in the round and its price is a valuation; else null. */
  readonly convention: PricingConvention | null;
  readonly rounding: {
    readonly shares: ShareRounding;
    readonly price: PriceRounding;
    readonly conversionPrice: PriceRounding;
    /** False when the round states no rounding and the defaults (shares floor, price none) apply. */
    readonly stated: boolean;
  };
  readonly investors: readonly {
    readonly path: string;
    readonly name: string;
    readonly amount: ScenarioFigure;
    /** Has pro-rata rights in the rounds after this one (see proRata.ts). */
    readonly proRata: boolean;
    /** `proRata: { take: FIGURE }`: buys that amount of its pro-rata in each later round (absent or null: all of it). */
    readonly proRataTake?: ScenarioFigure | null;
  }[];
  readonly secondaries: readonly {
    readonly path: string;
    readonly seller: string;
    readonly buyer: string;
    readonly shares: Decimal;
    readonly price: ScenarioFigure;
    /** The class sold; null: the seller's one class, or common first then junior series. */
    readonly holdingClass: string | null;
  }[];
  readonly grants: readonly {
    readonly path: string;
    readonly holder: string;
    readonly shares: Decimal;
    /** The exercise price a share (null: not stated). */
    readonly strike: ScenarioFigure | null;
  }[];
}

/** A scenario read and checked: ready for runScenario. */
export interface Scenario {
  readonly name: string | null;
  /** The reporting currency: every figure is converted into it at its round's date. */
  readonly currency: CurrencyCode;
  readonly fx: ScenarioFxSettings;
  readonly holders: readonly ScenarioHolder[];
  /** Unallocated option pool before the first round. */
  readonly pool: { readonly shares: Decimal };
  readonly convertibles: readonly ScenarioConvertible[];
  readonly rounds: readonly ScenarioRound[];
  /** The preferred series the file lists (a round's series needs no entry). */
  readonly classes: readonly ShareClassTerms[];
  /** The exit values asked about (`exit`, then `exits`). */
  readonly exits: readonly ScenarioExit[];
  /** Defaults that were applied, each said in a sentence (rounding, interest day count, fx policy). */
  readonly defaults: readonly string[];
  /** The document it was read from (for overrides). */
  readonly document: ScenarioDocument;
}

// ─── the result ──────────────────────────────────────────────────────────────────────────────

/** One row of a pro-forma table. */
export interface CapTableRow {
  readonly holder: string;
  /** 'pool' for the unallocated option pool, whose row is named "Option pool". */
  readonly kind: 'holder' | 'pool';
  readonly shares: Decimal;
  /** Percent of the fully diluted shares (see PERCENT_DECIMALS for how the column sums to 100). */
  readonly percent: Decimal;
  /** Against the table before the round (a new row changes from 0). */
  readonly change: { readonly shares: Decimal; readonly percentPoints: Decimal };
}

/** A figure converted into the reporting currency, with the rate and its provenance. */
export interface ScenarioFxUse {
  readonly path: string;
  readonly text: string;
  readonly from: Money;
  readonly to: Money;
  readonly rate: RateQuote;
  /** Preferred sources passed over because the day is outside their coverage. */
  readonly passedOver: readonly { readonly source: string; readonly reason: string }[];
}

/** A price a convertible could convert at. */
export interface PriceCandidate {
  readonly term: 'cap' | 'discount' | 'round-price';
  /** Unrounded. */
  readonly price: Decimal;
  /** Whose terms offered it: the convertible itself, or (MFN) a later one. */
  readonly from: string;
  /** For a cap: the capitalization it is divided by. */
  readonly capitalization?: Decimal;
  /** For a cap: what that capitalization counts, in words (the convention named). */
  readonly capitalizationRule?: string;
}

/** How a note's interest was counted. */
export interface AccrualReport {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly rate: Decimal;
  readonly dayCount: DayCount;
  readonly compounding: Compounding;
  readonly compoundingPeriod: CompoundingPeriod;
  readonly periods: number;
  readonly stubYears: Decimal;
  /** Actual days from start to end (the day count may count others: 30/360). */
  readonly days: number;
  /** The year fraction the day count gives (simple interest: the whole period). */
  readonly years: Decimal;
}

/** One convertible converting in a round. */
export interface ConversionResult {
  readonly name: string;
  readonly holder: string;
  readonly type: ConvertibleType;
  readonly principal: Decimal;
  readonly interest: Decimal;
  /** Principal plus interest, in the reporting currency: what converts. */
  readonly amount: Decimal;
  readonly accrual: AccrualReport | null;
  readonly candidates: readonly PriceCandidate[];
  /** The term that gave the most shares (the lowest price). */
  readonly term: 'cap' | 'discount' | 'round-price';
  readonly termFrom: string;
  /** The conversion price after the round's conversion-price rounding. */
  readonly price: Decimal;
  readonly shares: Decimal;
  /** The rounding applied to the conversion price, in words ('none', '4dp half-up'). */
  readonly priceRounding: string;
  /** The note's maturity and what happened past it (null: no maturity stated). */
  readonly maturity: {
    readonly date: IsoDate;
    readonly atMaturity: 'interest-stops' | 'outstanding';
    /** Days the conversion is past maturity (0 if not past). */
    readonly daysPast: number;
  } | null;
  /** Said when the conversion is past the note's maturity. */
  readonly warning: string | null;
}

/** What rounding did to the post-money identity, share by share. */
export interface RoundingEffect {
  readonly what: string;
  /** Shares the exact solution gives (a fraction). */
  readonly exactShares: Decimal;
  readonly shares: Decimal;
  /** (shares − exactShares) × the exact price. */
  readonly valueAtPrice: Decimal;
}

/** price × fully diluted shares against the post-money the terms define, computed. */
export interface PostMoneyIdentity {
  readonly pricePerShare: Decimal;
  readonly fullyDilutedShares: Decimal;
  readonly product: Decimal;
  /** The post-money the terms define, from its components. */
  readonly postMoney: Decimal;
  readonly components: readonly { readonly label: string; readonly value: Decimal }[];
  /** product − postMoney, exactly. */
  readonly difference: Decimal;
  readonly holds: boolean;
  /** (rounded price − exact price) × fully diluted shares. */
  readonly priceRounding: Decimal;
  readonly rounding: readonly RoundingEffect[];
  /** The identity in a sentence: whether it holds, else by how much and why. */
  readonly explanation: string;
}

/** One round's answer. */
export interface RoundResult {
  readonly name: string;
  readonly date: IsoDate;
  readonly convention: PricingConvention | 'price-given' | 'no-conversions';
  /** The price formula used, with its figures. */
  readonly formula: string;
  readonly pricePerShare: Decimal;
  /** Before the round's price rounding. */
  readonly pricePerShareExact: Decimal;
  readonly rounding: ScenarioRound['rounding'];
  /** The pre-money as stated (or post − new money, or price × pre-money count when the price is given). */
  readonly preMoney: Decimal;
  /** The post-money the terms define (see identities.postMoney for price × fully diluted shares). */
  readonly postMoney: Decimal;
  /** The round price × the shares held before the round: what the existing holders' stake is priced at. */
  readonly effectivePreMoney: Decimal;
  readonly newMoney: Decimal;
  readonly conversions: readonly ConversionResult[];
  readonly pool: {
    readonly before: Decimal;
    readonly increase: Decimal;
    readonly after: Decimal;
    readonly target: { readonly kind: 'percent' | 'shares'; readonly value: Decimal } | null;
    readonly placement: PoolPlacement | null;
    /** Percent of the fully diluted shares after the round (after grants). */
    readonly percent: Decimal;
    readonly note: string | null;
  };
  readonly newShares: readonly {
    readonly investor: string;
    readonly amount: Decimal;
    readonly shares: Decimal;
  }[];
  /**
   * Pro-rata rights taken (each also listed in newShares): its fully diluted percent before the
   * round, the new-money shares it buys (its percent of them all), their price, and its percent after.
   */
  readonly proRata: readonly {
    readonly holder: string;
    readonly percentBefore: Decimal;
    readonly shares: Decimal;
    readonly amount: Decimal;
    /** Its whole pro-rata allocation in money (equal to amount when it takes all of it). */
    readonly allocation: Decimal;
    /** The amount its right says it takes, as written (null: all of its allocation). */
    readonly take: string | null;
    /** Its percent of all the round's new-money shares (percentBefore when it takes all of its allocation). */
    readonly percentOfNewShares: Decimal;
    readonly percentAfter: Decimal;
  }[];
  readonly grants: readonly { readonly holder: string; readonly shares: Decimal }[];
  readonly secondaries: readonly {
    readonly seller: string;
    readonly buyer: string;
    readonly shares: Decimal;
    readonly price: Decimal;
    readonly amount: Decimal;
    /** Percent above (+) or below (−) the round price. */
    readonly premiumPercent: Decimal;
  }[];
  readonly fullyDiluted: Decimal;
  readonly table: readonly CapTableRow[];
  /**
   * Extra common shares this round's anti-dilution adjustments give (as converted, rounded down per
   * holding): counted in this table and fullyDiluted, and in later rounds' counts and prices.
   */
  readonly antiDilutionShares?: readonly {
    readonly holder: string;
    readonly class: string;
    readonly shares: Decimal;
  }[];
  readonly identities: {
    readonly postMoney: PostMoneyIdentity;
    readonly percentages: { readonly sum: Decimal; readonly holds: boolean; readonly method: string };
  };
  readonly fx: readonly ScenarioFxUse[];
}

/** A convertible that no round converted. */
export interface OutstandingConvertible {
  readonly name: string;
  readonly type: ConvertibleType;
  readonly amount: Money;
  readonly why: string;
}

/** The answer of runScenario: every round in order, and the final table. */
export interface ScenarioResult {
  readonly name: string | null;
  readonly currency: CurrencyCode;
  readonly initialTable: readonly CapTableRow[];
  readonly rounds: readonly RoundResult[];
  /** The final pro-forma table (after the last round). */
  readonly holders: readonly CapTableRow[];
  readonly fullyDiluted: Decimal;
  readonly outstanding: readonly OutstandingConvertible[];
  /** How each figure was read: the text, the value and currency, and any assumption. */
  readonly readings: readonly ScenarioFigure[];
  /** Defaults applied and the reading rules, each in a sentence. */
  readonly assumptions: readonly string[];
  /** The final table by holder and class, with each class's terms. */
  readonly classTable: ClassTable;
  /** Each exit asked about, divided (empty when none is asked). */
  readonly exits: readonly ExitResult[];
  /** Exit values where a class's payout changes slope (with exits asked about). */
  readonly breakpoints: readonly Breakpoint[];
}

/** An input error with the key path it concerns. */
export type ScenarioErrorInfo = ErrorInfo & { readonly path: string };
