import type { ErrorKind } from '../errors.js';

/** Exit codes, as DESIGN.md documents them. */
export const EXIT = {
  /** Done (and, for `check`, consistent). */
  ok: 0,
  /** `check` (or `scan`) found a pair that is not consistent: inconsistent, or fitting only by rounding. */
  inconsistent: 1,
  /** Bad usage or input. */
  badInput: 2,
  /** Data unavailable: no rate for that date, unknown source, missing or corrupt tables. */
  dataUnavailable: 3,
  /** A bug of ours. */
  internal: 4,
} as const;

/**
 * The exit code for an error of a given kind.
 *
 * @example
 * exitCodeFor('data') //=> 3
 */
export function exitCodeFor(kind: ErrorKind): number {
  if (kind === 'input') return EXIT.badInput;
  if (kind === 'data') return EXIT.dataUnavailable;
  return EXIT.internal;
}
