/**
 * `dealcalc convert --batch` through the command line, in-process. Reference rates: Fed H.10
 * (FRED DEXCHUS) 6.6200 CNY per USD on 2017-11-15, 6.6245 on Friday 2017-11-17.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dealcalc } from '../cli/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dealcalc-batch-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const ROWS = file('rows.csv', 'date,amount,currency\n2017-11-15,1500000000,CNY\n2017-11-18,1500000000,CNY\n');
const MIXED = file(
  'mixed.csv',
  'date,amount,currency\n2017-11-15,5,CNY\n2017-11-15,5 bilion,CNY\n2026-06-01,5,CNY\n2017-11-15,5,CNY\n',
);
const DATA_FIRST = file(
  'data-first.csv',
  'date,amount,currency\n2026-06-01,5,CNY\n2017-11-15,5 bilion,CNY\n',
);

describe('convert --batch: output and exit code', () => {
  it('converts every row at its own date, CSV on stdout, a summary on stderr, exit 0', async () => {
    const r = await dealcalc(['convert', '--batch', ROWS, '--to', 'USD']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      'date,amount,currency,converted_amount,converted_currency,rate,rate_unit,observed_date,source,note,error',
      '2017-11-15,1500000000,CNY,226586102.72,USD,6.62,CNY per USD,2017-11-15,fred-h10,,',
      '2017-11-18,1500000000,CNY,226432183.56,USD,6.6245,CNY per USD,2017-11-17,fred-h10,"2017-11-18 is a Saturday; used 2017-11-17, the latest rate on or before it (policy previous)",',
      '',
    ]);
    expect(r.stderr).toMatch(/^dealcalc: 2 rows: 2 converted, 0 failed; \d+\.\d{3} s \([\d,]+ rows\/s\)\n$/);
  });

  it("reports each failed row on stderr with its line, code, message and hint, goes on, and exits with the first failure's kind", async () => {
    const r = await dealcalc(['convert', '--batch', MIXED, '--to', 'USD']);
    expect(r.code).toBe(2); // the first failure, line 3, is the input's (a figure)
    expect(r.stdout.trim().split('\n')).toHaveLength(5);
    expect(r.stderr).toContain(
      'dealcalc: line 3: FIGURE_UNKNOWN_WORD: "bilion" at column 3 is not a word dealcalc knows\n  5 bilion CNY\n    ^^^^^^\nhint: Did you mean "billion"?',
    );
    expect(r.stderr).toContain(
      `dealcalc: line 4: RATE_AFTER_COVERAGE: no ecb rate for the ECB's yuan series (1 EUR in CNY) on 2026-06-01`,
    );
    expect(r.stderr).toContain(
      'hint: Use a date on or before 2026-04-13, or another rate source (--source).',
    );
    expect(r.stderr).toMatch(/dealcalc: 4 rows: 2 converted, 2 failed; /);
    // The first failure being the data's, the exit is 3: the same as --strict would give.
    expect((await dealcalc(['convert', '--batch', DATA_FIRST, '--to', 'USD'])).code).toBe(3);
  });

  it('stops at the first failure with --strict, with the same exit code', async () => {
    const r = await dealcalc(['convert', '--batch', MIXED, '--to', 'USD', '--strict']);
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
    expect(r.stderr).toMatch(/dealcalc: 2 rows: 1 converted, 1 failed; /);
    expect((await dealcalc(['convert', '--batch', DATA_FIRST, '--to', 'USD', '--strict'])).code).toBe(3);
  });

  it('writes JSON lines with --json, one per row, the failed ones with their error', async () => {
    const r = await dealcalc(['convert', '--batch', MIXED, '--to', 'USD', '--json']);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.line)).toEqual([2, 3, 4, 5]);
    expect(lines.map((l) => l.amount)).toEqual(['0.76', null, null, '0.76']);
    expect(lines[1]).toMatchObject({ error: { code: 'FIGURE_UNKNOWN_WORD' } });
    expect((lines[1] as { error: { hint: string } }).error.hint).toMatch(/^Did you mean "billion"\?/);
  });

  it('names the columns with --date-column, --amount-column and --currency-column', async () => {
    const path = file('named.csv', 'Tag,When,Sum,Ccy\nA,2017-11-15,1500000000,CNY\n');
    const r = await dealcalc([
      'convert',
      '--batch',
      path,
      '--to',
      'USD',
      '--date-column',
      'When',
      '--amount-column',
      'sum',
      '--currency-column',
      'Ccy',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toBe(
      'A,2017-11-15,1500000000,CNY,226586102.72,USD,6.62,CNY per USD,2017-11-15,fred-h10,,',
    );
  });

  it("passes --source, --policy and --max-age to every row's lookup", async () => {
    const r = await dealcalc([
      'convert',
      '--batch',
      ROWS,
      '--to',
      'USD',
      '--policy',
      'next',
      '--source',
      'fred-h10',
    ]);
    // Saturday 2017-11-18 with policy next: Monday 2017-11-20.
    expect(r.stdout.split('\n')[2]).toContain(',2017-11-20,fred-h10,');
    const strict = await dealcalc(['convert', '--batch', ROWS, '--to', 'USD', '--policy', 'exact']);
    expect(strict.code).toBe(3);
    expect(strict.stderr).toContain('line 3: RATE_NOT_FOUND');
  });
});

describe('convert --batch: the store every command opens', () => {
  // A table of one's own: 1 USD = 7.1000 CNY on 2026-11-02 (made up for the test), so 710 CNY = 100 USD.
  const house = file('house.csv', 'date,base,quote,rate\n2026-11-02,USD,CNY,7.1000\n');
  const rows = file('house-rows.csv', 'date,amount,currency\n2026-11-02,710,CNY\n');

  it('reads the tables imported into --user-dir, as DEALCALC_USER_DIR does', async () => {
    const userDir = join(dir, 'user-store');
    const imported = await dealcalc([
      'rates',
      'import',
      'csv',
      house,
      '--as',
      'house',
      '--user-dir',
      userDir,
    ]);
    expect(imported.code).toBe(0);
    const expected = '2026-11-02,710,CNY,100.00,USD,7.1,CNY per USD,2026-11-02,house,,';
    const byOption = await dealcalc([
      'convert',
      '--batch',
      rows,
      '--to',
      'USD',
      '--source',
      'house',
      '--user-dir',
      userDir,
    ]);
    expect(byOption.stderr).toMatch(/1 converted, 0 failed/);
    expect(byOption.stdout.split('\n')[1]).toBe(expected);
    const byEnv = await dealcalc(['convert', '--batch', rows, '--to', 'USD', '--source', 'house'], {
      env: { DEALCALC_USER_DIR: userDir },
    });
    expect(byEnv.stdout).toBe(byOption.stdout);
  });

  it('refuses an empty --user-dir as the other commands do', async () => {
    const r = await dealcalc(['convert', '--batch', rows, '--to', 'USD', '--user-dir', ' ', '--json']);
    expect(r.code).toBe(2);
    expect((r.json as { error: { code: string } }).error.code).toBe('OPTION_INVALID');
  });
});

describe('convert --batch: what it refuses', () => {
  const folder = join(dir, 'a-folder');
  mkdirSync(folder, { recursive: true });

  it.each([
    [['--batch', ROWS], 'OPTION_INVALID', '--batch needs --to'],
    [['--to', 'USD'], 'OPTION_INVALID', '--to goes with --batch'],
    [['--strict'], 'OPTION_INVALID', 'go with --batch'],
    [['--date-column', 'd'], 'OPTION_INVALID', 'go with --batch'],
    [['5 CNY', 'USD', '--batch', ROWS, '--to', 'USD'], 'OPTION_INVALID', 'give no figure or currency'],
    [
      ['--batch', ROWS, '--to', 'USD', '--on', '2017-11-15'],
      'OPTION_INVALID',
      '--on does not go with --batch',
    ],
    [['--batch', ROWS, '--to', 'USD', '--value'], 'OPTION_INVALID', '--value does not go with --batch'],
    [['--batch', ROWS, '--to', 'USD', '--style', 'zh'], 'OPTION_INVALID', '--style does not go with --batch'],
    [['--batch', ROWS, '--to', 'USD,EUR'], 'OPTION_INVALID', 'names several currencies'],
    [['--batch', ROWS, '--to', 'XYZ'], 'CURRENCY_UNKNOWN', 'not an ISO 4217'],
    [['--batch', ROWS, '--batch', ROWS, '--to', 'USD'], 'OPTION_INVALID', 'given twice'],
    [['--batch', join(dir, 'none.csv'), '--to', 'USD'], 'BATCH_INPUT_UNREADABLE', 'no such file'],
    [['--batch', folder, '--to', 'USD'], 'BATCH_INPUT_UNREADABLE', 'it is a folder'],
    [
      ['--batch', ROWS, '--to', 'USD', '--date-column', 'day'],
      'BATCH_COLUMN_MISSING',
      'no column "day" for the dates',
    ],
  ])('%j: %s', async (args, code, message) => {
    const r = await dealcalc(['convert', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    const json = await dealcalc(['convert', '--json', ...args]);
    expect((json.json as { error: { code: string } }).error.code).toBe(code);
  });

  it('names the column option in the hint of a missing column', async () => {
    const r = await dealcalc(['convert', '--batch', ROWS, '--to', 'USD', '--date-column', 'day']);
    expect(r.stderr).toContain(
      'hint: The header has "date", "amount", "currency"; say which holds the dates with the date column (--date-column).',
    );
  });

  it('still converts a single figure, and still needs its figure and currency', async () => {
    const one = await dealcalc(['convert', '1.5 billion yuan', 'USD', '--on', '2017-11-15', '--value']);
    expect(one.stdout).toBe('226586102.72\n');
    for (const args of [['convert'], ['convert', '5 CNY']]) {
      const r = await dealcalc(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^dealcalc: missing required argument '(figure|currency)'\nhint: /);
    }
  });
});

describe('convert --batch reads "1.000" as convert does', () => {
  it('a dot and three digits follow the currency: 1 for USD (a decimal point), 1,000 for PLN (a decimal comma at home)', async () => {
    // Fed H.10 (FRED DEXCHUS): 6.6200 CNY per USD on 2017-11-15; "1.000 CNY" reads as one yuan there too.
    const rows = file(
      'groups.csv',
      'date,amount,currency\n2017-11-15,1.000,USD\n2017-11-15,1.000,PLN\n2017-11-15,1.000,CNY\n',
    );
    const batch = await dealcalc(['convert', '--batch', rows, '--to', 'USD', '--json']);
    const amounts = batch.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { amount: string }).amount);
    const one = async (text: string) =>
      (await dealcalc(['convert', '--on', '2017-11-15', '--value', '--', text, 'USD'])).stdout.trim();
    expect(amounts).toEqual([await one('1.000 USD'), await one('1.000 PLN'), await one('1.000 CNY')]);
    expect(amounts[0]).toBe('1.00');
    expect(amounts[2]).toBe('0.15');
  });
});
