/**
 * Dates and amounts as accounting exports write them. Reference rates (Fed H.10 as published by
 * FRED): DEXCHUS 6.6200 CNY per USD on 2017-11-15 and 6.6245 on Friday 2017-11-17; DEXUSEU 1.1794
 * USD per EUR on 2017-11-15. Hand-computed: 1,500,000,000 / 6.62 = 226,586,102.719… → 226,586,102.72;
 * 1,500,000,000 / 6.6245 = 226,432,183.56…; 1,234.56 × 1.1794 = 1,456.040064 → 1,456.04.
 */
import { describe, expect, it } from 'vitest';
import { createBatchConversion } from '../../src/batch/batchConversion.js';
import { splitCsvRecord } from '../../src/batch/csvCells.js';
import { accountingAmount } from '../../src/batch/amountSign.js';
import { readDateCell, toDateFormat } from '../../src/batch/dateCells.js';
import type { BatchRequest } from '../../src/batch/types.js';
import { openShippedStore } from '../../src/node/openStore.js';
import { dealcalc } from '../cli/helpers.js';

const STORE = openShippedStore();

/** One row converted to USD: the cells after the input's (amount, currency, rate, unit, day, source, note, error). */
function convertRow(row: string, request: Partial<BatchRequest> = {}): string[] {
  const job = createBatchConversion(STORE, { to: 'USD', ...request });
  const text = job.push(`date,amount,currency\n${row}\n`).text + job.end().text;
  const parsed = splitCsvRecord(text.split('\n')[1] as string);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.slice(3);
}

const CHUS_2017_11_15 = ['USD', '6.62', 'CNY per USD', '2017-11-15', 'fred-h10'];

describe('dates as exports write them (fred-h10, CHUS 6.62 on 2017-11-15: 1,500,000,000 CNY = 226,586,102.72 USD)', () => {
  it.each([
    [undefined, '2017-11-15'],
    [undefined, '2017-11-15T09:30:00Z'],
    [undefined, '2017-11-15T23:59:59.999+08:00'],
    [undefined, '2017-11-15 23:59'],
    [undefined, '2017/11/15'],
    ['DD/MM/YYYY', '15/11/2017'],
    ['dd/mm/yyyy', '15/11/2017'],
    ['MM/DD/YYYY', '11/15/2017'],
    ['DD.MM.YYYY', '15.11.2017'],
    ['YYYY/MM/DD', '2017/11/15'],
    ['ISO', '2017-11-15'],
    ['DD/MM/YYYY', '2017-11-15'],
  ])('--date-format %s reads %s as 2017-11-15', (format, date) => {
    const cells = convertRow(`${date},1500000000,CNY`, format === undefined ? {} : { dateFormat: format });
    expect(cells).toEqual(['226586102.72', ...CHUS_2017_11_15, '', '']);
  });

  it('reads one-digit days and months, and fills a Saturday as an ISO date would (6.6245 on Friday 2017-11-17)', () => {
    expect(convertRow('5/1/2018,662,CNY', { dateFormat: 'MM/DD/YYYY' })[4]).toBe('2018-05-01');
    expect(convertRow('18.11.2017,1500000000,CNY', { dateFormat: 'DD.MM.YYYY' })).toEqual([
      '226432183.56',
      'USD',
      '6.6245',
      'CNY per USD',
      '2017-11-17',
      'fred-h10',
      '2017-11-18 is a Saturday; used 2017-11-17, the latest rate on or before it (policy previous)',
      '',
    ]);
  });

  it.each([
    [undefined, '15/11/2017', 'DATE_AMBIGUOUS', 'it reads day first (2017-11-15)'],
    [undefined, '03/04/2017', 'DATE_AMBIGUOUS', 'day first (2017-04-03) or month first (2017-03-04)'],
    [undefined, '15.11.2017', 'DATE_AMBIGUOUS', 'has its year last'],
    ['DD/MM/YYYY', '11/15/2017', 'DATE_INVALID', 'read as DD/MM/YYYY, is not a day of the calendar'],
    ['DD/MM/YYYY', '15.11.2017', 'DATE_INVALID', 'is not written DD/MM/YYYY (nor YYYY-MM-DD)'],
    ['MM/DD/YYYY', '2017/11/15', 'DATE_INVALID', 'is not written MM/DD/YYYY'],
    ['DD/MM/YYYY', '31/02/2017', 'DATE_INVALID', 'is not a day of the calendar'],
    ['DD/MM/YYYY', '15/11/17', 'DATE_INVALID', 'is not written DD/MM/YYYY'],
    [undefined, '2017-11-15T25:00', 'DATE_INVALID', 'is not a date'],
    [undefined, '2017-02-29', 'DATE_INVALID', 'is not a day of the calendar'],
  ])('--date-format %s refuses %s: %s', (format, date, code, message) => {
    const job = createBatchConversion(STORE, { to: 'USD', ...(format ? { dateFormat: format } : {}) });
    const out = job.push(`date,amount,currency\n${date},1,CNY\n`);
    expect(out.failures.map((f) => f.error.code)).toEqual([code]);
    expect(out.failures[0]?.error.message).toContain(message);
  });

  it('names the format to give in the hint, in words for the library', () => {
    const reading = readDateCell('03/04/2017', undefined);
    expect(reading.kind === 'error' && reading.error.hint).toBe(
      'Say how the file writes its dates: the date format DD/MM/YYYY or the date format MM/DD/YYYY.',
    );
  });

  it('reads the formats by name, and refuses an unknown one before any row (OPTION_INVALID)', () => {
    expect(['DD/MM/YYYY', 'mm/dd/yyyy', 'ISO', 'D/M/Y'].map(toDateFormat)).toEqual([
      'DD/MM/YYYY',
      'MM/DD/YYYY',
      'YYYY-MM-DD',
      undefined,
    ]);
    expect(() => createBatchConversion(STORE, { to: 'USD', dateFormat: 'D/M/Y' })).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    );
  });
});

describe('amounts as exports write them (fred-h10 on 2017-11-15: CHUS 6.62, USEU 1.1794)', () => {
  it.each([
    ['"(1,500,000,000.00)",CNY', '-226586102.72', 'read "(1,500,000,000.00)" as negative (in parentheses)'],
    [
      '"1,500,000,000.00-",CNY',
      '-226586102.72',
      'read "1,500,000,000.00-" as negative (with a trailing minus)',
    ],
    ['1500000000.00-,CNY', '-226586102.72', 'read "1500000000.00-" as negative (with a trailing minus)'],
    ['"1,500,000,000.00",CNY', '226586102.72', ''],
    ['"-1,500,000,000.00",CNY', '-226586102.72', ''],
    ['"CN¥1,500,000,000.00",CNY', '226586102.72', ''],
    ['"¥1,500,000,000.00",CNY', '226586102.72', ''],
    ['"€1.234,56",EUR', '1456.04', ''],
    ['"€1,234.56",EUR', '1456.04', ''],
    ['"1 234,56",EUR', '1456.04', ''],
    ['"(€1,234.56)",EUR', '-1456.04', 'read "(€1,234.56)" as negative (in parentheses)'],
  ])('%s → %s USD', (cells, amount, note) => {
    const out = convertRow(`2017-11-15,${cells}`);
    expect(out[0]).toBe(amount);
    expect(out[6]).toBe(note);
  });

  it.each([
    ['(-5)', 'BATCH_AMOUNT_INVALID'],
    ['(5', 'BATCH_AMOUNT_INVALID'],
    ['5)', 'BATCH_AMOUNT_INVALID'],
    ['5--', 'BATCH_AMOUNT_INVALID'],
    ['()', 'BATCH_AMOUNT_INVALID'],
    ['$5', 'FIGURE_CONFLICTING_CURRENCY'],
    ['1,5,0', 'FIGURE_BAD_NUMBER'],
  ])('refuses %s beside CNY: %s', (amount, code) => {
    const job = createBatchConversion(STORE, { to: 'USD' });
    const out = job.push(`date,amount,currency\n2017-11-15,"${amount}",CNY\n`);
    expect(out.failures.map((f) => f.error.code)).toEqual([code]);
  });

  it('takes the sign off as the cell writes it', () => {
    expect(accountingAmount(' (1,234.00) ')).toEqual({ text: '1,234.00', negative: 'in parentheses' });
    expect(accountingAmount('1,234.00\u2212')).toEqual({
      text: '1,234.00',
      negative: 'with a trailing minus',
    });
    expect(accountingAmount('-')).toEqual({ text: '-', negative: '' });
  });
});

describe('convert --batch --date-format through the command line', () => {
  it('reads 15/11/2017 and (1,500,000,000.00) as the acceptance example asks: -226,586,102.72 at fred-h10 6.62', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const file = join(mkdtempSync(join(tmpdir(), 'dealcalc-formats-')), 'rows.csv');
    writeFileSync(file, 'date,amount,currency\n15/11/2017,"(1,500,000,000.00)",CNY\n');
    const ok = await dealcalc([
      'convert',
      '--batch',
      file,
      '--to',
      'USD',
      '--date-format',
      'DD/MM/YYYY',
      '--source',
      'fred-h10',
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stdout.split('\n')[1]).toBe(
      '15/11/2017,"(1,500,000,000.00)",CNY,-226586102.72,USD,6.62,CNY per USD,2017-11-15,fred-h10,"read ""(1,500,000,000.00)"" as negative (in parentheses)",',
    );
    const ambiguous = await dealcalc(['convert', '--batch', file, '--to', 'USD']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain(
      'hint: Say how the file writes its dates: --date-format DD/MM/YYYY or --date-format MM/DD/YYYY.',
    );
    const unknown = await dealcalc([
      'convert',
      '--batch',
      file,
      '--to',
      'USD',
      '--date-format',
      'D/M/Y',
      '--json',
    ]);
    expect(unknown.code).toBe(2);
    expect((unknown.json as { error: { code: string } }).error.code).toBe('OPTION_INVALID');
  });
});
