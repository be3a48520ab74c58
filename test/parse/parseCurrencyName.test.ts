import { describe, expect, it } from 'vitest';
import { parseCurrencyName } from '../../src/parse/index.js';
import type { ErrorCode } from '../../src/errors.js';

// A currency written alone, as people write a command-line target (issue 7 and issue 6 item 11).
const NAMES: readonly (readonly [string, string, string | null])[] = [
  ['USD', 'USD', null],
  ['usd', 'USD', null],
  ['Cny', 'CNY', null],
  ['RMB', 'CNY', null],
  ['美元', 'USD', null],
  ['人民币', 'CNY', null],
  ['yuan', 'CNY', null],
  ['US dollars', 'USD', null],
  ['Hong Kong dollars', 'HKD', null],
  ['€', 'EUR', null],
  ['HK$', 'HKD', null],
  ['$', 'USD', 'a bare "$" is read as US dollars'],
  ['dollars', 'USD', 'a bare "dollars" is read as US dollars'],
  ['rubles', 'RUB', null],
  ['Euro', 'EUR', null],
  ['  XDR  ', 'XDR', null],
  ['VND', 'VND', null], // no shipped table quotes it: still a currency
];

const ERRORS: readonly (readonly [string, ErrorCode, string | null])[] = [
  ['¥', 'CURRENCY_AMBIGUOUS', null],
  ['pesos', 'CURRENCY_AMBIGUOUS', null],
  ['CYN', 'CURRENCY_UNKNOWN', 'Did you mean "CNY"?'],
  ['yaun', 'CURRENCY_UNKNOWN', 'Did you mean "yuan"?'],
  ['XYZ', 'CURRENCY_UNKNOWN', null],
  ['', 'CURRENCY_UNKNOWN', null],
  ['5 USD', 'CURRENCY_UNKNOWN', null],
  ['$ yuan', 'FIGURE_CONFLICTING_CURRENCY', null],
];

describe('parseCurrencyName', () => {
  it.each(NAMES)('reads %j as %s', (text, code, assumption) => {
    const result = parseCurrencyName(text);
    expect(result.ok && result.value.code).toBe(code);
    expect(result.ok && (result.value.assumption ?? null)).toBe(assumption);
  });

  it.each(ERRORS)('refuses %j with %s', (text, code, hint) => {
    const result = parseCurrencyName(text);
    expect(!result.ok && result.error.code).toBe(code);
    if (hint !== null) expect(!result.ok && result.error.hint).toContain(hint);
    expect(!result.ok && result.error.hint.length).toBeGreaterThan(0);
  });

  it('lets the yen option decide a lone ¥', () => {
    const result = parseCurrencyName('¥', { yen: 'JPY' });
    expect(result.ok && result.value.code).toBe('JPY');
    expect(result.ok && result.value.assumption).toContain('yen option');
  });
});
