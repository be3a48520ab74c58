import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/money/decimal.js';
import { DealCalcError } from '../../src/errors.js';
import { intervalContains, type Interval } from '../../src/quantity/interval.js';
import { closedInterval } from '../../src/quantity/closedInterval.js';
import {
  checkInterval,
  describeInterval,
  intervalDivide,
  intervalMinus,
  intervalNegate,
  intervalPlus,
  intervalShare,
  intervalTimes,
} from '../../src/quantity/intervalArithmetic.js';

/**
 * Interval notation for test tables: "[1, 2)", "(0, ∞)", "(−∞, 3]"; a bare number is a point.
 * Unbounded ends are null with a false flag, as the figure parser writes them.
 */
function iv(text: string): Interval {
  const point = /^-?[\d.e]+$/.exec(text);
  if (point) return closedInterval(new Decimal(text), new Decimal(text));
  const match = /^([[(])\s*([^,]+),\s*([^\])]+)([\])])$/.exec(text);
  if (!match) throw new Error(`bad interval ${text}`);
  const [, open, lowText = '', highText = '', close] = match;
  const low = /∞/.test(lowText) ? null : new Decimal(lowText.trim());
  const high = /∞/.test(highText) ? null : new Decimal(highText.trim());
  return { low, high, lowOpen: low !== null && open === '(', highOpen: high !== null && close === ')' };
}

const same = (a: Interval) => describeInterval(a);

describe('describeInterval', () => {
  it('writes brackets for closed ends and parentheses for open or unbounded ones', () => {
    expect(describeInterval(iv('(2e9, ∞)'))).toBe('(2000000000, ∞)');
    expect(describeInterval(iv('[0, 5)'))).toBe('[0, 5)');
    expect(describeInterval(iv('(−∞, 3]'))).toBe('(−∞, 3]');
  });
});

describe('intervalPlus and intervalMinus', () => {
  it.each([
    // "more than $2 billion" plus "1.5 billion" read as [1.45e9, 1.55e9]: the open end stays open
    ['(2e9, ∞)', '[1.45e9, 1.55e9]', '(3450000000, ∞)'],
    ['[1, 2)', '(3, 4]', '(4, 6)'],
    ['[1, 2]', '[3, 4]', '[4, 6]'],
    ['(−∞, 1]', '[0, ∞)', '(−∞, ∞)'],
    ['5', '[1, 2)', '[6, 7)'],
  ])('%s + %s = %s', (a, b, sum) => {
    expect(same(intervalPlus(iv(a), iv(b)))).toBe(sum);
    expect(same(intervalPlus(iv(b), iv(a)))).toBe(sum);
  });

  it.each([
    // post-money "$15 billion" minus the investment "$240 million" (each rounded at its last digit)
    ['[14.5e9, 15.5e9]', '[239.5e6, 240.5e6]', '[14259500000, 15260500000]'],
    // a difference pairs the low end of one with the high end of the other, flags included
    ['[1, 2)', '(0, 1]', '[0, 2)'],
    ['(2e9, ∞)', '[1, 2]', '(1999999998, ∞)'],
    ['[0, 5)', '(2e9, ∞)', '(−∞, -1999999995)'],
  ])('%s − %s = %s', (a, b, difference) => {
    expect(same(intervalMinus(iv(a), iv(b)))).toBe(difference);
  });

  it('negates with the flags swapping sides', () => {
    expect(same(intervalNegate(iv('[0, 5)')))).toBe('(-5, 0]');
    expect(same(intervalNegate(iv('(2, ∞)')))).toBe('(−∞, -2)');
  });
});

describe('intervalTimes', () => {
  it.each([
    ['[-2, -1]', '[3, 4]', '[-8, -3]'],
    ['[-1, 1)', '[-1, 1]', '[-1, 1]'],
    ['(-1, 1)', '(0, 1]', '(-1, 1)'],
    ['[2, 2]', '(1, 3]', '(2, 6]'],
    // a closed zero reaches 0 against an unbounded end; an open zero only approaches it
    ['[0, 1]', '[1, ∞)', '[0, ∞)'],
    ['(0, 1]', '[1, ∞)', '(0, ∞)'],
    ['[0, 1]', '(−∞, ∞)', '(−∞, ∞)'],
    ['[0, 0]', '(−∞, ∞)', '[0, 0]'],
    ['[0, 1)', '(1, 2)', '[0, 2)'],
    ['(0, ∞)', '[-1, -1]', '(−∞, 0)'],
    ['(−∞, -1]', '(−∞, -2]', '[2, ∞)'],
    // the share kept by holders, 1 − 11.33%, times a holder's "30%" read as [29.5, 30.5]
    ['[0.295, 0.305]', '(0.8867, 1)', '(0.2615765, 0.305)'],
  ])('%s × %s = %s', (a, b, product) => {
    expect(same(intervalTimes(iv(a), iv(b)))).toBe(product);
    expect(same(intervalTimes(iv(b), iv(a)))).toBe(product);
  });
});

describe('intervalDivide', () => {
  it.each([
    // "$240 million" for "1.6%": post-money ends of the Microsoft–Facebook deal (2007)
    [
      '240e6',
      '[0.0155, 0.0165]',
      '[14545454545.45454545454545454545454545455, 15483870967.74193548387096774193548387097]',
    ],
    [
      '[239.5e6, 240.5e6]',
      '[0.0155, 0.0165]',
      '[14515151515.15151515151515151515151515152, 15516129032.25806451612903225806451612903]',
    ],
    // 1 over "more than $2 billion": strictly between 0 and its reciprocal
    ['1', '(2e9, ∞)', '(0, 0.0000000005)'],
    ['[1, 2]', '(0, 4]', '[0.25, ∞)'],
    ['[1, 2]', '[-4, -2]', '[-1, -0.25]'],
    ['[1, 2]', '[-4, 0)', '(−∞, -0.25]'],
    ['[-1, 1]', '(0, 1]', '(−∞, ∞)'],
    // indeterminate corners (0/0, ∞/∞) are bounded by the others
    ['(0, 1]', '(0, 1]', '(0, ∞)'],
    ['[1, ∞)', '[1, ∞)', '(0, ∞)'],
    ['[-1, ∞)', '[1, ∞)', '[-1, ∞)'],
    // a closed zero divides to a reached 0, even by an unbounded divisor
    ['[0, 1]', '[1, ∞)', '[0, 1]'],
    ['[0, 1]', '(0, 1]', '[0, ∞)'],
    ['[0, 0]', '(0, ∞)', '[0, 0]'],
  ])('%s ÷ %s = %s', (a, b, quotient) => {
    expect(same(intervalDivide(iv(a), iv(b)))).toBe(quotient);
  });

  it.each(['[0, 1]', '[-1, 1]', '[0, 0]', '(-1, 0]', '(−∞, ∞)', '[0, ∞)'])(
    'refuses to divide by %s, which contains zero',
    (divisor) => {
      expect(() => intervalDivide(iv('1'), iv(divisor))).toThrow(DealCalcError);
      try {
        intervalDivide(iv('1'), iv(divisor));
      } catch (error) {
        expect((error as DealCalcError).code).toBe('INTERVAL_DIVISION_BY_ZERO');
      }
    },
  );
});

describe('intervalShare', () => {
  it.each([
    // the seed stake on a pre-money basis: "1.5 billion yuan" at 6.62 against "more than $2 billion"
    ['[219033232.63, 234138972.81]', '(2e9, ∞)', '(0, 0.1048005409061507396085197071246018429104)'],
    // exact figures give exact shares: Investopedia's $250,000 on $1,000,000 pre-money
    ['250000', '1000000', '[0.2, 0.2]'],
    ['3', '2', '[0.6, 0.6]'],
    ['[1, 2)', '(1, 3]', '[0.25, 0.6666666666666666666666666666666666666667)'],
    // a closed zero part reaches 0; a closed zero rest reaches 1
    ['[0, 1]', '(0, 1]', '[0, 1)'],
    ['(0, 1]', '[0, 1]', '(0, 1]'],
    ['[1, ∞)', '[1, 1]', '[0.5, 1)'],
    ['[1, 1]', '[0, 0]', '[1, 1]'],
    ['[0, 0]', '(0, 2]', '[0, 0]'],
  ])('share of %s in itself plus %s = %s', (part, rest, expected) => {
    expect(same(intervalShare(iv(part), iv(rest)))).toBe(expected);
  });

  it('is tighter than x / (x + y) written with divide and plus', () => {
    const part = iv('[1.45, 1.55]');
    const rest = iv('[8, 8]');
    const tight = intervalShare(part, rest);
    const loose = intervalDivide(part, intervalPlus(part, rest));
    expect(same(tight)).toBe(
      '[0.1534391534391534391534391534391534391534, 0.1623036649214659685863874345549738219895]',
    );
    expect(loose.high?.gt(tight.high ?? 0)).toBe(true);
  });

  it('refuses ranges below zero, and two ranges that both allow 0', () => {
    expect(() => intervalShare(iv('[-1, 1]'), iv('1'))).toThrow(/at or above zero/);
    expect(() => intervalShare(iv('[0, 1]'), iv('[0, 2]'))).toThrow(/both 0/);
  });
});

describe('checkInterval', () => {
  it.each([
    ['[2, 1]', { ...iv('[1, 2]'), low: new Decimal('2'), high: new Decimal('1') }],
    ['(1, 1]', { ...iv('1'), lowOpen: true }],
    ['[1, 1)', { ...iv('1'), highOpen: true }],
  ])('refuses the empty range %s', (_text, empty) => {
    expect(() => checkInterval(empty)).toThrow(/holds no value/);
    expect(() => intervalPlus(empty, iv('1'))).toThrow(DealCalcError);
  });
});

// ---- properties ---------------------------------------------------------------------------

/** A decimal with up to 6 digits each side of the point, built from integers (no floats). */
const decimal = fc
  .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }))
  .map(([units, scale]) => new Decimal(units.toString()).div(new Decimal(`1e${scale}`)));

const fraction = fc.bigInt({ min: 0n, max: 1000n }).map((n) => new Decimal(n.toString()).div('1000'));

/** An interval with any mix of closed, open and unbounded ends, and a member of it. */
const intervalWithMember = fc
  .record({
    a: decimal,
    b: decimal,
    lowOpen: fc.boolean(),
    highOpen: fc.boolean(),
    lowUnbounded: fc.boolean(),
    highUnbounded: fc.boolean(),
    t: fraction,
    far: decimal.map((d) => d.abs()),
  })
  .filter(({ a, b, lowOpen, highOpen }) => !a.eq(b) || (!lowOpen && !highOpen))
  .map(({ a, b, lowOpen, highOpen, lowUnbounded, highUnbounded, t, far }) => {
    const [lo, hi] = a.lte(b) ? [a, b] : [b, a];
    const low = lowUnbounded ? null : lo;
    const high = highUnbounded ? null : hi;
    const interval: Interval = {
      low,
      high,
      lowOpen: low !== null && lowOpen,
      highOpen: high !== null && highOpen,
    };
    // A member: an interior point between the ends, or a closed end itself.
    let member = lo.plus(hi.minus(lo).times(t));
    if (low === null && high === null) member = far.minus(far.div('2'));
    else if (low === null) member = hi.minus(far);
    else if (high === null) member = lo.plus(far);
    if (!intervalContains(interval, member)) member = lo.plus(hi).div('2');
    return { interval, member };
  })
  .filter(({ interval, member }) => intervalContains(interval, member));

describe('properties', () => {
  it('each operation on members lands in the operation on their ranges', () => {
    fc.assert(
      fc.property(intervalWithMember, intervalWithMember, (x, y) => {
        const { interval: a, member: p } = x;
        const { interval: b, member: q } = y;
        expect(intervalContains(intervalPlus(a, b), p.plus(q))).toBe(true);
        expect(intervalContains(intervalMinus(a, b), p.minus(q))).toBe(true);
        expect(intervalContains(intervalTimes(a, b), p.times(q))).toBe(true);
        let divisorHasZero = false;
        try {
          const quotient = intervalDivide(a, b);
          expect(intervalContains(quotient, p.div(q))).toBe(true);
        } catch (error) {
          expect((error as DealCalcError).code).toBe('INTERVAL_DIVISION_BY_ZERO');
          divisorHasZero = true;
        }
        // Division is refused exactly when zero is a member of the divisor's range.
        expect(divisorHasZero).toBe(intervalContains(b, new Decimal('0')));
      }),
      { numRuns: 2000 },
    );
  });

  it('a closed finite end of a product or quotient is reached by some pair of ends', () => {
    fc.assert(
      fc.property(intervalWithMember, intervalWithMember, ({ interval: a }, { interval: b }) => {
        const values = (i: Interval) => [i.lowOpen ? null : i.low, i.highOpen ? null : i.high];
        const reachable = (combine: (x: Decimal, y: Decimal) => Decimal, result: Interval) => {
          for (const end of [result.lowOpen ? null : result.low, result.highOpen ? null : result.high]) {
            if (end === null) continue;
            const hit = values(a).some((x) =>
              values(b).some((y) => x !== null && y !== null && !y.isZero() && combine(x, y).eq(end)),
            );
            const zeroFactor =
              end.isZero() &&
              (intervalContains(a, new Decimal('0')) || intervalContains(b, new Decimal('0')));
            expect(hit || zeroFactor).toBe(true);
          }
        };
        reachable((x, y) => x.times(y), intervalTimes(a, b));
        if (!intervalContains(b, new Decimal('0'))) reachable((x, y) => x.div(y), intervalDivide(a, b));
      }),
      { numRuns: 1000 },
    );
  });

  it('a share of members lands in the share of their ranges', () => {
    const nonNegative = intervalWithMember.filter(
      ({ interval }) => interval.low !== null && !interval.low.isNegative(),
    );
    fc.assert(
      fc.property(nonNegative, nonNegative, ({ interval: a, member: x }, { interval: b, member: y }) => {
        if (intervalContains(a, new Decimal('0')) && intervalContains(b, new Decimal('0'))) return;
        const result = intervalShare(a, b);
        if (!x.plus(y).isZero()) expect(intervalContains(result, x.div(x.plus(y)))).toBe(true);
        expect(result.low?.gte(0) && result.high?.lte(1)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('on point intervals, the operations are the Decimal operations', () => {
    fc.assert(
      fc.property(decimal, decimal, (p, q) => {
        const point = (d: Decimal) => closedInterval(d, d);
        expect(intervalTimes(point(p), point(q)).low?.eq(p.times(q))).toBe(true);
        expect(intervalPlus(point(p), point(q)).high?.eq(p.plus(q))).toBe(true);
        if (!q.isZero()) expect(intervalDivide(point(p), point(q)).low?.eq(p.div(q))).toBe(true);
      }),
    );
  });
});
