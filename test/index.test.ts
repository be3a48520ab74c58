import { describe, expect, it } from 'vitest';
import {
  convertFigure,
  formatMoneyShort,
  lookupRate,
  seriesFromArrays,
  toCurrencyCode,
  type RateSource,
} from '../src/index.js';
import { parseFigureOrThrow } from '../src/parse/parseFigureOrThrow.js';

const USD = toCurrencyCode('USD');
const CNY = toCurrencyCode('CNY');

// A table of one's own, made in memory: the Fed's H.10 yuan rates (FRED DEXCHUS) for the week
// of 2017-11-13, no files involved.
const chus = seriesFromArrays(
  { id: 'CHUS', currency: CNY, base: USD, quote: CNY },
  ['2017-11-13', '2017-11-14', '2017-11-15', '2017-11-16', '2017-11-17'],
  ['6.6385', '6.635', '6.62', '6.6273', '6.6245'],
);
const table: RateSource = {
  info: {
    id: 'my-h10',
    name: 'my copy of H.10',
    meaning: 'yuan per US dollar',
    pivot: USD,
    calendar: 'us-federal-reserve',
    attribution: 'Federal Reserve H.10',
    lastDate: '2017-11-17',
    updateHint: 'add rows',
  },
  currencies: [CNY],
  series: () => chus,
};

describe('the library API (src/index.ts)', () => {
  it('converts the seed figure with a table passed in as a value', () => {
    const figure = parseFigureOrThrow('about 1.5 billion yuan');
    const rate = lookupRate(table, CNY, USD, '2017-11-15');
    const result = convertFigure(figure, rate);
    expect(result.to.amount.toFixed(2)).toBe('226586102.72'); // 1.5e9 / 6.62
    expect(result.toInterval.low?.toFixed(2)).toBe('219033232.63'); // 1.45e9 / 6.62
    expect(formatMoneyShort(result.to, { significant: 3 })).toBe('US$227 million'); // as the news report wrote it
    expect(formatMoneyShort(result.to, { language: 'zh', significant: 3 })).toBe('2.27亿美元');
  });

  it('fills a weekend from the Friday and says so', () => {
    const rate = lookupRate(table, CNY, USD, '2017-11-18');
    expect(rate.observedDate).toBe('2017-11-17');
    expect(rate.value.toString()).toBe('6.6245');
    expect(rate.note).toMatch(/Saturday/);
  });
});
