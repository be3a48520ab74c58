import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertAmount } from '../../src/fx/convert.js';
import { lookupRate } from '../../src/fx/lookupRate.js';
import { seriesDates, seriesFromArrays } from '../../src/fx/table.js';
import type { RateSeries, RateSource } from '../../src/fx/types.js';
import { Decimal } from '../../src/money/decimal.js';
import { c, fred, imf } from './helpers.js';

const CNY = c('CNY');
const USD = c('USD');
const JPY = c('JPY');
const EUR = c('EUR');
const GBP = c('GBP');

/** An in-memory source with one day of rates: no files, no I/O. */
function oneDaySource(rates: Record<string, { base: string; quote: string; value: string }>): RateSource {
  const series = new Map<string, RateSeries>();
  for (const [currency, r] of Object.entries(rates)) {
    series.set(
      currency,
      seriesFromArrays(
        { id: `${currency}-series`, currency: c(currency), base: c(r.base), quote: c(r.quote) },
        ['2020-01-02'],
        [r.value],
      ),
    );
  }
  return {
    info: {
      id: 'test',
      name: 'test source',
      meaning: 'test',
      pivot: USD,
      calendar: 'us-federal-reserve',
      attribution: 'test',
      lastDate: '2020-01-02',
      updateHint: 'none',
    },
    currencies: [...series.keys()].map(c),
    series: (currency) => {
      const s = series.get(currency);
      if (!s) throw new Error(`no ${currency}`);
      return s;
    },
  };
}

/** A positive decimal with up to 6 integer and 6 fraction digits, as text. */
const rateText = fc
  .tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 999_999 }))
  .filter(([i, f]) => i + f > 0)
  .map(([i, f]) => `${i}.${String(f).padStart(6, '0')}`);
const amountText = fc
  .bigInt({ min: 1n, max: 10n ** 15n })
  .map((n) => `${n}.${String(n % 100n).padStart(2, '0')}`);

function closeTo(actual: Decimal, expected: Decimal, relative = '1e-30'): boolean {
  return actual.minus(expected).abs().lte(expected.abs().times(relative));
}

describe('convertAmount: hand computations', () => {
  it('1.5e9 CNY → USD at CHUS 6.62 (Fed H.10, 2017-11-15) = 1.5e9 ÷ 6.62 to 40 digits', () => {
    const q = lookupRate(fred(), CNY, USD, '2017-11-15');
    expect(convertAmount(new Decimal('1500000000'), q).toString()).toBe(
      '226586102.7190332326283987915407854984894',
    );
  });

  it('a cross CNY → JPY is amount × JPUS ÷ CHUS with one division (2017-11-15: 113.15, 6.62)', () => {
    const q = lookupRate(fred(), CNY, JPY, '2017-11-15');
    expect(convertAmount(new Decimal('1500000000'), q).toString()).toBe(
      new Decimal('169725000000').div('6.62').toString(),
    );
  });

  it('a cross of two dollar-quoted series: EUR → GBP = amount × USEU ÷ USUK', () => {
    const source = oneDaySource({
      EUR: { base: 'EUR', quote: 'USD', value: '1.1794' },
      GBP: { base: 'GBP', quote: 'USD', value: '1.3173' },
    });
    const q = lookupRate(source, EUR, GBP, '2020-01-02');
    expect(convertAmount(new Decimal('100'), q).toString()).toBe(
      new Decimal('117.94').div('1.3173').toString(),
    );
  });

  it('CNY → EUR divides once by the product CHUS × USEU', () => {
    const q = lookupRate(fred(), CNY, EUR, '2017-11-15');
    expect(convertAmount(new Decimal('1000'), q).toString()).toBe(
      new Decimal('1000').div('7.807628').toString(),
    );
  });
});

describe('properties', () => {
  it('A → B → A at one rate returns A (within 1e-30 relative), for any rate and direction', () => {
    fc.assert(
      fc.property(amountText, rateText, fc.boolean(), (amount, value, usdBase) => {
        const source = oneDaySource({
          CNY: usdBase ? { base: 'USD', quote: 'CNY', value } : { base: 'CNY', quote: 'USD', value },
        });
        const a = new Decimal(amount);
        const there = convertAmount(a, lookupRate(source, CNY, USD, '2020-01-02'));
        const back = convertAmount(there, lookupRate(source, USD, CNY, '2020-01-02'));
        return closeTo(back, a);
      }),
    );
  });

  it('a cross through the pivot equals converting through the two legs', () => {
    fc.assert(
      fc.property(amountText, rateText, rateText, fc.boolean(), fc.boolean(), (amount, v1, v2, b1, b2) => {
        const source = oneDaySource({
          CNY: b1 ? { base: 'USD', quote: 'CNY', value: v1 } : { base: 'CNY', quote: 'USD', value: v1 },
          JPY: b2 ? { base: 'USD', quote: 'JPY', value: v2 } : { base: 'JPY', quote: 'USD', value: v2 },
        });
        const a = new Decimal(amount);
        const cross = convertAmount(a, lookupRate(source, CNY, JPY, '2020-01-02'));
        const viaUsd = convertAmount(
          convertAmount(a, lookupRate(source, CNY, USD, '2020-01-02')),
          lookupRate(source, USD, JPY, '2020-01-02'),
        );
        return closeTo(cross, viaUsd);
      }),
    );
  });

  it('on the shipped tables, CNY → JPY (H.10) and CNY → JPY (IMF) equal their two legs on every sampled day', () => {
    const days = seriesDates(fred().series(CNY)).filter((d) => d >= '2003-04-01');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: days.length - 1 }), amountText, (i, amount) => {
        const day = days[i] as string;
        const a = new Decimal(amount);
        for (const [source, pivot] of [
          [fred(), USD],
          [imf(), c('XDR')],
        ] as const) {
          const cross = convertAmount(a, lookupRate(source, CNY, JPY, day, { maxAgeDays: 30 }));
          const legs = convertAmount(
            convertAmount(a, lookupRate(source, CNY, pivot, day, { maxAgeDays: 30 })),
            lookupRate(source, pivot, JPY, day, { maxAgeDays: 30 }),
          );
          if (!closeTo(cross, legs)) return false;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('the cross value times the from-leg rate gives the to-leg rate (EUR, GBP, JPY against CNY)', () => {
    for (const to of [EUR, GBP, JPY]) {
      const q = lookupRate(fred(), CNY, to, '2017-11-15');
      const oneCny = convertAmount(new Decimal('1'), q);
      expect(closeTo(oneCny, q.value)).toBe(true);
    }
  });
});
