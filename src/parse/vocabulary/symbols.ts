import type { Vocabulary } from './types.js';
import { DOLLAR_CODES } from './english.js';

/**
 * Currency symbols and symbol-like aliases shared by every language, and the hedge marks
 * "~" and "≈".
 *
 * "¥" (and full-width "￥") is both the yuan and the yen: it has no fallback, so the text
 * ("元", "yuan", "yen", "円") or the `yen` option must decide. "$" falls back to USD.
 */
export const CURRENCY_SYMBOLS: Vocabulary = {
  language: 'und',
  name: 'currency symbols',
  numberNotations: [],
  scaleWords: [],
  currencyWords: [
    {
      token: '$',
      codes: DOLLAR_CODES,
      fallback: { code: 'USD', assumption: 'a bare "$" is read as US dollars' },
    },
    { token: 'US$', codes: ['USD'] },
    { token: 'U.S.$', codes: ['USD'] },
    { token: 'HK$', codes: ['HKD'] },
    { token: 'S$', codes: ['SGD'] },
    { token: 'SG$', codes: ['SGD'] },
    { token: 'NT$', codes: ['TWD'] },
    { token: 'A$', codes: ['AUD'] },
    { token: 'AU$', codes: ['AUD'] },
    { token: 'C$', codes: ['CAD'] },
    { token: 'CA$', codes: ['CAD'] },
    { token: 'NZ$', codes: ['NZD'] },
    { token: 'R$', codes: ['BRL'] },
    { token: '€', codes: ['EUR'] },
    { token: '£', codes: ['GBP'] },
    { token: '₹', codes: ['INR'] },
    { token: '₩', codes: ['KRW'] },
    { token: '₽', codes: ['RUB'] },
    { token: '¥', codes: ['CNY', 'JPY'] },
    { token: '￥', codes: ['CNY', 'JPY'] },
    { token: 'CN¥', codes: ['CNY'] },
    { token: 'RMB¥', codes: ['CNY'] },
    { token: 'JP¥', codes: ['JPY'] },
    { token: '円', codes: ['JPY'] },
  ],
  hedgeWords: [
    { token: '~', kind: 'approximate' },
    { token: '≈', kind: 'approximate' },
  ],
};
