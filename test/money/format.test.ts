import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/money/decimal.js';
import { toCurrencyCode } from '../../src/money/currency.js';
import { formatDecimal, formatMoneyFull } from '../../src/money/format.js';
import { formatMoneyShort } from '../../src/vocabulary/formatMoneyShort.js';

const m = (amount: string, currency: string) => ({
  amount: new Decimal(amount),
  currency: toCurrencyCode(currency),
});

describe('formatDecimal', () => {
  it.each([
    // [value, decimals, expected]
    ['226586102.7190332326283987915407854984894', 2, '226,586,102.72'], // 1.5e9 / 6.62, DESIGN.md seed case
    ['1500000000', 2, '1,500,000,000.00'],
    ['0.125', 2, '0.12'], // half-even: 2 is even
    ['0.135', 2, '0.14'], // half-even: 4 is even
    ['-1234.5', 0, '-1,234'], // half-even on .5 keeps the even 4
    ['-0.001', 2, '0.00'], // no negative zero
    ['999.995', 2, '1,000.00'],
    ['12', 0, '12'],
  ])('writes %s with %i decimals as %s', (value, decimals, expected) => {
    expect(formatDecimal(new Decimal(value), decimals)).toBe(expected);
  });
});

describe('formatMoneyFull', () => {
  it('uses the currency minor units from ISO 4217 (Intl): 2 for USD', () => {
    expect(formatMoneyFull(m('226586102.7190332', 'USD'))).toBe('226,586,102.72 USD');
  });

  it('uses 0 minor units for JPY', () => {
    expect(formatMoneyFull(m('16972500000.5', 'JPY'))).toBe('16,972,500,000 JPY');
  });
});

describe('formatMoneyShort', () => {
  it.each([
    ['226586102.72', 'USD', {}, 'US$226.6 million'],
    ['226586102.72', 'USD', { language: 'zh', significant: 3 }, '2.27亿美元'],
    ['1500000000', 'CNY', { language: 'zh' }, '15亿元'],
    ['1500000000', 'CNY', {}, 'CN¥1.5 billion'],
    ['999960000', 'USD', {}, 'US$1 billion'], // rounds to 1.000e9 before the scale is chosen
    ['410000000', 'USD', { significant: 2 }, 'US$410 million'],
    ['2500000000000', 'USD', {}, 'US$2.5 trillion'],
    ['12345', 'EUR', {}, '€12,340'], // a tie at the 4th digit goes to the even 4
    ['400000000000', 'CNY', { language: 'zh' }, '4000亿元'], // the 2017 national AI plan, DESIGN.md
    ['3000000', 'HKD', { language: 'zh' }, '300万港元'],
    ['5000000', 'PLN', {}, 'PLN 5 million'],
    ['-2000000', 'GBP', {}, '-£2 million'],
  ] as const)('writes %s %s (%o) as %s', (amount, currency, options, expected) => {
    expect(formatMoneyShort(m(amount, currency), options)).toBe(expected);
  });
});

describe('formatMoneyShort in every language of the tables', () => {
  // The words, marks and order come from the parser's tables (src/vocabulary/*.ts).
  it.each([
    ['226586102.72', 'USD', 'en-IN', 'US$22.66 crore'],
    ['1500000000', 'INR', 'en-IN', '₹150 crore'],
    ['12345678', 'INR', 'en-IN', '₹1.235 crore'],
    ['123456', 'INR', 'en-IN', '₹1.235 lakh'],
    ['1500000000', 'CNY', 'zh-Hant', '15億人民幣'],
    ['2500000000000', 'TWD', 'zh-Hant', '2.5兆新台幣'],
    ['2300000000000', 'JPY', 'ja', '2.3兆円'],
    ['226586102.72', 'USD', 'ja', '2.266億米ドル'],
    ['1200000000000', 'KRW', 'ko', '1.2조 원'],
    ['4800000000', 'USD', 'de', '4,8 Mrd. US-Dollar'],
    ['12340', 'EUR', 'de', '12.340 Euro'],
    ['1500000000', 'EUR', 'fr', "1,5 milliard d'euros"],
    ['2000000000', 'USD', 'fr', '2 milliards de dollars américains'],
    ['2500000000000', 'JPY', 'fr', '2500 milliards de yens'],
    ['12340', 'EUR', 'fr', '12\u202F340 euros'],
    ['1000000', 'HKD', 'es', '1 millón de dólares de Hong Kong'],
    ['245000000000', 'USD', 'es', '245 mil millones de dólares estadounidenses'],
    ['2000000000000', 'CNY', 'es', '2 billones de yuanes'],
    ['1500000000', 'BRL', 'pt', '1,5 bilhão de reais'],
    ['312400000000', 'CNY', 'pt', '312,4 bilhões de yuans'],
    ['85000000000', 'CNY', 'ar', '85 مليار يوان'],
    ['5000000', 'PLN', 'fr', '5 millions PLN'],
  ] as const)('writes %s %s in %s as %s', (amount, currency, language, expected) => {
    expect(formatMoneyShort(m(amount, currency), { language })).toBe(expected);
  });

  it('refuses a language it has no table for', () => {
    expect(() => formatMoneyShort(m('5', 'USD'), { language: 'xx' as 'en' })).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    );
  });
});
