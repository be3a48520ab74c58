import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dealcalc } from './helpers.js';

// Reference values: the Fed's H.10 noon buying rate for the yuan (FRED series DEXCHUS) was
// 6.6200 CNY per USD on 2017-11-15, 6.6245 on Friday 2017-11-17 and 6.6086 on 2017-11-22.
// 1.5e9 / 6.62 = 226,586,102.7190… (DESIGN.md seed case).
const SEED = '226586102.7190332326283987915407854984894';

type Json = Record<string, Record<string, unknown>>;

describe('dealcalc convert: the answer', () => {
  it('converts 1.5 billion yuan on 2017-11-15 at 6.6200 CNY per USD and cites fred-h10', async () => {
    const r = await dealcalc(['convert', '1.5 billion yuan', 'USD', '--on', '2017-11-15']);
    expect(r.code).toBe(0);
    const [answer, provenance] = r.stdout.split('\n');
    expect(answer).toBe('1,500,000,000.00 CNY = 226,586,102.72 USD');
    expect(provenance).toBe(
      'rate 6.6200 CNY per USD · fred-h10 (Fed H.10 noon buying rate, New York) · 2017-11-15',
    );
    expect(r.stdout).toContain('219,033,232.62'); // 1.45e9 / 6.62 = 219,033,232.628…, the low end of "1.5 billion", rounded down
    expect(r.stdout).toContain('half-even');
  });

  it('prints the keys scripts rely on with --json, decimals as full-precision strings', async () => {
    const r = await dealcalc(['convert', '1.5 billion yuan', 'USD', '--on', '2017-11-15', '--json']);
    expect(r.code).toBe(0);
    const json = r.json as Json;
    expect(json.from).toMatchObject({
      amount: '1500000000',
      currency: 'CNY',
      text: '1.5 billion yuan',
      low: '1450000000',
      high: '1550000000',
    });
    expect(json.to).toMatchObject({ amount: SEED, currency: 'USD' });
    expect(json.rate).toMatchObject({
      base: 'USD',
      quote: 'CNY',
      value: '6.62',
      source: 'fred-h10',
      requestedDate: '2017-11-15',
      observedDate: '2017-11-15',
      policy: 'previous',
    });
    expect(typeof json.rate?.note).toBe('string');
  });

  it.each([
    '15亿元',
    'RMB1.5bn',
    'CNY 1,500,000,000',
    '1.5 billion renminbi',
    'Rmb1.5 billion',
    '人民币15亿元',
  ])('reads %s as 1,500,000,000 CNY', async (figure) => {
    const r = await dealcalc(['convert', figure, 'USD', '--on', '2017-11-15', '--json']);
    expect(r.code).toBe(0);
    expect((r.json as Json).to?.amount).toBe(SEED);
  });

  it('uses Friday 2017-11-17 for Saturday 2017-11-18 and says it is a Saturday', async () => {
    const r = await dealcalc(['convert', '1.5 billion yuan', 'USD', '--on', '2017-11-18']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/· 2017-11-17/);
    expect(r.stdout).toMatch(/Saturday/);
    const j = await dealcalc(['convert', '1.5 billion yuan', 'USD', '--on', '2017-11-18', '--json']);
    expect((j.json as Json).rate).toMatchObject({ requestedDate: '2017-11-18', observedDate: '2017-11-17' });
  });

  it('uses 2017-11-22 for Thanksgiving 2017-11-23 and names the holiday', async () => {
    const r = await dealcalc(['convert', '1.5 billion yuan', 'USD', '--on', '2017-11-23']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Thanksgiving/);
    const j = await dealcalc(['convert', '1.5 billion yuan', 'USD', '--on', '2017-11-23', '--json']);
    expect((j.json as Json).rate?.observedDate).toBe('2017-11-22');
  });

  it('without --on uses the latest rate and says how old it is', async () => {
    // The freshest shipped table quoting USD and CNY is the ECB's (eurofxref-hist.csv, last row
    // 2026-04-13: 1 EUR = 1.1684 USD, 1 EUR = 7.9827 CNY; 7.9827 / 1.1684 = 6.83216...).
    const r = await dealcalc(['convert', '$100', 'CNY']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^100\.00 USD = 683\.22 CNY \(at the rate of 2026-04-13\)$/m);
    expect(r.stdout).toMatch(/on 2026-11-28 it is 229 days old \(7 months, 15 days\)/);
    expect(r.stdout).toMatch(/bare "\$"/);
    // The staler tables are named, with their own last days.
    expect(r.stdout).toMatch(
      /^source: the latest fred-h10 rate for USD\/CNY is of 2024-11-29, older than ecb's of 2026-04-13, so ecb was used/m,
    );
    expect(r.stdout).toContain('the latest imf rate for USD/CNY is of 2025-01-03');
  });

  it('converts across the pivot with both legs shown (JPY → CNY through USD)', async () => {
    // H.10 on 2017-11-15: 113.15 JPY per USD (DEXJPUS), 6.6200 CNY per USD (DEXCHUS).
    const r = await dealcalc(['convert', 'JPY 113,150', 'CNY', '--on', '2017-11-15', '--json']);
    expect(r.code).toBe(0);
    const json = r.json as Json;
    expect(json.to?.amount).toBe('6620');
    expect(json.rate?.derivation).toBe('cross');
    expect(json.rate?.legs).toHaveLength(2);
  });

  it('uses the ECB table after the H.10 table ends (2024-12-16), a cross through the euro, and says so', async () => {
    // ECB 2024-12-16: 1 EUR = 1.0498 USD, 1 EUR = 7.6463 CNY; 1.5e9 × 1.0498 / 7.6463 = 205,942,743.55.
    const r = await dealcalc(['convert', '1.5 billion yuan', 'USD', '--on', '2024-12-16']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1,500,000,000\.00 CNY = 205,942,743\.55 USD$/m);
    expect(r.stdout).toMatch(
      /· ecb \(ECB euro foreign exchange reference rates; Source: ECB\) · 2024-12-16 · cross through EUR/,
    );
    expect(r.stdout).toMatch(
      /^via: cross through EUR: 1 EUR = 7\.6463 CNY \(the ECB's yuan series, 2024-12-16\) and 1 EUR = 1\.0498 USD \(the ECB's US dollar series, 2024-12-16\)$/m,
    );
    expect(r.stdout).toMatch(/^source: .*fred-h10 table ends on 2024-11-29, so ecb was used$/m);
    const j = await dealcalc(['convert', '1.5 billion yuan', 'USD', '--on', '2024-12-16', '--json']);
    expect((j.json as Json).rate?.sourceNote).toContain('so ecb was used');
  });

  it('keeps to a source named with --source, even past its end', async () => {
    const r = await dealcalc([
      'convert',
      '1.5 billion yuan',
      'USD',
      '--on',
      '2024-12-16',
      '--source',
      'fred-h10',
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('2024-11-29');
  });

  it('falls back to the ECB table for a currency H.10 does not quote (PLN)', async () => {
    // ECB 2017-11-15: 1 EUR = 7.8404 CNY, 1 EUR = 4.2473 PLN.
    const r = await dealcalc(['convert', '1.5 billion yuan', 'PLN', '--on', '2017-11-15', '--json']);
    expect(r.code).toBe(0);
    const json = r.json as Json;
    expect(json.rate?.source).toBe('ecb');
    expect(json.rate?.derivation).toBe('cross');
    expect(String(json.to?.amount).slice(0, 12)).toBe('812579715.32');
  });

  it('falls back to the IMF table for a currency neither H.10 nor the ECB quotes (CLP)', async () => {
    const r = await dealcalc(['convert', '1.5 billion yuan', 'CLP', '--on', '2017-11-15', '--json']);
    expect(r.code).toBe(0);
    const json = r.json as Json;
    expect(json.rate?.source).toBe('imf');
    expect(json.rate?.derivation).toBe('cross');
  });
});

describe('dealcalc convert: bad input exits 2 and says where', () => {
  it.each([
    ['a misspelt scale word', ['1.5 bilion yuan', 'USD'], /billion/, 'FIGURE_UNKNOWN_WORD'],
    ['a lone ¥', ['¥1.5 billion', 'USD'], /CNY[\s\S]*JPY|JPY[\s\S]*CNY/, 'FIGURE_AMBIGUOUS_CURRENCY'],
    ['a malformed number', ['1,5,00 yuan', 'USD'], /1,5,00/, 'FIGURE_BAD_NUMBER'],
    ['an unknown target currency', ['1.5 billion yuan', 'XYZ'], /XYZ/, 'CURRENCY_UNKNOWN'],
    ['a figure without a currency', ['1.5 billion', 'USD'], /currency/, 'FIGURE_NO_CURRENCY'],
  ] as const)('%s', async (_name, args, pattern, code) => {
    const r = await dealcalc(['convert', ...args, '--on', '2017-11-15']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^dealcalc: /);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).toMatch(/hint: /);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const j = await dealcalc(['convert', ...args, '--on', '2017-11-15', '--json']);
    expect((j.json as { error: { code: string } }).error.code).toBe(code);
  });

  it('draws a caret under the misspelt word', async () => {
    const r = await dealcalc(['convert', '1.5 bilion yuan', 'USD', '--on', '2017-11-15']);
    expect(r.stderr).toContain('  1.5 bilion yuan\n      ^^^^^^\n');
  });

  it.each([
    ['an impossible date', ['--on', '2017-02-30'], 'DATE_INVALID'],
    ['a date in another notation', ['--on', '15/11/2017'], 'DATE_INVALID'],
    ['an unknown policy', ['--on', '2017-11-15', '--policy', 'closest'], 'OPTION_INVALID'],
    ['a max age that is not a whole number', ['--on', '2017-11-15', '--max-age', 'seven'], 'OPTION_INVALID'],
    ['a --yen that is neither CNY nor JPY', ['--yen', 'KRW'], 'OPTION_INVALID'],
  ] as const)('rejects %s', async (_name, options, code) => {
    const r = await dealcalc(['convert', '1.5 billion yuan', 'USD', ...options, '--json']);
    expect(r.code).toBe(2);
    expect((r.json as { error: { code: string } }).error.code).toBe(code);
  });

  it('rejects an unknown option through commander, exit 2', async () => {
    const r = await dealcalc(['convert', '1.5 billion yuan', 'USD', '--onn', '2017-11-15']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option/);
  });
});

describe('dealcalc convert: data unavailable exits 3', () => {
  it('names the last date of the table and how to add newer rates for 2026-06-01', async () => {
    // Every table ends before: the ECB's last (2026-04-13) leads, the others are named in the hint.
    const r = await dealcalc(['convert', '1.5 billion yuan', 'USD', '--on', '2026-06-01']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /^dealcalc: no ecb rate for the ECB's yuan series \(1 EUR in CNY\) on 2026-06-01: the ecb table ends on 2026-04-13$/m,
    );
    expect(r.stderr).toMatch(/hint: Use a date \(--on\) on or before 2026-04-13/);
    expect(r.stderr).toMatch(/hint: .*(npm run data|import)/);
    expect(r.stderr).toContain('the fred-h10 table ends on 2024-11-29');
    expect(r.stderr).toContain('the imf table ends on 2025-01-03');
  });

  it('names the first date of the series for a day before its coverage', async () => {
    // DEXCHUS starts on 1981-01-02.
    const r = await dealcalc(['convert', '1.5 billion yuan', 'USD', '--on', '1980-06-02', '--json']);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('RATE_BEFORE_COVERAGE');
    expect(r.stderr).toContain('1981-01-02');
  });

  it('refuses a filled gap older than --max-age', async () => {
    const r = await dealcalc([
      'convert',
      '1.5 billion yuan',
      'USD',
      '--on',
      '2017-11-18',
      '--max-age',
      '0',
      '--json',
    ]);
    expect(r.code).toBe(3);
    expect((r.json as { error: { code: string } }).error.code).toBe('RATE_TOO_OLD');
  });

  it('refuses a gap under --policy exact and explains it', async () => {
    const r = await dealcalc([
      'convert',
      '1.5 billion yuan',
      'USD',
      '--on',
      '2017-11-23',
      '--policy',
      'exact',
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/Thanksgiving/);
  });

  it('rejects an unknown source', async () => {
    const r = await dealcalc(['convert', '1.5 billion yuan', 'USD', '--source', 'boe', '--json']);
    expect(r.code).toBe(3);
    expect((r.json as { error: { code: string } }).error.code).toBe('SOURCE_UNKNOWN');
  });

  describe('with damaged data files', () => {
    const dirs: string[] = [];
    const copyData = () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'dealcalc-data-'));
      dirs.push(dir);
      cpSync(path.resolve('data'), dir, { recursive: true });
      return dir;
    };
    afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

    it('reports a table whose contents no longer match the manifest', async () => {
      const dir = copyData();
      const file = path.join(dir, 'fred-h10', 'CHUS.csv');
      writeFileSync(file, readFileSync(file, 'utf8').replace('2017-11-15,6.62', '2017-11-15,6.63'));
      const r = await dealcalc(['convert', '1.5 billion yuan', 'USD', '--on', '2017-11-15', '--json'], {
        dataDir: dir,
      });
      expect(r.code).toBe(3);
      expect((r.json as { error: { code: string } }).error.code).toBe('DATA_CORRUPT');
    });

    it('reports a manifest that is not JSON', async () => {
      const dir = copyData();
      writeFileSync(path.join(dir, 'manifest.json'), '{ not json');
      const r = await dealcalc(['convert', '1.5 billion yuan', 'USD', '--on', '2017-11-15'], {
        dataDir: dir,
      });
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/manifest/);
    });

    it('reports a missing data folder', async () => {
      const r = await dealcalc(['convert', '1.5 billion yuan', 'USD', '--on', '2017-11-15', '--json'], {
        dataDir: path.join(tmpdir(), 'dealcalc-no-such-dir'),
      });
      expect(r.code).toBe(3);
      expect((r.json as { error: { code: string } }).error.code).toBe('DATA_MISSING');
    });
  });
});

describe('dealcalc: usage', () => {
  it('prints help and exits 0', async () => {
    const r = await dealcalc(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/convert/);
  });

  it('rejects an unknown command with exit 2', async () => {
    const r = await dealcalc(['convrt']);
    expect(r.code).toBe(2);
  });
});

describe('dealcalc convert: negative figures', () => {
  it('converts a negative figure written after --', async () => {
    const r = await dealcalc(['convert', '--on', '2017-11-15', '--json', '--', '-5 million USD', 'CNY']);
    expect(r.code).toBe(0);
    expect((r.json as Json).to).toMatchObject({ amount: '-33100000', low: '-36410000', high: '-29790000' }); // ×6.62
  });

  it('explains how to write one when it is taken for an option', async () => {
    const r = await dealcalc(['convert', '-5 million USD', 'CNY', '--on', '2017-11-15']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('hint: A negative figure must come after --');
  });
});

describe('dealcalc convert --style', () => {
  it.each([
    // 1.5e9 / 6.62 = 226,586,102.72 (Fed H.10, 2017-11-15); the news report wrote "$227 million".
    [['--style', 'short'], 'CN¥1.5 billion = US$226.6 million'],
    [['--style', 'short', '--sig', '3'], 'CN¥1.5 billion = US$227 million'],
    [['--style', 'zh', '--sig', '3'], '15亿元 = 2.27亿美元'],
    [['--style', 'full'], '1,500,000,000.00 CNY = 226,586,102.72 USD'],
  ] as const)('%j writes %s', async (options, answer) => {
    const r = await dealcalc(['convert', '1.5 billion yuan', 'USD', '--on', '2017-11-15', ...options]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(answer);
  });

  it('names the significant figures it rounded to', async () => {
    const r = await dealcalc([
      'convert',
      '1.5 billion yuan',
      'USD',
      '--on',
      '2017-11-15',
      '--style',
      'zh',
      '--sig',
      '3',
    ]);
    expect(r.stdout).toContain('rounded half-even to 3 significant figures for display');
  });

  it.each([
    [['--style', 'long']],
    [['--style', 'short', '--sig', '0']],
    [['--style', 'short', '--sig', 'three']],
  ])('rejects %j with OPTION_INVALID', async (options) => {
    const r = await dealcalc([
      'convert',
      '1.5 billion yuan',
      'USD',
      '--on',
      '2017-11-15',
      '--json',
      ...options,
    ]);
    expect(r.code).toBe(2);
    expect((r.json as { error: { code: string } }).error.code).toBe('OPTION_INVALID');
  });
});
