import { EXIT_CODES, type ErrorKind } from '../errors.js';

/** Exit codes, as DESIGN.md documents them. */
export const EXIT = {
  /** Done (and, for `check`, consistent). */
  ok: 0,
  /** `check` (or `scan`) found a pair that is not consistent: inconsistent, or fitting only by rounding. */
  inconsistent: 1,
  /** Bad usage or input. */
  badInput: EXIT_CODES.input,
  /** Data unavailable: no rate for that date, unknown source, missing or corrupt tables. */
  dataUnavailable: EXIT_CODES.data,
  /** A bug of ours. */
  internal: EXIT_CODES.internal,
} as const;

/**
 * The exit code for an error of a given kind.
 *
 * @example
 * exitCodeFor('data') //=> 3
 */
export function exitCodeFor(kind: ErrorKind): number {
  return EXIT_CODES[kind];
}
