/**
 * Values that are affine in the exit value X (c + k·X), and a probe that decides each comparison
 * at one X while recording where it would flip. Running the waterfall on affine values at one X
 * gives every payout as a line, and the interval of X on which that same line holds: the
 * breakpoints are found exactly, from the comparisons themselves, with no search.
 */
import { add, cmp, div, mul, neg, sign, sub, ZERO, type Rational } from '../rational.js';

/** c + k·X. */
export interface Affine {
  readonly c: Rational;
  readonly k: Rational;
}

/** The constant c. @example constant(ONE).k //=> { n: 0n, d: 1n } */
export const constant = (c: Rational): Affine => ({ c, k: ZERO });
/** X itself. */
export const EXIT: Affine = { c: ZERO, k: { n: 1n, d: 1n } };
/** Zero. */
export const NOTHING: Affine = constant(ZERO);

/** a + b. */
export const plus = (a: Affine, b: Affine): Affine => ({ c: add(a.c, b.c), k: add(a.k, b.k) });
/** a − b. */
export const minus = (a: Affine, b: Affine): Affine => ({ c: sub(a.c, b.c), k: sub(a.k, b.k) });
/** a × r (r a constant). */
export const times = (a: Affine, r: Rational): Affine => ({ c: mul(a.c, r), k: mul(a.k, r) });
/** a / r (r a non-zero constant). */
export const over = (a: Affine, r: Rational): Affine => ({ c: div(a.c, r), k: div(a.k, r) });
/** The sum of several. */
export const total = (values: readonly Affine[]): Affine => values.reduce(plus, NOTHING);
/** The value at X = x. */
export const at = (a: Affine, x: Rational): Rational => add(a.c, mul(a.k, x));
/** True when two lines are the same line. */
export const sameLine = (a: Affine, b: Affine): boolean => cmp(a.c, b.c) === 0 && cmp(a.k, b.k) === 0;

/**
 * Decides comparisons at one exit value and records, for each, the exit value where it would
 * change (the two lines cross).
 *
 * @example
 * const probe = new Probe({ n: 5n, d: 1n });
 * probe.compare(EXIT, constant({ n: 3n, d: 1n })) //=> 1
 * probe.crossings //=> [{ n: 3n, d: 1n }]
 */
export class Probe {
  readonly crossings: Rational[] = [];

  constructor(readonly x: Rational) {}

  /** The sign of a − b at x; records the X where a = b when the lines are not parallel. */
  compare(a: Affine, b: Affine): number {
    const d = minus(a, b);
    if (sign(d.k) !== 0) this.crossings.push(div(neg(d.c), d.k));
    return sign(at(d, this.x));
  }

  /** The open interval of X around x on which every comparison made keeps its sign. */
  interval(): { readonly from: Rational | null; readonly to: Rational | null; readonly tied: boolean } {
    let from: Rational | null = null;
    let to: Rational | null = null;
    let tied = false;
    for (const c of this.crossings) {
      const s = cmp(c, this.x);
      if (s === 0) tied = true;
      else if (s < 0) from = from === null || cmp(c, from) > 0 ? c : from;
      else to = to === null || cmp(c, to) < 0 ? c : to;
    }
    return { from, to, tied };
  }
}
