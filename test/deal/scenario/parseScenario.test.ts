import { describe, expect, it } from 'vitest';
import { readScenarioDocument } from '../../../src/deal/scenario/document.js';
import { parseScenario } from '../../../src/deal/scenario/parseScenario.js';
import { readScenarioPercent } from '../../../src/deal/scenario/readScenarioPercent.js';
import { scenario } from './helpers.js';

const ISSUE_FULL = `
currency: USD                      # reporting currency
fx: { source: fred-h10, policy: previous }
holders:                           # the cap table before the first event
  - { name: Founder A, shares: 1000000 }
  - { name: Founder B, shares: 1000000 }
pool: { shares: 0 }                # unallocated option pool
convertibles:
  - { name: Angel, type: safe-post, amount: "$200K", cap: "$4M" }
  - { name: Seed, type: safe-pre, amount: "$500K", cap: "$6M", discount: "20%" }
  - { name: Bridge, type: note, amount: "$25K", cap: "$5M", discount: "20%",
      interest: "5%", start: 2016-01-01, compounding: simple }   # or compound, day count
rounds:
  - name: Series A
    date: 2018-01-01
    preMoney: "$8M"                # or postMoney, or pricePerShare
    pool: { target: "10%", placement: pre-money }   # or post-money; target % of post FD, or shares
    convention: percentage-ownership                # or pre-money, dollars-invested
    rounding: { shares: floor, price: none }        # or price: 4dp, 5dp-up
    investors:
      - { name: Lead, amount: "€1.7M" }
    secondaries:
      - { seller: Founder A, buyer: Lead, shares: 50000, price: "$1.20" }
`;

describe('parseScenario', () => {
  it("reads issue 9's full example with exactly its keys", () => {
    const s = scenario(ISSUE_FULL);
    expect(s.currency).toBe('USD');
    expect(s.fx).toEqual({ source: 'fred-h10', policy: 'previous', maxAgeDays: 7 });
    expect(s.holders.map((h) => [h.name, h.shares.toString()])).toEqual([
      ['Founder A', '1000000'],
      ['Founder B', '1000000'],
    ]);
    expect(
      s.convertibles.map((c) => [c.name, c.type, c.amount.amount.toString(), c.cap?.amount.toString()]),
    ).toEqual([
      ['Angel', 'safe-post', '200000', '4000000'],
      ['Seed', 'safe-pre', '500000', '6000000'],
      ['Bridge', 'note', '25000', '5000000'],
    ]);
    const bridge = s.convertibles[2]!;
    expect([
      bridge.interest?.percent.toString(),
      bridge.start,
      bridge.compounding,
      bridge.dayCount,
      bridge.convertsIn,
    ]).toEqual(['5', '2016-01-01', 'simple', 'actual/365', 0]);
    const round = s.rounds[0]!;
    expect(round.price.basis).toBe('preMoney');
    expect(round.pool).toMatchObject({ placement: 'pre-money', target: { kind: 'percent' } });
    expect(round.investors[0]!.amount).toMatchObject({ text: '€1.7M', currency: 'EUR', assumption: null });
    expect(round.secondaries[0]).toMatchObject({
      seller: 'Founder A',
      buyer: 'Lead',
      price: { text: '$1.20' },
    });
    expect(s.defaults).toEqual(['convertibles[2]: interest counted actual/365 (not stated)']);
  });

  it('runs issue 9’s full example: the euro investment at the rate before New Year’s Day', async () => {
    const { runScenario } = await import('../../../src/deal/scenario/runScenario.js');
    const { SOURCES } = await import('./helpers.js');
    const round = runScenario(SOURCES, scenario(ISSUE_FULL)).rounds[0]!;
    const euro = round.fx.find((use) => use.path === 'rounds[0].investors[0].amount')!;
    // 2018-01-01 is New Year's Day: policy previous takes 2017-12-29, 1.2022 USD per EUR (FRED DEXUSEU).
    expect([euro.rate.observedDate, euro.rate.value.toString(), euro.to.amount.toString()]).toEqual([
      '2017-12-29',
      '1.2022',
      '2043740',
    ]);
    expect(euro.rate.note).toMatch(/New Year's Day/);
    expect(round.conversions.map((c) => c.name)).toEqual(['Angel', 'Seed', 'Bridge']);
    expect(round.conversions[2]!.interest.toFixed(2)).toBe('2503.42'); // 25,000 × 5% × 731/365 (2016 has 366 days)
    expect(round.identities.percentages.holds).toBe(true);
  });

  it('states the defaults it applied', () => {
    const s = scenario(
      `
currency: USD
holders: [{ name: F, shares: 1 }]
rounds: [{ name: A, date: 2018-01-02, preMoney: "$1M", investors: [{ name: X, amount: "¥1M" }] }]
`.replace('¥1M', '1M yen'),
    );
    expect(s.defaults).toEqual([
      "fx: not stated; rates come from fred-h10, else imf, policy previous, at most 7 days from the round's date",
      'rounds[0].rounding: not stated; shares are rounded down (floor) and prices are not rounded',
    ]);
  });

  it.each([
    ['"$8M"', '8000000', 'USD'],
    ['8M', '8000000', 'USD'],
    ['"1.5 billion yuan"', '1500000000', 'CNY'],
    ['"15亿元"', '1500000000', 'CNY'],
    ['"€1.7M"', '1700000', 'EUR'],
    ['"HK$ 2.5 bn"', '2500000000', 'HKD'],
    ['"Rs 3 crore"', '30000000', 'INR'],
    ['8000000', '8000000', 'USD'],
  ])('reads the figure %s as dealcalc reads figures', (written, amount, currency) => {
    const s = scenario(`currency: USD\nrounds: [{ name: A, date: 2018-01-02, preMoney: ${written} }]`);
    expect([s.rounds[0]!.price.figure.amount.toString(), s.rounds[0]!.price.figure.currency]).toEqual([
      amount,
      currency,
    ]);
  });

  it('reads a lone ¥ as the option says', () => {
    const text = 'currency: USD\nrounds: [{ name: A, date: 2018-01-02, preMoney: "¥100M" }]';
    expect(parseScenario(text).ok).toBe(false);
    const read = parseScenario(text, { yen: 'JPY' });
    expect(read.ok && read.value.rounds[0]!.price.figure.currency).toBe('JPY');
  });

  it.each([
    ['1000000', '1000000'],
    ['1,000,000', '1000000'],
    ['1_000_000', '1000000'],
  ])('reads shares written %s', (written, value) => {
    expect(
      scenario(`currency: USD\nholders: [{ name: F, shares: "${written}" }]`).holders[0]!.shares.toString(),
    ).toBe(value);
  });

  it('reads a pool target in shares and the rounding rules', () => {
    const round = scenario(`currency: USD
rounds: [{ name: A, date: 2018-01-02, pricePerShare: "$1.2345", pool: { target: 500000, placement: post-money }, rounding: { shares: half-even, price: 5dp-up, conversionPrice: 4dp-down } }]`)
      .rounds[0]!;
    expect(round.pool).toMatchObject({ placement: 'post-money', target: { kind: 'shares', text: '500000' } });
    expect(round.rounding).toMatchObject({
      shares: 'half-even',
      price: { decimals: 5, mode: 'up' },
      conversionPrice: { decimals: 4, mode: 'down' },
      stated: true,
    });
  });

  it('keeps the document for overrides', () => {
    expect(scenario('currency: USD\n').document.root.entries[0]!.key).toBe('currency');
  });
});

describe('readScenarioDocument', () => {
  it('keeps numbers as written, never as floats', () => {
    const doc = readScenarioDocument('a: 12.50\nb: 0.1\nc: 1e3\nd: 2018-01-01\n');
    expect(
      doc.ok && doc.value.root.entries.map((e) => (e.value.kind === 'scalar' ? e.value.text : null)),
    ).toEqual(['12.50', '0.1', '1e3', '2018-01-01']);
  });

  it.each([
    ['', 'the scenario is empty'],
    ['- a\n- b\n', 'a scenario is a mapping of keys (currency, holders, rounds, …)'],
    ['a: 1\na: 2\n', 'Map keys must be unique'],
  ])('refuses %j', (text, what) => {
    const doc = readScenarioDocument(text);
    expect(doc.ok).toBe(false);
    expect(!doc.ok && doc.error.message).toContain(what);
  });

  it('resolves YAML anchors and aliases', () => {
    const s = scenario(`currency: USD
holders: [{ name: F, shares: 1000000 }]
rounds:
  - { name: A, date: 2018-01-02, preMoney: &pre "$8M" }
  - { name: B, date: 2019-01-02, preMoney: *pre }`);
    expect(s.rounds[1]!.price.figure.text).toBe('$8M');
  });
});

describe('readScenarioPercent', () => {
  it.each([
    ['10%', '10'],
    ['12.5%', '12.5'],
    [' 0.5 % ', '0.5'],
    ['.5%', '0.5'],
  ])('reads %j', (text, value) => {
    expect(readScenarioPercent(text)?.toString()).toBe(value);
  });
  it.each(['10', '-5%', 'about 10%', '10 percent', '1,000%', '%'])('refuses %j', (text) => {
    expect(readScenarioPercent(text)).toBeNull();
  });
});
