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
  // currencies, dates, options
  | 'CURRENCY_UNKNOWN'
  | 'CURRENCY_AMBIGUOUS'
  | 'DATE_INVALID'
  | 'OPTION_INVALID'
  // rate data
  | 'SOURCE_UNKNOWN'
  | 'CURRENCY_NOT_IN_SOURCE'
  | 'RATE_NOT_FOUND'
  | 'RATE_BEFORE_COVERAGE'
  | 'RATE_AFTER_COVERAGE'
  | 'RATE_TOO_OLD'
  | 'DATA_MISSING'
  | 'DATA_CORRUPT'
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
  readonly position?: TextPosition;
}

/** The one error class dealcalc throws on purpose. */
export class DealCalcError extends Error {
  readonly code: ErrorCode;
  readonly kind: ErrorKind;
  readonly hint: string;
  readonly position: TextPosition | undefined;

  constructor(info: ErrorInfo) {
    super(info.message);
    this.name = 'DealCalcError';
    this.code = info.code;
    this.kind = info.kind;
    this.hint = info.hint;
    this.position = info.position;
  }

  /** The plain-data form, for JSON output and result types. */
  toInfo(): ErrorInfo {
    return {
      code: this.code,
      kind: this.kind,
      message: this.message,
      hint: this.hint,
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
