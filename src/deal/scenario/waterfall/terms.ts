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
}

/** The class of a holding: common, options (with an exercise price) or a preferred series by name. */
export type HoldingClass = 'common' | 'options' | string;

/** One exit value the file asks about: net proceeds to equity, in any currency on a date. */
export interface ScenarioExit {
  readonly figure: ScenarioFigure;
  /** The day its currency is converted at; null: the last round's date. */
  readonly date: IsoDate | null;
}
