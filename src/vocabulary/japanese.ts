import { CJK_NUMERALS, YUAN_UNIT } from './chineseSimplified.js';
import { DOLLAR_CODES } from './english.js';
import { NUMBER_NOTATIONS } from './notations.js';
import type { ConnectorTable, CurrencyWord, Vocabulary } from './types.js';

const one = (token: string, code: string, extra: Partial<CurrencyWord> = {}): CurrencyWord => ({
  token,
  codes: [code],
  ...extra,
});

/**
 * Japanese money vocabulary: 兆 (10^12), 億 (10^8), 万 (10^4), 千; compound figures such as
 * 4兆2千億円 and 7億300万ドル are read group by group. A bare ドル is read as US dollars and says
 * so; 元 (人民元) is the yuan. Hedges after the figure (超, 以上, 近く, 程度, 前後) are common.
 */
export const JAPANESE: Vocabulary = {
  language: 'ja',
  name: 'Japanese',
  numberNotations: [NUMBER_NOTATIONS['comma-thousands']],
  scaleWords: [
    { token: '千', exponent: 3, name: '千 (10^3)' },
    { token: '万', exponent: 4, name: '万 (10^4)' },
    { token: '十万', exponent: 5, name: '十万 (10^5)' },
    { token: '百万', exponent: 6, name: '百万 (10^6)' },
    { token: '千万', exponent: 7, name: '千万 (10^7)' },
    { token: '億', exponent: 8, name: '億 (10^8)' },
    { token: '十億', exponent: 9, name: '十億 (10^9)' },
    { token: '百億', exponent: 10, name: '百億 (10^10)' },
    { token: '千億', exponent: 11, name: '千億 (10^11)' },
    { token: '兆', exponent: 12, name: '兆 (10^12)' },
  ],
  currencyWords: [
    one('円', 'JPY', { writes: true }),
    one('日本円', 'JPY'),
    {
      token: 'ドル',
      codes: DOLLAR_CODES,
      fallback: { code: 'USD', assumption: 'a bare "ドル" is read as US dollars' },
    },
    one('米ドル', 'USD', { writes: true, before: true }),
    { ...YUAN_UNIT, writes: false },
    one('人民元', 'CNY', { writes: true }),
    one('ユーロ', 'EUR', { writes: true }),
    one('ポンド', 'GBP'),
    one('英ポンド', 'GBP', { writes: true }),
    one('香港ドル', 'HKD', { writes: true }),
    one('豪ドル', 'AUD', { writes: true }),
    one('カナダドル', 'CAD', { writes: true }),
    one('台湾ドル', 'TWD', { writes: true }),
    one('シンガポールドル', 'SGD', { writes: true }),
    one('スイスフラン', 'CHF', { writes: true }),
    one('ウォン', 'KRW', { writes: true }),
    one('ルーブル', 'RUB', { writes: true }),
    one('ルピー', 'INR'),
    one('インドルピー', 'INR', { writes: true }),
    one('レアル', 'BRL', { writes: true }),
    one('バーツ', 'THB', { writes: true }),
  ],
  hedgeWords: [
    { token: '約', kind: 'approximate' },
    { token: 'およそ', kind: 'approximate' },
    { token: '約合', kind: 'approximate' },
    { token: '程度', kind: 'approximate', position: 'after' },
    { token: '前後', kind: 'approximate', position: 'after' },
    { token: '超', kind: 'above', position: 'after' },
    { token: '以上', kind: 'at-least', position: 'after' },
    { token: '以下', kind: 'at-most', position: 'after' },
    { token: '未満', kind: 'below', position: 'after' },
    { token: '近く', kind: 'nearly', position: 'after' },
    { token: '最大', kind: 'at-most' },
    { token: '最低', kind: 'at-least' },
  ],
  numberWords: CJK_NUMERALS,
  rangeWords: [
    { token: '〜', role: 'to' },
    { token: 'から', role: 'to' },
  ],
  percentWords: [{ token: 'パーセント' }],
  stakeNouns: ['の株式', '株式', '出資'],
  output: {
    tag: 'ja',
    decimalMark: '.',
    groupMark: '',
    grouping: 'thousands',
    scales: [
      { exponent: 12, word: '兆' },
      { exponent: 8, word: '億' },
      { exponent: 4, word: '万' },
    ],
    order: 'words',
    scaleSpace: '',
    currencySpace: '',
  },
};

/** The words that put a conversion after a figure in this language. */
export const JAPANESE_CONNECTORS: ConnectorTable = {
  language: 'ja',
  strong: [],
  weak: [],
  hedges: ['約'],
};
