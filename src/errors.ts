/**
 * Typed errors with stable codes. Every message says what was wrong and where; every hint
 * says what to do. The CLI maps `kind` to an exit code (input → 2, data → 3, internal → 4).
 */

/** Whose fault: the user's input, the available data, or ours. */
export type ErrorKind = 'input' | 'data' | 'internal';

/**
 * Every error code scripts may rely on, with whose fault it is: the user's input (exit 2), the
 * available data (exit 3) or ours (exit 4). An error's kind follows from its code, here, and
 * nowhere else.
 */
export const ERROR_KINDS = {
  // figures as people write them
  FIGURE_EMPTY: 'input',
  FIGURE_NO_NUMBER: 'input',
  FIGURE_BAD_NUMBER: 'input',
  FIGURE_UNKNOWN_WORD: 'input',
  FIGURE_AMBIGUOUS_CURRENCY: 'input',
  FIGURE_NO_CURRENCY: 'input',
  FIGURE_CONFLICTING_CURRENCY: 'input',
  FIGURE_TRAILING_TEXT: 'input',
  FIGURE_AMBIGUOUS_NUMBER: 'input',
  FIGURE_BAD_RANGE: 'input',
  FIGURE_REPEATED_CURRENCY: 'input',
  PERCENT_NO_MARK: 'input',
  CHECK_NOT_A_PAIR: 'input',
  SCAN_NO_DATE: 'input',
  // currencies, dates, options
  CURRENCY_UNKNOWN: 'input',
  CURRENCY_AMBIGUOUS: 'input',
  CURRENCY_MISMATCH: 'input',
  DATE_INVALID: 'input',
  DATE_AMBIGUOUS: 'input',
  OPTION_INVALID: 'input',
  REQUEST_INVALID: 'input',
  USAGE_INVALID: 'input',
  // rate data
  SOURCE_UNKNOWN: 'data',
  CURRENCY_NOT_IN_SOURCE: 'data',
  RATE_NOT_FOUND: 'data',
  RATE_BEFORE_COVERAGE: 'data',
  RATE_AFTER_COVERAGE: 'data',
  RATE_TOO_OLD: 'data',
  DATA_MISSING: 'data',
  DATA_CORRUPT: 'data',
  DATA_NOT_LOADED: 'data',
  // the user's rate store: imports, exports, updates
  IMPORT_INVALID: 'input',
  IMPORT_CONFLICT: 'input',
  SOURCE_RESERVED: 'input',
  STORE_BUSY: 'data',
  STORE_NOT_DEDICATED: 'input',
  STORE_WRITE_FAILED: 'data',
  DOWNLOAD_FAILED: 'data',
  // the environment
  OUTPUT_FAILED: 'data',
  OUTPUT_NOT_A_FILE: 'input',
  SERVE_CANNOT_LISTEN: 'input',
  // interval arithmetic
  INTERVAL_INVALID: 'input',
  INTERVAL_DIVISION_BY_ZERO: 'input',
  // stakes and valuations
  DEAL_NO_INVESTMENT: 'input',
  DEAL_NOT_POSITIVE: 'input',
  DEAL_NO_CURRENCY: 'input',
  DEAL_PERCENT_OUT_OF_RANGE: 'input',
  DEAL_INVESTMENT_EXCEEDS_VALUATION: 'input',
  DEAL_PRIMARY_PART_TOO_LARGE: 'input',
  DEAL_HOLDERS_OVER_100: 'input',
  DEAL_SELLERS_UNKNOWN: 'input',
  DEAL_SELLERS_HOLD_TOO_LITTLE: 'input',
  DEAL_RANGE_UNBOUNDED: 'input',
  // checking a quoted conversion
  CHECK_SAME_CURRENCY: 'input',
  CHECK_FIGURE_NOT_POSITIVE: 'input',
  // scenarios (dealcalc scenario): the document, its solving, overrides and sweeps
  SCENARIO_SYNTAX: 'input',
  SCENARIO_KEY_UNKNOWN: 'input',
  SCENARIO_KEY_MISSING: 'input',
  SCENARIO_VALUE_INVALID: 'input',
  SCENARIO_DUPLICATE_NAME: 'input',
  SCENARIO_DATE_ORDER: 'input',
  SCENARIO_UNKNOWN_HOLDER: 'input',
  SCENARIO_OVERSOLD: 'input',
  SCENARIO_UNSOLVABLE: 'input',
  SCENARIO_PATH_INVALID: 'input',
  SCENARIO_SWEEP_INVALID: 'input',
  SCENARIO_OVERRIDE_INVALID: 'input',
  INPUT_UNREADABLE: 'input',
  // batch conversion of CSV files
  BATCH_NO_HEADER: 'input',
  BATCH_COLUMN_MISSING: 'input',
  BATCH_COLUMN_AMBIGUOUS: 'input',
  BATCH_ROW_MALFORMED: 'input',
  BATCH_AMOUNT_INVALID: 'input',
  BATCH_RECORD_TOO_LONG: 'input',
  BATCH_INPUT_UNREADABLE: 'input',
  BATCH_INPUT_NOT_UTF8: 'input',
  // bugs
  INTERNAL: 'internal',
} as const satisfies Record<string, ErrorKind>;

/** What went wrong, as a stable identifier scripts may rely on. */
export type ErrorCode = keyof typeof ERROR_KINDS;

/** The exit code of each kind of error, as DESIGN.md documents them. */
export const EXIT_CODES: Readonly<Record<ErrorKind, number>> = { input: 2, data: 3, internal: 4 };

/**
 * Whose fault an error of this code is.
 *
 * @example
 * kindOf('RATE_TOO_OLD') //=> 'data'
 */
export function kindOf(code: ErrorCode): ErrorKind {
  return ERROR_KINDS[code];
}

/**
 * The exit code the command line ends with on an error of this code.
 *
 * @example
 * exitCodeOf('SCENARIO_UNSOLVABLE') //=> 2
 * exitCodeOf('RATE_AFTER_COVERAGE') //=> 3
 */
export function exitCodeOf(code: ErrorCode): number {
  return EXIT_CODES[kindOf(code)];
}

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

/** An error as a builder writes it: its kind follows from its code (see ERROR_KINDS). */
export type ErrorSpec = Omit<ErrorInfo, 'kind'> & { readonly kind?: ErrorKind };

/**
 * The plain data of an error, its kind taken from its code: what an error builder returns
 * when the error is a value (a parser's Result) rather than thrown.
 *
 * @example
 * errorInfo({ code: 'RATE_TOO_OLD', message: 'm', hint: 'h' }).kind //=> 'data'
 */
export function errorInfo<T extends ErrorSpec>(spec: T): Omit<T, 'kind'> & { readonly kind: ErrorKind } {
  return { ...spec, kind: kindOf(spec.code) };
}

/**
 * The one error class dealcalc throws on purpose. Build it with an area's builders (parse, fx,
 * store, check, deal, scenario, batch, shells: the `*Errors.ts` modules), or from a Result's
 * error with errorFrom; `kind` always follows from the code.
 *
 * @example
 * let caught;
 * try { convert(openShippedStore(), { figure: '$5', to: 'EUR', on: '2017-02-30' }); } catch (e) { caught = e; }
 * caught instanceof DealCalcError //=> true
 * [caught.code, caught.kind] //=> ['DATE_INVALID', 'input']
 */
export class DealCalcError extends Error {
  readonly code: ErrorCode;
  readonly kind: ErrorKind;
  readonly hint: string;
  readonly hintTemplate: string | undefined;
  readonly position: TextPosition | undefined;

  constructor(info: ErrorSpec) {
    super(info.message);
    this.name = 'DealCalcError';
    this.code = info.code;
    this.kind = kindOf(info.code);
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
 * Builds a failed Result (the error's kind taken from its code).
 *
 * @example
 * fail({ code: 'DATE_INVALID', message: 'no such day', hint: 'use YYYY-MM-DD' }).ok //=> false
 */
export function fail<T>(error: ErrorSpec): Result<T> {
  return { ok: false, error: errorInfo(error) };
}

/**
 * The error to throw for an error's plain data (a failed Result's, or a builder's).
 *
 * @example
 * errorFrom({ code: 'DATE_INVALID', message: 'no such day', hint: 'h' }).kind //=> 'input'
 */
export function errorFrom(info: ErrorSpec): DealCalcError {
  return new DealCalcError(info);
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
  throw errorFrom(result.error);
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
  | 'dateFormat'
  // where an output's unrounded values are (a clause: "--json gives full precision"); value 'csv'
  // when a CSV form carries them too
  | 'fullPrecision';

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
  fullPrecision: () => 'the answer keeps full precision',
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
  /\{(date|source|policy|maxAgeDays|yen|notation|dataDir|to|userDir|newerRates|replace|importAs|dateColumn|amountColumn|currencyColumn|dateFormat|fullPrecision)(?:=([^}]*))?\}/g;

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
