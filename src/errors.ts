/**
 * Typed errors with stable codes. Every message says what was wrong and where; every hint
 * says what to do. The CLI maps `kind` to an exit code (input → 2, data → 3, internal → 4).
 */

/** What went wrong, as a stable identifier scripts may rely on. */
export type ErrorCode =
  // figures as people write them
  | 'FIGURE_EMPTY'
  | 'FIGURE_NO_NUMBER'
  | 'FIGURE_BAD_NUMBER'
  | 'FIGURE_UNKNOWN_WORD'
  | 'FIGURE_AMBIGUOUS_CURRENCY'
  | 'FIGURE_NO_CURRENCY'
  | 'FIGURE_CONFLICTING_CURRENCY'
  | 'FIGURE_TRAILING_TEXT'
  | 'FIGURE_AMBIGUOUS_NUMBER'
  | 'FIGURE_BAD_RANGE'
  | 'FIGURE_REPEATED_CURRENCY'
  | 'PERCENT_NO_MARK'
  | 'CHECK_NOT_A_PAIR'
  | 'SCAN_NO_DATE'
  // currencies, dates, options
  | 'CURRENCY_UNKNOWN'
  | 'CURRENCY_AMBIGUOUS'
  | 'CURRENCY_MISMATCH'
  | 'DATE_INVALID'
  | 'DATE_AMBIGUOUS'
  | 'OPTION_INVALID'
  | 'USAGE_INVALID'
  // rate data
  | 'SOURCE_UNKNOWN'
  | 'CURRENCY_NOT_IN_SOURCE'
  | 'RATE_NOT_FOUND'
  | 'RATE_BEFORE_COVERAGE'
  | 'RATE_AFTER_COVERAGE'
  | 'RATE_TOO_OLD'
  | 'DATA_MISSING'
  | 'DATA_CORRUPT'
  | 'DATA_NOT_LOADED'
  // the user's rate store: imports, exports, updates
  | 'IMPORT_INVALID'
  | 'IMPORT_CONFLICT'
  | 'SOURCE_RESERVED'
  | 'STORE_BUSY'
  | 'STORE_NOT_DEDICATED'
  | 'STORE_WRITE_FAILED'
  | 'DOWNLOAD_FAILED'
  // the environment
  | 'OUTPUT_FAILED'
  | 'SERVE_CANNOT_LISTEN'
  // interval arithmetic
  | 'INTERVAL_INVALID'
  | 'INTERVAL_DIVISION_BY_ZERO'
  // stakes and valuations
  | 'DEAL_NO_INVESTMENT'
  | 'DEAL_NOT_POSITIVE'
  | 'DEAL_NO_CURRENCY'
  | 'DEAL_PERCENT_OUT_OF_RANGE'
  | 'DEAL_INVESTMENT_EXCEEDS_VALUATION'
  | 'DEAL_PRIMARY_PART_TOO_LARGE'
  | 'DEAL_HOLDERS_OVER_100'
  | 'DEAL_SELLERS_UNKNOWN'
  | 'DEAL_SELLERS_HOLD_TOO_LITTLE'
  | 'DEAL_RANGE_UNBOUNDED'
  // checking a quoted conversion
  | 'CHECK_SAME_CURRENCY'
  | 'CHECK_FIGURE_NOT_POSITIVE'
  // scenarios (dealcalc scenario): the document, its solving, overrides and sweeps
  | 'SCENARIO_SYNTAX'
  | 'SCENARIO_KEY_UNKNOWN'
  | 'SCENARIO_KEY_MISSING'
  | 'SCENARIO_VALUE_INVALID'
  | 'SCENARIO_DUPLICATE_NAME'
  | 'SCENARIO_DATE_ORDER'
  | 'SCENARIO_UNKNOWN_HOLDER'
  | 'SCENARIO_OVERSOLD'
  | 'SCENARIO_UNSOLVABLE'
  | 'SCENARIO_PATH_INVALID'
  | 'SCENARIO_SWEEP_INVALID'
  | 'SCENARIO_OVERRIDE_INVALID'
  | 'INPUT_UNREADABLE'
  // batch conversion of CSV files
  | 'BATCH_NO_HEADER'
  | 'BATCH_COLUMN_MISSING'
  | 'BATCH_COLUMN_AMBIGUOUS'
  | 'BATCH_ROW_MALFORMED'
  | 'BATCH_AMOUNT_INVALID'
  | 'BATCH_RECORD_TOO_LONG'
  | 'BATCH_INPUT_UNREADABLE'
  | 'BATCH_INPUT_NOT_UTF8'
  // bugs
  | 'INTERNAL';

/** Whose fault: the user's input, the available data, or ours. */
export type ErrorKind = 'input' | 'data' | 'internal';

/** Where in a piece of user text an error sits (for the caret under the input). */
export interface TextPosition {
  /** The whole text that was read. */
  readonly input: string;
  /** Offset of the first offending character (UTF-16 code units). */
  readonly index: number;
  /** How many characters are at fault (at least 1). */
  readonly length: number;
}

/** The plain-data form of an error: what parsers return and what `--json` prints. */
export interface ErrorInfo {
  readonly code: ErrorCode;
  readonly kind: ErrorKind;
  readonly message: string;
  readonly hint: string;
  /**
   * The hint with the settings it names left as placeholders (`{maxAgeDays=9}`, `{source}`), so
   * that each shell names them its own way: the command line as flags (`--max-age 9`), the
   * library in words (see renderHint). `hint` is this template rendered in words.
   */
  readonly hintTemplate?: string;
  readonly position?: TextPosition;
}

/** The one error class dealcalc throws on purpose. */
export class DealCalcError extends Error {
  readonly code: ErrorCode;
  readonly kind: ErrorKind;
  readonly hint: string;
  readonly hintTemplate: string | undefined;
  readonly position: TextPosition | undefined;

  constructor(info: ErrorInfo) {
    super(info.message);
    this.name = 'DealCalcError';
    this.code = info.code;
    this.kind = info.kind;
    this.hint = info.hint;
    this.hintTemplate = info.hintTemplate;
    this.position = info.position;
  }

  /** The plain-data form, for JSON output and result types. */
  toInfo(): ErrorInfo {
    return {
      code: this.code,
      kind: this.kind,
      message: this.message,
      hint: this.hint,
      ...(this.hintTemplate === undefined ? {} : { hintTemplate: this.hintTemplate }),
      ...(this.position ? { position: this.position } : {}),
    };
  }
}

/** A computation that may fail without throwing: for parsers of user text. */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ErrorInfo };

/**
 * Builds a failed Result.
 *
 * @example
 * fail({ code: 'DATE_INVALID', kind: 'input', message: 'no such day', hint: 'use YYYY-MM-DD' }).ok //=> false
 */
export function fail<T>(error: ErrorInfo): Result<T> {
  return { ok: false, error };
}

/**
 * Builds a successful Result.
 *
 * @example
 * succeed(42).ok //=> true
 */
export function succeed<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * Returns a Result's value or throws its error as a DealCalcError.
 *
 * @example
 * unwrap(succeed('x')) //=> 'x'
 */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new DealCalcError(result.error);
}

/** The settings a hint may tell a user to change; each shell names them its own way. */
export type Setting =
  | 'date'
  | 'source'
  | 'policy'
  | 'maxAgeDays'
  | 'yen'
  // the decimal mark of the figures' text: decimal-point or decimal-comma
  | 'notation'
  | 'dataDir'
  | 'to'
  // the user's rate store, and how to bring newer rates into it
  | 'userDir'
  | 'newerRates'
  | 'replace'
  | 'importAs'
  // the columns a batch conversion reads
  | 'dateColumn'
  | 'amountColumn'
  | 'currencyColumn'
  | 'dateFormat';

/** How a shell names a setting in a hint, with or without a value to give it. */
export type SettingNamer = (setting: Setting, value: string | undefined) => string;

const SETTING_WORDS: Readonly<Record<Setting, (value: string | undefined) => string>> = {
  date: (v) => (v === undefined ? 'date' : `date ${v}`),
  source: (v) => (v === undefined ? 'rate source' : `rate source ${v}`),
  policy: (v) => (v === undefined ? 'lookup policy' : `the lookup policy ${v}`),
  maxAgeDays: (v) =>
    v === undefined ? 'maximum rate age' : `a maximum rate age of ${v} day${v === '1' ? '' : 's'}`,
  yen: (v) => (v === undefined ? 'reading of "¥"' : `reading of "¥" as ${v}`),
  notation: (v) => (v === undefined ? 'number notation' : `number notation ${v}`),
  dataDir: (v) => (v === undefined ? 'data folder' : `data folder ${v}`),
  to: (v) => (v === undefined ? 'target currency' : `target currency ${v}`),
  userDir: (v) => (v === undefined ? 'user rate folder' : `user rate folder ${v}`),
  newerRates: (v) => (v === undefined ? 'import or download them' : `import or download them (${v})`),
  replace: () => 'letting the file replace the stored rates',
  importAs: (v) => (v === undefined ? 'source id' : `the source id ${v}`),
  dateColumn: (v) => (v === undefined ? 'date column' : `the date column ${v}`),
  amountColumn: (v) => (v === undefined ? 'amount column' : `the amount column ${v}`),
  currencyColumn: (v) => (v === undefined ? 'currency column' : `the currency column ${v}`),
  dateFormat: (v) => (v === undefined ? 'date format' : `the date format ${v}`),
};

/**
 * Names settings in words, for the library and the page: `{maxAgeDays=9}` → "a maximum rate age of 9 days".
 *
 * @example
 * wordsForSetting('source', undefined) //=> 'rate source'
 */
export function wordsForSetting(setting: Setting, value: string | undefined): string {
  return SETTING_WORDS[setting](value);
}

const PLACEHOLDER =
  /\{(date|source|policy|maxAgeDays|yen|notation|dataDir|to|userDir|newerRates|replace|importAs|dateColumn|amountColumn|currencyColumn|dateFormat)(?:=([^}]*))?\}/g;

/**
 * Renders a hint template, naming each `{setting}` or `{setting=value}` placeholder with `name`.
 *
 * @example
 * renderHint('Allow it with {maxAgeDays=9}.', wordsForSetting) //=> 'Allow it with a maximum rate age of 9 days.'
 * renderHint('Try another {source}.', (s) => '--' + s) //=> 'Try another --source.'
 */
export function renderHint(template: string, name: SettingNamer): string {
  return template.replace(PLACEHOLDER, (_, setting: Setting, value: string | undefined) =>
    name(setting, value),
  );
}

/**
 * The hint fields of an error whose hint names settings: the template, and its rendering in words.
 *
 * @example
 * hinted('Use another {source}.').hint //=> 'Use another rate source.'
 */
export function hinted(template: string): { readonly hint: string; readonly hintTemplate: string } {
  return { hint: renderHint(template, wordsForSetting), hintTemplate: template };
}
