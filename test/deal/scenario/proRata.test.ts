/**
 * Pro-rata rights taken automatically. The definition is the NVCA model Investors' Rights
 * Agreement's Right of First Offer (§4.1): a Major Investor may buy its "pro rata share" of New
 * Securities, the ratio of the common it holds (as converted) to the common outstanding and
 * issuable before the issue; conversion shares and pool options are Exempted Securities. So it
 * buys its fully diluted fraction x of all the round's new-money shares N (its own included):
 * x × N, paying x × (the other investors' money) / (1 − x). Every value below is computed by hand
 * in the comments.
 */
import { describe, expect, it } from 'vitest';
import { renderScenarioText } from '../../../src/deal/scenario/render/scenario.js';
import { sweepScenario } from '../../../src/deal/scenario/sweep.js';
import { percentOf, run, scenario, shares, SOURCES, thrown } from './helpers.js';

describe('a holder with pro-rata rights (NVCA IRA §4.1 Right of First Offer)', () => {
  // Fund A holds 1,200,000 of 10,000,000 = 12%. Fund B buys 880,000 shares at $2 ($1.76M).
  // Fund A: 0.12 × $1,760,000 / 0.88 = $240,000 → 120,000 shares; N = 1,000,000, of which 12%.
  // After: 1,320,000 of 11,000,000 = 12%.
  const text = `
currency: USD
holders:
  - { name: Founders, shares: 8800000 }
  - { name: Fund A, shares: 1200000, proRata: true }
rounds:
  - { name: Series B, date: 2020-01-02, pricePerShare: "$2", investors: [{ name: Fund B, amount: "$1.76M" }] }
`;
  const result = run(text);
  const [round] = result.rounds;

  it('buys 12% of the new shares for $240,000 and keeps 12.00%', () => {
    expect(
      round?.proRata.map((t) => [
        t.holder,
        t.percentBefore.toString(),
        t.shares.toString(),
        t.amount.toString(),
      ]),
    ).toEqual([['Fund A', '12', '120000', '240000']]);
    expect(round?.newMoney.toString()).toBe('2000000');
    expect(shares(result.holders)).toEqual([
      ['Founders', '8800000'],
      ['Fund A', '1320000'],
      ['Fund B', '880000'],
      ['Option pool', '0'],
    ]);
    expect(percentOf(result.holders, 'Fund A', 2)).toBe('12.00');
  });

  it('says so in the text output', () => {
    expect(renderScenarioText(result)).toContain(
      'Fund A takes its pro-rata: 120,000 shares for 240,000.00 USD, keeping 12.00% of the new-money shares (12.00% of all after the round',
    );
  });

  it('a right holder listed among the round’s investors invests what the file says', () => {
    const listed = run(
      text.replace(
        '{ name: Fund B, amount: "$1.76M" }',
        '{ name: Fund B, amount: "$1.76M" }, { name: Fund A, amount: "$2" }',
      ),
    );
    expect(listed.rounds[0]?.proRata).toEqual([]);
    expect(listed.rounds[0]?.newShares.map((n) => [n.investor, n.shares.toString()])).toEqual([
      ['Fund B', '880000'],
      ['Fund A', '1'],
    ]);
  });

  it('right holders owning the whole company cannot take a pro-rata beside a new investor', () => {
    const error = thrown(() =>
      run(
        text.replace(
          '{ name: Founders, shares: 8800000 }',
          '{ name: Founders, shares: 8800000, proRata: true }',
        ),
      ),
    );
    expect(error.code).toBe('SCENARIO_UNSOLVABLE');
  });
});

describe('pro-rata beside a pool top-up: the pool dilutes it (Exempted Securities)', () => {
  // E = 10,000,000; Fund A 12%. Pre-money $20M, pool 10% in the pre-money, Fund B $4.4M.
  // Fund A: 0.12 × $4.4M / 0.88 = $600,000; new money $5M, post-money $25M.
  // The pool is 10% of the post-money count: ΔP = 2.5M / p, and E + ΔP = 20M / p, so
  // E = 17.5M / p: p = $1.75. ΔP = 1,428,571.43 → 1,428,571; Fund A 600,000 / 1.75 = 342,857.14
  // → 342,857; Fund B 4,400,000 / 1.75 = 2,514,285.71 → 2,514,285 (floor). Exactly, Fund A buys
  // 342,857.14 of 2,857,142.86 new-money shares: 12%. After: 1,542,857 of 14,285,713 = 10.80%.
  const result = run(`
currency: USD
holders:
  - { name: Founders, shares: 8800000 }
  - { name: Fund A, shares: 1200000, proRata: true }
rounds:
  - name: Series B
    date: 2020-01-02
    preMoney: "$20M"
    pool: { target: "10%", placement: pre-money }
    investors: [{ name: Fund B, amount: "$4.4M" }]
`);
  it('prices at $1.75 with the pro-rata money counted in the pool target', () => {
    const [round] = result.rounds;
    expect(round?.pricePerShare.toString()).toBe('1.75');
    expect(round?.proRata.map((t) => [t.shares.toString(), t.amount.toString()])).toEqual([
      ['342857', '600000'],
    ]);
    expect(shares(result.holders)).toEqual([
      ['Founders', '8800000'],
      ['Fund A', '1542857'],
      ['Fund B', '2514285'],
      ['Option pool', '1428571'],
    ]);
    expect(percentOf(result.holders, 'Fund A', 2)).toBe('10.80');
  });
});

describe('an investor given pro-rata rights takes them in later rounds', () => {
  // Seed at $1: Angel buys 2,000,000 (proRata: true); Angel holds 20% of 10,000,000.
  // Series A at $4: Lead $6.4M → 1,600,000; Angel 0.2 × $6.4M / 0.8 = $1.6M → 400,000.
  // After: Angel 2,400,000 of 12,000,000 = 20%.
  const result = run(`
currency: USD
holders: [{ name: Founders, shares: 8000000 }]
rounds:
  - { name: Seed, date: 2019-01-02, pricePerShare: "$1", investors: [{ name: Angel, amount: "$2M", proRata: true }] }
  - { name: Series A, date: 2020-01-02, pricePerShare: "$4", investors: [{ name: Lead, amount: "$6.4M" }] }
`);
  it('takes nothing in its own round and 20% of the next', () => {
    expect(result.rounds[0]?.proRata).toEqual([]);
    expect(
      result.rounds[1]?.proRata.map((t) => [t.holder, t.shares.toString(), t.amount.toString()]),
    ).toEqual([['Angel', '400000', '1600000']]);
    expect(percentOf(result.holders, 'Angel', 2)).toBe('20.00');
  });
});

describe('pro-rata and a full ratchet in the same rounds: the extra shares count from the down round on', () => {
  // Series B at $0.50: Fund A holds 1,000,000 of 5,000,000 = 20%; Fund B $500K → 1,000,000 shares;
  // Fund A 0.2 × $500,000 / 0.8 = $125,000 → 250,000 (20% of 1,250,000). The ratchet makes its
  // Series A ($1) convert into 2,000,000: it holds 2,250,000 of 7,250,000 = 31.03% after the round.
  // Series C: $14M / 7,250,000 = $1.931…; Fund A 9/29 × $2M / (20/29) = $900,000.
  const result = run(`
currency: USD
classes:
  - { name: Series A, issuePrice: "$1", antiDilution: ratchet }
holders:
  - { name: Founders, shares: 4000000 }
  - { name: Fund A, class: Series A, shares: 1000000, proRata: true }
rounds:
  - { name: Series B, date: 2020-01-02, pricePerShare: "$0.50", investors: [{ name: Fund B, amount: "$500K" }] }
  - { name: Series C, date: 2021-01-04, preMoney: "$14M", investors: [{ name: Fund C, amount: "$2M" }] }
`);
  it('takes 20% before the adjustment and counts its extra shares in the next pro-rata', () => {
    const [b, c] = result.rounds;
    expect(
      b?.proRata.map((t) => [t.percentBefore.toString(), t.shares.toString(), t.amount.toString()]),
    ).toEqual([['20', '250000', '125000']]);
    expect(b?.proRata[0]?.percentAfter.toFixed(2)).toBe('31.03');
    expect(c?.proRata.map((t) => t.amount.toString())).toEqual(['900000']);
    expect(b?.fullyDiluted.toString()).toBe('7250000');
  });
});

/** Founders, Fund A with pro-rata rights, Fund C taking `take` of its own, and Fund B's $1.7M at $1. */
const takeFile = (take: string) => `
currency: USD
holders:
  - { name: Founders, shares: 8000000 }
  - { name: Fund A, shares: 1000000, proRata: true }
  - { name: Fund C, shares: 1000000, proRata: { take: "${take}" } }
rounds:
  - { name: Series B, date: 2020-01-02, pricePerShare: "$1", investors: [{ name: Fund B, amount: "$1.7M" }] }
`;

describe('a right that takes a fixed amount of its pro-rata (proRata: { take: AMOUNT })', () => {
  // NVCA model IRA §4.1(b): a Major Investor "may elect to purchase … up to that portion of such New Securities"
  // (its pro rata share): it may take part of it. Founders 8,000,000; Fund A 1,000,000 (10%, takes all);
  // Fund C 1,000,000 (10%, takes $100K); Fund B puts in $1.7M at $1.
  // All the new money = ($1.7M + $100K) / (1 − 0.10) = $2M; each allocation = 10% × $2M = $200,000.
  // Fund A buys 200,000 shares; Fund C 100,000 (5.00% of the 2,000,000 new-money shares); Fund B 1,700,000.

  it('buys $100K of its $200,000 allocation; the holder taking all of its pro-rata still gets exactly 10% of the new shares', () => {
    const round = run(takeFile('$100K')).rounds[0]!;
    expect(
      round.proRata.map((t) => [
        t.holder,
        t.take,
        t.allocation.toString(),
        t.amount.toString(),
        t.shares.toString(),
        t.percentOfNewShares.toString(),
      ]),
    ).toEqual([
      ['Fund A', null, '200000', '200000', '200000', '10'],
      ['Fund C', '$100K', '200000', '100000', '100000', '5'],
    ]);
    expect(round.newMoney.toString()).toBe('2000000');
  });

  it('says what it took and what its pro-rata was', () => {
    expect(renderScenarioText(run(takeFile('$100K')))).toContain(
      'pro-rata         Fund C takes $100K of its pro-rata (200,000.00 USD, 10.00% of the new-money shares): 100,000 shares for 100,000.00 USD, 5.00% of the new-money shares',
    );
  });

  it('refuses a take above its allocation: ($1.7M + $250K) / 0.9 × 10% = 216,666.67 < $250K', () => {
    const error = thrown(() => run(takeFile('$250K')));
    expect([error.code, error.message]).toEqual([
      'SCENARIO_UNSOLVABLE',
      'holders[2].proRata.take: Fund C takes $250K of its pro-rata in Series B, but its pro-rata there is 216,666.67 USD',
    ]);
  });

  it('take: all is proRata: true; a negative take is refused', () => {
    const all = run(takeFile('all')).rounds[0]!;
    expect(all.proRata.map((t) => [t.holder, t.take, t.amount.toFixed(2)])).toEqual([
      // (1.7M) / 0.8 = 2,125,000; each 10% = 212,500.
      ['Fund A', null, '212500.00'],
      ['Fund C', null, '212500.00'],
    ]);
    expect(thrown(() => run(takeFile('-$5K'))).code).toBe('SCENARIO_VALUE_INVALID');
  });
});

describe('a pro-rata take swept', () => {
  it('sweeps holders["Fund C"].proRata.take like any figure: $50K, $100K, $150K buy 50,000, 100,000, 150,000 shares', () => {
    // As above: each allocation is 10% × ($1.7M + take) / 0.9 (≥ the take up to $188,888.88…), at $1 a share.
    const file = takeFile('$100K');
    const swept = sweepScenario(
      SOURCES,
      scenario(file),
      ['holders["Fund C"].proRata.take=50K..150K:50K'],
      ['rounds[0].newShares["Fund C"].shares'],
    );
    expect(swept.cells.map((c) => c.values?.[0]?.toString())).toEqual(['50000', '100000', '150000']);
  });
});
