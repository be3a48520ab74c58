import { describe, expect, it } from 'vitest';
import { convertAmount } from '../../src/fx/convert.js';
import { convert, convertToEach } from '../../src/fx/convertJob.js';
import { givenQuote, parseGivenRates } from '../../src/fx/givenRate.js';
import { Decimal } from '../../src/money/decimal.js';
import { openShippedStore } from '../../src/node/openStore.js';
import { c, caught } from './helpers.js';

const rates = (text: string) => {
  const parsed = parseGivenRates(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};

describe('parseGivenRates', () => {
  it.each([
    ['7.10', [[null, null, '7.1']]],
    [' 7.10 ', [[null, null, '7.1']]],
    ['USD/CNY=7.10', [['USD', 'CNY', '7.1']]],
    ['usd/cny = 7.10', [['USD', 'CNY', '7.1']]],
    [
      'USD/CNY=7.10,EUR/CNY=7.80',
      [
        ['USD', 'CNY', '7.1'],
        ['EUR', 'CNY', '7.8'],
      ],
    ],
    ['0.1408', [[null, null, '0.1408']]],
  ])('%j', (text, expected) => {
    expect(rates(text).map((r) => [r.base, r.quote, r.value.toString()])).toEqual(expected);
  });

  it.each([
    [''],
    ['abc'],
    ['-7.10'],
    ['0'],
    ['7,10'],
    ['1e3'],
    ['7.10,7.20'],
    ['USD/CNY='],
    ['USD/CNY=7.1,CNY/USD=0.14'],
    ['USD/USD=1'],
    ['USD/XYZ=1'],
    ['x'.repeat(1000)],
  ])('%j is refused', (text) => {
    expect(parseGivenRates(text).ok).toBe(false);
  });
});

describe('givenQuote: a rate as the user gave it', () => {
  it('reads a bare rate in the market direction: 7.10 for CNY and USD is 1 USD = 7.10 CNY', () => {
    const q = givenQuote(rates('7.10'), c('CNY'), c('USD'), '2017-11-15');
    expect([q.base, q.quote, q.derivation, q.source.id, q.observedDate]).toEqual([
      'USD',
      'CNY',
      'inverse',
      'given',
      '2017-11-15',
    ]);
    // 1,500,000,000 / 7.10 = 211,267,605.633802816901… (by hand)
    expect(convertAmount(new Decimal('1500000000'), q).toFixed(2)).toBe('211267605.63');
    expect(q.given.reading).toBe(
      "7.10 read as 1 USD = 7.10 CNY: USD is the market's base currency against CNY (write CNY/USD=7.10 for the other way)",
    );
  });

  it('multiplies when the given pair runs from the figure: 100 USD at USD/CNY=7.10 is 710 CNY', () => {
    const q = givenQuote(rates('USD/CNY=7.10'), c('USD'), c('CNY'), '2017-11-15');
    expect(q.derivation).toBe('direct');
    expect(convertAmount(new Decimal('100'), q).toString()).toBe('710');
  });

  it('takes EUR as the base against USD (EUR/USD 1.08 → 1 EUR = 1.08 USD)', () => {
    const q = givenQuote(rates('1.08'), c('USD'), c('EUR'), '2024-01-02');
    expect([q.base, q.quote]).toEqual(['EUR', 'USD']);
  });

  it('refuses a bare rate between two currencies the market does not order', () => {
    const e = caught(() => givenQuote(rates('17'), c('CNY'), c('JPY'), '2017-11-15'));
    expect(e.code).toBe('OPTION_INVALID');
    expect(e.hint).toContain('JPY/CNY=17');
  });

  it('never crosses a given rate with another or with a table', () => {
    const e = caught(() => givenQuote(rates('USD/CNY=7.10'), c('CNY'), c('EUR'), '2017-11-15'));
    expect(e.code).toBe('OPTION_INVALID');
    expect(e.message).toBe('no rate given converts CNY to EUR (given: USD/CNY=7.10)');
  });
});

describe('convert with a given rate', () => {
  const store = openShippedStore();

  it('uses the rate as given, on the day asked, and reads no table', () => {
    const r = convert(store, { figure: '1.5 billion yuan', to: 'USD', on: '2017-11-15', rate: '7.10' });
    expect(r.to.amount.toFixed(2)).toBe('211267605.63');
    expect(r.rate.source.id).toBe('given');
    expect(r.rate.note).toMatch(/^the rate given by the user/);
  });

  it('is for today when no day is asked', () => {
    const r = convert(store, {
      figure: '1.5 billion yuan',
      to: 'USD',
      today: '2026-11-28',
      rate: 'USD/CNY=7.10',
    });
    expect(r.rate.requestedDate).toBe('2026-11-28');
    expect(r.latest).toBeUndefined();
  });

  it('converts to several targets with a pair each', () => {
    const answer = convertToEach(store, {
      figure: '71 yuan',
      to: ['USD', 'EUR'],
      on: '2017-11-15',
      rate: 'USD/CNY=7.10,EUR/CNY=7.10',
    });
    expect(answer.conversions.map((x) => x.to.amount.toString())).toEqual(['10', '10']);
  });

  it.each([
    [{ source: 'fred-h10' }, 'a rate source'],
    [{ policy: 'next' as const }, 'a lookup policy'],
    [{ maxAgeDays: 3 }, 'a maximum rate age'],
    [{ average: '2017' }, 'an average'],
  ])('refuses %j with a given rate', (extra, named) => {
    const e = caught(() =>
      convert(store, { figure: '1 yuan', to: 'USD', on: '2017-11-15', rate: '7.10', ...extra }),
    );
    expect(e.code).toBe('OPTION_INVALID');
    expect(e.message).toContain(named);
  });

  it('refuses one bare rate for two targets', () => {
    const e = caught(() =>
      convertToEach(store, { figure: '1 yuan', to: ['USD', 'EUR'], on: '2017-11-15', rate: '7.10' }),
    );
    expect(e.message).toBe('one bare rate (7.10) for 2 target currencies');
  });
});
