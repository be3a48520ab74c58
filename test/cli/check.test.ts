import { describe, expect, it } from 'vitest';
import { dealcalc } from './helpers.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const SEED = 'about 1.5 billion yuan ($227 million)';

describe('dealcalc check (issue 7)', () => {
  it('the seed pair on 2017-11-15 is consistent with the Fed rate 6.6200 (exit 0)', async () => {
    const r = await dealcalc(['check', SEED, '--on', '2017-11-15', '--source', 'fred-h10', '--json']);
    expect(r.code).toBe(0);
    const j = r.json as Json;
    // [1.45e9 / 227.5e6, 1.55e9 / 226.5e6] = [6.37362…, 6.84326…]; point 1.5e9 / 227e6 = 6.60792…
    expect(j.verdict).toBe('consistent');
    expect(j.implied).toMatchObject({ base: 'USD', quote: 'CNY' });
    expect(Number(j.implied.value).toFixed(4)).toBe('6.6079');
    expect([Number(j.implied.low).toFixed(4), Number(j.implied.high).toFixed(4)]).toEqual([
      '6.3736',
      '6.8433',
    ]);
    expect(j.references[0]).toMatchObject({
      source: 'fred-h10',
      value: '6.62',
      observedDate: '2017-11-15',
      verdict: 'consistent',
    });
    // Every CHUS day from 2017-11-06 to 2017-11-24 lies in [6.3736, 6.8433] (data/fred-h10/CHUS.csv).
    expect(j.matchingDates['fred-h10']).toEqual([['2017-11-06', '2017-11-24']]);
  });

  it('the same pair on 2015-06-15 (CHUS 6.2080) is inconsistent, exit 1, and names the nearest fitting days', async () => {
    const r = await dealcalc(['check', SEED, '--on', '2015-06-15', '--source', 'fred-h10']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^inconsistent: /);
    // CHUS 6.4723, the first day after it inside [6.4615, 6.7550] (the yuan within 2% of 1.5 billion)
    expect(r.stdout).toContain('2015-12-16');
  });

  it('reads the two figures given apart the same way', async () => {
    const r = await dealcalc([
      'check',
      '15亿元',
      '$227 million',
      '--on',
      '2017-11-15',
      '--source',
      'fred-h10',
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect((r.json as Json).verdict).toBe('consistent');
  });

  it('diagnoses an inverted rate: 1.5e9 × 6.62 = 9.93e9', async () => {
    const r = await dealcalc([
      'check',
      '1.5 billion yuan ($9.93 billion)',
      '--on',
      '2017-11-15',
      '--source',
      'fred-h10',
      '--json',
    ]);
    expect(r.code).toBe(1);
    expect((r.json as Json).diagnosis.findings.map((f: Json) => f.kind)).toContain('inverted');
  });

  it('diagnoses a factor of 100: $2.27 million for 1.5 billion yuan', async () => {
    const r = await dealcalc([
      'check',
      '1.5 billion yuan ($2.27 million)',
      '--on',
      '2017-11-15',
      '--source',
      'fred-h10',
      '--json',
    ]);
    const factor = (r.json as Json).diagnosis.findings.find((f: Json) => f.kind === 'factor');
    expect(factor).toMatchObject({ factor: 100 });
  });

  it('diagnoses an HK$ figure converted at the yuan rate (1.5e9 / 6.62 = 226.6 million)', async () => {
    const r = await dealcalc([
      'check',
      'HK$1.5 billion',
      '$226.6 million',
      '--on',
      '2017-11-15',
      '--source',
      'fred-h10',
      '--json',
    ]);
    const other = (r.json as Json).diagnosis.findings.find((f: Json) => f.kind === 'other-currency');
    expect(other).toMatchObject({ currency: 'CNY' });
  });

  it('without --on checks against the latest rates and says so', async () => {
    // The freshest table quoting CNY and USD is the ECB's, whose file ends on 2026-04-13.
    const r = await dealcalc(['check', SEED, '--json']);
    expect((r.json as Json).date).toBe('2026-04-13');
    expect((r.json as Json).dayAssumption).toMatch(
      /no day given.*2026-04-13, the last day ecb quotes the pair/,
    );
  });

  it.each([
    [['check', '1.5 billion yuan'], 'CHECK_NOT_A_PAIR'],
    [['check', SEED, '--tolerance', '-1'], 'OPTION_INVALID'],
    [['check', '$5 (USD 5)', '--on', '2017-11-15'], 'CHECK_SAME_CURRENCY'],
  ])('%j is an input error %s (exit 2)', async (args, code) => {
    const r = await dealcalc([...args, '--json']);
    expect(r.code).toBe(2);
    expect((r.json as Json).error.code).toBe(code);
  });
});

describe('dealcalc check with a rate given, and charts (issues 7 and 10)', () => {
  it('checks against a rate the user gives, cited as given, no table read', async () => {
    const r = await dealcalc(['check', SEED, '--on', '2017-11-15', '--rate', 'USD/CNY=6.62', '--json']);
    expect(r.code).toBe(0);
    expect((r.json as Json).references).toHaveLength(1);
    expect((r.json as Json).references[0]).toMatchObject({
      source: 'given',
      value: '6.62',
      verdict: 'consistent',
    });
  });

  it('a bare rate is read in the market direction: 7.10 CNY per USD makes the seed pair inconsistent (1.5e9 / 7.1 = 211.3 million)', async () => {
    const r = await dealcalc(['check', SEED, '--on', '2017-11-15', '--rate', '7.10']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('given  7.1000 CNY per USD');
  });

  it('refuses a given rate together with a source', async () => {
    const r = await dealcalc([
      'check',
      SEED,
      '--on',
      '2017-11-15',
      '--rate',
      '7.10',
      '--source',
      'imf',
      '--json',
    ]);
    expect(r.code).toBe(2);
    expect((r.json as Json).error.code).toBe('OPTION_INVALID');
  });

  it('--chart draws the reference rate around the day with the band the quote allows and the holidays named', async () => {
    const r = await dealcalc(['check', SEED, '--on', '2017-11-15', '--source', 'fred-h10', '--chart']);
    expect(r.stdout).toContain("▲ 2017-11-15: the story's day");
    expect(r.stdout).toContain('2017-11-23 Thanksgiving Day');
    expect(r.stdout).toContain('┈ the rates the quoted figures allow');
  });

  it('--svg writes the chart as an SVG file', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const file = join(mkdtempSync(join(tmpdir(), 'dealcalc-chart-')), 'check.svg');
    const r = await dealcalc(['check', SEED, '--on', '2017-11-15', '--source', 'fred-h10', '--svg', file]);
    expect(r.stdout).toContain(`chart written to ${file}`);
    const svg = readFileSync(file, 'utf8');
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain('the rates the quoted figures allow');
  });
});
