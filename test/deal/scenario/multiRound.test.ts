/**
 * Scenarios of several rounds whose tables were computed by hand (in the comments), secondaries,
 * MFN, and figures in other currencies converted on their round's date with the shipped tables.
 */
import { describe, expect, it } from 'vitest';
import { percentOf, run, shares } from './helpers.js';

const THREE_ROUNDS = `
currency: USD
holders:
  - { name: Founder A, shares: 4000000 }
  - { name: Founder B, shares: 4000000 }
rounds:
  - { name: Seed, date: 2017-06-01, preMoney: "$4M", investors: [{ name: Angel Fund, amount: "$1M" }] }
  - name: Series A
    date: 2017-12-01
    preMoney: "$15M"
    pool: { target: "10%", placement: pre-money }
    convention: percentage-ownership
    investors: [{ name: VC, amount: "$5M" }]
  - name: Series B
    date: 2018-01-02
    pricePerShare: "$2.60"
    investors: [{ name: Euro Fund, amount: "€10M" }]
    secondaries: [{ seller: Founder A, buyer: Euro Fund, shares: 100000, price: "€2" }]
`;

describe('three rounds, checked by hand', () => {
  const result = run(THREE_ROUNDS);
  const [seed, seriesA, seriesB] = result.rounds;

  it('Seed: $4M / 8,000,000 shares = $0.50; the Angel Fund buys 2,000,000', () => {
    expect(seed!.pricePerShare.toString()).toBe('0.5');
    expect(shares(seed!.table)).toEqual([
      ['Founder A', '4000000'],
      ['Founder B', '4000000'],
      ['Angel Fund', '2000000'],
      ['Option pool', '0'],
    ]);
    expect(seed!.table.map((row) => row.percent.toString())).toEqual(['40', '40', '20', '0']);
    expect(seed!.identities.postMoney.holds).toBe(true);
  });

  // Series A by hand: the VC buys 5/20 and the pool is 10% of the post-money count, so the 10,000,000 shares
  // before are 65% of it: 15,384,615.38…; price 20M / that = 1.3; VC 3,846,153.8… and pool 1,538,461.5… shares,
  // rounded down; 15,384,614 in all; 1.3 × 15,384,614 = 19,999,998.2, 1.8 below the $20M post-money.
  it('Series A: $1.30 a share, a 1,538,461-share pool, 1.8 below the post-money after rounding down', () => {
    expect(seriesA!.pricePerShare.toString()).toBe('1.3');
    expect(shares(seriesA!.table)).toEqual([
      ['Founder A', '4000000'],
      ['Founder B', '4000000'],
      ['Angel Fund', '2000000'],
      ['VC', '3846153'],
      ['Option pool', '1538461'],
    ]);
    expect(seriesA!.fullyDiluted.toString()).toBe('15384614');
    expect(seriesA!.identities.postMoney.product.toString()).toBe('19999998.2');
    expect(seriesA!.identities.postMoney.difference.toString()).toBe('-1.8');
    expect(seriesA!.table[0]!.change.percentPoints.toFixed(6)).toBe('-13.999998'); // 40% → 26.000002%
  });

  // Series B by hand: €10M at the Fed's 1.2050 USD per EUR on 2018-01-02 (FRED DEXUSEU) is $12,050,000; at $2.60
  // that is 4,634,615.38… shares, 4,634,615 rounded down. Founder A sells 100,000 shares to the Euro Fund at €2 =
  // $2.41 (7.3077% below the round price). 15,384,614 + 4,634,615 = 20,019,229 shares.
  it('Series B: €10M converted on 2018-01-02 at 1.205, 4,634,615 new shares, a secondary at $2.41', () => {
    expect(seriesB!.newMoney.toString()).toBe('12050000');
    expect(seriesB!.newShares[0]!.shares.toString()).toBe('4634615');
    const fx = seriesB!.fx.find((use) => use.path === 'rounds[2].investors[0].amount')!;
    expect([
      fx.rate.base,
      fx.rate.quote,
      fx.rate.value.toString(),
      fx.rate.observedDate,
      fx.rate.source.id,
    ]).toEqual(['EUR', 'USD', '1.205', '2018-01-02', 'fred-h10']);
    expect(seriesB!.secondaries[0]!.price.toString()).toBe('2.41');
    expect(seriesB!.secondaries[0]!.amount.toString()).toBe('241000');
    expect(seriesB!.secondaries[0]!.premiumPercent.toFixed(4)).toBe('-7.3077');
    expect(shares(seriesB!.table)).toEqual([
      ['Founder A', '3900000'],
      ['Founder B', '4000000'],
      ['Angel Fund', '2000000'],
      ['VC', '3846153'],
      ['Euro Fund', '4734615'],
      ['Option pool', '1538461'],
    ]);
    expect(seriesB!.fullyDiluted.toString()).toBe('20019229');
    // A price given: the post-money is 2.6 × 15,384,614 (the shares before) + $12,050,000 = 52,049,996.4.
    expect(seriesB!.preMoney.toString()).toBe('39999996.4');
    expect(seriesB!.postMoney.toString()).toBe('52049996.4');
    expect(seriesB!.identities.postMoney.difference.toString()).toBe('-1');
  });

  it('the final table is the last round’s, and every table sums to exactly 100%', () => {
    expect(result.holders).toEqual(seriesB!.table);
    for (const round of result.rounds) expect(round.identities.percentages.sum.toString()).toBe('100');
  });

  it('a secondary moves shares without changing the share count or the post-money', () => {
    const without = run(THREE_ROUNDS.replace(/\n {4}secondaries: .*\n/, '\n')).rounds[2]!;
    expect(without.fullyDiluted.toString()).toBe(seriesB!.fullyDiluted.toString());
    expect(without.postMoney.toString()).toBe(seriesB!.postMoney.toString());
    expect(without.pricePerShare.toString()).toBe(seriesB!.pricePerShare.toString());
  });
});

describe('currencies on their round’s date', () => {
  // The seed case of DESIGN.md: on 2017-11-15 the Fed's noon buying rate was 6.6200 CNY per USD, so 15亿元 is
  // 1.5e9 / 6.62 = 226,586,102.719… US dollars.
  it('reads "15亿元" as 1.5 billion yuan and converts it at 6.62 on 2017-11-15', () => {
    const round = run(`
currency: USD
holders: [{ name: Founders, shares: 100000000 }]
rounds: [{ name: C, date: 2017-11-15, postMoney: "$2 billion", investors: [{ name: Alibaba, amount: "15亿元" }] }]
`).rounds[0]!;
    expect(round.newMoney.toFixed(2)).toBe('226586102.72');
    expect(round.fx.map((use) => [use.path, use.rate.value.toString(), use.rate.derivation])).toEqual([
      ['rounds[0].investors[0].amount', '6.62', 'inverse'],
    ]);
    // post-money $2B: pre-money = 2B − 226,586,102.72 = 1,773,413,897.28; price = that / 100M.
    expect(round.preMoney.toFixed(2)).toBe('1773413897.28');
  });

  it('keeps the assumption about a bare "$" and a figure without a currency', () => {
    const result = run(`
currency: USD
holders: [{ name: Founders, shares: 1000000 }]
rounds: [{ name: A, date: 2018-01-02, preMoney: "4M", investors: [{ name: X, amount: "$1M" }] }]
`);
    expect(result.readings.map((r) => [r.path, r.assumption])).toEqual([
      ['rounds[0].preMoney', "no currency written: read in USD, the scenario's currency"],
      ['rounds[0].investors[0].amount', 'a bare "$" is read as US dollars'],
    ]);
  });
});

describe('MFN', () => {
  // By hand: the two post-money safes own 1% and 5% of 9,000,000 / 0.94 = 9,574,468.08… (the capitalization with
  // the conversions); the Series A price is $20M / that = 2.0889 > the $10M cap's 1.0444, so both convert at the cap.
  const mfn = (flag: string) => `
currency: USD
holders: [{ name: Founder, shares: 9000000 }]
convertibles:
  - { name: Early, type: safe-post, amount: "$100K", start: 2018-01-01${flag} }
  - { name: Later, type: safe-post, amount: "$500K", cap: "$10M", start: 2018-03-01 }
rounds:
  - { name: Series A, date: 2018-06-01, preMoney: "$20M", convention: percentage-ownership, investors: [{ name: VC, amount: "$5M" }] }
`;
  it('lets an MFN safe take the cap of a safe issued after it', () => {
    const [early, later] = run(mfn(', mfn: true')).rounds[0]!.conversions;
    expect([early!.term, early!.termFrom, early!.shares.toString()]).toEqual(['cap', 'Later', '95744']);
    expect([later!.term, later!.shares.toString()]).toEqual(['cap', '478723']);
  });
  // By hand: a note's cap is a pre-money cap: $5M / 9,000,000 shares = $0.5555…, below the round price and below
  // the MFN safe's own $20M post-money cap, so the safe takes it: $100K / $0.5555… = 180,000 shares, like the note.
  it('takes a later note’s pre-money cap over its own post-money cap when that gives more shares', () => {
    const round = run(`
currency: USD
holders: [{ name: Founder, shares: 9000000 }]
convertibles:
  - { name: Early, type: safe-post, amount: "$100K", cap: "$20M", mfn: true, start: 2018-01-01 }
  - { name: Later, type: note, amount: "$100K", cap: "$5M", start: 2018-03-01 }
rounds:
  - { name: Series A, date: 2018-06-01, preMoney: "$20M", convention: percentage-ownership, investors: [{ name: VC, amount: "$5M" }] }
`).rounds[0]!;
    const [early, later] = round.conversions;
    expect([early!.term, early!.termFrom, early!.shares.toString()]).toEqual(['cap', 'Later', '180000']);
    expect(early!.candidates.map((c) => [c.term, c.from])).toEqual([
      ['cap', 'Later'],
      ['cap', 'Early'],
      ['round-price', 'Early'],
    ]);
    expect([later!.term, later!.shares.toString()]).toEqual(['cap', '180000']);
  });

  it('without MFN, a safe with neither cap nor discount converts at the round price', () => {
    const [early] = run(mfn('')).rounds[0]!.conversions;
    expect(early!.term).toBe('round-price');
    // By hand: p × K = 20M with K = (9M + 100K / p) / 0.95 (Later owns 5% of K): p = (19M − 100K) / 9M = 2.1.
    expect(early!.price.toString()).toBe('2.1');
  });
});

describe('notes converting in a later round', () => {
  // By hand: $100,000 at 10% compounded yearly from 2016-01-01: 121,000 at 2018-01-01, then 181 days simple to
  // 2018-07-01 (actual/365): 121,000 × (1 + 0.1 × 181/365) = 127,000.2739726…; at a 20% discount to $2.00 = $1.60,
  // 79,375.17… shares, 79,375 rounded down.
  it('accrues compound interest to the round it names with convertsIn', () => {
    const result = run(`
currency: USD
holders: [{ name: Founder, shares: 1000000 }]
convertibles:
  - { name: Bridge, type: note, amount: "$100,000", interest: "10%", start: 2016-01-01, compounding: compound, dayCount: actual/365, discount: "20%", convertsIn: Series A }
rounds:
  - { name: Seed, date: 2015-06-01, preMoney: "$1M", investors: [{ name: Angel, amount: "$250K" }] }
  - { name: Series A, date: 2018-07-01, pricePerShare: "$2.00", investors: [{ name: VC, amount: "$3M" }] }
`);
    expect(result.rounds[0]!.conversions).toEqual([]);
    const bridge = result.rounds[1]!.conversions[0]!;
    expect(bridge.amount.toFixed(7)).toBe('127000.2739726');
    expect(bridge.accrual).toMatchObject({ periods: 2, dayCount: 'actual/365', compounding: 'compound' });
    expect([bridge.term, bridge.price.toString(), bridge.shares.toString()]).toEqual([
      'discount',
      '1.6',
      '79375',
    ]);
  });
});

describe('grants from the pool', () => {
  it('moves options from the pool to a holder without changing the share count', () => {
    const round = run(`
currency: USD
holders: [{ name: Founder, shares: 9000000 }]
pool: { shares: 1000000 }
rounds: [{ name: A, date: 2018-01-02, preMoney: "$10M", investors: [{ name: VC, amount: "$2.5M" }], grants: [{ holder: CTO, shares: 250000 }] }]
`).rounds[0]!;
    expect(shares(round.table)).toEqual([
      ['Founder', '9000000'],
      ['VC', '2500000'],
      ['CTO', '250000'],
      ['Option pool', '750000'],
    ]);
    expect(round.fullyDiluted.toString()).toBe('12500000');
  });
});

describe('pools placed in the post-money, and pools with a given price', () => {
  // By hand: the pool is not in the pre-money, so p = $8M / 8,000,000 = $1.00 and the VC buys 2,000,000; the pool
  // is then 10% of the count including itself: ΔP = 10% × (10,000,000 + ΔP), ΔP = 1,111,111.1…, 1,111,111 rounded
  // down. It dilutes the VC too: 2,000,000 / 11,111,111 = 18.0000001…%, not 20%.
  it('a post-money pool dilutes the new investor too', () => {
    const round = run(`
currency: USD
holders: [{ name: Founder, shares: 8000000 }]
rounds: [{ name: A, date: 2018-01-02, preMoney: "$8M", pool: { target: "10%", placement: post-money }, convention: percentage-ownership, investors: [{ name: VC, amount: "$2M" }] }]
`).rounds[0]!;
    expect(round.pricePerShare.toString()).toBe('1');
    expect(round.pool.increase.toString()).toBe('1111111');
    expect(percentOf(round.table, 'VC', 7)).toBe('18.0000002');
    // The post-money the terms define: 8M + 2M + the pool increase at $1 (1,111,111.1…).
    expect(round.identities.postMoney.components.map((c) => [c.label, c.value.toFixed(2)])).toEqual([
      ['pre-money', '8000000.00'],
      ['new money', '2000000.00'],
      ['pool increase at the round price (post-money pool)', '1111111.11'],
    ]);
  });

  // By hand: at $1.00 the VC buys 1,000,000; ΔP = 10% × (9,000,000 + 1,000,000 + ΔP) = 1,111,111.1…
  it('tops the pool up when the price is given', () => {
    const round = run(`
currency: USD
holders: [{ name: Founder, shares: 9000000 }]
rounds: [{ name: A, date: 2018-01-02, pricePerShare: "$1", pool: { target: "10%", placement: pre-money }, investors: [{ name: VC, amount: "$1M" }] }]
`).rounds[0]!;
    expect(round.convention).toBe('price-given');
    expect(round.pool.increase.toString()).toBe('1111111');
    expect(round.preMoney.toFixed(2)).toBe('10111111.11'); // $1 × (9,000,000 + 1,111,111.1…)
  });
});
