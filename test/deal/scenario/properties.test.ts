/**
 * Laws of the scenario model, over random scenarios (fast-check): holders, a pool, convertibles
 * of every kind, one to three rounds with pools, conventions and roundings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DealCalcError } from '../../../src/errors.js';
import { Decimal } from '../../../src/money/decimal.js';
import { runScenario } from '../../../src/deal/scenario/runScenario.js';
import type { ScenarioResult } from '../../../src/deal/scenario/types.js';
import { scenario, SOURCES } from './helpers.js';

interface Shape {
  founders: number[];
  pool: number;
  convertibles: { type: string; amount: number; cap: number | null; discount: number | null }[];
  rounds: {
    preMoney: number;
    investors: number[];
    pool: { target: number; placement: string } | null;
    convention: string;
    shares: string;
    price: string;
  }[];
}

const shape: fc.Arbitrary<Shape> = fc.record({
  founders: fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 1, maxLength: 3 }),
  pool: fc.integer({ min: 0, max: 1_000_000 }),
  convertibles: fc.array(
    fc.record({
      type: fc.constantFrom('safe-post', 'safe-pre', 'note'),
      amount: fc.integer({ min: 10_000, max: 2_000_000 }),
      cap: fc.option(fc.integer({ min: 3_000_000, max: 60_000_000 }), { nil: null }),
      discount: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
    }),
    { maxLength: 3 },
  ),
  rounds: fc.array(
    fc.record({
      preMoney: fc.integer({ min: 1_000_000, max: 100_000_000 }),
      investors: fc.array(fc.integer({ min: 100_000, max: 20_000_000 }), { minLength: 1, maxLength: 2 }),
      pool: fc.option(
        fc.record({
          target: fc.integer({ min: 1, max: 25 }),
          placement: fc.constantFrom('pre-money', 'post-money'),
        }),
        { nil: null },
      ),
      convention: fc.constantFrom('percentage-ownership', 'pre-money', 'dollars-invested'),
      shares: fc.constantFrom('floor', 'ceil', 'round', 'half-even'),
      price: fc.constantFrom('none', '4dp', '2dp-up', '6dp-down'),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

function yaml(s: Shape, secondary: { seller: number; shares: number } | null = null): string {
  const lines = ['currency: USD', 'holders:'];
  s.founders.forEach((shares, i) => lines.push(`  - { name: Founder ${i}, shares: ${shares} }`));
  lines.push(`pool: { shares: ${s.pool} }`);
  if (s.convertibles.length > 0) lines.push('convertibles:');
  s.convertibles.forEach((c, i) =>
    lines.push(
      `  - { name: C${i}, type: ${c.type}, amount: "$${c.amount}"${c.cap ? `, cap: "$${c.cap}"` : ''}${
        c.discount ? `, discount: "${c.discount}%"` : ''
      } }`,
    ),
  );
  lines.push('rounds:');
  s.rounds.forEach((r, i) => {
    lines.push(`  - name: Round ${i}`, `    date: ${2018 + i}-03-01`, `    preMoney: "$${r.preMoney}"`);
    if (r.pool) lines.push(`    pool: { target: "${r.pool.target}%", placement: ${r.pool.placement} }`);
    lines.push(`    convention: ${r.convention}`, `    rounding: { shares: ${r.shares}, price: ${r.price} }`);
    lines.push(
      `    investors: [${r.investors.map((amount, j) => `{ name: Investor ${i}.${j}, amount: "$${amount}" }`).join(', ')}]`,
    );
    if (i === 0 && secondary)
      lines.push(
        `    secondaries: [{ seller: Founder ${secondary.seller}, buyer: Buyer, shares: ${secondary.shares}, price: "$1.25" }]`,
      );
  });
  return `${lines.join('\n')}\n`;
}

/** Runs a scenario, or null when its terms cannot be solved (an error the model must report, not a law broken). */
function tryRun(text: string): ScenarioResult | null {
  try {
    return runScenario(SOURCES, scenario(text));
  } catch (error) {
    if (error instanceof DealCalcError && error.code === 'SCENARIO_UNSOLVABLE') return null;
    throw error;
  }
}

describe('properties', () => {
  it('after every round the percentages sum to exactly 100, the shares to the fully diluted count, and the post-money identity is computed', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const result = tryRun(yaml(s));
        fc.pre(result !== null);
        for (const round of result!.rounds) {
          expect(round.table.reduce((a, row) => a.plus(row.percent), new Decimal('0')).toString()).toBe(
            '100',
          );
          expect(round.identities.percentages.holds).toBe(true);
          expect(
            round.table.reduce((a, row) => a.plus(row.shares), new Decimal('0')).eq(round.fullyDiluted),
          ).toBe(true);
          const identity = round.identities.postMoney;
          // Each figure is exact, then written to 40 significant digits: recomputing from the written ones agrees
          // to within the last of those digits.
          const close = (a: Decimal, b: Decimal) =>
            a.minus(b).abs().lte(b.abs().times('1e-36').plus('1e-36'));
          expect(close(identity.product, round.pricePerShare.times(round.fullyDiluted))).toBe(true);
          expect(identity.holds).toBe(identity.difference.isZero());
          // The difference is the price rounding plus each rounded count valued at the exact price.
          const explained = identity.rounding.reduce(
            (a, e) => a.plus(e.valueAtPrice),
            identity.priceRounding,
          );
          expect(close(explained, identity.difference)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('a secondary never changes the share count, the price or the post-money of any round', () => {
    fc.assert(
      fc.property(shape, fc.nat(), fc.integer({ min: 1, max: 1_000_000 }), (s, who, wanted) => {
        const seller = who % s.founders.length;
        const shares = Math.min(wanted, s.founders[seller]!);
        const without = tryRun(yaml(s));
        fc.pre(without !== null);
        const withSale = tryRun(yaml(s, { seller, shares }))!;
        without!.rounds.forEach((round, i) => {
          const other = withSale.rounds[i]!;
          expect(other.fullyDiluted.toString()).toBe(round.fullyDiluted.toString());
          expect(other.pricePerShare.toString()).toBe(round.pricePerShare.toString());
          expect(other.postMoney.toString()).toBe(round.postMoney.toString());
        });
        expect(withSale.rounds[0]!.secondaries[0]!.shares.toString()).toBe(String(shares));
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("raising a round's pre-money never lowers the founders' final percentage", () => {
    fc.assert(
      fc.property(shape, fc.nat(), fc.integer({ min: 1, max: 50_000_000 }), (s, which, raise) => {
        const index = which % s.rounds.length;
        const higher: Shape = {
          ...s,
          rounds: s.rounds.map((r, i) => (i === index ? { ...r, preMoney: r.preMoney + raise } : r)),
        };
        const low = tryRun(yaml(s));
        const high = tryRun(yaml(higher));
        fc.pre(low !== null && high !== null);
        // The founders' shares are the same in both, so their percentage rises exactly when the fully diluted
        // count falls: compare the counts (exact), and the percentages the tables show.
        const founders = (r: ScenarioResult) =>
          r.holders
            .filter((row) => row.holder.startsWith('Founder'))
            .reduce((a, row) => a.plus(row.shares), new Decimal('0'));
        expect(founders(high!).eq(founders(low!))).toBe(true);
        expect(high!.fullyDiluted.lte(low!.fullyDiluted)).toBe(true);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
