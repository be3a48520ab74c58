import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../fx/helpers.js';
import { dealcalc } from './helpers.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'rates');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dealcalc-cli-rates-'));
  temps.push(dir);
  return dir;
}

/** A user store holding the ECB sample, and the env that names it. */
async function withEcbSample(): Promise<{ dir: string; env: Record<string, string> }> {
  const dir = tempDir();
  const env = { DEALCALC_USER_DIR: dir };
  const r = await dealcalc(['rates', 'import', 'ecb', join(FIXTURES, 'ecb-sample.csv')], { env });
  expect(r.code).toBe(0);
  return { dir, env };
}

describe('dealcalc rates import', () => {
  it('says what it imported, where, per series', async () => {
    const dir = tempDir();
    const r = await dealcalc(['rates', 'import', 'ecb', join(FIXTURES, 'ecb-sample.csv')], {
      env: { DEALCALC_USER_DIR: dir },
    });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      `imported 5 rates from ecb-sample.csv into my-ecb (a new source, 2017-11-13 .. 2017-11-14), in ${dir}`,
      '  CNY  2017-11-13 .. 2017-11-14       2 rates  (CNY: 1 EUR in CNY; +2)',
      // one rate, not '1 rates', in the same column width
      '  JPY  2017-11-13 .. 2017-11-13       1 rate   (JPY: 1 EUR in JPY; +1)',
      '  USD  2017-11-13 .. 2017-11-14       2 rates  (USD: 1 EUR in USD; +2)',
    ]);
  });

  it('goes to $XDG_DATA_HOME/dealcalc, else ~/.local/share/dealcalc', async () => {
    const xdg = tempDir();
    expect(
      (
        await dealcalc(['rates', 'import', 'ecb', join(FIXTURES, 'ecb-daily.xml')], {
          env: { XDG_DATA_HOME: xdg, HOME: '/nonexistent' },
        })
      ).code,
    ).toBe(0);
    expect(existsSync(join(xdg, 'dealcalc', 'manifest.json'))).toBe(true);
    const home = tempDir();
    expect(
      (await dealcalc(['rates', 'import', 'ecb', join(FIXTURES, 'ecb-daily.xml')], { env: { HOME: home } }))
        .code,
    ).toBe(0);
    expect(existsSync(join(home, '.local', 'share', 'dealcalc', 'manifest.json'))).toBe(true);
  });

  it('refuses to take a shipped id, and to guess where the user store is', async () => {
    // The id is checked before the file is read: this file is bad too, and the id is what is said.
    const r = await dealcalc(['rates', 'import', 'csv', join(FIXTURES, 'bad-zero.csv'), '--as', 'fred-h10'], {
      env: { DEALCALC_USER_DIR: tempDir() },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^dealcalc: the source id "fred-h10" is the id of a table shipped with dealcalc/,
    );
    const none = await dealcalc(['rates', 'import', 'ecb', join(FIXTURES, 'ecb-sample.csv')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/hint: Name the user rate folder \(--user-dir\), or set DEALCALC_USER_DIR\./);
  });

  it('a malformed file: exit 2, file and line named, nothing written', async () => {
    const dir = tempDir();
    const r = await dealcalc(['rates', 'import', 'fred', join(FIXTURES, 'bad-na.csv'), '--json'], {
      env: { DEALCALC_USER_DIR: dir },
    });
    expect(r.code).toBe(2);
    expect((r.json as { error: { code: string; message: string } }).error.message).toMatch(
      /bad-na\.csv, line 3: DEXCHUS on 2017-11-21/,
    );
    expect(existsSync(join(dir, 'manifest.json'))).toBe(false);
  });
});

describe('dealcalc rates sources', () => {
  it('lists shipped and user sources, where each is stored, and its checksums', async () => {
    const { dir, env } = await withEcbSample();
    const r = await dealcalc(['rates', 'sources'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^ {2}stored: shipped with dealcalc \(read-only\), .*data; checksums: 25 of 25 files match$/m,
    );
    expect(r.stdout).toContain(`  stored: your own tables, ${dir}; checksums: 3 of 3 files match`);
    expect(r.stdout).toMatch(
      /^ {2}imported: ecb ecb-sample\.csv \(sha256 [0-9a-f]{12}…\) at 2026-11-28T09:00:00Z: 5 added, 0 replaced, 0 unchanged$/m,
    );
    const json = (await dealcalc(['rates', 'sources', '--json'], { env })).json as {
      sources: {
        id: string;
        stored: string;
        calendar: string;
        currencies: string[];
        checksums: { ok: number };
      }[];
    };
    expect(json.sources.map((s) => [s.id, s.stored])).toEqual([
      ['fred-h10', 'shipped'],
      ['ecb', 'shipped'],
      ['imf', 'shipped'],
      ['my-ecb', 'user'],
    ]);
    expect(json.sources[3]).toMatchObject({
      calendar: 'ecb-target',
      currencies: ['EUR', 'CNY', 'JPY', 'USD'],
      checksums: { ok: 3 },
    });
  });

  it('reports a damaged user table without stopping', async () => {
    const { dir, env } = await withEcbSample();
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      sources: { series: { file: string }[] }[];
    };
    const file = join(dir, manifest.sources[0]?.series[0]?.file as string);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, 'date,value\n2017-11-13,9.99\n');
    const r = await dealcalc(['rates', 'sources'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /checksums: 2 of 3 files match; .*does not match its checksum in manifest\.json/,
    );
  });

  it('says where your tables will go when there are none', async () => {
    const r = await dealcalc(['rates', 'sources'], { env: { HOME: '/home/ann' } });
    expect(r.stdout.trimEnd().split('\n').pop()).toBe(
      'your own tables: none yet in /home/ann/.local/share/dealcalc (dealcalc rates import or rates update adds them)',
    );
  });
});

describe('dealcalc rates show', () => {
  it('lists the rates with the gaps explained', async () => {
    const r = await dealcalc(['rates', 'show', 'USD/CNY', '--from', '2017-11-20', '--to', '2017-11-26']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        "USD/CNY · fred-h10 (Fed H.10 noon buying rate, New York) · the Fed's yuan series as published: 1 USD in CNY",
        '2017-11-20  6.6245',
        '2017-11-21  6.6265',
        '2017-11-22  6.6086',
        '2017-11-23  no rate: Thanksgiving Day',
        '2017-11-24  6.5998',
        '4 rates from 2017-11-20 to 2017-11-26; 3 days without a rate (2 weekend days, 1 holiday); weekends are not listed',
        '',
      ].join('\n'),
    );
  });

  it('reads the pair as people write it, and derives the inverse', async () => {
    const r = await dealcalc(['rates', 'show', 'cny per usd', '--from', '2017-11-15', '--to', '2017-11-15']);
    expect(r.stdout.split('\n')[1]).toBe('2017-11-15  6.6200');
    const inverse = await dealcalc(['rates', 'show', 'CNYUSD', '--from', '2017-11-15', '--to', '2017-11-15']);
    // 1 / 6.62 = 0.15105740… (8 significant digits)
    expect(inverse.stdout.split('\n')[1]).toBe('2017-11-15  0.1510574');
  });

  it('--csv gives rows rates import csv reads; --json full precision', async () => {
    const csv = await dealcalc([
      'rates',
      'show',
      'USD/CNY',
      '--from',
      '2017-11-22',
      '--to',
      '2017-11-24',
      '--csv',
    ]);
    expect(csv.stdout).toBe('date,base,quote,rate\n2017-11-22,USD,CNY,6.6086\n2017-11-24,USD,CNY,6.5998\n');
    const json = (
      await dealcalc(['rates', 'show', 'CNY/USD', '--from', '2017-11-15', '--to', '2017-11-15', '--json'])
    ).json as {
      points: { value: string }[];
      derivation: string;
    };
    expect(json.derivation).toBe('inverse');
    expect(json.points[0]?.value).toBe('0.1510574018126888217522658610271903323263');
  });

  it('--average month: the means with their counts and the days without a rate', async () => {
    const r = await dealcalc([
      'rates',
      'show',
      'USD/CNY',
      '--from',
      '2017-11-01',
      '--to',
      '2017-11-30',
      '--average',
      'month',
    ]);
    // The mean of November 2017's 20 CHUS rates, exact (a mean of 4-decimal values over 20 days).
    expect(r.stdout.split('\n')[1]).toBe(
      '2017-11      6.620015  20 rates, 10 days without a rate (8 weekend days, 2 holidays)',
    );
  });

  it('--chart draws in the terminal; --svg writes a chart file', async () => {
    const dir = tempDir();
    const svg = join(dir, 'chart.svg');
    const r = await dealcalc([
      'rates',
      'show',
      'USD/CNY',
      '--from',
      '2017-10-01',
      '--to',
      '2017-12-31',
      '--chart',
      '--svg',
      svg,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/[\u2801-\u28ff]/);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe(`chart written to ${svg}`);
    const text = readFileSync(svg, 'utf8');
    expect(text).toContain('fred-h10: Fed H.10 noon buying rate, New York');
    expect(text).toContain('no rate: 2017-11-23 Thanksgiving Day');
  });

  it('shows an imported source (the ECB sample) as a cross through EUR', async () => {
    const { env } = await withEcbSample();
    const r = await dealcalc(
      [
        'rates',
        'show',
        'USD/CNY',
        '--source',
        'my-ecb',
        '--from',
        '2017-11-13',
        '--to',
        '2017-11-14',
        '--json',
      ],
      { env },
    );
    const json = r.json as { derivation: string; points: { date: string; value: string }[] };
    expect(json.derivation).toBe('cross');
    // 7.7950 / 1.1745 = 6.636866751809280544912728820774797786292 (issue 10: 6.63687)
    expect(json.points[1]).toMatchObject({
      date: '2017-11-14',
      value: '6.636866751809280544912728820774797786292',
    });
  });

  it.each([
    [['--csv'], 'OPTION_INVALID', 2],
    [['--chart'], 'OPTION_INVALID', 2],
    [['--average', 'week'], 'OPTION_INVALID', 2],
    [['--svg', '/nonexistent-folder/chart.svg'], 'OUTPUT_FAILED', 3],
  ])('refuses --json with %j: %s', async (extra, code, exit) => {
    const r = await dealcalc([
      'rates',
      'show',
      'USD/CNY',
      '--json',
      '--from',
      '2017-11-20',
      '--to',
      '2017-11-24',
      ...extra,
    ]);
    expect(r.code).toBe(exit);
    expect(r.stderr).toMatch(/^dealcalc: /);
    expect((r.json as { error: { code: string } }).error.code).toBe(code);
  });
});

describe('dealcalc rates export', () => {
  it('prints P directives', async () => {
    const r = await dealcalc([
      'rates',
      'export',
      '--source',
      'fred-h10',
      '--pair',
      'USD/CNY',
      '--from',
      '2017-11-15',
      '--to',
      '2017-11-16',
    ]);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('P '))).toEqual([
      'P 2017-11-15 USD 6.62 CNY',
      'P 2017-11-16 USD 6.6273 CNY',
    ]);
  });

  it('round-trips: exported csv imports back as the same rates', async () => {
    const dir = tempDir();
    const file = join(dir, 'out.csv');
    const r = await dealcalc([
      'rates',
      'export',
      '--source',
      'fred-h10',
      '--pair',
      'USD/CNY',
      '--from',
      '2017-11-01',
      '--to',
      '2017-11-30',
      '--format',
      'csv',
    ]);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, r.stdout);
    const env = { DEALCALC_USER_DIR: join(dir, 'store') };
    expect((await dealcalc(['rates', 'import', 'csv', file, '--as', 'copy'], { env })).code).toBe(0);
    const a = await dealcalc(
      ['rates', 'show', 'USD/CNY', '--from', '2017-11-01', '--to', '2017-11-30', '--csv'],
      { env },
    );
    const b = await dealcalc(
      ['rates', 'show', 'USD/CNY', '--from', '2017-11-01', '--to', '2017-11-30', '--csv', '--source', 'copy'],
      { env },
    );
    expect(b.stdout).toBe(a.stdout);
  });

  it('needs --source', async () => {
    const r = await dealcalc(['rates', 'export']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^dealcalc: rates export needs --source/);
  });
});

describe('dealcalc convert --rate and --average', () => {
  it('--rate 7.10: as given, cited as given by the user', async () => {
    const r = await dealcalc(['convert', '1.5 billion yuan', 'USD', '--on', '2017-11-15', '--rate', '7.10']);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      '1,500,000,000.00 CNY = 211,267,605.63 USD',
      'rate 7.1000 CNY per USD · given by the user, not from a table · for 2017-11-15',
      "note: the rate given by the user, not looked up in any table: 7.10 read as 1 USD = 7.10 CNY: USD is the market's base currency against CNY (write CNY/USD=7.10 for the other way)",
    ]);
    const json = (await dealcalc(['convert', '1.5 billion yuan', 'USD', '--rate', 'USD/CNY=7.10', '--json']))
      .json as {
      rate: { source: string; given: { text: string }; requestedDate: string };
      latest?: unknown;
    };
    expect(json.rate).toMatchObject({
      source: 'given',
      given: { text: 'USD/CNY=7.10' },
      requestedDate: '2026-11-28',
    });
    expect(json.latest).toBeUndefined();
  });

  it('--rate with --source is refused: a given rate is never mixed with a table', async () => {
    const r = await dealcalc(['convert', '1 yuan', 'USD', '--rate', '7.1', '--source', 'imf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^dealcalc: a rate given by the user does not go with a rate source/);
  });

  it('--average 2017-11-13..2017-11-17: the mean, its count, how it was taken', async () => {
    const r = await dealcalc(['convert', '1.5 billion yuan', 'USD', '--average', '2017-11-13..2017-11-17']);
    const lines = r.stdout.split('\n');
    // CHUS 2017-11-13..17: mean 6.62906; 1,500,000,000 / 6.62906 = 226,276,425.32
    expect(lines[0]).toBe('1,500,000,000.00 CNY = 226,276,425.32 USD');
    expect(lines[1]).toBe(
      'rate 6.62906 CNY per USD · fred-h10 (Fed H.10 noon buying rate, New York) · average of 5 rates, 2017-11-13..2017-11-17',
    );
    expect(lines[2]).toBe(
      "average: the Fed's yuan series (1 USD in CNY): mean of 5 published rates from 2017-11-13 to 2017-11-17, a rate on every day; CNY → USD divides by the mean",
    );
    const json = (await dealcalc(['convert', '1.5 billion yuan', 'USD', '--average', '2017', '--json']))
      .json as {
      rate: {
        average: { from: string; to: string; legs: { count: number; daysWithout: { days: number } }[] };
      };
    };
    expect(json.rate.average).toMatchObject({ from: '2017-01-01', to: '2017-12-31' });
    // data/fred-h10/CHUS.csv has 249 rows dated 2017 (grep -c ^2017-).
    expect(json.rate.average.legs[0]?.count).toBe(249);
  });

  it('--average with --on is refused', async () => {
    expect(
      (await dealcalc(['convert', '1 yuan', 'USD', '--average', '2017', '--on', '2017-11-15'])).code,
    ).toBe(2);
  });
});

describe('past the newest rate of every source', () => {
  it('the hint says how to bring newer rates: rates update and rates import', async () => {
    const r = await dealcalc(['convert', '1.5 billion yuan', 'USD', '--on', '2026-06-01']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(
      'For newer rates, import or download them (`dealcalc rates update ecb|fred` or `dealcalc rates import <format> <file>`)',
    );
  });
});
