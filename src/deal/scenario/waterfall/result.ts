/**
 * What the waterfall answers: per exit, the payout of each class and each holder with the reason
 * in words; the breakpoints; the classes and holdings of the final table.
 */
import type { IsoDate } from '../../../fx/types.js';
import type { Decimal } from '../../../money/decimal.js';
import type { ScenarioFxUse } from '../types.js';

/** One class's payout at an exit (a series, common, or the options at one exercise price). */
export interface ClassPayout {
  readonly class: string;
  readonly kind: 'preferred' | 'common' | 'options';
  /** Options: net of the exercise price. */
  readonly amount: Decimal;
  /** A series that takes its conversion value rather than its preference (options: exercised). */
  readonly converts: boolean;
  /** Takes part in what is left after the preferences. */
  readonly participates: boolean;
  readonly capped: boolean;
  /** The preference owed (zero for common and options) and what of it is paid. */
  readonly preference: Decimal;
  readonly preferencePaid: Decimal;
  /** preference − preferencePaid when the series takes its preference; else zero. */
  readonly short: Decimal;
  /** The exercise price of options; null otherwise. */
  readonly strike: Decimal | null;
  readonly shares: Decimal;
  /** amount / shares. */
  readonly perShare: Decimal;
  /** Why, in a sentence. */
  readonly explanation: string;
}

/** One exit. */
export interface ExitResult {
  /** Net proceeds to equity in the reporting currency. */
  readonly exit: Decimal;
  /** As written, with its key path. */
  readonly text: string;
  readonly path: string;
  readonly date: IsoDate | null;
  readonly byClass: readonly ClassPayout[];
  readonly byHolder: readonly { readonly holder: string; readonly amount: Decimal }[];
  /** What one common share takes. */
  readonly commonPerShare: Decimal;
  /** The sum of the payouts, against the exit, exactly. */
  readonly check: { readonly paid: Decimal; readonly holds: boolean };
  readonly fx: readonly ScenarioFxUse[];
}

/** An exit value where a class's payout line changes slope. */
export interface Breakpoint {
  readonly exit: Decimal;
  readonly class: string;
  readonly event: 'preference-paid' | 'participates' | 'converts' | 'capped' | 'exercised' | 'slope-changes';
  readonly explanation: string;
}

/** A class of the final table with the terms the waterfall uses. */
export interface ShareClassResult {
  readonly name: string;
  readonly kind: 'common' | 'options' | 'preferred';
  readonly origin: 'common' | 'options' | 'file' | 'round' | 'shadow';
  readonly shares: Decimal;
  /** Preferred only (null otherwise): as stated, or the price of the round that issued it. */
  readonly issuePrice: string | null;
  readonly preference: Decimal | null;
  readonly participation: 'none' | 'full' | 'capped' | null;
  readonly cap: Decimal | null;
  readonly seniority: number | null;
  readonly conversionRatio: Decimal | null;
  /** The defaults that gave its terms, in words. */
  readonly defaults: readonly string[];
}

/** The final table by holder and class. */
export interface ClassTable {
  readonly classes: readonly ShareClassResult[];
  readonly holdings: readonly {
    readonly holder: string;
    readonly class: string;
    readonly shares: Decimal;
    readonly strike: string | null;
  }[];
}
