import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lookupRate } from '../../src/fx/lookupRate.js';
import { toCurrencyCode } from '../../src/money/currency.js';
import { Decimal } from '../../src/money/decimal.js';
import { openShippedStore } from '../../src/node/openStore.js';
import { DATA_DIR, ROOT } from '../fx/helpers.js';

// An independent check of the shipped H.10 tables against the ECB's own history (reference data
// beside the project, ../shared/data/ecb, never committed): the two sources fix at different
// hours (ECB 14:15 CET, Fed noon New York), so they differ a little every day and by up to
// 2.7% on days of big moves (2016-03-10, ECB easing; 2005-07-21, the yuan's revaluation).
// A table shifted by a day, inverted, or read from the wrong column would differ far more.
const ECB = join(ROOT, '..', 'shared', 'data', 'ecb', 'eurofxref-hist.csv');

function readSeries(file: string): Map<string, string> {
  const lines = readFileSync(join(DATA_DIR, file), 'utf8').trim().split('\n').slice(1);
  return new Map(lines.map((line) => line.split(',') as [string, string]));
}

function deviations(pairs: readonly (readonly [Decimal, Decimal])[]): Decimal[] {
  return pairs.map(([ecb, fed]) => ecb.div(fed).minus(1).abs()).sort((a, b) => a.comparedTo(b));
}

describe.skipIf(!existsSync(ECB))('H.10 against the ECB reference rates', () => {
  // Read lazily: a skipped describe still runs its body to collect the tests.
  let rows: string[] = [];
  let ecbDays: string[][] = [];
  let header: string[] = [];
  beforeAll(() => {
    rows = readFileSync(ECB, 'utf8').trim().split('\n');
    header = (rows[0] ?? '').split(',');
    ecbDays = rows.slice(1).map((row) => row.split(','));
  });
  const column = (code: string) => header.indexOf(code);

  it('USEU (dollars per euro) matches the ECB USD column within 3%, median under 0.2%', () => {
    const useu = readSeries('fred-h10/USEU.csv');
    const pairs = ecbDays
      .filter((cells) => useu.has(cells[0] as string) && cells[column('USD')] !== 'N/A')
      .map((cells) => [new Decimal(cells[column('USD')] as string), new Decimal(useu.get(cells[0] as string) as string)] as const);
    expect(pairs.length).toBeGreaterThan(6000);
    const sorted = deviations(pairs);
    expect(sorted[sorted.length - 1]?.lt('0.03')).toBe(true);
    expect(sorted[Math.floor(sorted.length / 2)]?.lt('0.002')).toBe(true);
  });

  it('CHUS (yuan per dollar) matches the ECB cross CNY ÷ USD within 3%, median under 0.2%', () => {
    const chus = readSeries('fred-h10/CHUS.csv');
    const pairs = ecbDays
      .filter(
        (cells) =>
          chus.has(cells[0] as string) && cells[column('CNY')] !== 'N/A' && cells[column('USD')] !== 'N/A',
      )
      .map((cells) => {
        const cross = new Decimal(cells[column('CNY')] as string).div(cells[column('USD')] as string);
        return [cross, new Decimal(chus.get(cells[0] as string) as string)] as const;
      });
    expect(pairs.length).toBeGreaterThan(4500);
    const sorted = deviations(pairs);
    expect(sorted[sorted.length - 1]?.lt('0.03')).toBe(true);
    expect(sorted[Math.floor(sorted.length / 2)]?.lt('0.002')).toBe(true);
  });
});

// The shipped ecb table against the file it is generated from (../shared/data/ecb, SOURCE.md:
// the ECB's eurofxref-hist.csv): read here independently of the build script (split on commas,
// "N/A" is no rate), every row and every currency.
describe.skipIf(!existsSync(ECB))('the shipped ecb table is the ECB file, every row and every currency', () => {
  let header: string[] = [];
  let published: string[][] = [];
  beforeAll(() => {
    const lines = readFileSync(ECB, 'utf8').trim().split('\n');
    header = (lines[0] ?? '').split(',').slice(1, -1); // the ECB ends each line with a comma
    published = lines.slice(1).map((line) => line.split(','));
  });

  it('each series file holds exactly the non-N/A cells of its column, digits as published', () => {
    expect(header).toHaveLength(41);
    let cells = 0;
    for (const [column, code] of header.entries()) {
      const expected = published
        .filter((cells) => cells[column + 1] !== 'N/A')
        .map((cells) => `${cells[0]},${cells[column + 1]}`)
        .reverse(); // the file runs newest first, a series oldest first
      const shipped = readFileSync(join(DATA_DIR, 'ecb', `${code}.csv`), 'utf8').trimEnd().split('\n');
      expect(shipped[0], code).toBe('date,value');
      expect(shipped.slice(1), code).toEqual(expected);
      cells += expected.length;
    }
    expect(cells).toBe(217_555);
  });

  // 217,555 lookups through the same path as `convert`: a few seconds.
  it('the store answers each day with the published rate: 1 EUR = the cell, for every cell', { timeout: 60_000 }, () => {
    const ecb = openShippedStore().source('ecb');
    const EUR = toCurrencyCode('EUR');
    let checked = 0;
    for (const [column, code] of header.entries()) {
      const currency = toCurrencyCode(code);
      for (const cells of published) {
        const cell = cells[column + 1] as string;
        if (cell === 'N/A') continue;
        const quote = lookupRate(ecb, EUR, currency, cells[0] as string, { policy: 'exact' });
        if (!quote.value.eq(cell) || quote.observedDate !== cells[0] || quote.derivation !== 'direct') {
          expect([code, cells[0], quote.value.toString(), quote.observedDate]).toEqual([code, cells[0], cell, cells[0]]);
        }
        checked += 1;
      }
    }
    expect(checked).toBe(217_555);
  });

  it('a cross through the euro is the quotient of the two published cells (2017-11-14: 7.7950 / 1.1745)', () => {
    const ecb = openShippedStore().source('ecb');
    const quote = lookupRate(ecb, toCurrencyCode('USD'), toCurrencyCode('CNY'), '2017-11-14');
    expect(quote.derivation).toBe('cross');
    expect(quote.legs.map((l) => [l.seriesId, l.value.toString()])).toEqual([
      ['USD', '1.1745'],
      ['CNY', '7.795'],
    ]);
    expect(quote.value.eq(new Decimal('7.7950').div('1.1745'))).toBe(true);
  });
});
