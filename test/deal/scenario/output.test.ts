/**
 * Output that adds up (issue 19 item 6): every part of the post-money named, a cap that does not bind
 * said, a secondary's discount to the round price, "effective pre-money" defined, a two-way sweep as a grid.
 */
import { describe, expect, it } from 'vitest';
import { renderScenarioText, renderSweepText } from '../../../src/deal/scenario/render/scenario.js';
import { sweepScenario } from '../../../src/deal/scenario/sweep.js';
import { run, scenario, SOURCES } from './helpers.js';

// By hand throughout: one founder with 1,000,000 shares, an $8M pre-money, $2M new money.
const termSheet = (convention: string, extra = '') => `
currency: USD
holders: [{ name: Founder, shares: 1000000 }]
convertibles: [{ name: Note, type: note, amount: "$1M", discount: "20%", cap: "$40M" }]
rounds:
  - name: Series A
    date: 2020-01-02
    preMoney: "$8M"
    convention: ${convention}
    pool: { target: "10%", placement: post-money }
    investors: [{ name: Lead, amount: "$2M" }]
${extra}`;

describe('the post-money line lists its parts under every convention', () => {
  it.each([
    [
      'pre-money',
      [
        'pre-money',
        'new money',
        'conversion shares at the round price (outside the pre-money)',
        'pool increase at the round price (post-money pool)',
      ],
    ],
    [
      'percentage-ownership',
      ['pre-money', 'new money', 'pool increase at the round price (post-money pool)'],
    ],
    [
      'dollars-invested',
      [
        'pre-money',
        'converting amounts (dollars-invested: the post-money counts them)',
        'new money',
        'pool increase at the round price (post-money pool)',
      ],
    ],
  ])('%s', (convention, labels) => {
    const result = run(termSheet(convention));
    const round = result.rounds[0]!;
    const components = round.identities.postMoney.components;
    expect(components.map((c) => c.label)).toEqual(labels);
    // The parts sum to the post-money, exactly.
    expect(
      components
        .reduce((a, c) => a.plus(c.value), components[0]!.value.minus(components[0]!.value))
        .eq(round.postMoney),
    ).toBe(true);
    const line = renderScenarioText(result)
      .split('\n')
      .find((l) => l.startsWith('  post-money'))!;
    for (const label of labels) expect(line).toContain(label);
  });
  it('says the pool increase is inside the pre-money when it is placed there', () => {
    const text = renderScenarioText(run(termSheet('pre-money').replace('post-money }', 'pre-money }')));
    expect(text).toMatch(
      /post-money .* = pre-money 8,000,000\.00 USD \+ new money 2,000,000\.00 USD \+ conversion shares at the round price \(outside the pre-money\) .*; the pool increase \([\d,]+ shares, [\d,.]+ USD at the price\) is inside the pre-money/,
    );
  });
});

describe('what the text says about conversions, secondaries and the effective pre-money', () => {
  const text = renderScenarioText(
    run(
      termSheet(
        'pre-money',
        '    secondaries: [{ seller: Founder, buyer: Lead, shares: 10000, price: "$6" }]',
      ),
    ),
  );
  it('a cap that does not bind says so', () => {
    // Pre-money: p = 8M / 1M = 8; the discount price 6.40; the $40M cap over at least 1,000,000 shares is at most $40.
    expect(text).toContain('the cap does not bind: its price');
    expect(text).toContain('is above the discount price');
  });
  it("a secondary's discount to the round price", () => {
    // (6 − 8) / 8 = −25%.
    expect(text).toContain(
      'Founder → Lead: 10,000 at 6.00 USD (60,000.00 USD), a 25.00% discount to the round price 8.00 USD',
    );
  });
  it('"effective pre-money" is defined where it appears', () => {
    // 8 × 1,000,000.
    expect(text).toContain(
      "effective pre-money 8,000,000.00 USD: the round price × the 1,000,000 shares held before the round (what the existing holders' shares are priced at)",
    );
  });
});

describe('a two-way sweep prints as a grid', () => {
  it('one grid per shown result, the first axis down and the second across', () => {
    const base = scenario(`
currency: USD
holders: [{ name: Founder, shares: 1000000 }]
rounds:
  - { name: Seed, date: 2020-01-02, preMoney: "$4M", investors: [{ name: Angel, amount: "$1M" }] }
`);
    const sweep = sweepScenario(
      SOURCES,
      base,
      ['rounds[0].preMoney=4M..8M:4M', 'rounds[0].investors[0].amount=1M..2M:1M'],
      ['holders["Founder"].percent'],
    );
    // The founder keeps V / (V + I): 4/5 = 80%, 4/6 = 66.6667%, 8/9 = 88.8889%, 8/10 = 80%.
    expect(renderSweepText(sweep, false).split('\n')).toEqual([
      'holders["Founder"].percent',
      'rounds[0].preMoney ↓ rounds[0].investors[0].amount →  1,000,000  2,000,000',
      '                                           4,000,000         80    66.6667',
      '                                           8,000,000    88.8889         80',
      '',
    ]);
  });
});
