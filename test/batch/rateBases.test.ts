/**
 * A batch at rates other than each day's lookup (issue 18 §3): rates the user gives (--rate), a
 * period's average (--average, one period or each row's month or year), and one source per row
 * (--source-column). Expected values are worked out by hand from the shipped FRED H.10 file
 * data/fred-h10/CHUS.csv (CNY per USD, as FRED publishes the Fed's series): November 2017 has 20
 * published values summing to 132.4003 (mean 6.620015); 2017-11-13..17 has 5 summing to 33.1453
 * (mean 6.62906); 2017-11-15 is 6.62.
 */
import { describe, expect, it } from 'vitest';
import { createBatchConversion } from '../../src/batch/batchConversion.js';
import { splitCsvRecord } from '../../src/batch/csvCells.js';
import type { BatchRequest } from '../../src/batch/types.js';
import { openShippedStore } from '../../src/node/openStore.js';
import { dealcalc } from '../cli/helpers.js';

const STORE = openShippedStore();

/** Every row converted to USD: the cells after the input's (amount, currency, rate, unit, day, source, note, error). */
function convertRows(
  rows: readonly string[],
  request: Partial<BatchRequest>,
  header = 'date,amount,currency',
): string[][] {
  const job = createBatchConversion(STORE, { to: 'USD', ...request });
  const text = job.push(`${header}\n${rows.join('\n')}\n`).text + job.end().text;
  const width = header.split(',').length;
  return text
    .split('\n')
    .slice(1, -1)
    .map((line) => {
      const parsed = splitCsvRecord(line);
      if (!parsed.ok) throw new Error(parsed.error.message);
      return parsed.value.slice(width);
    });
}

const GIVEN_NOTE = 'the rate given by the user, not looked up in any table: given as 1 USD = 7.1 CNY';

describe('--rate with --batch: every row at the rate given, cited as given on its own day', () => {
  it('USD/CNY=7.10: 1,500,000,000 CNY / 7.10 = 211,267,605.6338… → 211,267,605.63, any day', () => {
    const [first, second] = convertRows(['2017-11-15,1500000000,CNY', '2026-12-01,1500000000,CNY'], {
      rate: 'USD/CNY=7.10',
    });
    expect(first).toEqual([
      '211267605.63',
      'USD',
      '7.1',
      'CNY per USD',
      '2017-11-15',
      'given',
      GIVEN_NOTE,
      '',
    ]);
    // A day after every table: a given rate reads none.
    expect(second).toEqual([
      '211267605.63',
      'USD',
      '7.1',
      'CNY per USD',
      '2026-12-01',
      'given',
      GIVEN_NOTE,
      '',
    ]);
  });

  it('a pair without a given rate fails on its row; the target currency converts at 1', () => {
    const [euro, dollar] = convertRows(['2017-11-15,5,EUR', '2017-11-15,7,USD'], { rate: 'USD/CNY=7.10' });
    expect(euro?.[7]).toBe('OPTION_INVALID: no rate given converts EUR to USD (given: USD/CNY=7.10)');
    expect(dollar?.slice(0, 3)).toEqual(['7.00', 'USD', '1']);
  });

  it('a bare rate (7.10) is read for the first currency of the rows; a row in a third currency fails rather than take it', () => {
    const [yuan, euro] = convertRows(['2017-11-15,710,CNY', '2017-11-15,5,EUR'], { rate: '7.10' });
    // 710 / 7.10 = 100 exactly.
    expect(yuan?.slice(0, 6)).toEqual(['100.00', 'USD', '7.1', 'CNY per USD', '2017-11-15', 'given']);
    expect(euro?.[7]).toBe(
      'OPTION_INVALID: the rate 7.10 names no pair and was read for CNY, the first currency of the rows; this row is in EUR',
    );
  });

  it('refuses what a given rate cannot go with, before any row', () => {
    for (const extra of [
      { source: 'imf' },
      { policy: 'next' as const },
      { maxAgeDays: 3 },
      { average: '2017' },
      { sourceColumn: 'src' },
    ])
      expect(() => createBatchConversion(STORE, { to: 'USD', rate: '7.10', ...extra })).toThrow(
        /does not go with/,
      );
  });
});

describe('--average with --batch: every row at an average of published rates', () => {
  it("one period, 2017-11-13..2017-11-17: 1,000,000 CNY / 6.62906 = 150,850.9502… → 150,850.95, whatever the row's day", () => {
    const rows = convertRows(['2017-11-15,1000000,CNY', '2017-11-23,1000000,CNY'], {
      average: '2017-11-13..2017-11-17',
    });
    for (const row of rows) {
      expect(row.slice(0, 6)).toEqual([
        '150850.95',
        'USD',
        '6.62906',
        'CNY per USD',
        '2017-11-13..2017-11-17',
        'fred-h10',
      ]);
      expect(row[6]).toContain('mean of 5 published rates from 2017-11-13 to 2017-11-17');
    }
  });

  it("each row's month: November 2017, 1,000,000 CNY / 6.620015 = 151,057.0595… → 151,057.06; a December row at December's", () => {
    const [november, december] = convertRows(['2017-11-15,1000000,CNY', '2017-12-15,1000000,CNY'], {
      average: 'month',
    });
    expect(november?.slice(0, 6)).toEqual([
      '151057.06',
      'USD',
      '6.620015',
      'CNY per USD',
      '2017-11-01..2017-11-30',
      'fred-h10',
    ]);
    expect(november?.[6]).toContain('mean of 20 published rates from 2017-11-01 to 2017-11-30');
    expect(december?.[4]).toBe('2017-12-01..2017-12-31');
  });

  it("each row's year, in JSON lines: the average cited with its period and legs", () => {
    const job = createBatchConversion(STORE, { to: 'USD', average: 'year', format: 'jsonl' });
    const line = JSON.parse(job.push('date,amount,currency\n2017-11-15,1000000,CNY\n').text) as {
      rate: { source: string; average: { from: string; to: string; legs: { seriesId: string }[] } };
    };
    expect(line.rate.source).toBe('fred-h10');
    expect(line.rate.average.from).toBe('2017-01-01');
    expect(line.rate.average.to).toBe('2017-12-31');
    expect(line.rate.average.legs.map((leg) => leg.seriesId)).toEqual(['CHUS']);
  });

  it('refuses a lookup policy or a maximum age beside an average, and a period that is not one', () => {
    expect(() => createBatchConversion(STORE, { to: 'USD', average: 'month', policy: 'next' })).toThrow(
      /does not go with/,
    );
    expect(() => createBatchConversion(STORE, { to: 'USD', average: '2017', maxAgeDays: 3 })).toThrow(
      /does not go with/,
    );
    expect(() => createBatchConversion(STORE, { to: 'USD', average: 'week' })).toThrow(/is not a period/);
  });
});

describe('--source-column: one source per row', () => {
  it('a cell naming fred-h10 or imf takes that table; an empty cell the default; an unknown one fails its row', () => {
    const rows = convertRows(
      [
        '2017-11-15,1500000000,CNY,fred-h10',
        '2017-11-15,1500000000,CNY,imf',
        '2017-11-15,1500000000,CNY,',
        '2017-11-15,5,CNY,xyz',
      ],
      { sourceColumn: 'src' },
      'date,amount,currency,src',
    );
    expect(rows[0]?.slice(0, 6)).toEqual([
      '226586102.72',
      'USD',
      '6.62',
      'CNY per USD',
      '2017-11-15',
      'fred-h10',
    ]);
    // IMF: a cross through the SDR, 1 XDR = 9.3733 CNY and 1 XDR = 1.41294 USD on 2017-11-15:
    // 1,500,000,000 × 1.41294 / 9.3733 = 226,111,401.53… → 226,111,401.53.
    expect(rows[1]?.[0]).toBe('226111401.53');
    expect(rows[1]?.[5]).toBe('imf');
    expect(rows[1]?.[6]).toContain('cross through XDR');
    expect(rows[2]?.slice(0, 1).concat(rows[2]?.[5] ?? '')).toEqual(['226586102.72', 'fred-h10']);
    expect(rows[3]?.[7]).toBe('SOURCE_UNKNOWN: unknown rate source "xyz"');
  });

  it('a source column that is not in the header stops the run', () => {
    expect(() => convertRows(['2017-11-15,5,CNY'], { sourceColumn: 'src' })).toThrow(/no column "src"/);
  });
});

describe('convert --batch with --rate, --average and --source-column through the command line', () => {
  it('takes them, as the library does', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const file = join(mkdtempSync(join(tmpdir(), 'dealcalc-bases-')), 'rows.csv');
    writeFileSync(file, 'date,amount,currency,table\n2017-11-15,1500000000,CNY,imf\n');
    const given = await dealcalc(['convert', '--batch', file, '--to', 'USD', '--rate', 'USD/CNY=7.10']);
    expect(given.code).toBe(0);
    expect(given.stdout.split('\n')[1]).toBe(
      `2017-11-15,1500000000,CNY,imf,211267605.63,USD,7.1,CNY per USD,2017-11-15,given,"${GIVEN_NOTE}",`,
    );
    const monthly = await dealcalc(['convert', '--batch', file, '--to', 'USD', '--average', 'month']);
    expect(monthly.code).toBe(0);
    // 1,500,000,000 / 6.620015 = 226,585,589.31…
    expect(monthly.stdout.split('\n')[1]?.split(',').slice(4, 10)).toEqual([
      '226585589.31',
      'USD',
      '6.620015',
      'CNY per USD',
      '2017-11-01..2017-11-30',
      'fred-h10',
    ]);
    const bySource = await dealcalc(['convert', '--batch', file, '--to', 'USD', '--source-column', 'table']);
    expect(bySource.code).toBe(0);
    expect(bySource.stdout.split('\n')[1]?.split(',')[4]).toBe('226111401.53');
    const refused = await dealcalc([
      'convert',
      '--batch',
      file,
      '--to',
      'USD',
      '--rate',
      '7.10',
      '--source-column',
      'table',
    ]);
    expect(refused.code).toBe(2);
  });
});
