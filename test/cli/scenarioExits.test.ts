/**
 * `dealcalc scenario` with exits, through the CLI: --exit, the waterfall in JSON, --csv --wide,
 * an exit sweep with its chart, and the errors of the new keys. Figures as in issue 19's example
 * (acceptance M): 1x non-participating Series A, $6 × 1,000,000 shares, 3,000,000 founder shares.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dealcalc as cli } from './helpers.js';

const DIR = mkdtempSync(join(tmpdir(), 'dealcalc-exits-'));
let files = 0;
/** Runs the CLI with the scenario text written to a file in place of "-". */
function dealcalc(args: readonly string[], options: { stdin: string }) {
  files += 1;
  const file = join(DIR, `s${files}.yaml`);
  writeFileSync(file, options.stdin);
  return cli(args.map((a) => (a === '-' ? file : a)));
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const FILE = [
  'currency: USD',
  'classes:',
  '  - { name: Series A, issuePrice: "$6", preference: 1x, participation: none, seniority: 1 }',
  'holders:',
  '  - { name: Founders, shares: 3000000 }',
  '  - { name: Fund A, class: Series A, shares: 1000000 }',
  '',
].join('\n');

describe('dealcalc scenario with exits (issue 19)', () => {
  it("--exit '$30M' replaces the file's exits: Series A converts and takes $7.5M", async () => {
    const r = await dealcalc(['scenario', '-', '--exit', '$30M', '--json'], {
      stdin: `${FILE}exits: ["$9M"]\n`,
    });
    expect(r.code).toBe(0);
    const exits = (r.json as Json).exits;
    expect(exits).toHaveLength(1);
    expect(exits[0].byClass[0]).toMatchObject({ class: 'Series A', amount: '7500000', converts: true });
    expect(exits[0].byHolder).toEqual([
      { holder: 'Founders', amount: '22500000' },
      { holder: 'Fund A', amount: '7500000' },
    ]);
    expect((r.json as Json).breakpoints.map((b: Json) => [b.exit, b.class, b.event])).toEqual([
      ['6000000', 'Series A', 'preference-paid'],
      ['6000000', 'common', 'participates'],
      ['24000000', 'Series A', 'converts'],
    ]);
  });

  it('--csv --wide writes a row per holder and a column per class', async () => {
    const r = await dealcalc(['scenario', '-', '--csv', '--wide'], { stdin: FILE });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'holder,common,Series A,total\nFounders,3000000,0,3000000\nFund A,0,1000000,1000000\n',
    );
  });

  it("--sweep 'exit=0..30M:10M' shows each holder's payout, and --chart draws them", async () => {
    const r = await dealcalc(['scenario', '-', '--sweep', 'exit=0..30M:10M', '--csv'], { stdin: FILE });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      'exit,"exits[0].byHolder[""Founders""].amount","exits[0].byHolder[""Fund A""].amount",error',
      '0,0,0,',
      '10000000,4000000,6000000,',
      '20000000,14000000,6000000,',
      '30000000,22500000,7500000,',
    ]);
    const chart = await dealcalc(['scenario', '-', '--sweep', 'exit=0..30M:10M', '--chart'], { stdin: FILE });
    expect(chart.stdout).toContain('Payout by exit value');
    expect(chart.stdout).toContain('● Founders');
  });

  it('a holding of an unknown class, and options given a strike without being options, are input errors', async () => {
    const unknown = await dealcalc(['scenario', '-'], {
      stdin: 'currency: USD\nholders: [{ name: F, shares: 1, class: Series Z }]\n',
    });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('holders[0].class');
    const strike = await dealcalc(['scenario', '-'], {
      stdin: 'currency: USD\nholders: [{ name: F, shares: 1, strike: "$1" }]\n',
    });
    expect(strike.code).toBe(2);
    expect(strike.stderr).toContain('only options have an exercise price');
  });

  it('options without a strike cannot be divided at an exit: SCENARIO_KEY_MISSING', async () => {
    const r = await dealcalc(['scenario', '-', '--exit', '$1M'], {
      stdin: 'currency: USD\nholders: [{ name: F, shares: 10 }, { name: E, shares: 5, class: options }]\n',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('state no exercise price');
  });
});
