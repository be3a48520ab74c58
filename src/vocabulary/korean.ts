import { DOLLAR_CODES } from './english.js';
import { NUMBER_NOTATIONS } from './notations.js';
import type { CurrencyWord, Vocabulary } from './types.js';

const one = (token: string, code: string, extra: Partial<CurrencyWord> = {}): CurrencyWord => ({
  token,
  codes: [code],
  ...extra,
});

/**
 * Korean money vocabulary: 조 (10^12), 억 (10^8), 만 (10^4), 천; compound figures such as
 * "1조 2000억원" are read group by group. A bare 달러 is read as US dollars and says so.
 */
export const KOREAN: Vocabulary = {
  language: 'ko',
  name: 'Korean',
  numberNotations: [NUMBER_NOTATIONS['comma-thousands']],
  scaleWords: [
    { token: '천', exponent: 3, name: '천 (10^3)' },
    { token: '만', exponent: 4, name: '만 (10^4)' },
    { token: '십만', exponent: 5, name: '십만 (10^5)' },
    { token: '백만', exponent: 6, name: '백만 (10^6)' },
    { token: '천만', exponent: 7, name: '천만 (10^7)' },
    { token: '억', exponent: 8, name: '억 (10^8)' },
    { token: '십억', exponent: 9, name: '십억 (10^9)' },
    { token: '백억', exponent: 10, name: '백억 (10^10)' },
    { token: '천억', exponent: 11, name: '천억 (10^11)' },
    { token: '조', exponent: 12, name: '조 (10^12)' },
  ],
  currencyWords: [
    one('원', 'KRW', { writes: true }),
    {
      token: '달러',
      codes: DOLLAR_CODES,
      fallback: { code: 'USD', assumption: 'a bare "달러" is read as US dollars' },
    },
    one('미국 달러', 'USD', { writes: true }),
    one('미 달러', 'USD'),
    one('미화', 'USD', { before: true }),
    one('위안', 'CNY', { writes: true }),
    one('엔', 'JPY', { writes: true }),
    one('유로', 'EUR', { writes: true }),
    one('파운드', 'GBP', { writes: true }),
    one('홍콩달러', 'HKD', { writes: true }),
    one('홍콩 달러', 'HKD'),
    one('스위스 프랑', 'CHF', { writes: true }),
    one('루블', 'RUB', { writes: true }),
  ],
  hedgeWords: [
    { token: '약', kind: 'approximate' },
    { token: '거의', kind: 'nearly' },
    { token: '최대', kind: 'at-most' },
    { token: '최소', kind: 'at-least' },
    { token: '정도', kind: 'approximate', position: 'after' },
    { token: '가량', kind: 'approximate', position: 'after' },
    { token: '이상', kind: 'at-least', position: 'after' },
    { token: '이하', kind: 'at-most', position: 'after' },
    { token: '미만', kind: 'below', position: 'after' },
    { token: '초과', kind: 'above', position: 'after' },
  ],
  percentWords: [{ token: '퍼센트' }],
  stakeNouns: ['지분'],
  output: {
    tag: 'ko',
    decimalMark: '.',
    groupMark: ',',
    grouping: 'thousands',
    scales: [
      { exponent: 12, word: '조' },
      { exponent: 8, word: '억' },
      { exponent: 4, word: '만' },
    ],
    order: 'words',
    scaleSpace: '',
    currencySpace: ' ',
  },
};
