import { describe, expect, it } from 'vitest';
import { renderScenarioText } from '../../../src/deal/scenario/render/scenario.js';
import { run } from './helpers.js';

describe("the pre-money SAFE's Company Capitalization with a pool placed after the money", () => {
  // Y Combinator, SAFE (2013, cap and discount), section 2 (as CommonAccord/Site-Org transcribes it,
  // Doc/02/Form/YC-Safe/Sec/YC-Safe_Note_Def.01.md): "“Company Capitalization” means the sum, as of immediately
  // prior to the Equity Financing, of: (1) all shares of Capital Stock (on an as-converted basis) issued and
  // outstanding, … but excluding (A) this instrument, (B) all other Safes, and (C) convertible promissory notes;
  // and (2) all shares of Common Stock reserved and available for future grant under any equity incentive or
  // similar plan of the Company, and/or any equity incentive or similar plan to be created or increased in
  // connection with the Equity Financing." The Safe Price is the cap over it.
  const file = (capitalization: string) => `
currency: USD
holders: [{ name: Founders, shares: 1000000 }]
convertibles: [{ name: Seed, type: safe-pre, amount: "$500K", cap: "$5M"${capitalization} }]
rounds:
  - name: Series A
    date: 2020-01-02
    preMoney: "$10M"
    convention: pre-money
    pool: { target: "10%", placement: post-money }
    investors: [{ name: Lead, amount: "$2M" }]
`;
  it('by default counts the pool increase, though it is placed after the money (the 2013 safe)', () => {
    const round = run(file('')).rounds[0]!;
    // By hand: p = 10M / 1M = 10; S = 500K / (5M / K) = K / 10 with K = 1M + ΔP; the pool is 10% of
    // 1M + S + ΔP + 200,000: ΔP = 0.1 × (1.3M + 1.1 ΔP) ⇒ ΔP = 13,000,000 / 89 = 146,067.41…;
    // the cap price 5M / (1M + 13M / 89) = 445 / 102 = 4.36274…; S = 10.2M / 89 = 114,606.74… → 114,606.
    expect(round.pricePerShare.toString()).toBe('10');
    const seed = round.conversions[0]!;
    expect(seed.term).toBe('cap');
    expect(seed.price.toFixed(10)).toBe('4.3627450980');
    expect(seed.shares.toString()).toBe('114606');
    expect(round.pool.increase.toString()).toBe('146067');
    const cap = seed.candidates.find((c) => c.term === 'cap')!;
    expect(cap.capitalization?.toFixed(4)).toBe('1146067.4157');
    expect(cap.capitalizationRule).toContain("the 2013 safe's Company Capitalization");
    expect(cap.capitalizationRule).toContain('(the default for a safe-pre)');
    expect(renderScenarioText(run(file('')))).toContain(
      'created in connection with the financing (even one placed after the money)',
    );
  });
  it('capitalization: pre-money-count divides the cap by the shares before the round only', () => {
    const round = run(file(', capitalization: pre-money-count')).rounds[0]!;
    // By hand: cap price 5M / 1M = 5; S = 100,000; ΔP = 0.1 × (1.3M + ΔP) ⇒ ΔP = 144,444.4… → 144,444.
    const seed = round.conversions[0]!;
    expect(seed.price.toString()).toBe('5');
    expect(seed.shares.toString()).toBe('100000');
    expect(round.pool.increase.toString()).toBe('144444');
    expect(seed.candidates.find((c) => c.term === 'cap')!.capitalizationRule).not.toContain('default');
  });
  it('a placement in the pre-money gives the same count under both rules', () => {
    const pre = (c: string) =>
      run(file(c).replace('placement: post-money', 'placement: pre-money')).rounds[0]!.conversions[0]!;
    expect(pre('').price.toString()).toBe(pre(', capitalization: pre-money-count').price.toString());
  });
});

describe('a conversion price rounded to 4 decimals, with the rule said', () => {
  // A tie: a 50% discount on $0.2469 is exactly $0.12345. Half-even (the house rule, "4dp") keeps the even digit:
  // 0.1234; half-up ("4dp-half-up") rounds the tie up, as Microsoft Excel's ROUND does (Microsoft Support, "ROUND
  // function": "=ROUND(2.15, 1) Rounds 2.15 to one decimal place … 2.2") and as spreadsheet primers compute: 0.1235.
  const file = (rule: string) => `
currency: USD
holders: [{ name: Founders, shares: 1000000 }]
convertibles: [{ name: Angel, type: safe-pre, amount: "$12,345", discount: "50%" }]
rounds:
  - { name: Seed, date: 2020-01-02, pricePerShare: "$0.2469", rounding: { conversionPrice: ${rule} }, investors: [{ name: Lead, amount: "$246,900" }] }
`;
  it.each([
    ['4dp', '0.1234', '100040', 'rounded to 4 decimals, half-even (a tie goes to the even digit)'],
    [
      '4dp-half-up',
      '0.1235',
      '99959',
      'rounded to 4 decimals, half-up (a tie goes up, as spreadsheets and primers round)',
    ],
    ['none', '0.12345', '100000', 'not rounded'],
  ])('%s: %s a share, %s shares, and the result line says "%s"', (rule, price, shares, words) => {
    const result = run(file(rule));
    const angel = result.rounds[0]!.conversions[0]!;
    expect(angel.price.toString()).toBe(price);
    // 12,345 / 0.1234 = 100,040.5… → 100,040; 12,345 / 0.1235 = 99,959.5… → 99,959 (floor).
    expect(angel.shares.toString()).toBe(shares);
    expect(angel.priceRounding).toBe(words);
    expect(renderScenarioText(result)).toContain(`(discount; conversion price ${words})`);
  });
});
