/**
 * A down round's anti-dilution extra shares in later rounds: from the round that triggers the
 * adjustment, the tables count the series as converted (each holding rounded down: a charter issues
 * no fractional shares on conversion), so a later round's fully diluted count, and a price set by a
 * pre-money, include them. The formula as the sources state it (issue 19; Vircon Legal,
 * "Broad-Based Weighted Average", https://virconlegal.com/?p=7643): CP2 = CP1 × (A + B) / (A + C),
 * broad-based A counting every share fully diluted. Every value is computed by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { renderScenarioText } from '../../../../src/deal/scenario/render/scenario.js';
import { percentOf, run, shares } from '../helpers.js';

describe('full ratchet, then a priced round', () => {
  // Series B at $0.50 ratchets Series A ($1) to 2 common a share: Fund A 1,000,000 → 2,000,000.
  // After Series B: 4,000,000 + 2,000,000 + 1,000,000 = 7,000,000 fully diluted.
  // Series C: pre-money $14M / 7,000,000 = $2.00 (not $14M / 6,000,000 = $2.333…); Fund C $2M → 1,000,000.
  // Final: 8,000,000; Founders 50%, Fund A 25%, Fund B and Fund C 12.5% each.
  const result = run(`
currency: USD
classes:
  - { name: Series A, issuePrice: "$1", antiDilution: ratchet }
holders:
  - { name: Founders, shares: 4000000 }
  - { name: Fund A, class: Series A, shares: 1000000 }
rounds:
  - { name: Series B, date: 2020-01-02, pricePerShare: "$0.50", investors: [{ name: Fund B, amount: "$500K" }] }
  - { name: Series C, date: 2021-01-04, preMoney: "$14M", investors: [{ name: Fund C, amount: "$2M" }] }
`);
  const [seriesB, seriesC] = result.rounds;

  it('the down round’s table counts Series A as converted', () => {
    expect(seriesB?.antiDilutionShares?.map((e) => [e.holder, e.class, e.shares.toString()])).toEqual([
      ['Fund A', 'Series A', '1000000'],
    ]);
    expect(seriesB?.fullyDiluted.toString()).toBe('7000000');
    expect(shares(seriesB?.table ?? [])).toEqual([
      ['Founders', '4000000'],
      ['Fund A', '2000000'],
      ['Fund B', '1000000'],
      ['Option pool', '0'],
    ]);
  });

  it('the next round is priced on 7,000,000 shares: $2', () => {
    expect(seriesC?.pricePerShare.toString()).toBe('2');
    expect(seriesC?.newShares.map((n) => n.shares.toString())).toEqual(['1000000']);
    expect(result.fullyDiluted.toString()).toBe('8000000');
    expect(['Founders', 'Fund A', 'Fund B', 'Fund C'].map((h) => percentOf(result.holders, h, 2))).toEqual([
      '50.00',
      '25.00',
      '12.50',
      '12.50',
    ]);
  });

  it('the output says so, and no longer says the tables list the preferred as issued', () => {
    const text = renderScenarioText(result);
    expect(text).toContain(
      "Fund A's Series A converts into 1,000,000 more common shares after this round's adjustment",
    );
    expect(text).not.toContain('as issued');
  });
});

describe('broad-based weighted average twice: the second A counts the first adjustment’s shares', () => {
  // Founders 4,000,000; Fund A 1,000,000 Series A at $1; pool 1,000,000.
  // Series B at $0.50, $500K: A = 6,000,000, B = 500,000, C = 1,000,000; CP2 = 6.5M / 7M = 13/14;
  //   Fund A converts into floor(1,000,000 × 14/13) = 1,076,923 (76,923 extra); fully diluted 7,076,923.
  // Series C at $0.40, $400K: A = 7,076,923 (the extra shares included), B = 400,000 / (13/14) =
  //   5,600,000/13, C = 1,000,000; CP3 = 13/14 × (97,599,999/13) / 8,076,923 = 13,942,857 / 16,153,846;
  //   Fund A converts into floor(1,000,000 × 16,153,846 / 13,942,857) = 1,158,575 (81,652 more);
  //   fully diluted 7,076,923 + 1,000,000 + 81,652 = 8,158,575.
  const result = run(`
currency: USD
classes:
  - { name: Series A, issuePrice: "$1", antiDilution: broad }
holders:
  - { name: Founders, shares: 4000000 }
  - { name: Fund A, class: Series A, shares: 1000000 }
pool: { shares: 1000000 }
rounds:
  - { name: Series B, date: 2020-01-02, pricePerShare: "$0.50", investors: [{ name: Fund B, amount: "$500K" }] }
  - { name: Series C, date: 2021-01-04, pricePerShare: "$0.40", investors: [{ name: Fund C, amount: "$400K" }] }
`);
  it('adds 76,923 then 81,652 extra shares', () => {
    expect(result.rounds.map((r) => r.antiDilutionShares?.map((e) => e.shares.toString()))).toEqual([
      ['76923'],
      ['81652'],
    ]);
    expect(result.rounds.map((r) => r.fullyDiluted.toString())).toEqual(['7076923', '8158575']);
    const a = result.classTable.classes.find((c) => c.name === 'Series A')?.antiDilution[1];
    expect(a?.a?.toString()).toBe('7076923');
    // 13,942,857 / 16,153,846 = 0.863129251077…
    expect(a?.newPrice.toSignificantDigits(12).toString()).toBe('0.863129251077');
    expect(result.holders.find((h) => h.holder === 'Fund A')?.shares.toString()).toBe('1158575');
  });
});
