import { describe, expect, it } from 'vitest';
import { unwrap } from '../../../src/errors.js';
import { Decimal } from '../../../src/money/decimal.js';
import { applyOverride } from '../../../src/deal/scenario/applyOverride.js';
import { formatScenarioPath, parseScenarioPath } from '../../../src/deal/scenario/path.js';
import { resultValue } from '../../../src/deal/scenario/resultValue.js';
import { runScenario } from '../../../src/deal/scenario/runScenario.js';
import { parseSweep, sweepScenario } from '../../../src/deal/scenario/sweep.js';
import { scenario, SOURCES, thrown } from './helpers.js';

const BASE = `currency: USD
holders:
  - { name: Founder A, shares: 1000000 }
  - { name: Founder B, shares: 1000000 }
convertibles:
  - { name: Angel, type: safe-post, amount: "$200K", cap: "$4M" }
rounds:
  - name: Series A
    date: 2018-01-02
    preMoney: "$8M"
    pool: { target: "10%", placement: pre-money }
    convention: percentage-ownership
    investors:
      - { name: Lead, amount: "$2M" }
      - { name: Friend, amount: "$100K" }
  - { name: Series B, date: 2019-01-02, preMoney: "$30M", investors: [{ name: Growth, amount: "$10M" }] }
`;

describe('the path language', () => {
  it.each([
    ['rounds[0].preMoney', 3],
    ['holders["Founder A"].percent', 3],
    ["rounds['Series A'].investors[1].amount", 5],
    ['holders["Say \\"hi\\""].shares', 3],
  ])('reads %s', (text, length) => {
    const path = unwrap(parseScenarioPath(text));
    expect(path.length).toBe(length);
  });
  it('writes paths back', () => {
    expect(formatScenarioPath(unwrap(parseScenarioPath("rounds['Series A'].investors[1].amount")))).toBe(
      'rounds["Series A"].investors[1].amount',
    );
  });
  it.each(['', '[0]', 'rounds[x]', 'rounds.', 'holders["open', 'a..b', 'rounds[0]preMoney'])(
    'refuses %j',
    (text) => {
      const path = parseScenarioPath(text);
      expect(path.ok).toBe(false);
      expect(!path.ok && path.error.code).toBe('SCENARIO_PATH_INVALID');
    },
  );
});

describe('applyOverride', () => {
  const base = scenario(BASE);

  it('sets a figure as written in the file: rounds[0].preMoney = 3B', () => {
    const s = unwrap(applyOverride(base, 'rounds[0].preMoney', '3B'));
    expect(s.rounds[0]!.price.figure).toMatchObject({
      text: '3B',
      currency: 'USD',
      path: 'rounds[0].preMoney',
    });
    expect(s.rounds[0]!.price.figure.amount.toString()).toBe('3000000000');
    expect(base.rounds[0]!.price.figure.amount.toString()).toBe('8000000'); // the original is untouched
  });

  it('picks list elements by name, and replaces the other price keys', () => {
    const s = unwrap(applyOverride(base, 'rounds["Series A"].investors["Lead"].amount', '"€1.7M"'));
    expect(s.rounds[0]!.investors[0]!.amount.currency).toBe('EUR');
    const t = unwrap(applyOverride(base, 'rounds["Series B"].pricePerShare', '$4.00'));
    expect(t.rounds[1]!.price.basis).toBe('pricePerShare');
  });

  it('sets percentages, numbers and YAML values, adds keys and removes them', () => {
    expect(
      unwrap(
        applyOverride(base, 'convertibles[0].discount', '15%'),
      ).convertibles[0]!.discount?.percent.toString(),
    ).toBe('15');
    expect(unwrap(applyOverride(base, 'holders[1].shares', '1,500,000')).holders[1]!.shares.toString()).toBe(
      '1500000',
    );
    const pool = unwrap(applyOverride(base, 'rounds[1].pool', '{ target: "15%", placement: post-money }'));
    expect(pool.rounds[1]!.pool?.placement).toBe('post-money');
    expect(unwrap(applyOverride(base, 'rounds[0].pool', '')).rounds[0]!.pool).toBeNull();
    expect(
      unwrap(applyOverride(base, 'rounds[0].investors[1]', '~')).rounds[0]!.investors.map((i) => i.name),
    ).toEqual(['Lead']);
  });

  it('checks the whole scenario again, with the same errors as a file', () => {
    const bad = applyOverride(base, 'rounds[0].preMoney', 'about 3B');
    expect(!bad.ok && [bad.error.code, bad.error.message]).toEqual([
      'SCENARIO_VALUE_INVALID',
      'rounds[0].preMoney: "about 3B" is hedged ("about"); a scenario states exact terms',
    ]);
    const late = applyOverride(base, 'rounds[0].date', '2019-06-01');
    expect(!late.ok && late.error.code).toBe('SCENARIO_DATE_ORDER');
  });

  it.each([
    ['rounds[2].preMoney', 'rounds[2].preMoney: the list has 2 elements (at rounds[2])'],
    [
      'holders["Founder C"].shares',
      'holders["Founder C"].shares: no element is named "Founder C" (at holders["Founder C"])',
    ],
    ['currency.code', 'currency.code: "code" is a key, but this is a value (at currency.code)'],
  ])('refuses the path %s', (path, message) => {
    const result = applyOverride(base, path, '1');
    expect(!result.ok && [result.error.code, result.error.message]).toEqual([
      'SCENARIO_PATH_INVALID',
      message,
    ]);
  });
});

describe('resultValue', () => {
  const result = runScenario(SOURCES, scenario(BASE));

  it.each([
    ['holders["Founder A"].shares', '1000000'],
    ['rounds[0].pricePerShare', result.rounds[0]!.pricePerShare.toString()],
    ['rounds["Series B"].postMoney', '40000000'],
    ['rounds[0].holders["Lead"].shares', result.rounds[0]!.newShares[0]!.shares.toString()],
    ['rounds[0].conversions["Angel"].term', 'cap'],
    ['rounds[0].newShares["Friend"].shares', result.rounds[0]!.newShares[1]!.shares.toString()],
    ['pool.shares', result.rounds[1]!.pool.after.toString()],
    ['fullyDiluted', result.fullyDiluted.toString()],
    ['rounds[0].identities.percentages.holds', 'true'],
    ['rounds[0].pool.increase', result.rounds[0]!.pool.increase.toString()],
  ])('reads %s', (path, expected) => {
    expect(String(unwrap(resultValue(result, path)))).toBe(expected);
  });

  it.each([
    [
      'holders["Nobody"].percent',
      'holders["Nobody"].percent: no element is named "Nobody" (at holders["Nobody"])',
    ],
    ['rounds[0].price', 'rounds[0].price: there is no "price" (at rounds[0].price)'],
    ['rounds[0]', 'rounds[0]: names a group of values, not one value'],
  ])('refuses %s', (path, message) => {
    const read = resultValue(result, path);
    expect(!read.ok && [read.error.code, read.error.message]).toEqual(['SCENARIO_PATH_INVALID', message]);
  });
});

describe('parseSweep', () => {
  it.each([
    ['rounds[0].preMoney=6M..12M:1M', { path: 'rounds[0].preMoney', from: '6M', to: '12M', step: '1M' }],
    [
      'rounds["Series A"].pool.target=5%..20%:2.5%',
      { path: 'rounds["Series A"].pool.target', from: '5%', to: '20%', step: '2.5%' },
    ],
    [
      'convertibles[0].cap = $3M .. $5M : $500K',
      { path: 'convertibles[0].cap', from: '$3M', to: '$5M', step: '$500K' },
    ],
    ['holders["A=B"].shares=1..3:1', { path: 'holders["A=B"].shares', from: '1', to: '3', step: '1' }],
  ])('reads %s', (text, spec) => {
    expect(unwrap(parseSweep(text))).toEqual(spec);
  });
  it.each([
    'rounds[0].preMoney',
    'rounds[0].preMoney=6M-12M',
    'rounds[0].preMoney=6M..12M',
    '=1..2:1',
    'rounds[0].preMoney=..12M:1M',
  ])('refuses %j', (text) => {
    const read = parseSweep(text);
    expect(!read.ok && read.error.code).toMatch(/^SCENARIO_(SWEEP|PATH)_INVALID$/);
  });
});

describe('sweepScenario', () => {
  const base = scenario(BASE);

  it('gives a matrix for two sweeps, row-major, first axis outer', () => {
    const matrix = sweepScenario(
      SOURCES,
      base,
      ['rounds[0].preMoney=6M..8M:2M', 'rounds[0].pool.target=10%..20%:10%'],
      ['holders["Founder A"].shares', 'rounds[0].pool.percent'],
    );
    expect(matrix.kind).toBe('matrix');
    expect(matrix.axes.map((a) => a.texts)).toEqual([
      ['6000000 USD', '8000000 USD'],
      ['10%', '20%'],
    ]);
    expect(matrix.cells.map((c) => c.at.map(String))).toEqual([
      ['6000000', '10'],
      ['6000000', '20'],
      ['8000000', '10'],
      ['8000000', '20'],
    ]);
    for (const cell of matrix.cells) {
      expect(cell.error).toBeNull();
      // The pool is within a share of its target at every point.
      expect((cell.values![1] as Decimal).minus(cell.at[1]!).abs().lt('0.0001')).toBe(true);
    }
  });

  it('keeps going past a point that cannot be solved, and says why there', () => {
    const table = sweepScenario(
      SOURCES,
      base,
      ['rounds[0].pool.target=70%..90%:10%'],
      ['rounds[0].pricePerShare'],
    );
    expect(table.cells.map((c) => c.error?.code ?? 'ok')).toEqual([
      'ok',
      'SCENARIO_UNSOLVABLE',
      'SCENARIO_UNSOLVABLE',
    ]);
    expect(table.cells[1]!.values).toBeNull();
  });

  it('reads figure bounds in a currency written on them', () => {
    const table = sweepScenario(
      SOURCES,
      base,
      ['rounds[0].investors[0].amount=€1M..€2M:€1M'],
      ['rounds[0].newMoney'],
    );
    expect(table.axes[0]!.currency).toBe('EUR');
    expect(table.cells.map((c) => (c.values![0] as Decimal).toString())).toEqual(['1305000', '2510000']); // + $100K, at 1.205
  });

  it.each([
    [['rounds[0].date=2018-01-01..2018-02-01:1'], 'SCENARIO_SWEEP_INVALID'],
    [['rounds[0].preMoney=12M..6M:1M'], 'SCENARIO_SWEEP_INVALID'],
    [['rounds[0].preMoney=6M..12M:0M'], 'SCENARIO_SWEEP_INVALID'],
    [['rounds[0].preMoney=$6M..€12M:$1M'], 'SCENARIO_SWEEP_INVALID'],
    [['rounds[7].preMoney=6M..12M:1M'], 'SCENARIO_PATH_INVALID'],
    [['a=1..2:1', 'b=1..2:1', 'c=1..2:1'], 'SCENARIO_SWEEP_INVALID'],
  ])('refuses %j', (sweeps, code) => {
    expect(thrown(() => sweepScenario(SOURCES, base, sweeps, ['fullyDiluted'])).code).toBe(code);
  });

  it('refuses a show path that names nothing', () => {
    expect(
      thrown(() => sweepScenario(SOURCES, base, ['rounds[0].preMoney=6M..7M:1M'], ['holders["X"].percent']))
        .code,
    ).toBe('SCENARIO_PATH_INVALID');
  });

  it('refuses more points than allowed', () => {
    expect(
      thrown(() =>
        sweepScenario(SOURCES, base, ['rounds[0].preMoney=1M..100M:1M'], ['fullyDiluted'], { maxPoints: 50 }),
      ).message,
    ).toBe('the sweep has 100 points, more than 50');
  });
});
