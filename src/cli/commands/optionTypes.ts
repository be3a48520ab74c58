/**
 * The options commander hands each command's run, types alone: the commands' definitions (in
 * this folder, loaded at start) and their runs (loaded when a command runs) both depend on
 * these, and not on each other, so the files of src/cli form no import circle.
 */
import type { IsoDate } from '../../fx/types.js';
import type { RateOptions } from '../commonOptions.js';

/** Options of `dealcalc check`, as commander hands them over. */
export interface CheckOptions extends RateOptions {
  readonly tolerance?: string;
  readonly roundingLimit?: string;
  readonly exact?: 'from' | 'to' | 'both';
  readonly window?: number;
  readonly yen?: 'CNY' | 'JPY';
  readonly notation?: 'decimal-point' | 'decimal-comma';
  readonly rate?: string;
  readonly chart?: boolean;
  readonly svg?: string;
}

/** Options of `dealcalc scan`, as commander hands them over. */
export interface ScanOptions extends RateOptions {
  readonly tolerance?: string;
  readonly roundingLimit?: string;
  readonly window?: number;
  readonly yen?: 'CNY' | 'JPY';
  readonly notation?: 'decimal-point' | 'decimal-comma';
  readonly in?: string;
  readonly lang?: string;
}

/** Options of `dealcalc scenario`, as commander hands them over. */
export interface ScenarioOptions {
  readonly set?: readonly string[];
  readonly sweep?: readonly string[];
  readonly show?: readonly string[];
  readonly json?: boolean;
  readonly csv?: boolean;
  readonly chart?: boolean;
  readonly wide?: boolean;
  readonly svg?: string;
  readonly exit?: readonly string[];
  readonly solve?: string;
  readonly yen?: 'CNY' | 'JPY';
  readonly dataDir?: string;
  readonly userDir?: string;
}

/** Options of `dealcalc serve`, as commander hands them over. */
export interface ServeOptions {
  readonly port?: number;
  readonly host?: string;
  readonly open?: boolean;
  readonly json?: boolean;
  readonly userDir?: string;
}

/** Options every deal command shares. */
export interface DealOptions extends RateOptions {
  readonly in?: string;
  readonly secondary?: boolean;
  readonly primaryPart?: string;
  readonly yen?: 'CNY' | 'JPY';
  readonly notation?: 'decimal-point' | 'decimal-comma';
  readonly rate?: string;
}

/** Options of `dealcalc stake`. */
export interface StakeOptions extends DealOptions {
  readonly invest?: readonly string[];
  readonly pre?: string;
  readonly post?: string;
  readonly valuation?: string;
  readonly holder?: readonly string[];
  readonly seller?: readonly string[];
}

/** Options of `dealcalc implied`. */
export interface ImpliedOptions extends DealOptions {
  readonly invest: string;
  readonly stake: string;
}

/** The options every rates subcommand takes: the two stores and JSON output. */
export interface RatesStoreOptions {
  readonly dataDir?: string;
  readonly userDir?: string;
  readonly json?: boolean;
}

/** rates show's options. */
export interface RatesShowOptions extends RatesStoreOptions {
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  readonly source?: string;
  readonly average?: 'month' | 'year';
  readonly chart?: boolean;
  readonly svg?: string;
  readonly csv?: boolean;
}

/** rates import's options. */
export interface RatesImportOptions extends RatesStoreOptions {
  readonly as?: string;
  readonly replace?: boolean;
}

/** rates export's options. */
export interface RatesExportOptions extends RatesStoreOptions {
  readonly source?: string;
  readonly pair?: string;
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  readonly format?: 'ledger' | 'csv';
}

/** rates update's options. */
export interface RatesUpdateOptions extends RatesImportOptions {
  readonly series?: readonly string[];
  readonly timeout?: number;
}
