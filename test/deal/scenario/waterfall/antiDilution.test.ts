/**
 * Anti-dilution on a down round, computed by hand with the formula as the sources state it:
 * issue 19, "CP2 = CP1 × (A + B) / (A + C)"; Vircon Legal, "Broad-Based Weighted Average",
 * https://virconlegal.com/?p=7643: "NCP = OCP × (OS + NSP) / (OS + NS), where NCP = new conversion
 * price, OCP = old conversion price, OS = old shares outstanding, NSP = new shares at old price,
 * NS = actual new shares issued", broad-based counting "all options, warrants, and convertible
 * securities", narrow-based "only outstanding shares"; full ratchet "adjusts to the lowest price".
 * Series A: 1,000,000 shares at $1; 4,000,000 common; a pool of 1,000,000; Series B buys
 * 1,000,000 shares at $0.50 for $500K (B = 500,000 shares at the old price, C = 1,000,000).
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const file = (method: string) => `
currency: USD
classes:
  - { name: Series A, issuePrice: "$1", antiDilution: ${method} }
holders:
  - { name: Founders, shares: 4000000 }
  - { name: Fund A, class: Series A, shares: 1000000 }
pool: { shares: 1000000 }
rounds:
  - { name: Series B, date: 2020-01-02, pricePerShare: "$0.50", investors: [{ name: Fund B, amount: "$500K" }] }
`;
const seriesA = (method: string) => {
  const c = run(file(method)).classTable.classes.find((x) => x.name === 'Series A');
  if (c === undefined) throw new Error('no Series A');
  return c;
};

describe('anti-dilution on a down round', () => {
  it('broad-based: A = 6,000,000 fully diluted; CP2 = 1 × 6.5M / 7M = 13/14; 76,923.07… extra shares', () => {
    const c = seriesA('broad');
    const a = c.antiDilution[0];
    expect([a?.a?.toString(), a?.b?.toString(), a?.c?.toString()]).toEqual(['6000000', '500000', '1000000']);
    expect(a?.newPrice.toString()).toBe('0.9285714285714285714285714285714285714286');
    expect(c.conversionRatio?.toString()).toBe('1.076923076923076923076923076923076923077'); // 14/13
    expect(a?.extraShares.toString()).toBe('76923.07692307692307692307692307692307692');
  });
  it('narrow-based: A = 5,000,000 issued shares (no pool); CP2 = 5.5M / 6M = 11/12', () => {
    const a = seriesA('narrow').antiDilution[0];
    expect(a?.a?.toString()).toBe('5000000');
    expect(a?.newPrice.toString()).toBe('0.9166666666666666666666666666666666666667');
  });
  it('full ratchet: CP2 = $0.50, the series converts 1:2 (1,000,000 extra shares)', () => {
    const c = seriesA('ratchet');
    expect(c.antiDilution[0]?.newPrice.toString()).toBe('0.5');
    expect(c.conversionRatio?.toString()).toBe('2');
    expect(c.antiDilution[0]?.extraShares.toString()).toBe('1000000');
  });
  it('is off unless the series says so', () => {
    const c = run(file('ratchet').replace(', antiDilution: ratchet', '')).classTable.classes.find(
      (x) => x.name === 'Series A',
    );
    expect(c?.antiDilution).toEqual([]);
    expect(c?.conversionRatio?.toString()).toBe('1');
  });
});

describe('the extra shares of an adjustment, later on', () => {
  it('count in an exit as converted and in the round table, and the output says so', () => {
    // Full ratchet: Series A converts at 1 / 0.5 = 2 common a share, 2,000,000 in all. At a $100M exit every
    // class converts; the pool is unallocated: 4,000,000 + 2,000,000 + 1,000,000 = 7,000,000 common shares,
    // Fund A 2/7 of $100M (by hand).
    const result = run(`${file('ratchet')}exits: ["$100M"]\n`);
    const fundA = result.exits[0]!.byHolder.find((h) => h.holder === 'Fund A')!;
    expect(fundA.amount.toFixed(6)).toBe('28571428.571429');
    expect(result.holders.find((h) => h.holder === 'Fund A')!.shares.toString()).toBe('2000000');
    expect(result.fullyDiluted.toString()).toBe('8000000'); // 7,000,000 and the pool's 1,000,000
    expect(
      result.assumptions.some((a) =>
        a.startsWith(
          'an anti-dilution adjustment changes the series’ conversion ratio: its extra common shares count in every exit’s as-converted shares and, from the round that triggers it, in the round tables',
        ),
      ),
    ).toBe(true);
  });
});
