/**
 * Issue 9's example scenario (the acceptance file): two founders with 1,000,000 shares each, a
 * Series A at $8M pre-money with a $2M Lead investment and a pool of 10% of the post-money count
 * in the pre-money, percentage-ownership pricing.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/money/decimal.js';
import { parseSweep, sweepScenario } from '../../../src/deal/scenario/sweep.js';
import { unwrap } from '../../../src/errors.js';
import { scenario, SOURCES, run, shares } from './helpers.js';

const ISSUE = `currency: USD
holders:
  - { name: Founder A, shares: 1000000 }
  - { name: Founder B, shares: 1000000 }
pool: { shares: 0 }
rounds:
  - name: Series A
    date: 2018-01-01
    preMoney: "$8M"
    pool: { target: "10%", placement: pre-money }
    convention: percentage-ownership
    investors:
      - { name: Lead, amount: "$2M" }
`;

describe("issue 9's example", () => {
  // By hand: post-money 10M; Lead 20% and pool 10% leave 70% for the 2,000,000 founders' shares, so the fully
  // diluted count is 2,000,000 / 0.7 = 2,857,142.857…, the price 10M / that = 3.5, Lead 2M / 3.5 = 571,428.571…
  // shares and the pool 285,714.285…; rounded down: 571,428 and 285,714, 2,857,142 in all.
  it('prices the round at 3.5 and gives the table', () => {
    const round = run(ISSUE).rounds[0]!;
    expect(round.pricePerShare.toString()).toBe('3.5');
    expect(round.postMoney.toString()).toBe('10000000');
    expect(shares(round.table)).toEqual([
      ['Founder A', '1000000'],
      ['Founder B', '1000000'],
      ['Lead', '571428'],
      ['Option pool', '285714'],
    ]);
    expect(round.newShares).toEqual([
      { investor: 'Lead', amount: new Decimal('2000000'), shares: new Decimal('571428') },
    ]);
    expect(round.conversions).toEqual([]);
  });

  it('computes the identities: percentages sum to exactly 100; price × shares misses the post-money by exactly $3', () => {
    const { identities } = run(ISSUE).rounds[0]!;
    expect(identities.percentages.sum.toString()).toBe('100');
    expect(identities.percentages.holds).toBe(true);
    const post = identities.postMoney;
    expect(post.product.toString()).toBe('9999997'); // 3.5 × 2,857,142
    expect(post.postMoney.toString()).toBe('10000000');
    expect(post.difference.toString()).toBe('-3');
    // The miss is the shares rounding left unissued, valued at 3.5: 4/7 of Lead's share ($2) and 2/7 of the pool's ($1).
    expect(post.rounding.map((e) => [e.what, e.valueAtPrice.toString()])).toEqual([
      ['pool increase', '-1'],
      ['Lead (new money)', '-2'],
    ]);
    // Each count at the display rules: 1,000,000 / 3.5 = 285,714.2857… and 2,000,000 / 3.5 = 571,428.5714… shares.
    expect(post.explanation).toBe(
      'price × fully diluted shares is 3.00 USD below the post-money: pool increase 285,714.29 shares rounded (floor) to 285,714: -1.00 USD; Lead (new money) 571,428.57 shares rounded (floor) to 571,428: -2.00 USD',
    );
  });

  it('holds exactly when the shares divide evenly (no rounding to explain)', () => {
    // With 7,000,000 founders' shares: 10,000,000 fully diluted at $1.00, Lead 2,000,000, pool 1,000,000, all whole.
    const round = run(ISSUE.replace(/shares: 1000000/g, 'shares: 3500000')).rounds[0]!;
    expect(round.identities.postMoney.holds).toBe(true);
    expect(round.identities.postMoney.explanation).toBe(
      'price × fully diluted shares equals the post-money exactly; nothing was rounded',
    );
    expect(round.pool.percent.toString()).toBe('10');
  });

  it('is JSON-ready: per round pricePerShare, postMoney, conversions, newShares and table with holder, shares, percent', () => {
    const json = JSON.parse(JSON.stringify(run(ISSUE))) as {
      rounds: {
        pricePerShare: string;
        postMoney: string;
        conversions: unknown[];
        newShares: unknown[];
        table: { holder: string; shares: string; percent: string }[];
      }[];
    };
    const round = json.rounds[0]!;
    expect(round.pricePerShare).toBe('3.5');
    expect(round.postMoney).toBe('10000000');
    expect(round.conversions).toEqual([]);
    expect(round.newShares).toEqual([{ investor: 'Lead', amount: '2000000', shares: '571428' }]);
    expect(round.table.map((row) => [row.holder, row.shares])).toEqual([
      ['Founder A', '1000000'],
      ['Founder B', '1000000'],
      ['Lead', '571428'],
      ['Option pool', '285714'],
    ]);
    expect(round.table.reduce((sum, row) => sum.plus(row.percent), new Decimal('0')).toString()).toBe('100');
  });

  it("sweeps the pre-money from $6M to $12M in $1M steps: 7 rows of Founder A's percentage", () => {
    const progress: [number, number][] = [];
    const table = sweepScenario(
      SOURCES,
      scenario(ISSUE),
      [unwrap(parseSweep('rounds[0].preMoney=6M..12M:1M'))],
      ['holders["Founder A"].percent'],
      { onProgress: (done, total) => progress.push([done, total]) },
    );
    expect(table.kind).toBe('table');
    expect(table.axes[0]!.texts).toEqual([
      '6000000 USD',
      '7000000 USD',
      '8000000 USD',
      '9000000 USD',
      '10000000 USD',
      '11000000 USD',
      '12000000 USD',
    ]);
    // By hand, before rounding: Founder A holds half of the 1 − 10% − 2/(V + 2) left to the founders:
    // 6M: 32.5%, 7M: 33.888…%, 8M: 35%, 9M: 35.9090…%, 10M: 36.666…%, 11M: 37.3076…%, 12M: 37.8571…%.
    const byHand = [
      '32.5',
      '33.8888888889',
      '35',
      '35.9090909091',
      '36.6666666667',
      '37.3076923077',
      '37.8571428571',
    ];
    table.cells.forEach((cell, i) => {
      // Rounding down leaves under one share of the Lead's and of the pool's unissued: Founder A's percentage is
      // at most a few hundred-thousandths of a point above the exact one.
      const gap = (cell.values?.[0] as Decimal).minus(byHand[i]!);
      expect(gap.gte('-0.0000000001') && gap.lt('0.0001')).toBe(true);
    });
    expect((table.cells[2]!.values?.[0] as Decimal).toString()).toBe('35.0000105000031500009450002835'); // 1,000,000 / 2,857,142
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7].map((done) => [done, 7]));
  });
});
