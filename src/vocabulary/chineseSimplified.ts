import { NUMBER_NOTATIONS } from './notations.js';
import type { CjkNumerals, ConnectorTable, CurrencyWord, Vocabulary } from './types.js';

/** Chinese numerals below 10,000, shared by the simplified and traditional tables and Japanese. */
export const CJK_NUMERALS: CjkNumerals = {
  grammar: 'cjk',
  digits: { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 },
  units: { 十: 10, 百: 100, 千: 1000 },
};

/** 元 is the generic unit word ("港币15亿元" is HKD), so alone it falls back to CNY and says so. */
export const YUAN_UNIT: CurrencyWord = {
  token: '元',
  codes: ['CNY', 'HKD', 'TWD', 'MOP', 'USD'],
  fallback: { code: 'CNY', assumption: 'a bare "元" is read as Chinese yuan (CNY)' },
  writes: true,
};

const one = (token: string, code: string, extra: Partial<CurrencyWord> = {}): CurrencyWord => ({
  token,
  codes: [code],
  ...extra,
});

/**
 * Simplified Chinese money vocabulary (mainland usage).
 *
 * Left out on purpose: 兆 (10^6 in mainland usage for SI "mega", 10^12 in Taiwan and in
 * Japanese: the traditional and Japanese tables read it as 10^12). Chinese numerals (十五亿)
 * are read; full-width digits (１５亿) are normalised before reading.
 */
export const CHINESE_SIMPLIFIED: Vocabulary = {
  language: 'zh-Hans',
  name: 'Chinese (simplified)',
  numberNotations: [NUMBER_NOTATIONS['comma-thousands']],
  scaleWords: [
    { token: '千', exponent: 3, name: '千 (10^3)' },
    { token: '万', exponent: 4, name: '万 (10^4)' },
    { token: '十万', exponent: 5, name: '十万 (10^5)' },
    { token: '百万', exponent: 6, name: '百万 (10^6)' },
    { token: '千万', exponent: 7, name: '千万 (10^7)' },
    { token: '亿', exponent: 8, name: '亿 (10^8)' },
    { token: '十亿', exponent: 9, name: '十亿 (10^9)' },
    { token: '百亿', exponent: 10, name: '百亿 (10^10)' },
    { token: '千亿', exponent: 11, name: '千亿 (10^11)' },
    { token: '万亿', exponent: 12, name: '万亿 (10^12)' },
  ],
  currencyWords: [
    YUAN_UNIT,
    one('圆', 'CNY'),
    one('人民币', 'CNY', { before: true }),
    one('美元', 'USD', { writes: true, before: true }),
    one('美金', 'USD'),
    one('港元', 'HKD', { writes: true, before: true }),
    one('港币', 'HKD', { before: true }),
    one('日元', 'JPY', { writes: true }),
    one('日圆', 'JPY'),
    one('欧元', 'EUR', { writes: true, before: true }),
    one('英镑', 'GBP', { writes: true }),
    one('新台币', 'TWD', { writes: true, before: true }),
    one('台币', 'TWD'),
    one('澳元', 'AUD', { writes: true }),
    one('加元', 'CAD', { writes: true }),
    one('新加坡元', 'SGD', { writes: true }),
    one('新元', 'SGD'),
    one('韩元', 'KRW', { writes: true }),
    one('瑞士法郎', 'CHF', { writes: true }),
    one('印度卢比', 'INR', { writes: true }),
    one('卢布', 'RUB', { writes: true }),
    one('雷亚尔', 'BRL', { writes: true }),
    one('兰特', 'ZAR', { writes: true }),
    one('林吉特', 'MYR', { writes: true }),
    one('泰铢', 'THB', { writes: true }),
    one('新西兰元', 'NZD', { writes: true }),
    one('墨西哥比索', 'MXN', { writes: true }),
    one('瑞典克朗', 'SEK', { writes: true }),
    one('挪威克朗', 'NOK', { writes: true }),
    one('丹麦克朗', 'DKK', { writes: true }),
    one('印尼盾', 'IDR', { writes: true }),
    one('沙特里亚尔', 'SAR', { writes: true }),
    one('迪拉姆', 'AED'),
    one('土耳其里拉', 'TRY', { writes: true }),
  ],
  hedgeWords: [
    { token: '约', kind: 'approximate' },
    { token: '约合', kind: 'approximate' },
    { token: '大约', kind: 'approximate' },
    { token: '逾', kind: 'above' },
    { token: '超过', kind: 'above' },
    { token: '近', kind: 'nearly' },
    { token: '将近', kind: 'nearly' },
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
  stakeNouns: ['股份', '股权', '的股份', '的股权'],
  output: {
    tag: 'zh',
    decimalMark: '.',
    groupMark: '',
    grouping: 'thousands',
    scales: [
      { exponent: 12, word: '万亿' },
      { exponent: 8, word: '亿' },
      { exponent: 4, word: '万' },
    ],
    order: 'words',
    scaleSpace: '',
    currencySpace: '',
  },
};

/** The words that put a conversion after a figure in this language. */
export const CHINESE_CONNECTORS: ConnectorTable = {
  language: 'zh',
  strong: ['约合', '約合', '折合', '合计约', '相当于', '相當於', '合'],
  weak: ['即', '或'],
  hedges: ['约', '約', '大约', '大約', '近', '逾'],
};
