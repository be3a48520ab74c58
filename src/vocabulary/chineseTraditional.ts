import { CJK_NUMERALS, YUAN_UNIT } from './chineseSimplified.js';
import { NUMBER_NOTATIONS } from './notations.js';
import type { CurrencyWord, Vocabulary } from './types.js';

const one = (token: string, code: string, extra: Partial<CurrencyWord> = {}): CurrencyWord => ({
  token,
  codes: [code],
  ...extra,
});

/**
 * Traditional Chinese money vocabulary (Taiwan, Hong Kong, Macau). 兆 is 10^12, as in Taiwan
 * (and Japanese). A bare 元 falls back to CNY as in the simplified table and says so; the
 * formatter writes the yuan as 人民幣, which no reader takes for the New Taiwan dollar.
 */
export const CHINESE_TRADITIONAL: Vocabulary = {
  language: 'zh-Hant',
  name: 'Chinese (traditional)',
  numberNotations: [NUMBER_NOTATIONS['comma-thousands']],
  scaleWords: [
    { token: '千', exponent: 3, name: '千 (10^3)' },
    { token: '萬', exponent: 4, name: '萬 (10^4)' },
    { token: '十萬', exponent: 5, name: '十萬 (10^5)' },
    { token: '百萬', exponent: 6, name: '百萬 (10^6)' },
    { token: '千萬', exponent: 7, name: '千萬 (10^7)' },
    { token: '億', exponent: 8, name: '億 (10^8)' },
    { token: '十億', exponent: 9, name: '十億 (10^9)' },
    { token: '百億', exponent: 10, name: '百億 (10^10)' },
    { token: '千億', exponent: 11, name: '千億 (10^11)' },
    { token: '萬億', exponent: 12, name: '萬億 (10^12)' },
    { token: '兆', exponent: 12, name: '兆 (10^12)' },
  ],
  currencyWords: [
    { ...YUAN_UNIT, writes: false },
    one('圓', 'CNY'),
    one('人民幣', 'CNY', { writes: true, before: true }),
    one('美元', 'USD', { writes: true, before: true }),
    one('美金', 'USD'),
    one('港元', 'HKD', { writes: true, before: true }),
    one('港幣', 'HKD', { before: true }),
    one('日元', 'JPY'),
    one('日圓', 'JPY', { writes: true }),
    one('歐元', 'EUR', { writes: true, before: true }),
    one('英鎊', 'GBP', { writes: true }),
    one('新台幣', 'TWD', { writes: true, before: true }),
    one('台幣', 'TWD'),
    one('澳元', 'AUD', { writes: true }),
    one('澳幣', 'AUD'),
    one('加元', 'CAD', { writes: true }),
    one('加幣', 'CAD'),
    one('新加坡元', 'SGD', { writes: true }),
    one('新元', 'SGD'),
    one('韓元', 'KRW', { writes: true }),
    one('瑞士法郎', 'CHF', { writes: true }),
    one('印度盧比', 'INR', { writes: true }),
    one('盧布', 'RUB', { writes: true }),
    one('澳門元', 'MOP', { writes: true }),
    one('澳門幣', 'MOP'),
  ],
  hedgeWords: [
    { token: '約', kind: 'approximate' },
    { token: '約合', kind: 'approximate' },
    { token: '大約', kind: 'approximate' },
    { token: '逾', kind: 'above' },
    { token: '超過', kind: 'above' },
    { token: '近', kind: 'nearly' },
    { token: '將近', kind: 'nearly' },
    { token: '至少', kind: 'at-least' },
    { token: '不到', kind: 'below' },
    { token: '不足', kind: 'below' },
    { token: '最多', kind: 'at-most' },
    { token: '左右', kind: 'approximate', position: 'after' },
    { token: '以上', kind: 'at-least', position: 'after' },
    { token: '以下', kind: 'at-most', position: 'after' },
  ],
  numberWords: CJK_NUMERALS,
  rangeWords: [
    { token: '至', role: 'to' },
    { token: '到', role: 'to' },
  ],
  percentWords: [{ token: '百分之', position: 'before' }],
  stakeNouns: ['股份', '股權', '的股份', '的股權'],
  output: {
    tag: 'zh-Hant',
    decimalMark: '.',
    groupMark: '',
    grouping: 'thousands',
    scales: [
      { exponent: 12, word: '兆' },
      { exponent: 8, word: '億' },
      { exponent: 4, word: '萬' },
    ],
    order: 'words',
    scaleSpace: '',
    currencySpace: '',
  },
};
