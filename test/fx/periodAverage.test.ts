import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/fx/convertJob.js';
import {
  averagePreferred,
  averageRate,
  describeDaysWithout,
  parsePeriod,
  seriesAverage,
} from '../../src/fx/periodAverage.js';
import { seriesFromArrays } from '../../src/fx/table.js';
import { rateSourceFromSeries } from '../../src/fx/rateSourceFromSeries.js';
import { Decimal } from '../../src/money/decimal.js';
import { openShippedStore } from '../../src/node/openStore.js';
import { c, caught, DATA_DIR, fred, imf } from './helpers.js';

describe('parsePeriod', () => {
  it.each([
    ['2017-01-01..2017-12-31', '2017-01-01', '2017-12-31'],
    [' 2017-11-13 .. 2017-11-17 ', '2017-11-13', '2017-11-17'],
    ['2017-11-15..2017-11-15', '2017-11-15', '2017-11-15'],
    ['2017', '2017-01-01', '2017-12-31'],
    ['2017-02', '2017-02-01', '2017-02-28'],
    ['2016-02', '2016-02-01', '2016-02-29'],
    ['2017-12', '2017-12-01', '2017-12-31'],
  ])('%j → %s .. %s', (text, from, to) => {
    expect(parsePeriod(text)).toEqual({ ok: true, value: { from, to } });
  });

  it.each([
    '',
    '2017-13',
    '17',
    '2017-12-31..2017-01-01',
    '2017-02-30..2017-03-01',
    '2017-01-01..',
    '2017-01-01...2017-02-01',
    'last year',
  ])('%j is refused', (text) => {
    const p = parsePeriod(text);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error.code).toBe('OPTION_INVALID');
  });
});

// CHUS (FRED DEXCHUS), 2017-11-13 .. 2017-11-17: 6.6385, 6.635, 6.62, 6.6273, 6.6245.
// By hand: sum 33.1453, mean 33.1453 / 5 = 6.62906.
describe('seriesAverage', () => {
  it('is the mean of the published values of the period', () => {
    const a = seriesAverage(fred(), fred().series(c('CNY')), { from: '2017-11-13', to: '2017-11-17' });
    expect([a.count, a.sum.toString(), a.mean.toString(), a.first, a.last]).toEqual([
      5,
      '33.1453',
      '6.62906',
      '2017-11-13',
      '2017-11-17',
    ]);
    expect(a.daysWithout).toEqual({ days: 0, weekends: 0, holidays: 0, unexplained: 0 });
  });

  it('counts the days without a rate by reason (November 2017: 8 weekend days and Veterans Day observed, Thanksgiving)', () => {
    const a = seriesAverage(fred(), fred().series(c('CNY')), { from: '2017-11-01', to: '2017-11-30' });
    expect(a.count).toBe(20);
    expect(a.daysWithout).toEqual({ days: 10, weekends: 8, holidays: 2, unexplained: 0 });
    expect(describeDaysWithout(a.daysWithout)).toBe('10 days without a rate (8 weekend days, 2 holidays)');
  });

  it('is the mean of 2017 computed independently from the shipped CHUS file (scaled integers)', () => {
    const rows = readFileSync(join(DATA_DIR, 'fred-h10', 'CHUS.csv'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('2017-'));
    // Every value has at most 4 decimals: add them as integers of ten-thousandths.
    const sum = rows.reduce((s, l) => {
      const [whole, fraction = ''] = (l.split(',')[1] as string).split('.');
      return s + BigInt(`${whole}${fraction.padEnd(4, '0')}`);
    }, 0n);
    const a = seriesAverage(fred(), fred().series(c('CNY')), { from: '2017-01-01', to: '2017-12-31' });
    expect(a.count).toBe(rows.length);
    expect(a.sum.times('10000').toFixed(0)).toBe(sum.toString());
    expect(a.mean.toFixed(4)).toBe('6.7569');
  });

  it('refuses a period that starts before the series or runs past its end', () => {
    expect(
      caught(() => seriesAverage(fred(), fred().series(c('CNY')), { from: '1980-01-01', to: '1981-12-31' }))
        .code,
    ).toBe('RATE_BEFORE_COVERAGE');
    expect(
      caught(() => seriesAverage(fred(), fred().series(c('CNY')), { from: '2024-11-01', to: '2024-12-31' }))
        .code,
    ).toBe('RATE_AFTER_COVERAGE');
  });

  it('lets a period end on the weekend after the last rate (2024-11-29 was a Friday)', () => {
    expect(
      seriesAverage(fred(), fred().series(c('CNY')), { from: '2024-11-25', to: '2024-12-01' }).daysWithout
        .weekends,
    ).toBe(2);
  });

  it('refuses a period with no rate at all', () => {
    expect(
      caught(() => seriesAverage(fred(), fred().series(c('CNY')), { from: '2017-11-18', to: '2017-11-19' }))
        .code,
    ).toBe('RATE_NOT_FOUND');
  });

  it('cuts a period to the coverage when asked (monthly tables)', () => {
    const a = seriesAverage(
      fred(),
      fred().series(c('CNY')),
      { from: '1980-12-01', to: '1981-01-31' },
      { clip: true },
    );
    expect(a.first).toBe('1981-01-02');
  });
});

describe('averageRate', () => {
  it('inverse: divides by the mean of the published rates (never the mean of the inverses)', () => {
    const q = averageRate(fred(), c('CNY'), c('USD'), { from: '2017-11-13', to: '2017-11-17' });
    expect([q.value.toString(), q.derivation, q.base, q.quote]).toEqual(['6.62906', 'inverse', 'USD', 'CNY']);
    expect(q.average.method).toMatch(/^arithmetic mean of the published rates in the source’s direction/);
  });

  it('cross: derives the rate from the two means', () => {
    // An in-memory EUR-based source: USD 1.10 and 1.20 (mean 1.15), CNY 7.0 and 8.0 (mean 7.5).
    const source = rateSourceFromSeries(
      {
        id: 'toy',
        name: 'Toy',
        meaning: 'toy',
        pivot: c('EUR'),
        calendar: 'none',
        attribution: 'test',
        lastDate: '2024-01-03',
        updateHint: '',
      },
      [
        seriesFromArrays(
          { id: 'USD', currency: c('USD'), base: c('EUR'), quote: c('USD') },
          ['2024-01-02', '2024-01-03'],
          ['1.10', '1.20'],
        ),
        seriesFromArrays(
          { id: 'CNY', currency: c('CNY'), base: c('EUR'), quote: c('CNY') },
          ['2024-01-02', '2024-01-03'],
          ['7.0', '8.0'],
        ),
      ],
    );
    const q = averageRate(source, c('CNY'), c('USD'), { from: '2024-01-02', to: '2024-01-03' });
    // 1.15 / 7.5 = 0.15333…, not the mean of 1.10/7.0 and 1.20/8.0 (0.153571…).
    expect(q.value.toSignificantDigits(6).toString()).toBe('0.153333');
    expect(q.derivation).toBe('cross');
  });

  it('converts an amount at the average: 1,500,000,000 CNY at the 2017-11-13..17 mean', () => {
    const r = convert(openShippedStore(), {
      figure: '1.5 billion yuan',
      to: 'USD',
      average: '2017-11-13..2017-11-17',
    });
    // 1,500,000,000 / 6.62906 = 226,276,425.3152… (long division; Python's decimal agrees)
    expect(r.to.amount.toFixed(2)).toBe('226276425.32');
    expect(r.passedOver).toEqual([]);
  });

  it('passes over a source whose coverage does not hold the period, and says so', () => {
    const { quote, passedOver } = averagePreferred([fred(), imf()], c('CNY'), c('USD'), {
      from: '2024-12-02',
      to: '2024-12-06',
    });
    expect(quote.source.id).toBe('imf');
    expect(passedOver[0]?.source).toBe('fred-h10');
  });

  it('refuses an average with a day, a policy or a maximum age', () => {
    const store = openShippedStore();
    expect(
      caught(() => convert(store, { figure: '1 yuan', to: 'USD', average: '2017', on: '2017-11-15' }))
        .message,
    ).toContain('a day');
    expect(
      caught(() => convert(store, { figure: '1 yuan', to: 'USD', average: '2017', policy: 'next' })).code,
    ).toBe('OPTION_INVALID');
    expect(caught(() => convert(store, { figure: '1 yuan', to: 'USD', average: 'soon' })).code).toBe(
      'OPTION_INVALID',
    );
  });

  it('keeps exact decimals: the sum of published values is exact', () => {
    const a = seriesAverage(fred(), fred().series(c('JPY')), { from: '2017-11-13', to: '2017-11-17' });
    expect(a.sum.eq(a.mean.times('5'))).toBe(true);
    expect(new Decimal(a.sum).decimalPlaces()).toBeLessThanOrEqual(2);
  });
});
