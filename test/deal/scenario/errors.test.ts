/**
 * Scenarios that cannot be read or solved: each is an error with a stable code, the key path
 * and the reason, and a hint; nothing half-computed comes back.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/deal/scenario/parseScenario.js';
import { runScenario } from '../../../src/deal/scenario/runScenario.js';
import { ScenarioError } from '../../../src/deal/scenario/scenarioError.js';
import { run, scenario, SOURCES, thrown } from './helpers.js';

const HOLDERS =
  'currency: USD\nholders:\n  - { name: Founder A, shares: 1000000 }\n  - { name: Founder B, shares: 1000000 }\n';

/** The error parseScenario returns (fails the test if it reads). */
function parseError(text: string) {
  const read = parseScenario(text);
  if (read.ok) throw new Error('expected an error');
  return read.error as typeof read.error & { path?: string };
}

describe('scenarios that cannot be solved', () => {
  it.each([
    [
      'post-money SAFEs claiming more than the company',
      `convertibles:
  - { name: S1, type: safe-post, amount: "$3M", cap: "$4M" }
  - { name: S2, type: safe-post, amount: "$2M", cap: "$5M" }
rounds: [{ name: Series A, date: 2018-01-02, preMoney: "$20M", convention: percentage-ownership, investors: [{ name: VC, amount: "$5M" }] }]`,
      /Series A cannot be solved: the post-money SAFEs' amounts are 115\.00% of their caps/,
    ],
    [
      'a pool target worth more than the pre-money (negative pre-money after the pool)',
      `rounds: [{ name: Series A, date: 2018-01-02, preMoney: "$8M", pool: { target: "85%", placement: pre-money }, investors: [{ name: VC, amount: "$2M" }] }]`,
      /the pool target \(85\.00% of the post-money count\) would be worth at least the pre-money \(8,000,000\.00 USD\), leaving nothing for the shares before the round: 85\.00% of the 10,000,000\.00 USD post-money is 8,500,000\.00 USD, so the pre-money after the pool would be -500,000\.00 USD$/,
    ],
    [
      // By hand: at the pre-money method the note's $4M at a 20% discount is worth $5M at the round price, so the
      // post-money is 8 + 2 + 5 = $15M and a 60% pool of it ($9M) exceeds the $8M pre-money; without the note it
      // would be 60% of $10M = $6M, which fits.
      'a pool target plus convertibles at or above 100%',
      `convertibles: [{ name: Note, type: note, amount: "$4M", discount: "20%" }]
rounds: [{ name: Series A, date: 2018-01-02, preMoney: "$8M", pool: { target: "60%", placement: pre-money }, convention: pre-money, investors: [{ name: VC, amount: "$2M" }] }]`,
      /the pool target \(60\.00% of the post-money count\) would be worth at least the pre-money \(8,000,000\.00 USD\), leaving nothing for the shares before the round \(with the new money and the conversions\)$/,
    ],
  ])('%s', (_, body, reason) => {
    const error = thrown(() => run(HOLDERS + body));
    expect(error).toBeInstanceOf(ScenarioError);
    expect(error.code).toBe('SCENARIO_UNSOLVABLE');
    expect(error.path).toBe('rounds[0]');
    expect(error.message).toMatch(/^rounds\[0\]: /);
    expect(error.message).toMatch(reason);
    expect(error.hint).toBe('Lower the pool target or the convertibles, or raise the valuation.');
  });

  it('the pool-plus-convertibles round above solves without the note (60% of a $10M post-money fits in $8M)', () => {
    const round = run(
      `${HOLDERS}rounds: [{ name: Series A, date: 2018-01-02, preMoney: "$8M", pool: { target: "60%", placement: pre-money }, convention: pre-money, investors: [{ name: VC, amount: "$2M" }] }]`,
    ).rounds[0]!;
    expect(round.effectivePreMoney.toString()).toBe('2000000'); // 8M − 60% × 10M
  });

  it('a post-money below the new money', () => {
    const error = thrown(() =>
      run(
        `${HOLDERS}rounds: [{ name: A, date: 2018-01-02, postMoney: "$1M", investors: [{ name: VC, amount: "$2M" }] }]`,
      ),
    );
    expect([error.code, error.path]).toEqual(['SCENARIO_UNSOLVABLE', 'rounds[0].postMoney']);
    expect(error.message).toBe(
      'rounds[0].postMoney: the post-money (1,000,000.00 USD) is not above the new money (2,000,000.00 USD), so the pre-money would be -1,000,000.00 USD',
    );
  });

  it('an unknown holder in a secondary', () => {
    const error = thrown(() =>
      run(`${HOLDERS}rounds:
  - name: A
    date: 2018-01-02
    preMoney: "$8M"
    investors: [{ name: Lead, amount: "$2M" }]
    secondaries: [{ seller: Founder C, buyer: Lead, shares: 1000, price: "$3" }]`),
    );
    expect([error.code, error.path]).toEqual(['SCENARIO_UNKNOWN_HOLDER', 'rounds[0].secondaries[0].seller']);
    expect(error.message).toBe('rounds[0].secondaries[0].seller: "Founder C" holds no shares at A');
    expect(error.hint).toBe('Holders at that point: Founder A, Founder B, Lead.');
  });

  it('a seller selling more than held', () => {
    const error = thrown(() =>
      run(`${HOLDERS}rounds:
  - { name: A, date: 2018-01-02, preMoney: "$8M", secondaries: [{ seller: Founder A, buyer: Lead, shares: 1000001, price: "$3" }] }`),
    );
    expect([error.code, error.path]).toEqual(['SCENARIO_OVERSOLD', 'rounds[0].secondaries[0].shares']);
    expect(error.message).toBe(
      'rounds[0].secondaries[0].shares: Founder A sells 1000001 shares but holds 1000000 at that point of A',
    );
  });

  it('a round before a note’s start date', () => {
    const error = parseError(`${HOLDERS}convertibles:
  - { name: Bridge, type: note, amount: "$25K", cap: "$5M", interest: "5%", start: 2018-03-01 }
rounds: [{ name: Series A, date: 2018-01-02, preMoney: "$8M", convention: pre-money }]`);
    expect([error.code, error.path]).toEqual(['SCENARIO_DATE_ORDER', 'convertibles[0].start']);
    expect(error.message).toBe(
      'convertibles[0].start: Bridge is issued on 2018-03-01, after Series A (2018-01-02), the round it would convert in',
    );
  });

  it('rounds out of date order', () => {
    const error = parseError(`${HOLDERS}rounds:
  - { name: Series A, date: 2018-06-01, preMoney: "$8M" }
  - { name: Seed, date: 2018-01-02, preMoney: "$4M" }`);
    expect([error.code, error.path]).toEqual(['SCENARIO_DATE_ORDER', 'rounds[1].date']);
  });

  it('a grant larger than the pool', () => {
    const error = thrown(() =>
      run(
        `${HOLDERS}pool: { shares: 1000 }\nrounds: [{ name: A, date: 2018-01-02, preMoney: "$8M", grants: [{ holder: CTO, shares: 1001 }] }]`,
      ),
    );
    expect([error.code, error.path]).toEqual(['SCENARIO_OVERSOLD', 'rounds[0].grants[0].shares']);
  });

  it('a company with no shares', () => {
    const error = thrown(() =>
      run('currency: USD\nrounds: [{ name: A, date: 2018-01-02, preMoney: "$8M" }]'),
    );
    expect([error.code, error.path]).toEqual(['SCENARIO_UNSOLVABLE', 'rounds[0]']);
  });

  it('a rate that does not exist names the figure: no fred-h10 rate after 2024-11-29', () => {
    const error = thrown(() =>
      run(
        `${HOLDERS}fx: { source: fred-h10 }\nrounds: [{ name: A, date: 2025-03-03, preMoney: "$8M", investors: [{ name: VC, amount: "€2M" }] }]`,
      ),
    );
    expect(error.code).toBe('RATE_AFTER_COVERAGE');
    expect(error.path).toBe('rounds[0].investors[0].amount');
    expect(error.message).toMatch(/^rounds\[0\]\.investors\[0\]\.amount \("€2M" on 2025-03-03\): /);
  });

  it('returns nothing half-computed: a failing second round throws, with no result', () => {
    const s = scenario(`${HOLDERS}rounds:
  - { name: Seed, date: 2018-01-02, preMoney: "$4M", investors: [{ name: Angel, amount: "$1M" }] }
  - { name: A, date: 2018-06-01, preMoney: "$8M", secondaries: [{ seller: Nobody, buyer: Angel, shares: 1, price: "$1" }] }`);
    let result: unknown = 'untouched';
    expect(() => (result = runScenario(SOURCES, s))).toThrow(ScenarioError);
    expect(result).toBe('untouched');
  });
});

describe('documents that do not read', () => {
  it('points a YAML syntax error at its line', () => {
    const error = parseError('currency: USD\nholders:\n  - { name: Founder A, shares: 1000000\nrounds: []\n');
    expect(error.code).toBe('SCENARIO_SYNTAX');
    expect(error.message).toMatch(/^line 4, column 1: /);
    expect(error.position).toEqual({ input: 'rounds: []', index: 0, length: 1 });
  });

  it.each([
    [
      'an unknown key, with the nearest known one',
      'rounds: [{ name: A, date: 2018-01-02, preMony: "$8M" }]',
      'SCENARIO_KEY_UNKNOWN',
      'rounds[0].preMony',
      'Did you mean "preMoney"? Keys here: name, date, preMoney, postMoney, pricePerShare, pool, convention, rounding, investors, secondaries, grants.',
    ],
    [
      'a missing price',
      'rounds: [{ name: A, date: 2018-01-02 }]',
      'SCENARIO_KEY_MISSING',
      'rounds[0].preMoney',
      'Give exactly one of preMoney, postMoney, pricePerShare, e.g. preMoney: "$8M".',
    ],
    [
      'two prices',
      'rounds: [{ name: A, date: 2018-01-02, preMoney: "$8M", postMoney: "$10M" }]',
      'SCENARIO_VALUE_INVALID',
      'rounds[0].postMoney',
      'Give exactly one of preMoney, postMoney, pricePerShare.',
    ],
    [
      'a figure that does not read',
      'rounds: [{ name: A, date: 2018-01-02, preMoney: "$8 bilion" }]',
      'FIGURE_UNKNOWN_WORD',
      'rounds[0].preMoney',
      undefined,
    ],
    [
      'a hedged figure',
      'rounds: [{ name: A, date: 2018-01-02, preMoney: "about $8M" }]',
      'SCENARIO_VALUE_INVALID',
      'rounds[0].preMoney',
      'Write the figure without a hedge word, e.g. "$8M"; to explore a range, sweep the key.',
    ],
    [
      'a percentage that is not plain',
      'convertibles: [{ name: S, type: safe-pre, amount: "$1M", discount: "twenty percent" }]',
      'SCENARIO_VALUE_INVALID',
      'convertibles[0].discount',
      'Write a plain percentage such as 20% or 12.5%.',
    ],
    [
      'a discount of 100%',
      'convertibles: [{ name: S, type: safe-pre, amount: "$1M", discount: "100%" }]',
      'SCENARIO_VALUE_INVALID',
      'convertibles[0].discount',
      'Write a percentage at least 0% and below 100%.',
    ],
    [
      'interest on a SAFE',
      'convertibles: [{ name: S, type: safe-post, amount: "$1M", interest: "5%" }]',
      'SCENARIO_VALUE_INVALID',
      'convertibles[0].interest',
      'Remove the interest and maturity terms, or make the convertible a note (type: note).',
    ],
    [
      'a note with interest and no start',
      'convertibles: [{ name: N, type: note, amount: "$1M", interest: "5%" }]',
      'SCENARIO_KEY_MISSING',
      'convertibles[0].start',
      'Give the day of issue, e.g. start: 2016-01-01.',
    ],
    [
      'shares that are not whole',
      'pool: { shares: 10.5 }',
      'SCENARIO_VALUE_INVALID',
      'pool.shares',
      'Write a whole number of shares, e.g. 1000000 or 1,000,000.',
    ],
    [
      'a duplicate holder',
      'holders: [{ name: X, shares: 1 }, { name: X, shares: 2 }]',
      'SCENARIO_DUPLICATE_NAME',
      'holders[1].name',
      undefined,
    ],
    [
      'an unknown convention',
      'rounds: [{ name: A, date: 2018-01-02, preMoney: "$8M", convention: post-money }]',
      'SCENARIO_VALUE_INVALID',
      'rounds[0].convention',
      'Write one of: percentage-ownership, pre-money, dollars-invested.',
    ],
    [
      'a bad price rounding',
      'rounds: [{ name: A, date: 2018-01-02, preMoney: "$8M", rounding: { price: 4 } }]',
      'SCENARIO_VALUE_INVALID',
      'rounds[0].rounding.price',
      'Write none, or decimals as 4dp (half-even), 4dp-up, 4dp-down or 4dp-half-up.',
    ],
    [
      'a day that does not exist',
      'rounds: [{ name: A, date: 2018-02-30, preMoney: "$8M" }]',
      'SCENARIO_VALUE_INVALID',
      'rounds[0].date',
      'Write a day as YYYY-MM-DD, e.g. 2018-01-01.',
    ],
    [
      'a convertsIn naming no round',
      'convertibles: [{ name: S, type: safe-post, amount: "$1M", convertsIn: Series Z }]\nrounds: [{ name: A, date: 2018-01-02, preMoney: "$8M", convention: pre-money }]',
      'SCENARIO_VALUE_INVALID',
      'convertibles[0].convertsIn',
      'Name one of the rounds: A.',
    ],
  ])('%s', (_, body, code, path, hint) => {
    const error = parseError(`currency: USD\n${body}\n`);
    expect([error.code, error.path]).toEqual([code, path]);
    expect(error.message.startsWith(path)).toBe(true);
    if (hint !== undefined) expect(error.hint).toBe(hint);
  });

  it('requires the pricing convention when convertibles convert in the round', () => {
    const error =
      parseError(`${HOLDERS}convertibles: [{ name: S, type: safe-post, amount: "$1M", cap: "$10M" }]
rounds: [{ name: A, date: 2018-01-02, preMoney: "$8M" }]`);
    expect([error.code, error.path]).toEqual(['SCENARIO_KEY_MISSING', 'rounds[0].convention']);
    expect(error.hint).toBe(
      'Say convention: percentage-ownership, pre-money or dollars-invested (they give different prices).',
    );
  });

  it('names the line of a key in a block mapping', () => {
    const error = parseError(
      `${HOLDERS}rounds:\n  - name: A\n    date: 2018-01-02\n    preMoney: "$8M"\n    convention: sideways\n`,
    );
    expect(error.message).toBe(
      'rounds[0].convention (line 9): "sideways" is not one of percentage-ownership, pre-money, dollars-invested',
    );
    expect(error.position).toEqual({ input: '    convention: sideways', index: 16, length: 1 });
  });

  it('reads JSON as well', () => {
    const read = parseScenario(
      '{ "currency": "USD", "holders": [{ "name": "F", "shares": 1000000 }], "rounds": [{ "name": "A", "date": "2018-01-02", "preMoney": "$8M", "investors": [{ "name": "VC", "amount": "$2M" }] }] }',
    );
    expect(read.ok && runScenario(SOURCES, read.value).rounds[0]!.pricePerShare.toString()).toBe('8');
  });
});
