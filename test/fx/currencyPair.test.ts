import { describe, expect, it } from 'vitest';
import { parseCurrencyPair, pairText } from '../../src/fx/currencyPair.js';

describe('parseCurrencyPair', () => {
  it.each([
    ['USD/CNY', 'USD', 'CNY'],
    ['CNY/USD', 'CNY', 'USD'],
    ['usd/cny', 'USD', 'CNY'],
    [' USD / CNY ', 'USD', 'CNY'],
    ['USD-CNY', 'USD', 'CNY'],
    ['USD:CNY', 'USD', 'CNY'],
    ['USD CNY', 'USD', 'CNY'],
    ['USDCNY', 'USD', 'CNY'],
    ['eurusd', 'EUR', 'USD'],
    ['CNY per USD', 'USD', 'CNY'],
    ['jpy PER eur', 'EUR', 'JPY'],
  ])('%j → %s/%s', (text, base, quote) => {
    const pair = parseCurrencyPair(text);
    expect(pair.ok && pairText(pair.value)).toBe(`${base}/${quote}`);
  });

  it.each([
    ['', 'OPTION_INVALID'],
    ['USD', 'OPTION_INVALID'],
    ['USD/CNY/EUR', 'OPTION_INVALID'],
    ['USD/USD', 'OPTION_INVALID'],
    ['US/CNY', 'OPTION_INVALID'],
    ['USD/XYZ', 'CURRENCY_UNKNOWN'],
    ['dollar/yuan', 'OPTION_INVALID'],
    ['x'.repeat(500), 'OPTION_INVALID'],
    ['USD\u001b/CNY', 'OPTION_INVALID'],
  ])('%j is refused with %s', (text, code) => {
    const pair = parseCurrencyPair(text);
    expect(pair.ok).toBe(false);
    if (!pair.ok) {
      expect(pair.error.code).toBe(code);
      expect(pair.error.hint).toMatch(/USD\/CNY/);
    }
  });
});
