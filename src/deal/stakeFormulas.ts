/**
 * The deal formulas, written once over intervals and evaluated twice: on point intervals (the
 * figures as written) and on the figures' ranges. Each is arranged so that every figure appears
 * once where that is possible, because interval arithmetic widens a result when one figure
 * appears twice (x / (v + x) treats the two x as independent): a stake on a pre-money valuation
 * v is intervalShare(x, v), evaluated at the corners that bound it, which is tight.
 *
 * Money: post = pre + new money; a stake = money / post; kept = pre / post is the share of the
 * company the existing holders keep; the new shares' share is 1 − kept. A secondary purchase adds
 * no money: pre = post = the valuation, and the money / valuation is bought from the sellers.
 */
import { DealCalcError } from '../errors.js';
import { Decimal } from '../money/decimal.js';
import type { Interval } from '../quantity/interval.js';
import {
  intervalDivide,
  intervalMinus,
  intervalPlus,
  intervalShare,
  intervalTimes,
} from '../quantity/intervalArithmetic.js';
import { dealError } from './dealChecks.js';
import { pointOf } from './ranges.js';
import type { DealStructure, ReadingBasis } from './types.js';

/** The figures of a deal as intervals: money in the reporting currency, holdings as fractions. */
export interface DealValues {
  readonly investments: readonly Interval[];
  readonly valuation: Interval;
  /** The new money of a mixed deal; null otherwise. */
  readonly primaryPart: Interval | null;
  /** Each holder's fraction of the company before the deal. */
  readonly holders: readonly Interval[];
}

/** What does not change between the point and the range evaluation. */
export interface DealShape {
  readonly basis: ReadingBasis;
  readonly structure: DealStructure['kind'];
  /** Per holder: whether it sells (only in a deal that buys existing shares). */
  readonly sellers: readonly boolean[];
  /** Whether to add a row for the holders not named (the rest to 100%). */
  readonly remainder: boolean;
}

/** One holder's fractions: before, after, sold, diluted. */
export interface HolderValues {
  readonly before: Interval;
  readonly after: Interval;
  readonly sold: Interval | null;
  readonly dilutionPoints: Interval;
  readonly dilutionRelative: Interval;
}

/** Every quantity of one reading, as intervals (fractions for shares of the company). */
export interface ReadingValues {
  readonly post: Interval;
  readonly pre: Interval;
  readonly total: Interval;
  readonly stake: Interval;
  readonly investorStakes: readonly Interval[];
  readonly primaryAmount: Interval;
  readonly secondaryAmount: Interval;
  /** The new shares' share of the company after the deal (1 − kept). */
  readonly newShare: Interval;
  /** The share of the company after the deal bought from holders. */
  readonly secondaryShare: Interval;
  /** pre / post: the share of their holdings that holders keep through the new shares. */
  readonly kept: Interval;
  /** The share of the company before the deal that is sold (secondary money / pre-money); null when no holder sells. */
  readonly soldOfPre: Interval | null;
  readonly holders: readonly HolderValues[];
}

const ZERO = pointOf(new Decimal('0'));
const ONE = pointOf(new Decimal('1'));

/**
 * Evaluates every quantity of one reading of a deal.
 *
 * @throws DealCalcError DEAL_RANGE_UNBOUNDED when a range would need a division by a range reaching zero
 *
 * @example
 * const p = (x) => closedInterval(new Decimal(x), new Decimal(x));
 * const values = { investments: [p('2e6')], valuation: p('8e6'), primaryPart: null, holders: [] };
 * const shape = { basis: 'pre', structure: 'primary', sellers: [], remainder: false };
 * readingValues(values, shape).stake.low.toString() //=> '0.2'
 */
export function readingValues(values: DealValues, shape: DealShape): ReadingValues {
  const { basis, structure } = shape;
  const investments = values.investments;
  const V = values.valuation;
  const total = sum(investments);
  const secondary = structure === 'secondary';
  const onPost = basis === 'post' || secondary;
  const P = structure === 'primary' ? total : secondary ? ZERO : required(values.primaryPart);
  const S = structure === 'primary' ? ZERO : secondary ? total : intervalMinus(total, P);

  const post = onPost ? V : intervalPlus(V, P);
  const pre = secondary || basis === 'pre' ? V : intervalMinus(V, P);

  let stake: Interval;
  let investorStakes: Interval[];
  if (onPost) {
    stake = divide(total, V, 'the stake');
    investorStakes = investments.map((x) => divide(x, V, 'a stake'));
  } else if (structure === 'primary') {
    stake = share(total, V, 'the stake');
    investorStakes =
      investments.length === 1
        ? [stake]
        : investments.map((x, k) =>
            share(x, intervalPlus(V, sum(investments.filter((_, j) => j !== k))), 'a stake'),
          );
  } else {
    const postMoney = intervalPlus(V, P);
    stake = divide(total, postMoney, 'the stake');
    investorStakes = investments.map((x) => divide(x, postMoney, 'a stake'));
  }

  let kept: Interval;
  let newShare: Interval;
  if (secondary) {
    kept = ONE;
    newShare = ZERO;
  } else if (basis === 'post') {
    newShare = divide(P, V, 'the new shares');
    kept = intervalMinus(ONE, newShare);
  } else {
    kept = share(V, P, 'the holdings kept');
    newShare = structure === 'primary' ? stake : share(P, V, 'the new shares');
  }

  let secondaryShare = ZERO;
  if (secondary) secondaryShare = stake;
  else if (structure === 'mixed') secondaryShare = divide(S, post, 'the existing shares bought');
  // Only sellers need it, and on a post-money basis it divides by a pre-money range that may reach zero.
  const anySeller = structure !== 'primary' && shape.sellers.some((sells) => sells);
  let soldOfPre: Interval | null = null;
  if (anySeller) soldOfPre = secondary ? stake : divide(S, pre, 'the share of the company sold');

  const holders = holderValues(values.holders, shape, { kept, newShare, soldOfPre });
  return {
    post,
    pre,
    total,
    stake,
    investorStakes,
    primaryAmount: P,
    secondaryAmount: S,
    newShare,
    secondaryShare,
    kept,
    soldOfPre,
    holders,
  };
}

function holderValues(
  holdings: readonly Interval[],
  shape: DealShape,
  deal: { kept: Interval; newShare: Interval; soldOfPre: Interval | null },
): HolderValues[] {
  const { kept, newShare, soldOfPre } = deal;
  const buysExisting = shape.structure !== 'primary';
  const sells = (index: number) => buysExisting && shape.sellers[index] === true;

  const change = (before: Interval, sold: Interval | null): HolderValues => {
    const remaining = sold === null ? before : intervalMinus(before, sold);
    return {
      before,
      after: intervalTimes(remaining, kept),
      sold,
      dilutionPoints: intervalTimes(remaining, newShare),
      dilutionRelative: newShare,
    };
  };

  const rows = holdings.map((before, index) => {
    if (!sells(index) || soldOfPre === null) return change(before, null);
    // Several sellers sell pro rata to their holdings.
    const others = holdings.filter((_, j) => j !== index && sells(j));
    const portion = others.length > 0 ? share(before, sum(others), "a seller's portion") : ONE;
    return change(before, intervalTimes(soldOfPre, portion));
  });
  if (shape.remainder) rows.push(change(intervalMinus(ONE, sum(holdings)), null));
  return rows;
}

function sum(intervals: readonly Interval[]): Interval {
  return intervals.reduce((acc, x) => intervalPlus(acc, x), ZERO);
}

function required(value: Interval | null): Interval {
  if (value === null) throw new Error('a mixed deal needs its primary part');
  return value;
}

/** Divides, turning a divisor range that reaches zero into an error that names the quantity. */
function divide(a: Interval, b: Interval, what: string): Interval {
  return guarded(what, () => intervalDivide(a, b));
}

/** The share a / (a + b), with the same guard. */
function share(a: Interval, b: Interval, what: string): Interval {
  return guarded(what, () => intervalShare(a, b));
}

function guarded(what: string, compute: () => Interval): Interval {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof DealCalcError) || error.code !== 'INTERVAL_DIVISION_BY_ZERO') throw error;
    throw dealError(
      'DEAL_RANGE_UNBOUNDED',
      `the figures' ranges leave ${what} without bound: it divides by a range that reaches zero (${error.message})`,
      'Narrow the figures (fewer hedges, or a bound that keeps the pre-money valuation and every holding above zero).',
    );
  }
}
