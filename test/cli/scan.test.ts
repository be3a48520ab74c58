import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { ROOT } from '../fx/helpers.js';
import { dealcalc } from './helpers.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const STORY = join(ROOT, 'test', 'cli', 'fixtures', 'story.txt'); // written for this test, not copied

describe('dealcalc scan (issue 7)', () => {
  it('reads the day from the text, finds the three conversion pairs and checks each (fred-h10, CHUS 6.62)', async () => {
    const r = await dealcalc(['scan', STORY, '--source', 'fred-h10', '--json']);
    expect(r.code).toBe(1); // one pair is inconsistent
    const j = r.json as Json;
    expect([j.date, j.dateSource]).toEqual(['2017-11-15', 'text']);
    expect(j.pairs.map((p: Json) => [p.line, p.verdict])).toEqual([
      [1, 'consistent'], // about 1.5 billion yuan ($227 million): 6.6079 in [6.3736, 6.8433]
      [3, 'inconsistent'], // HK$1.5 billion ($226.6 million): 6.6196 HKD per USD against 7.8064
      [5, 'consistent'], // 15亿元（约合2.27亿美元）
    ]);
    expect(j.pairs[1].diagnosis.findings[0]).toMatchObject({ kind: 'other-currency', currency: 'CNY' });
    expect(j.summary).toMatchObject({ pairs: 3, consistent: 2, close: 0, inconsistent: 1 });
  });

  it('is not fooled by counts and years: "3 billion users", "400 clients", 2025 are no figures', async () => {
    const r = await dealcalc(['scan', STORY, '--json']);
    const texts = (r.json as Json).figures.map((f: Json) => f.text);
    expect(texts).not.toContain('3 billion');
    expect(texts.some((t: string) => /users|clients|2025/.test(t))).toBe(false);
    // 400 billion yuan / 6.62 = 60,422,960,725.08 USD, a lone figure put in dollars on the day
    const plan = (r.json as Json).figures.find((f: Json) => f.text === '400 billion yuan');
    expect(plan.normalised.amount.slice(0, 14)).toBe('60422960725.07');
  });

  it('takes --on over the text, and says where the day came from', async () => {
    const r = await dealcalc(['scan', STORY, '--on', '2015-06-15', '--json']);
    expect([(r.json as Json).date, (r.json as Json).dateSource]).toEqual(['2015-06-15', 'option']);
  });

  it('reads standard input for -', async () => {
    let stdout = '';
    const code = await run(['scan', '-'], {
      stdout: (t) => (stdout += t),
      stderr: () => {},
      today: () => '2026-11-28',
      readStdin: () => readFileSync(STORY, 'utf8'),
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(/10 figures, 3 pairs: 2 consistent, 0 close, 1 inconsistent/);
  });

  it('without a day given or written, exits 2 asking for --on', async () => {
    const r = await dealcalc(['scan', join(ROOT, 'test', 'cli', 'fixtures', 'undated.txt'), '--json']);
    expect(r.code).toBe(2);
    expect((r.json as Json).error.code).toBe('SCAN_NO_DATE');
    expect((r.json as Json).error.hint).toContain('--on');
  });
});

describe('dealcalc check: pairs written without brackets (issue 7)', () => {
  it.each(['1.5 billion yuan, or about $227 million', '15亿元（约合2.27亿美元）'])('%s', async (pair) => {
    const r = await dealcalc(['check', pair, '--on', '2017-11-15', '--source', 'fred-h10', '--json']);
    expect((r.json as Json).verdict).toBe('consistent');
  });
});
