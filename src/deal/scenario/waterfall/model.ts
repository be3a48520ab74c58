/**
 * The waterfall's inputs, exact: each preferred series with its preference, as-converted shares
 * and cap in the reporting currency; the common; the granted options grouped by exercise price.
 * Unallocated options (the pool) are not outstanding at an exit and take nothing.
 */
import type { CurrencyCode } from '../../../money/currency.js';
import type { Rational } from '../rational.js';

/** A holder's part of a class, in shares. */
export interface ClassMember {
  readonly holder: string;
  readonly shares: bigint;
}

/** A preferred series, exact. */
export interface PreferredInput {
  readonly name: string;
  readonly shares: Rational;
  readonly issuePrice: Rational;
  /** The preference as a multiple of the issue price. */
  readonly multiple: Rational;
  readonly participation: 'none' | 'full' | 'capped';
  /** Capped: the most a share takes (preference and participation), as a multiple of the issue price. */
  readonly capMultiple: Rational | null;
  /** Higher is paid first. */
  readonly rank: number;
  readonly conversionRatio: Rational;
  readonly members: readonly ClassMember[];
  /** multiple × issue price × shares. */
  readonly preference: Rational;
  /** shares × conversion ratio: the common shares it converts into. */
  readonly asConverted: Rational;
  /** capMultiple × issue price × shares (capped only). */
  readonly cap: Rational | null;
}

/** Granted options at one exercise price. */
export interface OptionInput {
  readonly name: string;
  readonly strike: Rational;
  readonly shares: Rational;
  readonly members: readonly ClassMember[];
}

/** Everything an exit is divided among. */
export interface WaterfallModel {
  readonly currency: CurrencyCode;
  readonly preferred: readonly PreferredInput[];
  readonly common: { readonly shares: Rational; readonly members: readonly ClassMember[] };
  readonly options: readonly OptionInput[];
  /** Unallocated options: not outstanding at the exit. */
  readonly pool: bigint;
}
