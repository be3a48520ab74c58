import type { ErrorInfo, SettingNamer } from '../errors.js';
import type { GivenRate } from '../fx/givenRate.js';
import type { Period } from '../fx/periodAverage.js';
import type { LookupPolicy } from '../fx/types.js';

/** What a batch conversion reads, converts to, and how it writes. */
export interface BatchRequest {
  /** The currency every row is converted to (an ISO code, any letter case). */
  readonly to: string;
  /** The header name of the dates' column (default "date"); dates are YYYY-MM-DD (with a time or not) or YYYY/MM/DD. */
  readonly dateColumn?: string;
  /**
   * How the dates are written when not YYYY-MM-DD: "DD/MM/YYYY", "MM/DD/YYYY", "DD.MM.YYYY" or
   * "YYYY/MM/DD" (any letter case; "ISO" is YYYY-MM-DD). Without it, a date with its year last is
   * refused as ambiguous (DATE_AMBIGUOUS).
   */
  readonly dateFormat?: string;
  /**
   * The header name of the amounts' column (default "amount"); any figure `convert` reads
   * ("1,234.00", "$1,234.00", "1.5 billion"), negative with a sign, in parentheses "(1,234.00)"
   * or with a trailing minus "1,234.00-".
   */
  readonly amountColumn?: string;
  /**
   * The header name of the currencies' column (default "currency"). When the default is not in
   * the header, each amount names its own currency ("1.5 billion yuan").
   */
  readonly currencyColumn?: string;
  /** One source by id; without it, the store's sources in preference order, as `convert`. */
  readonly source?: string;
  /**
   * The header name of a column naming each row's source by id ("fred-h10", "imf", "ecb", an
   * imported table's id); an empty cell takes `source`, or the store's preference. A row whose
   * source is unknown fails with SOURCE_UNKNOWN. Not with `rate`.
   */
  readonly sourceColumn?: string;
  /**
   * Rates the user gives, as `convert --rate` takes them ("7.10", "USD/CNY=7.10,USD/EUR=0.92"):
   * every row at them, cited as given on the row's day, no table read; a row whose pair has no
   * given rate fails. Not with source, sourceColumn, policy, maxAgeDays or average.
   */
  readonly rate?: string | readonly GivenRate[];
  /**
   * Every row at an average rate instead of its day's: over one period ("2017", "2017-03",
   * "2017-01-01..2017-12-31"), or over the row's own "month" or "year" (as ledgers convert income
   * at a period's average). Not with policy or maxAgeDays.
   */
  readonly average?: string | Period;
  /** How a day without a rate is filled (default previous). */
  readonly policy?: LookupPolicy;
  /** How many calendar days away a filled rate may be (default 7). */
  readonly maxAgeDays?: number;
  /** How a lone "¥" in an amount is read. */
  readonly yen?: 'CNY' | 'JPY';
  /** CSV (default: the input's columns plus the conversion's) or JSON lines. */
  readonly format?: 'csv' | 'jsonl';
  /** Stop at the first row that cannot be converted (its output row is still written). */
  readonly strict?: boolean;
  /** How hints name settings in the rows' errors (default: in words). */
  readonly nameSetting?: SettingNamer;
  /** The longest record accepted, in bytes (default 1 MiB). */
  readonly maxRecordLength?: number;
  /** How many (currency, date) rates are kept at once (default 65,536); memory stays bounded. */
  readonly cacheSize?: number;
  /**
   * Each output's bytes are a view of one buffer the job reuses, valid until the next push or
   * end: for a shell that writes them out first (no copy per chunk, so memory stays flat).
   * Default false: every output is a copy of its own.
   */
  readonly reuseOutput?: boolean;
}

/** A row that could not be converted: its first line in the input, and why. */
export interface RowFailure {
  readonly line: number;
  readonly error: ErrorInfo;
}

/** What a batch conversion has done so far. */
export interface BatchCounts {
  /** Data rows read (not the header, not blank lines). */
  readonly rows: number;
  readonly converted: number;
  readonly failed: number;
  /** Empty lines, passed over (and counted, so that nothing is dropped unsaid). */
  readonly blankLines: number;
  /** Rows converted on the scaled-integer path (the rest went through the decimal core). */
  readonly exact: number;
}

/** The output of one step: text to write, and the rows that failed in it, in order. */
export interface BatchOutput {
  readonly text: string;
  /** The same output as UTF-8 bytes, to write as they are. */
  readonly bytes: Uint8Array;
  /**
   * True when every byte is printable ASCII or a newline: nothing in it could drive a terminal,
   * so a shell may write the bytes without escaping anything.
   */
  readonly printableAscii: boolean;
  readonly failures: readonly RowFailure[];
}

/** A batch conversion in progress, fed text as it arrives (see createBatchConversion). */
export interface BatchConversion {
  /**
   * Feeds input: UTF-8 bytes as read (cut anywhere), or text; returns the output of every row it
   * completed.
   */
  push(input: Uint8Array | string): BatchOutput;
  /** Ends the input: converts a last row without a line end. Throws BATCH_NO_HEADER on empty input. */
  end(): BatchOutput;
  /** What has been done so far. */
  counts(): BatchCounts;
  /** True once a strict conversion met a row it could not convert: further input is ignored. */
  readonly stopped: boolean;
  /** The first row that failed, if any. */
  readonly firstFailure: RowFailure | undefined;
  /** The line the next record starts on: where the input stands. */
  readonly nextLine: number;
}
