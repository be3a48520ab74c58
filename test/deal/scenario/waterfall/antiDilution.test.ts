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
  it('broad-based: the formula line, whole, prices at the display rule (13/14 = 0.92857142857… to 10 decimals)', () => {
    expect(seriesA('broad').antiDilution[0]?.formula).toBe(
      'broad-based weighted average: CP2 = CP1 × (A + B) / (A + C) = 1.00 USD × (6,000,000 + 500,000) / (6,000,000 + 1,000,000) = 0.9285714286 USD; A = every share before the round, fully diluted (options and the pool included), B = new money / CP1, C = the shares the new money bought',
    );
  });
  it('narrow-based, by default: A = the series’ own 1,000,000 shares; CP2 = 1 × 1.5M / 2M = 0.75, and the formula says so', () => {
    const a = seriesA('narrow').antiDilution[0];
    expect(a?.a?.toString()).toBe('1000000');
    expect(a?.newPrice.toString()).toBe('0.75');
    expect(a?.formula).toContain(
      "A = the common the series' own outstanding shares convert into before the round (narrowBase: series), the default",
    );
  });
  it('narrow-based with narrowBase: common-and-preferred: A = 5,000,000 issued shares (no pool); CP2 = 5.5M / 6M = 11/12', () => {
    const a = seriesA('narrow, narrowBase: common-and-preferred').antiDilution[0];
    expect(a?.a?.toString()).toBe('5000000');
    expect(a?.newPrice.toString()).toBe('0.9166666666666666666666666666666666666667');
    expect(a?.formula).toContain('(narrowBase: common-and-preferred), B =');
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

describe('what a narrow-based A counts (narrowBase)', () => {
  // The Business Professor, "Broad Based & Narrow Based Calculation",
  // https://thebusinessprofessor.com/knowledge-base/broad-based-narrow-based-calculation/: the narrow-based formula
  // "only includes the common stock issuable upon conversion of the particular series of shares of preferred stock in
  // question. As an alternative, parties sometime negotiate versions of the narrow-based formula that includes the
  // common stock issuable upon conversion of all shares of preferred stock outstanding".
  // Here a Seed series (500,000 shares at $0.80) sits beside Series A (1,000,000 at $1, narrow-based); Series B
  // buys 1,000,000 shares at $0.50 for $500K: B = 500,000, C = 1,000,000 (by hand).
  const twoSeries = (base: string) => `
currency: USD
classes:
  - { name: Seed, issuePrice: "$0.80" }
  - { name: Series A, issuePrice: "$1", antiDilution: narrow${base} }
holders:
  - { name: Founders, shares: 4000000 }
  - { name: Angels, class: Seed, shares: 500000 }
  - { name: Fund A, class: Series A, shares: 1000000 }
pool: { shares: 1000000 }
rounds:
  - { name: Series B, date: 2020-01-02, pricePerShare: "$0.50", investors: [{ name: Fund B, amount: "$500K" }] }
`;
  const adjustment = (base: string) =>
    run(twoSeries(base)).classTable.classes.find((x) => x.name === 'Series A')!.antiDilution[0]!;

  it.each([
    // the series: A = 1,000,000; CP2 = 1.5M / 2M = 0.75
    ['', '1000000', '0.75'],
    [', narrowBase: series', '1000000', '0.75'],
    // all the preferred: A = 1,500,000; CP2 = 2M / 2.5M = 0.8
    [', narrowBase: preferred', '1500000', '0.8'],
    // issued common and preferred: A = 5,500,000; CP2 = 6M / 6.5M = 12/13
    [', narrowBase: common-and-preferred', '5500000', '0.9230769230769230769230769230769230769231'],
  ])('antiDilution: narrow%s: A = %s, CP2 = %s', (base, a, cp2) => {
    const made = adjustment(base);
    expect([made.a?.toString(), made.newPrice.toString()]).toEqual([a, cp2]);
  });

  it('is refused on a series without narrow-based anti-dilution', () => {
    expect(() =>
      run(twoSeries('').replace('antiDilution: narrow', 'antiDilution: broad, narrowBase: series')),
    ).toThrow(
      'classes[1].narrowBase (line 5): "series" says what a narrow-based A counts, but the series has no narrow-based anti-dilution (antiDilution: broad)',
    );
  });
});
