/**
 * Exit waterfalls from public worked examples, each compared exactly with the figures the source
 * prints (quoted in each test with the page it was read on). Where a source gives a stake rather
 * than share counts, the file states shares that give that stake.
 */
import { describe, expect, it } from 'vitest';
import type { ScenarioResult } from '../../../../src/deal/scenario/types.js';
import { run } from '../helpers.js';

const byClass = (r: ScenarioResult, exit: number, name: string) => {
  const found = r.exits[exit]?.byClass.find((c) => c.class === name);
  if (found === undefined) throw new Error(`no class ${name}`);
  return found;
};
const amounts = (r: ScenarioResult, exit: number) =>
  Object.fromEntries((r.exits[exit]?.byHolder ?? []).map((h) => [h.holder, h.amount.toString()]));
const breakpoints = (r: ScenarioResult) => r.breakpoints.map((b) => [b.exit.toString(), b.class, b.event]);

describe('1x non-participating preferred: below, at and above the conversion point', () => {
  // dealcalc issue 19 (its acceptance example M): "1x non-participating Series A $6 issue price ×
  // 1,000,000 shares with 3,000,000 founder shares: $9M exit → Series A gets $6M; $30M exit →
  // converts, $7.5M". At $24M a quarter of the exit is exactly the $6M preference: indifferent.
  const r = run(`
currency: USD
classes:
  - { name: Series A, issuePrice: "$6", preference: 1x, participation: none, seniority: 1 }
holders:
  - { name: Founders, shares: 3000000 }
  - { name: Fund A, class: Series A, shares: 1000000 }
exits: ["$9M", "$24M", "$30M"]
`);
  it('takes its $6M preference of a $9M exit; the founders take $3M', () => {
    expect(byClass(r, 0, 'Series A').amount.toString()).toBe('6000000');
    expect(byClass(r, 0, 'Series A').converts).toBe(false);
    expect(amounts(r, 0)).toEqual({ Founders: '3000000', 'Fund A': '6000000' });
  });
  it('at $24M preference and conversion are equal ($6M): it keeps its preference', () => {
    expect(byClass(r, 1, 'Series A').amount.toString()).toBe('6000000');
    expect(byClass(r, 1, 'Series A').converts).toBe(false);
    expect(r.exits[1]?.commonPerShare.toString()).toBe('6');
  });
  it('converts at $30M and takes $7.5M, saying why', () => {
    const a = byClass(r, 2, 'Series A');
    expect([a.amount.toString(), a.converts]).toEqual(['7500000', true]);
    expect(a.explanation).toBe('Series A converts: 7.50 USD a share as common beats its 6.00 USD preference');
  });
  it('breaks at $6M (preference paid, common starts) and $24M (converts)', () => {
    expect(breakpoints(r)).toEqual([
      ['6000000', 'Series A', 'preference-paid'],
      ['6000000', 'common', 'participates'],
      ['24000000', 'Series A', 'converts'],
    ]);
  });

  // iCanPitch, "Liquidation Preference Waterfall Analysis: Protect Founder Equity",
  // https://www.icanpitch.com/blog/liquidation-preference-waterfall-analysis-protect-founder-equity:
  // "$10M Investment, 1x Non-Participating Preference • $15M exit: Investor gets max($10M preference,
  // $3M pro rata) = $10M • $100M exit: Investor gets max($10M preference, $20M pro rata) = $20M" (a 20% stake).
  it('iCanPitch: $10M for 20%, 1x non-participating: $10M of a $15M exit, $20M of a $100M exit', () => {
    const x = run(`
currency: USD
classes: [{ name: Series A, issuePrice: "$10" }]
holders:
  - { name: Common, shares: 4000000 }
  - { name: Investor, class: Series A, shares: 1000000 }
exits: ["$15M", "$100M"]
`);
    expect(byClass(x, 0, 'Series A').amount.toString()).toBe('10000000');
    expect(byClass(x, 1, 'Series A').amount.toString()).toBe('20000000');
  });
});

describe('participating preferred', () => {
  // Gust Equity Management, "Participating Preferred", https://docs.equity.gust.com/article/42-participating-preferred:
  // "a sole investor has invested $2MM for 30% of the company at a 1X liquidation preference, with
  // participating preferred ... acquired for $10MM ... take their liquidation preference of $2MM ...
  // 30% of the remaining $8MM, $2.4MM, for a total take of $4.4MM." (1,000,000 shares at $2 that
  // convert 1:3 into 30% of 10,000,000.)
  it('Gust: $2M for 30%, 1x participating, a $10M exit → $4.4M', () => {
    const r = run(`
currency: USD
classes: [{ name: Series A, issuePrice: "$2", participation: full, conversionRatio: 3 }]
holders:
  - { name: Common, shares: 7000000 }
  - { name: Investor, class: Series A, shares: 1000000 }
exits: ["$10M"]
`);
    expect(amounts(r, 0)).toEqual({ Common: '5600000', Investor: '4400000' });
  });
});

describe('capped participation around the cap', () => {
  // VentureSouth, "Capped participating preferreds: the real impact 2: the grey zone",
  // https://venturesouth.vc/the-grey-zone/: $2M for 25%, "capped participation (the participating
  // preference up 4x * $2M = $8M) OR convert to take 25% of the exit value"; "In Column E ...
  // increasing us from $2.5M in the non-participating scenario to $4M in the capped participating";
  // "maxed out at $8M of proceeds in that “window” of exits between $26M and $32M"; "the cap cost
  // us $1.25M compared to the fully participating; but it’s also $0.25M better than had we taken a
  // non-participating" (column H: a $31M exit).
  const terms = (participation: string) =>
    run(`
currency: USD
classes: [{ name: Series A, issuePrice: "$2", participation: ${participation} }]
holders:
  - { name: Founders, shares: 3000000 }
  - { name: VentureSouth, class: Series A, shares: 1000000 }
exits: ["$10M", "$31M", "$40M"]
`);
  const capped = terms('{ cap: 4x }');
  const full = terms('full');
  const none = terms('none');
  it('column E ($10M): $4M capped against $2.5M non-participating', () => {
    expect(byClass(capped, 0, 'Series A').amount.toString()).toBe('4000000');
    expect(byClass(none, 0, 'Series A').amount.toString()).toBe('2500000');
  });
  it('column H ($31M): $8M at the cap, $1.25M below full participation, $0.25M above non-participating', () => {
    const a = byClass(capped, 1, 'Series A');
    expect([a.amount.toString(), a.capped, a.converts]).toEqual(['8000000', true, false]);
    expect(byClass(full, 1, 'Series A').amount.minus(a.amount).toString()).toBe('1250000');
    expect(a.amount.minus(byClass(none, 1, 'Series A').amount).toString()).toBe('250000');
  });
  it('the window: capped from $26M, converts above $32M', () => {
    expect(breakpoints(capped)).toEqual([
      ['2000000', 'Series A', 'preference-paid'],
      ['2000000', 'Series A', 'participates'],
      ['2000000', 'common', 'participates'],
      ['26000000', 'Series A', 'capped'],
      ['32000000', 'Series A', 'converts'],
    ]);
    expect(byClass(capped, 2, 'Series A').converts).toBe(true);
    expect(byClass(capped, 2, 'Series A').amount.toString()).toBe('10000000');
  });
});

describe('two series, stacked and pari passu; an exit below the preferences; an exit of 0', () => {
  // Computed by hand from the rule the sources state. Caplink, "The Preference Stack",
  // https://caplink.capital/captable/preference-stack: "later rounds sit senior to earlier rounds —
  // the most recent investors are paid first"; "pari passu seniority, where all preferred classes
  // rank equally and share any shortfall pro-rata to their preference amounts". Series A $3M
  // (1,000,000 at $3), Series B $5M (1,000,000 at $5), 2,000,000 common; a $6M exit.
  const file = (b: string) => `
currency: USD
classes:
  - { name: Series A, issuePrice: "$3" }
  - { name: Series B, issuePrice: "$5"${b} }
holders:
  - { name: Founders, shares: 2000000 }
  - { name: Fund A, class: Series A, shares: 1000000 }
  - { name: Fund B, class: Series B, shares: 1000000 }
exits: ["$6M", "$0"]
`;
  it('stacked (B senior by default): B takes $5M, A the $1M left and is short $2M, common nothing', () => {
    const r = run(file(''));
    expect(amounts(r, 0)).toEqual({ Founders: '0', 'Fund A': '1000000', 'Fund B': '5000000' });
    const a = byClass(r, 0, 'Series A');
    expect(a.short.toString()).toBe('2000000');
    expect(a.explanation).toContain('short 2,000,000.00 USD');
  });
  it('pari passu: $6M shared 3:5 by preference amounts ($2.25M and $3.75M), each short', () => {
    const r = run(file(', pariPassu: true'));
    expect(amounts(r, 0)).toEqual({ Founders: '0', 'Fund A': '2250000', 'Fund B': '3750000' });
    expect(byClass(r, 0, 'Series B').short.toString()).toBe('1250000');
    expect(byClass(r, 0, 'Series A').explanation).toContain('sharing pari passu with Series B');
  });
  it('an exit of 0 pays no one, and the payouts still add up', () => {
    const r = run(file(''));
    expect(amounts(r, 1)).toEqual({ Founders: '0', 'Fund A': '0', 'Fund B': '0' });
    expect(r.exits[1]?.check.holds).toBe(true);
  });
});

describe('options with exercise prices', () => {
  // Computed by hand: 3,000,000 common, 1,000,000 1x non-participating at $2, 500,000 options at
  // $1, exercised when common takes more than $1: (X − $2M + $0.5M) / 3.5M > 1 from X = $5M. The
  // series converts when (X + $0.5M) / 4.5M > $2, from X = $8.5M. At $10M it has converted: common
  // takes 10.5 / 4.5 = 2.333… a share, and the options 500,000 × 1.333… = 666,666.67 net.
  it('are exercised from $5M; the strike is paid in and the holders shown net', () => {
    const r = run(`
currency: USD
classes: [{ name: Series A, issuePrice: "$2" }]
holders:
  - { name: Founders, shares: 3000000 }
  - { name: Fund, class: Series A, shares: 1000000 }
  - { name: Staff, class: options, shares: 500000, strike: "$1" }
exits: ["$10M", "$4M"]
`);
    const o = r.exits[0]?.byClass.find((c) => c.kind === 'options');
    expect(o?.converts).toBe(true);
    expect(o?.amount.toString()).toBe('666666.6666666666666666666666666666666667');
    expect(r.exits[1]?.byClass.find((c) => c.kind === 'options')?.amount.toString()).toBe('0');
    expect(breakpoints(r)).toEqual([
      ['2000000', 'Series A', 'preference-paid'],
      ['2000000', 'common', 'participates'],
      ['5000000', 'options at $1', 'exercised'],
      ['8500000', 'Series A', 'converts'],
    ]);
    expect(r.exits[0]?.check.holds).toBe(true);
  });
});
