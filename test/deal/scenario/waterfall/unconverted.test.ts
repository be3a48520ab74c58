import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const paid = (exit: { byHolder: readonly { holder: string; amount: { toString(): string } }[] }) =>
  exit.byHolder.map((h) => [h.holder, h.amount.toString()]);

describe('a SAFE or note outstanding at a sale of the company', () => {
  // Y Combinator, Post-Money Valuation SAFE (2018), Section 1(b): "If there is a Liquidity Event before the
  // termination of this Safe, this Safe will automatically be entitled (subject to the liquidation priority set
  // forth in Section 1(d) below) to receive a portion of Proceeds, due and payable to the Investor immediately prior
  // to, or concurrent with, the consummation of such Liquidity Event, equal to the greater of (i) the Purchase Amount
  // (the "Cash-Out Amount") or (ii) the amount payable on the number of shares of Common Stock equal to the Purchase
  // Amount divided by the Liquidity Price (the "Conversion Amount")." The Liquidity Price is the Post-Money
  // Valuation Cap over the Liquidity Capitalization, which counts the converting SAFE's own shares.
  // By hand: 9,000,000 founder shares and $1M at a $10M post-money cap: L = 9,000,000 / (1 − 1/10) = 10,000,000,
  // the Liquidity Price $1, 1,000,000 shares, 10% of the company: it converts above a $10M exit.
  const safe = (exits: string) => `
currency: USD
holders: [{ name: Founders, shares: 9000000 }]
convertibles: [{ name: Angel, type: safe-post, amount: "$1M", cap: "$10M" }]
exits: [${exits}]
`;
  it('below the cap it takes its purchase amount, the Cash-Out Amount', () => {
    const exit = run(safe('"$5M"')).exits[0]!;
    expect(paid(exit)).toEqual([
      ['Founders', '4000000'],
      ['Angel', '1000000'],
    ]);
    expect(exit.byClass.find((c) => c.class === 'Angel (safe-post, not converted)')?.converts).toBe(false);
  });
  it('above it, its Conversion Amount: 10% of $50M', () => {
    const exit = run(safe('"$50M"')).exits[0]!;
    expect(paid(exit)).toEqual([
      ['Founders', '45000000'],
      ['Angel', '5000000'],
    ]);
    expect(exit.byClass.find((c) => c.class === 'Angel (safe-post, not converted)')?.converts).toBe(true);
  });
  it('below its purchase amount it takes everything, ahead of common', () => {
    expect(paid(run(safe('"$600K"')).exits[0]!)).toEqual([
      ['Founders', '0'],
      ['Angel', '600000'],
    ]);
  });
  it('says how it reads the clause', () => {
    expect(run(safe('"$5M"')).assumptions.some((a) => a.includes('the greater of its purchase amount'))).toBe(
      true,
    );
  });

  // A note on the same terms: CCDD Law's $100,000 at 8% simple, a year to the sale: $108,000
  // (https://ccddlaw.com/2019/03/conversion-of-a-convertible-note/), and a $1,000,000 cap over 10,000 shares:
  // $100 a share, 1,080 shares of 11,080. At a $500,000 sale 1,080 / 11,080 is $48,736.46 < $108,000: repaid;
  // at $2,000,000 it is 2,000,000 × 1,080 / 11,080 = $194,945.84… > $108,000: converts.
  const note = (value: string) => `
currency: USD
holders: [{ name: Founders, shares: 10000 }]
convertibles:
  - { name: Noteholder, type: note, amount: "$100,000", interest: "8%", start: 2017-03-01, compounding: simple, dayCount: actual/365, cap: "$1,000,000" }
exits: [{ value: "${value}", date: 2018-03-01 }]
`;
  it('a note is repaid with its interest when that is more', () => {
    expect(paid(run(note('$500,000')).exits[0]!)).toEqual([
      ['Founders', '392000'],
      ['Noteholder', '108000'],
    ]);
  });
  it('and converts at its cap when that is more', () => {
    const exit = run(note('$2,000,000')).exits[0]!;
    const holder = exit.byHolder.find((h) => h.holder === 'Noteholder')!;
    expect(holder.amount.toFixed(6)).toBe('194945.848375');
  });
});
