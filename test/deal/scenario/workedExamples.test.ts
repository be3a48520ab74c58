/**
 * Worked examples from public guides, each compared to the precision the guide prints. The
 * figures compared are quoted in each test with the page they were read on.
 */
import { describe, expect, it } from 'vitest';
import { percentOf, run, shares } from './helpers.js';

describe('the option pool shuffle', () => {
  // Venture Hacks, "The Option Pool Shuffle" (Babak Nivi, 2007-04-10), https://venturehacks.com/option-pool-shuffle,
  // read at https://frontrun.notion.site/The-Option-Pool-Shuffle-Venture-Hacks-ba218f2604464f01be6d5cc525e5f1e5:
  // "a $2M investment on a $8M pre-money valuation", "6M shares outstanding", "The $8 million pre-money
  // valuation includes an option pool equal to 20% of the post-financing fully diluted capitalization",
  // "the share price is $1.00"; "We think your company is worth $6M. But let's create $2M worth of new options".
  it('prices the Venture Hacks term sheet at $1.00, with $2M of new options and a $6M effective pre-money', () => {
    const r = run(`
currency: USD
holders: [{ name: Founders, shares: 6000000 }]
rounds:
  - name: Series A
    date: 2007-04-10
    preMoney: "$8M"
    pool: { target: "20%", placement: pre-money }
    investors: [{ name: Blue Shirt Capital, amount: "$2M" }]
`);
    const round = r.rounds[0]!;
    expect(round.pricePerShare.toFixed(2)).toBe('1.00');
    expect(round.pool.increase.toString()).toBe('2000000'); // $2M of options at $1.00
    expect(round.effectivePreMoney.toString()).toBe('6000000'); // "worth $6M"
    expect(shares(round.table)).toEqual([
      ['Founders', '6000000'],
      ['Blue Shirt Capital', '2000000'],
      ['Option pool', '2000000'],
    ]);
    expect(round.identities.postMoney.holds).toBe(true);
  });

  // The same rule, effective pre-money = pre-money − pool % × post-money, as two other guides print it:
  // Deckmetric, "Option Pool Shuffle", https://deckmetric.com/glossary/option-pool-shuffle: "$20M pre-money …
  // 12% post-close pool. True effective pre-money to founders = $20M − (12% pool × $25M post) = $17M";
  // Capital Hunt, "Option Pool Impact Calculator", https://capitalhunt.io/calculators/option-pool: "$8M
  // pre-money valuation with a $2M investment … 15% option pool … The founders' effective pre-money is
  // actually $8M - $1.5M = $6.5M".
  it.each([
    ['Deckmetric', '$20M', '$5M', '12%', '17000000'],
    ['Capital Hunt', '$8M', '$2M', '15%', '6500000'],
  ])(
    '%s: %s pre-money, %s new, a %s pool in the pre-money → effective pre-money %s',
    (_, pre, invest, pool, effective) => {
      const r = run(`
currency: USD
holders: [{ name: Founders, shares: 10000000 }]
rounds:
  - { name: A, date: 2020-01-02, preMoney: "${pre}", pool: { target: "${pool}", placement: pre-money }, investors: [{ name: VC, amount: "${invest}" }] }
`);
      expect(r.rounds[0]!.effectivePreMoney.toString()).toBe(effective);
    },
  );
});

describe('the post-money SAFE (Y Combinator)', () => {
  // Y Combinator, "Post-Money Safe User Guide", Quick Start Guide (https://www.ycombinator.com/documents, read at
  // https://ok.wiki/p/R90zekUlJL03I3hk0eBv): "$500k, then the ownership sold would be 0.5/6.7 = ~7.5%",
  // "$800k … 0.8/6.7 = ~12%", "$1 million … 1/6.7 = ~15%", and with two caps "$500k / $5.5 million = ~9%",
  // "$500k / $8.3 million = ~6%". A post-money safe converting at its cap owns amount / cap of the company
  // capitalization (the shares before the round plus every conversion), checked here to those printed digits.
  it.each([
    ['$500K', '$6.7M', 1, '7.5'],
    ['$800K', '$6.7M', 0, '12'],
    ['$1M', '$6.7M', 0, '15'],
    ['$500K', '$5.5M', 0, '9'],
    ['$500K', '$8.3M', 0, '6'],
  ])(
    'a %s safe at a %s post-money cap owns ~%s%%… of the capitalization',
    (amount, cap, decimals, printed) => {
      const r = run(`
currency: USD
holders: [{ name: Founder, shares: 10000000 }]
convertibles: [{ name: Safe, type: safe-post, amount: "${amount}", cap: "${cap}" }]
rounds:
  - { name: Series A, date: 2019-06-03, preMoney: "$30M", convention: percentage-ownership, investors: [{ name: VC, amount: "$5M" }] }
`);
      const conversion = r.rounds[0]!.conversions[0]!;
      expect(conversion.term).toBe('cap');
      const owned = conversion.shares.div(conversion.shares.plus(10000000)).times(100);
      expect(owned.toFixed(decimals)).toBe(printed);
    },
  );

  // Y Combinator Startup School, Kirsty Nathoo (YC CFO), "Understanding SAFEs and Priced Equity Rounds": two
  // founders with 4,625,000 shares each; a $200,000 post-money safe at a $4 million cap (5%) and an $800,000 one
  // at $8 million (10%) (transcript: https://youtuberead.com/understanding-safes-and-priced-equity); the slide
  // (quoted at https://search.yahoo.com/search?p=y+combinator+safe): "The Company is raising $5m at a pre-money
  // valuation of $15m … Series A Price per Share = pre-money valuation / (total fully diluted shares post safe
  // conversion + option pool increase) = $15,000,000 / (11,764,705 + 1,695,000) = $1.1144". The 10,000,000 shares
  // before the safes (11,764,705 × 85%) are the founders' 9,250,000 and 750,000 granted options.
  it('converts the two safes into 11,764,705 fully diluted shares and prices the Series A at $1.1144', () => {
    const r = run(`
currency: USD
holders:
  - { name: Founder 1, shares: 4625000 }
  - { name: Founder 2, shares: 4625000 }
  - { name: Employees, shares: 750000 }
convertibles:
  - { name: Investor A, type: safe-post, amount: "$200,000", cap: "$4 million" }
  - { name: Investor B, type: safe-post, amount: "$800,000", cap: "$8 million" }
rounds:
  - name: Series A
    date: 2019-06-03
    preMoney: "$15,000,000"
    pool: { target: 1695000, placement: pre-money }
    convention: percentage-ownership
    rounding: { shares: floor, price: 4dp }
    investors: [{ name: Series A investors, amount: "$5m" }]
`);
    const round = r.rounds[0]!;
    const [a, b] = round.conversions;
    expect([a!.term, a!.price.toString(), a!.shares.toString()]).toEqual(['cap', '0.34', '588235']); // 5%: $4M / 11,764,705.88
    expect([b!.term, b!.price.toString(), b!.shares.toString()]).toEqual(['cap', '0.68', '1176470']); // 10%
    expect(a!.shares.plus(b!.shares).plus(10000000).toString()).toBe('11764705');
    expect(round.pool.increase.toString()).toBe('1695000');
    expect(round.pricePerShare.toFixed(4)).toBe('1.1144');
    // 15M / (10M + 1,695,000 + 1,764,705.88…) = 1.11443742…, the exact price before its 4dp rounding.
    expect(round.formula).toBe(
      'price = pre-money / (shares before + pool increase in the pre-money + conversion shares) = 15,000,000.00 USD / (10,000,000 shares before + 1,695,000 pool increase in the pre-money + 1,764,705.88 conversion shares) = 1.1144374276 USD',
    );
  });
});

describe('the pre-money SAFE (Y Combinator safe primer)', () => {
  // FundersClub, "Numerical Example: SAFE, cap, no discount" ("Source: Y Combinator SAFE Primer"),
  // https://fundersclub.com/learn/safe-primer/safe-numerical-examples/safe-cap-no-discount/: "Investor has purchased
  // a safe for $100,000. The Valuation Cap is $5,000,000 … $1,000,000 worth of Series A Preferred Stock at a
  // $10,000,000 pre-money valuation … fully-diluted … immediately prior to the financing, including a 1,000,000
  // share option pool to be adopted in connection with the financing, is 11,000,000 shares … 1,100,110 shares of
  // Series A Preferred at $0.909 per share … 220,022 shares of Series A-1 Preferred to the safe holder, at $0.4545".
  // The primer prices on the pre-money count (the safe's shares dilute the Series A too) and prints the Series A
  // price to 3 decimals and the safe price to 4; the share counts follow from those rounded prices.
  it('issues 1,100,110 Series A shares at $0.909 and 220,022 safe shares at $0.4545', () => {
    const r = run(`
currency: USD
holders: [{ name: Common, shares: 10000000 }]
convertibles: [{ name: Safe holder, type: safe-pre, amount: "$100,000", cap: "$5,000,000" }]
rounds:
  - name: Series A
    date: 2014-01-02
    preMoney: "$10,000,000"
    pool: { target: 1000000, placement: pre-money }
    convention: pre-money
    rounding: { shares: floor, price: 3dp, conversionPrice: 4dp }
    investors: [{ name: New investors, amount: "$1,000,000" }]
`);
    const round = r.rounds[0]!;
    expect(round.pricePerShare.toString()).toBe('0.909');
    expect(round.conversions[0]!.price.toString()).toBe('0.4545');
    expect(round.conversions[0]!.term).toBe('cap');
    expect(round.conversions[0]!.shares.toString()).toBe('220022');
    expect(round.newShares[0]!.shares.toString()).toBe('1100110');
  });
});

describe('convertible notes: interest, discount and cap', () => {
  // Carr, Carr & Dubreuil (CCDD Law), "Conversion of a Convertible Note" (2019-03),
  // https://ccddlaw.com/2019/03/conversion-of-a-convertible-note/: "the Series A investor buys 2,000 shares (and the
  // company originally has 10,000 total issued and outstanding shares) for a $1,000,000 purchase price ($500 per
  // share) … a convertible note in the original principal amount of $100,000 outstanding with an 8% interest rate.
  // If the note was converted on the 1st anniversary of signing, the outstanding principal and interest would be
  // $108,000 … Applying a 20% discount rate would cause the note to convert at a price of $400 per share … the
  // investor would receive 270 shares"; "with a very low valuation cap of $1,000,000 … a per share price of $100
  // per share … the investor will receive 1,080 shares". The Series A price ignores the note: the pre-money method.
  const note = (cap: string) => `
currency: USD
holders: [{ name: Founders, shares: 10000 }]
convertibles:
  - { name: Noteholder, type: note, amount: "$100,000", interest: "8%", start: 2017-03-01, compounding: simple, dayCount: actual/365, discount: "20%"${cap} }
rounds:
  - { name: Series A, date: 2018-03-01, preMoney: "$5,000,000", convention: pre-money, investors: [{ name: Series A investor, amount: "$1,000,000" }] }
`;
  it('accrues $108,000 in a year and converts at the 20% discount: $400, 270 shares', () => {
    const round = run(note('')).rounds[0]!;
    const conversion = round.conversions[0]!;
    expect(round.pricePerShare.toString()).toBe('500');
    expect(round.newShares[0]!.shares.toString()).toBe('2000');
    expect(conversion.amount.toString()).toBe('108000');
    expect([conversion.term, conversion.price.toString(), conversion.shares.toString()]).toEqual([
      'discount',
      '400',
      '270',
    ]);
  });
  it('converts at the $1,000,000 cap when it gives more shares: $100, 1,080 shares', () => {
    const conversion = run(note(', cap: "$1,000,000"')).rounds[0]!.conversions[0]!;
    expect([conversion.term, conversion.price.toString(), conversion.shares.toString()]).toEqual([
      'cap',
      '100',
      '1080',
    ]);
  });
});

describe('three pricing conventions for one term sheet', () => {
  // ADSME Hub's three articles on one term sheet: "You own 1 million shares … a $500,000 convertible note, with an
  // agreed on 30% discount rate … no interest rate or cap … $1 million from a new investor and your pre-money
  // valuation was estimated to be $10 million".
  // Pre-money method (https://adsmehub.ae/en/learn/post-details/convertible-notes-the-pre-money-conversion-method):
  // "we divide $10M by 1 million shares which results in $10 as the price per share".
  // Percentage-ownership (https://www.adsmehub.ae/en/learn/post-details/convertible-notes-the-percentage-ownership-method):
  // "you agree to give away 9% equity to this new investor in exchange for the $1 million" (1 / 11).
  // Dollars-invested (https://stagingv2.adsmehub.ae/en/learn/post-details/convertible-notes-the-dollars-invested-method):
  // "Effective post-money valuation is equal to the agreed-upon pre-money valuation (in our case $10 million) plus
  // the dollars invested by the note holders (or $500,000) and the new investment of $1 million". Issue 19 item 5
  // defines the convention by that post-money: the price is it divided by all the fully diluted shares after the
  // round, conversion shares included. (The article then prints "$10.5", the $10.5M effective pre-money over the
  // 1,000,000 shares before the round, which gives 1,163,265 shares × $10.50 = $12,214,282.50, not its own
  // $11.5M post-money; that price is not the convention's.)
  const termSheet = (convention: string) => `
currency: USD
holders: [{ name: Founder, shares: 1000000 }]
convertibles: [{ name: Note holder, type: note, amount: "$500,000", discount: "30%" }]
rounds:
  - { name: Series A, date: 2020-01-02, preMoney: "$10 million", convention: ${convention}, investors: [{ name: Investor, amount: "$1 million" }] }
`;
  it('pre-money: $10 per share', () => {
    const round = run(termSheet('pre-money')).rounds[0]!;
    expect(round.pricePerShare.toString()).toBe('10');
    expect(round.conversions[0]!.price.toString()).toBe('7');
  });
  it('percentage-ownership: the investor gets ~9% (1/11) at $9.2857…', () => {
    const round = run(termSheet('percentage-ownership')).rounds[0]!;
    // p = (10,000,000 − 500,000 / 0.7) / 1,000,000 = 65/7 exactly (by hand).
    expect(round.pricePerShareExact.toFixed(10)).toBe('9.2857142857');
    expect(percentOf(round.table, 'Investor', 0)).toBe('9');
  });
  it('dollars-invested: post-money $11.5M = price × all shares after the round, at 137/14 = $9.7857… (a fixed point)', () => {
    const round = run(termSheet('dollars-invested')).rounds[0]!;
    // By hand: (10M + 0.5M)·u = 1,000,000 + 500,000·u / 0.7 ⇒ p = (10.5M − 500,000 / 0.7) / 1M = 137/14.
    expect(round.pricePerShareExact.toFixed(12)).toBe('9.785714285714');
    // 0.7 × 137/14 = 6.85; 500,000 / 6.85 = 72,992.7 → 72,992; 1M × 14/137 = 102,189.8 → 102,189 (floor).
    expect(round.conversions[0]!.price.toString()).toBe('6.85');
    expect(round.conversions[0]!.shares.toString()).toBe('72992');
    expect(round.newShares[0]!.shares.toString()).toBe('102189');
    expect(round.fullyDiluted.toString()).toBe('1175181');
    expect(round.postMoney.toString()).toBe('11500000');
    expect(round.identities.postMoney.components.map((c) => [c.label, c.value.toString()])).toEqual([
      ['pre-money', '10000000'],
      ['converting amounts (dollars-invested: the post-money counts them)', '500000'],
      ['new money', '1000000'],
    ]);
  });

  // Gagan Singh (WOWS Global), "Understanding the Procedure of Converting Convertible Notes" (2023-08-31),
  // https://wowsglobal.com/blog/understanding-the-procedure-of-converting-convertible-notes/: "Agreed Upon
  // Pre-Money Valuation: $8 million … Amount Being Invested by New Series A Investors: $2 million … Shares
  // Outstanding on a Fully-Diluted Basis, Pre-Investment: 1 million". Pre-money method: "Founders 1,000,000 70.00%,
  // Note/SAFE Holders 178,571 12.50%, Series A Investors 250,000 17.50%, Total 1,428,571"; percentage-ownership
  // method: "Founders … 65.71%". The notes' terms are not in the excerpt read; the printed counts are those of $1M
  // converting at a 30% discount (178,571 = 1,000,000 / (8 × 0.7)), which is what this test states.
  const wows = (convention: string) => `
currency: USD
holders: [{ name: Founders, shares: 1000000 }]
convertibles: [{ name: Note/SAFE Holders, type: note, amount: "$1M", discount: "30%" }]
rounds:
  - { name: Series A, date: 2023-08-31, preMoney: "$8 million", convention: ${convention}, investors: [{ name: Series A Investors, amount: "$2 million" }] }
`;
  it('pre-money method: 178,571 and 250,000 shares, 70.00% / 12.50% / 17.50%', () => {
    const round = run(wows('pre-money')).rounds[0]!;
    expect(shares(round.table)).toEqual([
      ['Founders', '1000000'],
      ['Note/SAFE Holders', '178571'],
      ['Series A Investors', '250000'],
      ['Option pool', '0'],
    ]);
    expect(round.fullyDiluted.toString()).toBe('1428571');
    expect(
      ['Founders', 'Note/SAFE Holders', 'Series A Investors'].map((h) => percentOf(round.table, h, 2)),
    ).toEqual(['70.00', '12.50', '17.50']);
  });
  it('percentage-ownership method: founders 65.71%, and the Series A gets exactly its 20%', () => {
    const round = run(wows('percentage-ownership')).rounds[0]!;
    expect(percentOf(round.table, 'Founders', 2)).toBe('65.71');
    expect(percentOf(round.table, 'Series A Investors', 2)).toBe('20.00');
  });
  it('gives three different prices for the same term sheet', () => {
    const prices = ['pre-money', 'percentage-ownership', 'dollars-invested'].map((c) =>
      run(wows(c)).rounds[0]!.pricePerShareExact.toFixed(4),
    );
    // By hand: 8M / 1M = 8; (8M − 1M / 0.7) / 1M = 6.5714…; dollars-invested (8M + 1M)·u = 1M + 1M·u / 0.7,
    // so p = (9M − 1M / 0.7) / 1M = 7.5714….
    expect(prices).toEqual(['8.0000', '6.5714', '7.5714']);
  });
});
