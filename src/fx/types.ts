import type { Decimal } from '../money/decimal.js';
import type { CurrencyCode } from '../money/currency.js';

/** A calendar day as ISO text, "YYYY-MM-DD"; these sort as strings. */
export type IsoDate = string;

/**
 * One published rate: on `date`, 1 `base` = `value` `quote` (hledger's convention).
 * CHUS on 2017-11-15 is { base: USD, quote: CNY, value: 6.62 }.
 */
export interface RateObservation {
  readonly date: IsoDate;
  readonly base: CurrencyCode;
  readonly quote: CurrencyCode;
  readonly value: Decimal;
}

/** One currency's dated series within a source, in the direction it was published. */
export interface RateSeries {
  /** The source's own series id, e.g. "CHUS" (fred-h10) or "CNY" (imf). */
  readonly id: string;
  /** The non-pivot currency of the series. */
  readonly currency: CurrencyCode;
  readonly base: CurrencyCode;
  readonly quote: CurrencyCode;
  /** How many observations the series holds. */
  readonly size: number;
  /** The date of observation `index` (0 ≤ index < size); dates ascend strictly. */
  dateAt(index: number): IsoDate;
  /** The published value of observation `index`, as decimal text (kept as text until used). */
  valueAt(index: number): string;
  /**
   * The date of observation `index` as the number YYYYMMDD, which orders as dateAt does, for
   * merging whole series without making a string per row; checked as dateAt checks it.
   */
  dateCodeAt?(index: number): number;
  /**
   * The day number (see toDayNumber) of observations [from, to) (default: every one), in order,
   * read in one pass; null when a row is not plainly "YYYY-MM-DD," with a real day (dateAt then
   * says which, and why).
   */
  dayNumbers?(from?: number, to?: number): Int32Array | null;
  /**
   * Rows whose index is a multiple of this are read at once; the others a block at a time (a
   * shipped table, see rowBlocks.ts): a search probes those rows first, then one block.
   */
  readonly blockRows?: number;
  /** Caveats about the series (redenominations, rescaling), from the manifest; quoted in errors. */
  readonly notes?: string;
}

/** Which rule explains the days a source publishes no rate. */
export type CalendarId = 'us-federal-reserve' | 'ecb-target' | 'none';

/** Description of a rate source: what a rate means and where it came from. */
export interface SourceInfo {
  /** Stable id, e.g. "fred-h10". */
  readonly id: string;
  /** Full name, e.g. "Fed H.10 noon buying rate, New York". */
  readonly name: string;
  /** What one rate means, in a sentence. */
  readonly meaning: string;
  /** The currency every series is quoted against ("USD", or "XDR" for the SDR). */
  readonly pivot: CurrencyCode;
  /** Which calendar names the days without a rate. */
  readonly calendar: CalendarId;
  readonly attribution: string;
  /** First date of the whole table (optional: imported tables may not say). */
  readonly firstDate?: IsoDate;
  /** Last date of the whole table, and how to get newer rates (for the error past it). */
  readonly lastDate: IsoDate;
  readonly updateHint: string;
  /** Caveats about the whole source, from the manifest. */
  readonly notes?: string;
}

/** Series available in a source, by non-pivot currency; loaded lazily so only needed tables are read. */
/**
 * The sources a lookup chooses among, in preference order: what a conversion or a history needs
 * of a rate store (store/rateStore.ts builds one from a manifest; it is declared here so that fx/
 * does not depend on store/).
 */
export interface RateSources {
  /** Every source, in preference order. */
  readonly sources: readonly RateSource[];
  /** The source with this id; SOURCE_UNKNOWN naming the known ids otherwise. */
  source(id: string): RateSource;
}

export interface RateSource {
  readonly info: SourceInfo;
  /** Currencies the source has a series for (the pivot included, implicitly). */
  readonly currencies: readonly CurrencyCode[];
  /** Returns the series for a currency (loaded on demand). Throws DATA_CORRUPT if its table is bad. */
  series(currency: CurrencyCode): RateSeries;
  /**
   * The last day of a currency's series as the store's manifest records it, without reading the
   * series (so that choosing the freshest source reads no table it will not use); absent when
   * the source cannot tell without reading.
   */
  lastDateOf?(currency: CurrencyCode): IsoDate | undefined;
}

/** How a missing day is filled. */
export type LookupPolicy = 'exact' | 'previous' | 'next' | 'nearest' | 'interpolate';

/** Why a source has no rate on a day. */
export interface GapReason {
  readonly date: IsoDate;
  /** weekend; a named holiday of the source's calendar; or nothing a rule names. */
  readonly kind: 'weekend' | 'holiday' | 'unexplained';
  /** "Saturday", "Thanksgiving Day", "no rule names this closure". */
  readonly name: string;
}

/** A run of days without a rate, counted by reason (for spans too long to list day by day). */
export interface GapSpan {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly days: number;
  readonly weekends: number;
  readonly holidays: number;
  readonly unexplained: number;
}

/** One published series used for a rate, with the day asked for and the day observed. */
export interface RateLeg {
  readonly seriesId: string;
  readonly base: CurrencyCode;
  readonly quote: CurrencyCode;
  /** The published value (or the interpolated one), units of quote per 1 base. */
  readonly value: Decimal;
  readonly requestedDate: IsoDate;
  /** The observation day used (for interpolate: the requested day). */
  readonly observedDate: IsoDate;
  /** For interpolate: the two observations the value lies between. */
  readonly between?: readonly [IsoDate, IsoDate];
  /**
   * The days from the requested day to the observed one that have no rate, each explained;
   * listed when there are at most 31 of them (gapSpan counts them either way).
   */
  readonly gaps: readonly GapReason[];
  /** The same days counted by reason; absent when there are none. */
  readonly gapSpan?: GapSpan;
}

/** A rate ready to convert with, and everything needed to cite it. */
export interface RateQuote {
  /** Convert from this currency … */
  readonly from: CurrencyCode;
  /** … to this one. */
  readonly to: CurrencyCode;
  /** The rate as shown: 1 base = value quote. For one series, its published direction; for a cross, from → to. */
  readonly base: CurrencyCode;
  readonly quote: CurrencyCode;
  readonly value: Decimal;
  /** identity: same currency, no rate; direct: one series, used as published or divided by (inverse); cross: two series through the pivot. */
  readonly derivation: 'identity' | 'direct' | 'inverse' | 'cross';
  readonly source: SourceInfo;
  readonly requestedDate: IsoDate;
  /** The observation day (for a cross whose legs differ, the earlier of the two). */
  readonly observedDate: IsoDate;
  readonly policy: LookupPolicy;
  readonly maxAgeDays: number;
  /** One leg for a direct rate, two for a cross (from-leg first). */
  readonly legs: readonly RateLeg[];
  /** How the day was chosen, e.g. "2017-11-18 is a Saturday; used 2017-11-17, the latest rate on or before it (policy previous)". Empty when the day asked for had a rate. */
  readonly note: string;
  /** How the rate was applied: "CHUS is published as 1 USD = 6.62 CNY; CNY → USD divides by it", or the two legs of a cross. Empty for a rate used as published. */
  readonly derivationNote: string;
}
