/**
 * Laws of the exit waterfall over random share structures (fast-check): one to three series of
 * any preference, participation, cap, rank and conversion ratio, common, and option grants.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, cmp, div, mul, ratio, sub, type Rational } from '../../../../src/deal/scenario/rational.js';
import { at, Probe } from '../../../../src/deal/scenario/waterfall/affine.js';
import { divide } from '../../../../src/deal/scenario/waterfall/distribute.js';
import { choosersOf, payoutOf, switched } from '../../../../src/deal/scenario/waterfall/equilibrium.js';
import { settle } from '../../../../src/deal/scenario/waterfall/divideExit.js';
import { findBreakpoints, pieces } from '../../../../src/deal/scenario/waterfall/breakpoints.js';
import type { PreferredInput, WaterfallModel } from '../../../../src/deal/scenario/waterfall/model.js';
import { toCurrencyCode } from '../../../../src/money/currency.js';

const seriesShape = fc.record({
  shares: fc.integer({ min: 1, max: 5_000_000 }),
  priceCents: fc.integer({ min: 10, max: 2_000 }),
  multipleTenths: fc.constantFrom(10, 15, 20),
  participation: fc.constantFrom('none', 'full', 'capped'),
  capTenths: fc.integer({ min: 1, max: 30 }),
  rank: fc.integer({ min: 1, max: 3 }),
  ratio: fc.constantFrom(1, 2),
});
const modelShape = fc.record({
  series: fc.array(seriesShape, { minLength: 1, maxLength: 3 }),
  common: fc.integer({ min: 0, max: 5_000_000 }),
  options: fc.array(
    fc.record({
      shares: fc.integer({ min: 1, max: 1_000_000 }),
      strikeCents: fc.integer({ min: 1, max: 1_500 }),
    }),
    {
      maxLength: 2,
    },
  ),
});

type Shape = typeof modelShape extends fc.Arbitrary<infer T> ? T : never;

function modelOf(shape: Shape): WaterfallModel {
  const preferred = shape.series.map((s, i): PreferredInput => {
    const shares = ratio(BigInt(s.shares));
    const issuePrice = ratio(BigInt(s.priceCents), 100n);
    const multiple = ratio(BigInt(s.multipleTenths), 10n);
    const capMultiple = s.participation === 'capped' ? add(multiple, ratio(BigInt(s.capTenths), 10n)) : null;
    return {
      name: `S${i}`,
      shares,
      issuePrice,
      multiple,
      participation: s.participation as PreferredInput['participation'],
      capMultiple,
      rank: s.rank,
      conversionRatio: ratio(BigInt(s.ratio)),
      members: [{ holder: `H${i}`, shares: BigInt(s.shares) }],
      preference: mul(mul(multiple, issuePrice), shares),
      asConverted: mul(shares, ratio(BigInt(s.ratio))),
      cap: capMultiple === null ? null : mul(mul(capMultiple, issuePrice), shares),
    };
  });
  return {
    currency: toCurrencyCode('USD'),
    preferred,
    common: {
      shares: ratio(BigInt(shape.common)),
      members: [{ holder: 'Common', shares: BigInt(shape.common) }],
    },
    options: shape.options.map((o, i) => ({
      name: `O${i}`,
      strike: ratio(BigInt(o.strikeCents), 100n),
      shares: ratio(BigInt(o.shares)),
      members: [{ holder: `E${i}`, shares: BigInt(o.shares) }],
    })),
    pool: 0n,
  };
}

/** Every payout line of a division, at X. */
function payouts(model: WaterfallModel, x: Rational): Rational[] {
  const { division } = settle(model, new Probe(x));
  return [
    ...division.series.map((s) => at(s.amount, x)),
    ...division.options.map((o) => at(o, x)),
    at(division.common, x),
  ];
}

const exitValue = fc.integer({ min: 0, max: 200_000_000 }).map((n) => ratio(BigInt(n)));
const RUNS = { numRuns: 60 };

describe('the exit waterfall', () => {
  it('pays out exactly the exit value', () => {
    fc.assert(
      fc.property(modelShape, exitValue, (shape, x) => {
        const paid = payouts(modelOf(shape), x).reduce(add);
        expect(cmp(paid, x)).toBe(0);
      }),
      RUNS,
    );
  });

  it('never pays a class less as the exit grows', () => {
    fc.assert(
      fc.property(modelShape, exitValue, exitValue, (shape, a, b) => {
        const [low, high] = cmp(a, b) <= 0 ? [a, b] : [b, a];
        const model = modelOf(shape);
        const before = payouts(model, low);
        const after = payouts(model, high);
        before.forEach((value, i) => expect(cmp(after[i] ?? value, value)).toBeGreaterThanOrEqual(0));
      }),
      RUNS,
    );
  });

  it('leaves no series and no option grant a gain from switching its choice', () => {
    fc.assert(
      fc.property(modelShape, exitValue, (shape, x) => {
        const model = modelOf(shape);
        const { choices, division } = settle(model, new Probe(x));
        for (const chooser of choosersOf(model)) {
          const other = divide(model, switched(choices, chooser), new Probe(x));
          expect(
            cmp(at(payoutOf(other, chooser), x), at(payoutOf(division, chooser), x)),
          ).toBeLessThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });

  it('is a straight line between breakpoints and bends at each one', () => {
    fc.assert(
      fc.property(modelShape, (shape) => {
        const model = modelOf(shape);
        const points = [...new Set(findBreakpoints(model).map((b) => b.exit.toString()))].map((text) => {
          const [whole = '0', fraction = ''] = text.split('.');
          return ratio(BigInt(whole + fraction), 10n ** BigInt(fraction.length));
        });
        // Straight: on each piece, the midpoint's payouts are the average of the ends'.
        for (const piece of pieces(model)) {
          const end = piece.to ?? add(mul(piece.from, ratio(2n)), ratio(1000n));
          const mid = div(add(piece.from, end), ratio(2n));
          const [p, q, m] = [payouts(model, piece.from), payouts(model, end), payouts(model, mid)];
          m.forEach((value, i) =>
            expect(cmp(mul(value, ratio(2n)), add(p[i] ?? value, q[i] ?? value))).toBe(0),
          );
        }
        // Bends: at each breakpoint some line's slope just left differs from its slope just right.
        for (const b of points) {
          const h = ratio(1n, 1_000_000n);
          const [l, c, r] = [payouts(model, sub(b, h)), payouts(model, b), payouts(model, add(b, h))];
          const bends = c.some((value, i) => cmp(sub(value, l[i] ?? value), sub(r[i] ?? value, value)) !== 0);
          expect(bends).toBe(true);
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
