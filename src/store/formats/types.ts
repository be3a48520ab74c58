import type { CurrencyCode } from '../../money/currency.js';
import type { CalendarId, IsoDate } from '../../fx/types.js';
import type { ImportedRates } from './importedRates.js';

/** The file formats `dealcalc rates import` reads. */
export type ImportFormat = 'ecb' | 'fred' | 'csv' | 'ledger';

/** Every import format, in the order help lists them. */
export const IMPORT_FORMATS: readonly ImportFormat[] = ['ecb', 'fred', 'csv', 'ledger'];

/** One rate read from an import file: on `date`, 1 `base` = `value` `quote`. */
export interface ImportedRate {
  readonly date: IsoDate;
  readonly base: CurrencyCode;
  readonly quote: CurrencyCode;
  /** The value as a positive plain decimal, digits as written (grouping commas removed). */
  readonly value: string;
  /** 1-based line of the file it was read from. */
  readonly line: number;
}

/** Input a parser passed over on purpose, counted and said in the import's report. */
export interface SkippedInput {
  readonly what: string;
  readonly count: number;
  /** The first few lines, for the report. */
  readonly lines: readonly number[];
}

/** What a new source made from this file is, when the import creates one. */
export interface SourceDefaults {
  readonly name: string;
  readonly meaning: string;
  readonly calendar: CalendarId;
  readonly attribution: string;
  readonly updateHint: string;
  /** The currency every rate is quoted against, when the format fixes it (EUR for the ECB). */
  readonly pivot?: CurrencyCode;
}

/** An import file read and validated row by row: the rates, and what was passed over. */
export interface ParsedImport {
  readonly format: ImportFormat;
  /** How messages name the file. */
  readonly file: string;
  readonly rates: readonly ImportedRate[];
  /** The same rates in compact columns, when the parser kept them so (a big file: issue 20); planImport reads these first. */
  readonly columns?: ImportedRates;
  readonly skipped: readonly SkippedInput[];
  readonly defaults: SourceDefaults;
  /** The id of each currency's series in a new source (FRED's DEXCHUS for CNY); default: the currency code. */
  readonly seriesIds?: ReadonlyMap<CurrencyCode, string>;
}
