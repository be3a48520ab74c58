import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Decimal } from '../../src/money/decimal.js';
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
