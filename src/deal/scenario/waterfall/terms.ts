/**
 * Share classes as a scenario file states them, and the exits it asks about: the model
 * parseScenario reads (see readClasses.ts) and the waterfall takes.
 */
import type { IsoDate } from '../../../fx/types.js';
import type { Decimal } from '../../../money/decimal.js';
import type { ScenarioFigure } from '../types.js';

/** What a preferred share takes besides its preference: nothing, a full pro rata share, or a share up to a cap. */
export type Participation =
  | { readonly kind: 'none' }
  | { readonly kind: 'full' }
  /** Capped: the preference plus participation stop at `multiple` × the issue price a share. */
  | { readonly kind: 'capped'; readonly multiple: Decimal; readonly text: string };

/** A preferred series as the file's `classes:` list states it (every key but the name optional). */
export interface ShareClassTerms {
  readonly path: string;
  readonly name: string;
  /** The original issue price a share; null for a round's series: the round's price. */
  readonly issuePrice: ScenarioFigure | null;
  /** Liquidation preference as a multiple of the issue price ("1x", "1.5x"); null: 1x. */
  readonly preference: Decimal | null;
  /** null: none (non-participating). */
  readonly participation: Participation | null;
  /** Rank: a higher number is paid first; equal ranks share pari passu. null: by order (below). */
  readonly seniority: number | null;
  /** True: the same rank as the most senior series before it, rather than above it. */
  readonly pariPassu: boolean;
  /** Common shares per preferred share; null: 1. */
  readonly conversionRatio: Decimal | null;
  /** Price protection on a later round below its conversion price; null: none. */
  readonly antiDilution: AntiDilution | null;
  /** What a narrow-based A counts (`narrowBase`); null: not stated, the default (NARROW_BASE_DEFAULT). */
  readonly narrowBase?: NarrowBase | null;
}

/**
 * Weighted average, CP2 = CP1 × (A + B) / (A + C), with A the shares outstanding before the new
 * issue: broad-based counts every share on a fully diluted basis (options and the pool too),
 * narrow-based a narrower count (NarrowBase); or full ratchet, CP2 = the new price.
 */
export type AntiDilution = 'broad' | 'narrow' | 'ratchet';

/**
 * What a narrow-based weighted average's A counts. The Business Professor, "Broad Based & Narrow
 * Based Calculation": the narrow-based formula "only includes the common stock issuable upon
 * conversion of the particular series of shares of preferred stock in question" (`series`, the
 * default); "parties sometime negotiate versions of the narrow-based formula that includes the
 * common stock issuable upon conversion of all shares of preferred stock outstanding"
 * (`preferred`); `common-and-preferred` counts every issued common and preferred share (no options,
 * no pool).
 */
export type NarrowBase = 'series' | 'preferred' | 'common-and-preferred';

/** The narrow-based A when a series does not say (see NarrowBase). */
export const NARROW_BASE_DEFAULT: NarrowBase = 'series';

/** The narrow-based A counts in words, for the formula line. */
export const NARROW_BASE_WORDS: Record<NarrowBase, string> = {
  series: "the common the series' own outstanding shares convert into before the round (narrowBase: series)",
  preferred:
    'the common all the preferred outstanding before the round converts into, each series at its conversion ratio as issued (narrowBase: preferred)',
  'common-and-preferred':
    'the issued common and preferred shares before the round, no options, no pool (narrowBase: common-and-preferred)',
};

/** The class of a holding: common, options (with an exercise price) or a preferred series by name. */
export type HoldingClass = 'common' | 'options' | string;

/** One exit value the file asks about: net proceeds to equity, in any currency on a date. */
export interface ScenarioExit {
  readonly figure: ScenarioFigure;
  /** The day its currency is converted at; null: the last round's date. */
  readonly date: IsoDate | null;
}
