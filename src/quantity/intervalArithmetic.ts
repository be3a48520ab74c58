/**
 * Arithmetic over intervals with open and unbounded ends: the sum, difference, product and
 * quotient of two ranges is the range of all sums, differences, products and quotients of their
 * members. Each end says whether it is reached (closed) or only approached (open); an unbounded
 * end is `null` and its open flag is `false` (the convention the figure parser uses).
 *
 * Rules, for a = [a₁, a₂] and b = [b₁, b₂] with any mix of open, closed and unbounded ends:
 * - plus: [a₁ + b₁, a₂ + b₂]; an end is open when either contributing end is open, unbounded
 *   when either is.
 * - negate: [−a₂, −a₁], the flags swap sides. minus(a, b) = plus(a, negate(b)).
 * - times: the ends are the least and greatest of the four corner products a_i × b_j (xy is
 *   linear in each factor, so its extremes over a box sit at the corners). ±∞ times a non-zero
 *   end is ±∞ by sign. An end is closed when some corner reaching it is reached: both its ends
 *   closed and finite, or one of them a closed zero (0 × anything in the other range is 0, so a
 *   closed 0 makes the product 0 reachable even against an open or unbounded end). An open
 *   zero times ±∞ counts as 0, not reached: the product approaches 0 there, and the other
 *   corners already reach the far values.
 * - divide: the divisor must not contain zero, except as an open end: [1, 2] / (0, 4] is
 *   [0.25, ∞). A divisor with a closed zero end, zero strictly inside, or [0, 0] is an error
 *   (INTERVAL_DIVISION_BY_ZERO). Corners as for times: x / ±∞ → 0 (reached only when x is a
 *   closed 0), x / (open 0) → ±∞ by the sign of x and the side of zero the divisor lies on,
 *   a closed 0 divided by anything → 0 reached. The indeterminate corners 0/0 and ∞/∞ are
 *   skipped: the values near them lie between the other corners' values.
 *
 * - share (x / (x + y) for non-negative x and y, the share of x in a sum): evaluated at the two
 *   corners that bound it, f(x₁, y₂) and f(x₂, y₁), since it rises with x and falls with y. Written
 *   as intervalDivide(x, intervalPlus(x, y)) it would treat the two x as independent and come out
 *   wider. An end is open when either contributing end is; an unbounded y approaches 0, an
 *   unbounded x approaches 1; a closed zero x reaches 0 and a closed zero y reaches 1. When both
 *   ranges contain zero, 0 / 0 is a member: INTERVAL_DIVISION_BY_ZERO.
 *
 * Ends are computed at the configured 40 significant digits, half-even, like every result in
 * dealcalc, so a bound may differ from the exact one by a unit in the 40th digit (ends are not
 * rounded outward). plus, minus, times and divide round once per end and are monotone in their
 * ends, and so is correct rounding, so evaluating the same expression on point intervals gives a
 * value the range always contains. share rounds twice (x + y, then the quotient); the same holds
 * whenever x + y is exact at 40 digits, as it is for any figures a person writes.
 */
import { Decimal } from '../money/decimal.js';
import { closedInterval } from './closedInterval.js';
import type { Interval } from './interval.js';
import { divisorHoldsZero, emptyRange, negativeShare, shareOfZero } from './intervalErrors.js';
import { intervalText } from './intervalText.js';

/** One end of an interval as an extended real: a finite value, or ±∞. */
type Extended =
  { readonly kind: 'finite'; readonly value: Decimal } | { readonly kind: 'infinite'; readonly sign: 1 | -1 };

/** An end of an interval: its extended value and whether it belongs to the interval. */
interface End {
  readonly at: Extended;
  readonly closed: boolean;
}

/** A candidate end of a result: its value and whether some member pair reaches it. */
interface Corner {
  readonly at: Extended;
  readonly reached: boolean;
}

const ZERO = new Decimal('0');
const ONE = new Decimal('1');

/**
 * The sum of two ranges: every a + b with a in the first and b in the second.
 *
 * @example
 * const more = { low: new Decimal('2e9'), high: null, lowOpen: true, highOpen: false };
 * const sum = intervalPlus(more, closedInterval(new Decimal('1.45e9'), new Decimal('1.55e9')));
 * [sum.low.toString(), sum.lowOpen, sum.high] //=> ['3450000000', true, null]
 */
export function intervalPlus(a: Interval, b: Interval): Interval {
  checkInterval(a);
  checkInterval(b);
  const low = a.low === null || b.low === null ? null : a.low.plus(b.low);
  const high = a.high === null || b.high === null ? null : a.high.plus(b.high);
  return {
    low,
    high,
    lowOpen: low !== null && (a.lowOpen || b.lowOpen),
    highOpen: high !== null && (a.highOpen || b.highOpen),
  };
}

/**
 * The range of −a for every a in the range: the ends swap sides with their flags.
 *
 * @example
 * const below = { low: new Decimal('0'), high: new Decimal('5'), lowOpen: false, highOpen: true };
 * const negated = intervalNegate(below);
 * [negated.low.toString(), negated.lowOpen, negated.high.toString(), negated.highOpen] //=> ['-5', true, '0', false]
 */
export function intervalNegate(a: Interval): Interval {
  checkInterval(a);
  return {
    low: a.high === null ? null : a.high.negated(),
    high: a.low === null ? null : a.low.negated(),
    lowOpen: a.highOpen,
    highOpen: a.lowOpen,
  };
}

/**
 * The difference of two ranges: every a − b. The widest difference pairs the low end of one
 * with the high end of the other.
 *
 * @example
 * const post = closedInterval(new Decimal('14.5e9'), new Decimal('15.5e9'));
 * const invested = closedInterval(new Decimal('239.5e6'), new Decimal('240.5e6'));
 * intervalMinus(post, invested).low.toString() //=> '14259500000'
 */
export function intervalMinus(a: Interval, b: Interval): Interval {
  return intervalPlus(a, intervalNegate(b));
}

/**
 * The product of two ranges: every a × b.
 *
 * @example
 * const rate = closedInterval(new Decimal('6.62'), new Decimal('6.62'));
 * intervalTimes(closedInterval(new Decimal('219e6'), new Decimal('234e6')), rate).high.toString() //=> '1549080000'
 * const positive = { low: new Decimal('0'), high: null, lowOpen: true, highOpen: false };
 * intervalTimes(positive, closedInterval(new Decimal('-1'), new Decimal('-1'))).high.toString() //=> '0'
 */
export function intervalTimes(a: Interval, b: Interval): Interval {
  checkInterval(a);
  checkInterval(b);
  const corners: Corner[] = [];
  for (const x of ends(a)) for (const y of ends(b)) corners.push(productCorner(x, y));
  return hull(corners);
}

/**
 * The quotient of two ranges: every a ÷ b. The divisor may touch zero only at an open end.
 *
 * @throws DealCalcError INTERVAL_DIVISION_BY_ZERO when the divisor contains zero
 *
 * @example
 * const bought = closedInterval(new Decimal('0.0155'), new Decimal('0.0165'));
 * const post = intervalDivide(closedInterval(new Decimal('240e6'), new Decimal('240e6')), bought);
 * post.low.toFixed(2) //=> '14545454545.45'
 * const more = { low: new Decimal('2e9'), high: null, lowOpen: true, highOpen: false };
 * const share = intervalDivide(closedInterval(new Decimal('1'), new Decimal('1')), more);
 * [share.low.toString(), share.lowOpen, share.high.toString(), share.highOpen] //=> ['0', true, '0.0000000005', true]
 * intervalDivide(share, closedInterval(new Decimal('0'), new Decimal('1'))) // throws INTERVAL_DIVISION_BY_ZERO
 */
export function intervalDivide(a: Interval, b: Interval): Interval {
  checkInterval(a);
  checkInterval(b);
  const zeroSide = divisorSide(b);
  const corners: Corner[] = [];
  for (const x of ends(a)) {
    for (const y of ends(b)) {
      const corner = quotientCorner(x, y, zeroSide);
      if (corner) corners.push(corner);
    }
  }
  return hull(corners);
}

/**
 * The range of x / (x + y) for x and y in two ranges of values at or above zero: the share of a
 * part in a whole (a stake: money / (pre-money + money)). Tight, and computed with the same
 * formula as a point value, so exact figures give exact shares (3 / (2 + 3) = 0.6).
 *
 * @throws DealCalcError INTERVAL_INVALID when a range reaches below zero; INTERVAL_DIVISION_BY_ZERO when both contain zero
 *
 * @example
 * const invested = closedInterval(new Decimal('1.45e9'), new Decimal('1.55e9'));
 * const pre = { low: new Decimal('2e9'), high: null, lowOpen: true, highOpen: false };
 * const share = intervalShare(invested, pre);
 * [share.low.toString(), share.lowOpen, share.high.toFixed(6), share.highOpen] //=> ['0', true, '0.436620', true]
 * intervalShare(closedInterval(new Decimal('3'), new Decimal('3')), closedInterval(new Decimal('2'), new Decimal('2'))).low.toString() //=> '0.6'
 */
export function intervalShare(part: Interval, rest: Interval): Interval {
  checkInterval(part);
  checkInterval(rest);
  for (const range of [part, rest]) {
    if (range.low === null || range.low.isNegative()) {
      throw negativeShare(describeInterval(range));
    }
  }
  const zero = closedInterval(ZERO, ZERO);
  const containsZero = (range: Interval) => range.low?.isZero() === true && !range.lowOpen;
  if (containsZero(part) && containsZero(rest)) {
    throw shareOfZero(describeInterval(part), describeInterval(rest));
  }
  const isZeroPoint = (range: Interval) => range.high?.isZero() === true;
  // One side is exactly zero: the share is 1 (or 0) for every member.
  if (isZeroPoint(rest)) return closedInterval(ONE, ONE);
  if (isZeroPoint(part)) return zero;
  const share = (x: Decimal, y: Decimal) => x.div(x.plus(y));
  const [x1, x2] = ends(part);
  const [y1, y2] = ends(rest);

  // Lowest: the smallest part against the largest rest.
  let low: Decimal;
  let lowReached: boolean;
  if (isClosedZero(x1)) [low, lowReached] = [ZERO, true];
  else if (y2.at.kind === 'infinite') [low, lowReached] = [ZERO, false];
  else [low, lowReached] = [share(finiteValue(x1), y2.at.value), x1.closed && y2.closed];

  // Highest: the largest part against the smallest rest.
  let high: Decimal;
  let highReached: boolean;
  if (isClosedZero(y1)) [high, highReached] = [ONE, true];
  else if (x2.at.kind === 'infinite') [high, highReached] = [ONE, false];
  else [high, highReached] = [share(x2.at.value, finiteValue(y1)), x2.closed && y1.closed];

  return { low, high, lowOpen: !lowReached, highOpen: !highReached };
}

/**
 * Checks that an interval is not empty: low ≤ high, and a single point has both ends closed.
 *
 * @throws DealCalcError INTERVAL_INVALID when it is empty
 *
 * @example
 * checkInterval(closedInterval(new Decimal('1'), new Decimal('2'))) //=> undefined
 * checkInterval(closedInterval(new Decimal('2'), new Decimal('1'))) // throws INTERVAL_INVALID
 */
export function checkInterval(a: Interval): void {
  if (a.low === null || a.high === null) return;
  const empty = a.low.gt(a.high) || (a.low.eq(a.high) && (a.lowOpen || a.highOpen));
  if (!empty) return;
  throw emptyRange(describeInterval(a));
}

/**
 * Writes an interval in the usual notation: brackets for closed ends, parentheses for open or
 * unbounded ones, ∞ for an unbounded end.
 *
 * @example
 * describeInterval({ low: new Decimal('2e9'), high: null, lowOpen: true, highOpen: false }) //=> '(2000000000, ∞)'
 */
export function describeInterval(a: Interval): string {
  return intervalText(a, (value) => value.toString());
}

function ends(a: Interval): [End, End] {
  return [
    {
      at: a.low === null ? { kind: 'infinite', sign: -1 } : { kind: 'finite', value: a.low },
      closed: a.low !== null && !a.lowOpen,
    },
    {
      at: a.high === null ? { kind: 'infinite', sign: 1 } : { kind: 'finite', value: a.high },
      closed: a.high !== null && !a.highOpen,
    },
  ];
}

function sign(at: Extended): -1 | 0 | 1 {
  if (at.kind === 'infinite') return at.sign;
  return at.value.isZero() ? 0 : at.value.isNegative() ? -1 : 1;
}

function isClosedZero(end: End): boolean {
  return end.closed && sign(end.at) === 0;
}

function finiteValue(end: End): Decimal {
  if (end.at.kind === 'infinite') throw new Error('interval arithmetic: a low end cannot be +∞');
  return end.at.value;
}

function finite(value: Decimal): Extended {
  return { kind: 'finite', value };
}

function infinite(s: number): Extended {
  return { kind: 'infinite', sign: s < 0 ? -1 : 1 };
}

function productCorner(x: End, y: End): Corner {
  if (isClosedZero(x) || isClosedZero(y)) return { at: finite(ZERO), reached: true };
  if (x.at.kind === 'finite' && y.at.kind === 'finite') {
    return { at: finite(x.at.value.times(y.at.value)), reached: x.closed && y.closed };
  }
  // One end is infinite: an open zero on the other side approaches 0, otherwise ±∞ by sign.
  const s = sign(x.at) * sign(y.at);
  return s === 0 ? { at: finite(ZERO), reached: false } : { at: infinite(s), reached: false };
}

/** Which side of zero the divisor lies on (it touches zero at most at an open end). */
function divisorSide(b: Interval): 1 | -1 {
  const [low, high] = ends(b);
  const lowSign = sign(low.at);
  const highSign = sign(high.at);
  const containsZero =
    (lowSign < 0 && highSign > 0) || (lowSign === 0 && low.closed) || (highSign === 0 && high.closed);
  if (containsZero || (lowSign === 0 && highSign === 0)) {
    throw divisorHoldsZero(describeInterval(b));
  }
  return lowSign >= 0 && highSign > 0 ? 1 : -1;
}

function quotientCorner(x: End, y: End, divisorSign: 1 | -1): Corner | null {
  if (isClosedZero(x)) return { at: finite(ZERO), reached: true };
  const xSign = sign(x.at);
  if (y.at.kind === 'infinite') {
    if (x.at.kind === 'infinite') return null; // ∞/∞: indeterminate, bounded by the other corners
    return { at: finite(ZERO), reached: false };
  }
  if (y.at.value.isZero()) {
    // An open zero end of the divisor: the quotient grows without bound.
    if (xSign === 0) return null; // 0/0: indeterminate, bounded by the other corners
    return { at: infinite(xSign * divisorSign), reached: false };
  }
  if (x.at.kind === 'infinite') return { at: infinite(xSign * sign(y.at)), reached: false };
  return { at: finite(x.at.value.div(y.at.value)), reached: x.closed && y.closed };
}

function compare(a: Extended, b: Extended): number {
  // −∞ < every finite value < +∞; two finite values compare by value.
  const rankA = a.kind === 'infinite' ? a.sign : 0;
  const rankB = b.kind === 'infinite' ? b.sign : 0;
  if (rankA !== rankB) return rankA - rankB;
  return a.kind === 'finite' && b.kind === 'finite' ? a.value.comparedTo(b.value) : 0;
}

/** The smallest interval holding every corner, closed where some corner at that end is reached. */
function hull(corners: readonly Corner[]): Interval {
  const first = corners[0];
  if (!first) throw new Error('interval arithmetic: no corner to bound the result');
  let low = first.at;
  let high = first.at;
  for (const corner of corners) {
    if (compare(corner.at, low) < 0) low = corner.at;
    if (compare(corner.at, high) > 0) high = corner.at;
  }
  const reachedAt = (at: Extended) => corners.some((c) => c.reached && compare(c.at, at) === 0);
  return {
    low: low.kind === 'finite' ? low.value : null,
    high: high.kind === 'finite' ? high.value : null,
    lowOpen: low.kind === 'finite' && !reachedAt(low),
    highOpen: high.kind === 'finite' && !reachedAt(high),
  };
}
