import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../fx/helpers.js';
import { dealcalc } from './helpers.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const FILE = join(ROOT, 'test', 'cli', 'fixtures', 'series-a.yaml');

describe('dealcalc scenario (issue 9)', () => {
  it("the issue's scenario: the pro-forma identities hold and the percentages sum to exactly 100", async () => {
    const r = await dealcalc(['scenario', FILE, '--json']);
    expect(r.code).toBe(0);
    const round = (r.json as Json).rounds[0];
    for (const key of ['pricePerShare', 'postMoney', 'conversions', 'newShares', 'table'])
      expect(round).toHaveProperty(key);
    expect(round.identities.percentages.holds).toBe(true);
    const sum = round.table.reduce((a: number, row: Json) => a + Number(row.percent), 0);
    expect(Math.abs(sum - 100)).toBeLessThan(1e-12);
    // The $200K post-money SAFE at a $4M cap converts at its cap: 200,000 / 4,000,000 = 5% of the post-money capitalisation.
    expect(round.conversions[0]).toMatchObject({ name: 'Angel', term: 'cap' });
  });

  it("a sweep of the pre-money from $6M to $12M in $1M steps prints seven rows of the founder's percentage", async () => {
    const r = await dealcalc([
      'scenario',
      FILE,
      '--sweep',
      'rounds[0].preMoney=6M..12M:1M',
      '--show',
      'holders["Founder A"].percent',
      '--csv',
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toBe('rounds[0].preMoney,"holders[""Founder A""].percent",error');
    // Raising the pre-money never lowers the founders' percentage (issue 9's property, on the printed rows).
    const percents = lines.slice(1).map((l) => Number(l.split(',')[1]));
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
  });

  it('--set overrides one value before the run', async () => {
    const base = await dealcalc(['scenario', FILE, '--json']);
    const r = await dealcalc(['scenario', FILE, '--set', 'rounds[0].preMoney=12M', '--json']);
    expect(Number((r.json as Json).rounds[0].pricePerShare)).toBeGreaterThan(
      Number((base.json as Json).rounds[0].pricePerShare),
    );
  });

  it('--chart draws the swept curve', async () => {
    const r = await dealcalc([
      'scenario',
      FILE,
      '--sweep',
      'rounds[0].preMoney=6M..12M:1M',
      '--show',
      'holders["Founder A"].percent',
      '--chart',
    ]);
    expect(r.stdout).toContain('●');
    expect(r.stdout).toContain('└');
  });

  it.each([
    [['scenario', '/no/such/file.yaml'], 'INPUT_UNREADABLE'],
    [['scenario', '/dev/zero'], 'INPUT_UNREADABLE'],
    [['scenario', ROOT], 'INPUT_UNREADABLE'],
    [['scenario', FILE, '--set', 'nonsense'], 'SCENARIO_OVERRIDE_INVALID'],
    [['scenario', FILE, '--show', 'holders["Founder A"].percent'], 'SCENARIO_SWEEP_INVALID'],
    [['scenario', FILE, '--json', '--csv'], 'OPTION_INVALID'],
  ])('%j is an input error %s (exit 2)', async (args, code) => {
    const r = await dealcalc([...args, ...(args.includes('--json') ? [] : ['--json'])]);
    expect(r.code).toBe(2);
    expect((r.json as Json).error.code).toBe(code);
  });
});
