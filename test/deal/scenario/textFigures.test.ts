/**
 * The text output writes every price with its currency and every share count as it was issued; the
 * display rules are named in the footer, and the JSON keeps full precision.
 */
import { describe, expect, it } from 'vitest';
import { renderScenarioText, renderSolveText } from '../../../src/deal/scenario/render/scenario.js';
import { solveScenario } from '../../../src/deal/scenario/solveScenario.js';
import { run, scenario, SOURCES } from './helpers.js';

// examples/series-a.yaml: 2,000,000 founder shares, a $200K post-money SAFE at a $4M cap, $8M pre-money,
// a 10% pool in the pre-money, percentage-ownership.
const seriesA = `
currency: USD
holders:
  - { name: Founder A, shares: 1000000 }
  - { name: Founder B, shares: 1000000 }
convertibles: [{ name: Angel, type: safe-post, amount: "$200K", cap: "$4M" }]
rounds:
  - name: Series A
    date: 2018-01-01
    preMoney: "$8M"
    pool: { target: "10%", placement: pre-money }
    convention: percentage-ownership
    investors: [{ name: Lead, amount: "$2M" }]
`;

describe('prices and share counts in the text output', () => {
  it('a solved round: the series is issued at the round price in USD to 10 decimals, never its 20 exact digits', () => {
    const answer = solveScenario(SOURCES, scenario(seriesA), 'investment:Lead=25%');
    const text = renderSolveText(answer);
    // Lead's 2,666,666.6666666667 (rounded to 10 decimals) over the shares gives a price that does not fit 10 decimals.
    expect(answer.result.rounds[0]!.pricePerShareExact.decimalPlaces()).toBeGreaterThan(10);
    expect(text).toContain('  Series A: issued at 3.2933333333 USD, 1x preference');
    expect(text).not.toMatch(/\d\.\d{11,}/);
    expect(text).toContain(
      '(the exact value does not terminate; the scenario below runs with it rounded half-even to 10 decimals)',
    );
  });

  it('the conversion shares inside the pre-money are the 105,263 shares issued (200,000 / 1.90 = 105,263.16, floor)', () => {
    const text = renderScenarioText(run(seriesA));
    expect(text).toContain(
      'the conversion shares (105,263 shares, converting 200,000.00 USD) are inside the pre-money',
    );
    expect(text).toContain('(cap ÷ 2,105,263.16 shares:');
    expect(text).toContain('  Series A: issued at 3.325 USD,');
    expect(text).toContain(
      "amounts rounded half-even to the currency's minor unit (an amount below one minor unit to three significant figures), prices per share and the amounts of a check to at most 10 decimals, percentages and fractional share counts to 2, in formulas and checks too",
    );
  });

  it('an anti-dilution line gives its prices in USD (broad-based: CP2 = 1 × 5,500,000 / 5,714,285 = 0.96250012…)', () => {
    const text = renderScenarioText(
      run(`
currency: USD
classes: [{ name: Series A, issuePrice: "$1", antiDilution: broad }]
holders:
  - { name: Founders, shares: 4000000 }
  - { name: Fund A, class: Series A, shares: 1000000 }
rounds:
  - { name: Series B, date: 2020-01-02, pricePerShare: "$0.70", investors: [{ name: Fund B, amount: "$500K" }] }
`),
    );
    // B = 500,000 / 1 = 500,000; C = floor(500,000 / 0.70) = 714,285; 5,500,000 / 5,714,285 = 0.96250012031…
    expect(text).toContain(
      'Series A anti-dilution at Series B (round price 0.70 USD): conversion price 1.00 USD → 0.9625001203 USD,',
    );
    expect(text).toContain('  Series B: issued at 0.70 USD,');
    expect(text).toContain('converts 1:1.0389…');
  });
});

describe("the pool line's note counts shares grouped, as the table does", () => {
  // By hand: 1,000,000 founder shares and a 200,000-share pool at $8M pre-money ($6.666… a share) with $2M new money
  // (300,000 shares): the pool is 200,000 / 1,500,000 = 13.33% after the round, above a 5% target.
  const file = (extra: string) => `
currency: USD
holders: [{ name: Founder, shares: 1000000 }]
pool: { shares: 200000 }
rounds: [{ name: A, date: 2018-01-02, preMoney: "$8M", investors: [{ name: Lead, amount: "$2M" }]${extra} }]
`;
  it('a target the pool already meets', () => {
    const text = renderScenarioText(run(file(', pool: { target: "5%", placement: pre-money }')));
    expect(text.split('\n')).toContain(
      '  pool             +0 shares, 200,000 in all (13.33%): the pool (200,000 shares) already meets the target; a pool is never reduced',
    );
  });
  it('options granted from the pool', () => {
    expect(run(file(', grants: [{ holder: CTO, shares: 50000 }]')).rounds[0]!.pool.note).toBe(
      '50,000 options granted from the pool',
    );
  });
});
