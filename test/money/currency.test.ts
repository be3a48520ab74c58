import { describe, expect, it } from 'vitest';
import { currencyInfo, isCurrencyCode, toCurrencyCode } from '../../src/money/currency.js';
import { DealCalcError } from '../../src/errors.js';

describe('isCurrencyCode', () => {
  it.each(['USD', 'CNY', 'HKD', 'EUR', 'JPY', 'GBP', 'INR', 'KRW', 'SGD', 'TWD', 'AUD', 'CAD', 'CHF', 'XDR'])(
    'knows %s',
    (code) => expect(isCurrencyCode(code)).toBe(true),
  );

  it.each(['ABC', 'usd', 'US', 'RMB', ''])('rejects %j', (code) => expect(isCurrencyCode(code)).toBe(false));
});

describe('toCurrencyCode', () => {
  it('accepts any letter case', () => expect(toCurrencyCode(' cny ')).toBe('CNY'));

  it('throws CURRENCY_UNKNOWN for a code Intl does not know', () => {
    expect(() => toCurrencyCode('XYZ')).toThrowError(DealCalcError);
    try {
      toCurrencyCode('XYZ');
    } catch (error) {
      expect((error as DealCalcError).code).toBe('CURRENCY_UNKNOWN');
      expect((error as DealCalcError).kind).toBe('input');
    }
  });
});

describe('currencyInfo', () => {
  // ISO 4217 minor units: USD 2, JPY 0, KRW 0, CNY 2.
  it.each([
    ['USD', 2, 'US Dollar'],
    ['JPY', 0, 'Japanese Yen'],
    ['KRW', 0, 'South Korean Won'],
    ['CNY', 2, 'Chinese Yuan'],
  ] as const)('%s has %i minor units and is named %s', (code, minorUnits, name) => {
    expect(currencyInfo(toCurrencyCode(code))).toEqual({ code, minorUnits, name });
  });
});
