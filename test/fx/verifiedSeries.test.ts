import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeriesCsv, readVerifiedSeriesCsv } from '../../src/fx/table.js';
import { c, caught, DATA_DIR } from './helpers.js';

const meta = { file: 'ecb/CNY.csv', id: 'CNY', currency: c('CNY'), base: c('EUR'), quote: c('CNY') };

describe('a shipped table read without validating it up front', () => {
  it('gives every row as the validating parser does, and each date as the number YYYYMMDD', () => {
    const text = readFileSync(join(DATA_DIR, 'ecb', 'CNY.csv'), 'utf8');
    const fast = readVerifiedSeriesCsv(text, meta);
    const checked = parseSeriesCsv(text, meta);
    expect(fast.size).toBe(checked.size);
    for (let i = 0; i < checked.size; i += 1) {
      expect(fast.dateAt(i)).toBe(checked.dateAt(i));
      expect(fast.valueAt(i)).toBe(checked.valueAt(i));
      expect(fast.dateCodeAt?.(i)).toBe(Number(checked.dateAt(i).replaceAll('-', '')));
    }
  });

  it.each([
    ['2017-02-29,1', 'a day February 2017 had not'],
    ['2017-04-31,1', 'a day April never has'],
    ['2017-11-1x,1', 'a letter in the day'],
    ['2017-11-15', 'no value'],
    ['2017/11/15,1', 'slashes'],
  ])('refuses the row "%s" (%s) as DATA_CORRUPT naming line 2, by number as by date', (row) => {
    const series = readVerifiedSeriesCsv(`date,value\n${row}\n`, meta);
    expect(caught(() => series.dateAt(0)).code).toBe('DATA_CORRUPT');
    expect(caught(() => series.dateCodeAt?.(0)).message).toContain('line 2');
  });

  it('reads February 29th by the long way, and the 31st, to the same numbers', () => {
    const series = readVerifiedSeriesCsv('date,value\n2016-02-29,1\n2017-12-31,2', meta);
    expect([series.dateCodeAt?.(0), series.dateCodeAt?.(1), series.size]).toEqual([20160229, 20171231, 2]);
  });
});
