/**
 * --solve (issue 19 item 7): the investment that owns a target share after its round, the pre-money
 * that gives a target price, each exact and checked against a run of the scenario with it.
 */
import { describe, expect, it } from 'vitest';
import { solveScenario } from '../../../src/deal/scenario/solveScenario.js';
import { scenario, SOURCES, thrown } from './helpers.js';

describe('solving for an investment or a pre-money', () => {
  // Venture Hacks, "The Option Pool Shuffle": "$2M on $8M pre-money … a 20% post-money option pool", 6,000,000
  // shares, a $1.00 price (the example solveRound's doc test states). The lead owns 2M / 10M = 20% of it.
  const shuffle = `
currency: USD
holders: [{ name: Founders, shares: 6000000 }]
rounds:
  - name: Series A
    date: 2020-01-02
    preMoney: "$8M"
    pool: { target: "20%", placement: pre-money }
    investors: [{ name: Lead, amount: "$1M" }]
`;
  it('the investment that owns 20% after the option pool shuffle: $2M (the shuffle then prices at $1.00)', () => {
    const answer = solveScenario(SOURCES, scenario(shuffle), 'investment:Lead=20%');
    expect(answer.value.toString()).toBe('2000000');
    expect(answer.exact).toBe(true);
    expect(answer.path).toBe('rounds[0].investors["Lead"].amount');
    const round = answer.result.rounds[0]!;
    expect(round.pricePerShare.toString()).toBe('1');
    expect(round.table.find((r) => r.holder === 'Lead')!.percent.toString()).toBe('20');
  });
  it('the pre-money that gives $1.00 a share: $8M', () => {
    const answer = solveScenario(
      SOURCES,
      scenario(shuffle.replace('"$1M"', '"$2M"')),
      'preMoney:Series A=$1',
    );
    expect(answer.value.toString()).toBe('8000000');
    expect(answer.result.rounds[0]!.pricePerShareExact.toString()).toBe('1');
  });
  it('with a discounted note converting (dollars-invested): $10 a share needs 10M − 500K + 500K / 0.7', () => {
    // The ADSME term sheet of workedExamples.test.ts: p = (V + A − A / 0.7) / 1,000,000, so p = 10 needs
    // V = 10,000,000 − 500,000 + 714,285.714… = 71,500,000 / 7 (by hand), which does not terminate.
    const adsme = scenario(`
currency: USD
holders: [{ name: Founder, shares: 1000000 }]
convertibles: [{ name: Note holder, type: note, amount: "$500,000", discount: "30%" }]
rounds:
  - { name: Series A, date: 2020-01-02, preMoney: "$3 million", convention: dollars-invested, investors: [{ name: Investor, amount: "$1 million" }] }
`);
    const answer = solveScenario(SOURCES, adsme, 'preMoney:Series A=$10');
    expect(answer.value.toFixed(6)).toBe('10214285.714286');
    expect(answer.exact).toBe(false);
    expect(answer.setValue.toString()).toBe('10214285.7142857143');
    expect(answer.result.rounds[0]!.pricePerShareExact.toFixed(12)).toBe('10.000000000000');
  });
  it('no solution is an error with its code', () => {
    const error = thrown(() => solveScenario(SOURCES, scenario(shuffle), 'investment:Lead=85%'));
    expect(error.code).toBe('SCENARIO_UNSOLVABLE');
    expect(error.message).toContain('no investment by Lead reaches 85% exactly');
  });
  it('a question it does not read is an error with a hint', () => {
    const error = thrown(() => solveScenario(SOURCES, scenario(shuffle), 'ownership of Lead'));
    expect(error.code).toBe('SCENARIO_VALUE_INVALID');
    expect(error.hint).toContain("--solve 'investment:Lead=20%'");
  });
});
