import { describe, expect, it } from 'vitest';
import { parseFigure, parseFigureOrThrow } from '../../src/parse/index.js';
import type { ErrorCode } from '../../src/errors.js';
import { DealCalcError } from '../../src/errors.js';

/**
 * One notation: [text, value, low, high, currency, open ends?]. Bounds are Decimal strings,
 * null for an unbounded end; open ends default to closed.
 */
type Row = readonly [
  text: string,
  value: string,
  low: string | null,
  high: string | null,
  currency: string,
  open?: { readonly lowOpen?: boolean; readonly highOpen?: boolean },
];

function expectRow([text, value, low, high, currency, open]: Row): void {
  const figure = parseFigureOrThrow(text);
  expect(figure.value.toString()).toBe(value);
  expect(figure.interval.low?.toString() ?? null).toBe(low);
  expect(figure.interval.high?.toString() ?? null).toBe(high);
  expect(figure.interval.lowOpen).toBe(open?.lowOpen ?? false);
  expect(figure.interval.highOpen).toBe(open?.highOpen ?? false);
  expect(figure.currency?.code).toBe(currency);
}

/** Names each row by its text, for the test title. */
function named<T extends readonly [string, ...unknown[]]>(rows: readonly T[]): (readonly [string, T])[] {
  return rows.map((row) => [row[0], row] as const);
}

const LOW_OPEN = { lowOpen: true } as const;
const HIGH_OPEN = { highOpen: true } as const;

const GROUPING_AND_DECIMALS: readonly Row[] = [
  ['CNY 1,500,000,000', '1500000000', '1500000000', '1500000000', 'CNY'],
  ['USD 1500000000', '1500000000', '1500000000', '1500000000', 'USD'],
  ['USD 1 500 000', '1500000', '1500000', '1500000', 'USD'],
  ['USD 1\u202F500\u202F000', '1500000', '1500000', '1500000', 'USD'],
  ['USD 1\u00A0500\u00A0000', '1500000', '1500000', '1500000', 'USD'],
  ['$12.34', '12.34', '12.34', '12.34', 'USD'],
  ['USD 1,234.56', '1234.56', '1234.56', '1234.56', 'USD'],
  ['USD 1,500,000.5', '1500000.5', '1500000.5', '1500000.5', 'USD'],
  ['USD 1.5', '1.5', '1.5', '1.5', 'USD'],
  ['USD .5', '0.5', '0.5', '0.5', 'USD'],
  ['USD 0', '0', '0', '0', 'USD'],
  ['INR 1,50,00,000', '15000000', '15000000', '15000000', 'INR'],
  ['INR 10,00,000', '1000000', '1000000', '1000000', 'INR'],
  ['INR 12,34,567.89', '1234567.89', '1234567.89', '1234567.89', 'INR'],
  ['-5 USD', '-5', '-5', '-5', 'USD'],
  ['+5 USD', '5', '5', '5', 'USD'],
  ['\u22125 USD', '-5', '-5', '-5', 'USD'],
  ['$-5', '-5', '-5', '-5', 'USD'],
  ['  USD 7  ', '7', '7', '7', 'USD'],
];

// Issue 7 changed these two: they were errors while "." was the only decimal mark; a decimal
// comma (German, French, Spanish, Portuguese) reads them, and no other language does.
const DECIMAL_COMMAS: readonly Row[] = [
  ['USD 1,5000', '1.5', '1.5', '1.5', 'USD'],
  ['USD 1 500,000', '1500', '1500', '1500', 'USD'],
];

const SCALE_WORDS: readonly Row[] = [
  ['$227 million', '227000000', '226500000', '227500000', 'USD'],
  ['1.5 billion USD', '1500000000', '1450000000', '1550000000', 'USD'],
  ['$1.50 billion', '1500000000', '1495000000', '1505000000', 'USD'],
  ['$2,000 million', '2000000000', '1999500000', '2000500000', 'USD'],
  ['1.5bn USD', '1500000000', '1450000000', '1550000000', 'USD'],
  ['1.5 bn USD', '1500000000', '1450000000', '1550000000', 'USD'],
  ['$1.5B', '1500000000', '1450000000', '1550000000', 'USD'],
  ['$1.5 b', '1500000000', '1450000000', '1550000000', 'USD'],
  ['$1.5 bln', '1500000000', '1450000000', '1550000000', 'USD'],
  ['$1.5 Billion', '1500000000', '1450000000', '1550000000', 'USD'],
  ['$2m', '2000000', '1500000', '2500000', 'USD'],
  ['$2M', '2000000', '1500000', '2500000', 'USD'],
  ['$2mn', '2000000', '1500000', '2500000', 'USD'],
  ['$2 mln', '2000000', '1500000', '2500000', 'USD'],
  ['$2MM', '2000000', '1500000', '2500000', 'USD'],
  ['$500k', '500000', '499500', '500500', 'USD'],
  ['$500K', '500000', '499500', '500500', 'USD'],
  ['3 thousand USD', '3000', '2500', '3500', 'USD'],
  ['USD 1.2 trillion', '1200000000000', '1150000000000', '1250000000000', 'USD'],
  ['USD 1.2tn', '1200000000000', '1150000000000', '1250000000000', 'USD'],
  ['USD 1.2 trn', '1200000000000', '1150000000000', '1250000000000', 'USD'],
  ['USD .5m', '500000', '450000', '550000', 'USD'],
  ['-$5m', '-5000000', '-5500000', '-4500000', 'USD'],
  ['$-1.5bn', '-1500000000', '-1550000000', '-1450000000', 'USD'],
];

const CHINESE_UNITS: readonly Row[] = [
  ['15亿元', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['15億元', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['人民币15亿元', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['人民幣15億元', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['15亿人民币', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['¥15亿元', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['1.5万亿元', '1500000000000', '1450000000000', '1550000000000', 'CNY'],
  ['1.5萬億港幣', '1500000000000', '1450000000000', '1550000000000', 'HKD'],
  ['1.5亿港元', '150000000', '145000000', '155000000', 'HKD'],
  ['1.5亿港币', '150000000', '145000000', '155000000', 'HKD'],
  ['3000万美元', '30000000', '29995000', '30005000', 'USD'],
  ['3千万日元', '30000000', '25000000', '35000000', 'JPY'],
  ['4百万欧元', '4000000', '3500000', '4500000', 'EUR'],
  ['5千元', '5000', '4500', '5500', 'CNY'],
  ['10萬元', '100000', '95000', '105000', 'CNY'],
  ['4000亿元', '400000000000', '399950000000', '400050000000', 'CNY'],
  ['2十亿元', '2000000000', '1500000000', '2500000000', 'CNY'],
  ['15亿新台币', '1500000000', '1450000000', '1550000000', 'TWD'],
  ['港币15亿元', '1500000000', '1450000000', '1550000000', 'HKD'],
  ['1.5亿英镑', '150000000', '145000000', '155000000', 'GBP'],
  ['1.5亿欧元', '150000000', '145000000', '155000000', 'EUR'],
  ['1500円', '1500', '1500', '1500', 'JPY'],
];

const INDIAN_UNITS: readonly Row[] = [
  ['Rs 3 crore', '30000000', '25000000', '35000000', 'INR'],
  ['₹3 cr', '30000000', '25000000', '35000000', 'INR'],
  ['Rs. 3.5 crore', '35000000', '34500000', '35500000', 'INR'],
  ['Rs3 Cr', '30000000', '25000000', '35000000', 'INR'],
  ['INR 3 crore', '30000000', '25000000', '35000000', 'INR'],
  ['12 crores rupees', '120000000', '115000000', '125000000', 'INR'],
  ['3 lakh rupees', '300000', '250000', '350000', 'INR'],
  ['Rs 5 lac', '500000', '450000', '550000', 'INR'],
  ['₹1.5 lakh crore', '1500000000000', '1450000000000', '1550000000000', 'INR'],
  ['Rs 1,50,00,000', '15000000', '15000000', '15000000', 'INR'],
];

const CURRENCY_CODES: readonly Row[] = [
  ['CNY1500000000', '1500000000', '1500000000', '1500000000', 'CNY'],
  ['RMB1.5bn', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['Rmb1.5bn', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['1.5 billion RMB', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['USD 227 million', '227000000', '226500000', '227500000', 'USD'],
  ['EUR 5m', '5000000', '4500000', '5500000', 'EUR'],
  ['GBP5m', '5000000', '4500000', '5500000', 'GBP'],
  ['5m JPY', '5000000', '4500000', '5500000', 'JPY'],
  ['HKD 1.5bn', '1500000000', '1450000000', '1550000000', 'HKD'],
  ['5 MXN', '5', '5', '5', 'MXN'],
  ['5 BRL', '5', '5', '5', 'BRL'],
  ['CHF 5', '5', '5', '5', 'CHF'],
  ['RSD 5', '5', '5', '5', 'RSD'],
];

const SYMBOLS: readonly Row[] = [
  ['US$1.5bn', '1500000000', '1450000000', '1550000000', 'USD'],
  ['HK$1.5bn', '1500000000', '1450000000', '1550000000', 'HKD'],
  ['S$2m', '2000000', '1500000', '2500000', 'SGD'],
  ['NT$3bn', '3000000000', '2500000000', '3500000000', 'TWD'],
  ['A$2m', '2000000', '1500000', '2500000', 'AUD'],
  ['C$2m', '2000000', '1500000', '2500000', 'CAD'],
  ['€1.5bn', '1500000000', '1450000000', '1550000000', 'EUR'],
  ['£2m', '2000000', '1500000', '2500000', 'GBP'],
  ['₩5 billion', '5000000000', '4500000000', '5500000000', 'KRW'],
  ['CN¥1.5bn', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['RMB¥1.5bn', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['JP¥1.5bn', '1500000000', '1450000000', '1550000000', 'JPY'],
  ['¥1.5 billion yuan', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['¥1.5 billion yen', '1500000000', '1450000000', '1550000000', 'JPY'],
  ['¥150円', '150', '150', '150', 'JPY'],
  ['$5 HKD', '5', '5', '5', 'HKD'],
  ['$ 5', '5', '5', '5', 'USD'],
];

const WORDS: readonly Row[] = [
  ['1.5 billion renminbi', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['1.5 billion yuan', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['1.5 billion Yuan', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['2 million dollars', '2000000', '1500000', '2500000', 'USD'],
  ['1.5 billion U.S. dollars', '1500000000', '1450000000', '1550000000', 'USD'],
  ['1.5 billion US dollars', '1500000000', '1450000000', '1550000000', 'USD'],
  ['2 billion Hong Kong dollars', '2000000000', '1500000000', '2500000000', 'HKD'],
  ['2 billion Singapore dollars', '2000000000', '1500000000', '2500000000', 'SGD'],
  ['2 billion Australian dollars', '2000000000', '1500000000', '2500000000', 'AUD'],
  ['2 billion Canadian dollars', '2000000000', '1500000000', '2500000000', 'CAD'],
  ['2 billion Taiwan dollars', '2000000000', '1500000000', '2500000000', 'TWD'],
  ['2 billion New Taiwan dollars', '2000000000', '1500000000', '2500000000', 'TWD'],
  ['$2 billion Hong Kong dollars', '2000000000', '1500000000', '2500000000', 'HKD'],
  ['2 billion euros', '2000000000', '1500000000', '2500000000', 'EUR'],
  ['2 billion euro', '2000000000', '1500000000', '2500000000', 'EUR'],
  ['200 billion yen', '200000000000', '199500000000', '200500000000', 'JPY'],
  ['2 million pounds', '2000000', '1500000', '2500000', 'GBP'],
  ['2 million sterling', '2000000', '1500000', '2500000', 'GBP'],
  ['2 million pounds sterling', '2000000', '1500000', '2500000', 'GBP'],
  ['3 crore rupees', '30000000', '25000000', '35000000', 'INR'],
  ['5 billion won', '5000000000', '4500000000', '5500000000', 'KRW'],
  ['5 million Swiss francs', '5000000', '4500000', '5500000', 'CHF'],
  ['5 million francs', '5000000', '4500000', '5500000', 'CHF'],
];

const HEDGES: readonly Row[] = [
  ['about 1.5 billion yuan', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['About $227 million', '227000000', '226500000', '227500000', 'USD'],
  ['around $227 million', '227000000', '226500000', '227500000', 'USD'],
  ['roughly $2bn', '2000000000', '1500000000', '2500000000', 'USD'],
  ['approximately $2bn', '2000000000', '1500000000', '2500000000', 'USD'],
  ['approx. $2bn', '2000000000', '1500000000', '2500000000', 'USD'],
  ['some $2 billion', '2000000000', '1500000000', '2500000000', 'USD'],
  ['~$2bn', '2000000000', '1500000000', '2500000000', 'USD'],
  ['≈ $2bn', '2000000000', '1500000000', '2500000000', 'USD'],
  ['about 1,500,000,000 yuan', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['about $12.34', '12.34', '12.335', '12.345', 'USD'],
  ['more than $2 billion', '2000000000', '2000000000', null, 'USD', LOW_OPEN],
  ['MORE  THAN $2bn', '2000000000', '2000000000', null, 'USD', LOW_OPEN],
  ['over $2bn', '2000000000', '2000000000', null, 'USD', LOW_OPEN],
  ['at least $2bn', '2000000000', '2000000000', null, 'USD'],
  ['less than $2bn', '2000000000', '0', '2000000000', 'USD', HIGH_OPEN],
  ['under $2bn', '2000000000', '0', '2000000000', 'USD', HIGH_OPEN],
  ['up to $2bn', '2000000000', '0', '2000000000', 'USD'],
  ['nearly $2bn', '2000000000', '1500000000', '2000000000', 'USD', HIGH_OPEN],
  ['almost $2.5bn', '2500000000', '2450000000', '2500000000', 'USD', HIGH_OPEN],
  ['约15亿元', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['約15億元', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['约合2.27亿美元', '227000000', '226500000', '227500000', 'USD'],
  ['約合2.27億美元', '227000000', '226500000', '227500000', 'USD'],
  ['逾15亿元', '1500000000', '1500000000', null, 'CNY', LOW_OPEN],
  ['超过15亿元', '1500000000', '1500000000', null, 'CNY', LOW_OPEN],
  ['超過15億元', '1500000000', '1500000000', null, 'CNY', LOW_OPEN],
  ['近15亿元', '1500000000', '1450000000', '1500000000', 'CNY', HIGH_OPEN],
  ['至少15亿元', '1500000000', '1500000000', null, 'CNY'],
  ['不到15亿元', '1500000000', '0', '1500000000', 'CNY', HIGH_OPEN],
  ['15亿元左右', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['约15亿元左右', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['less than -5 USD', '-5', null, '-5', 'USD', HIGH_OPEN],
  ['about -1.5bn USD', '-1500000000', '-1550000000', '-1450000000', 'USD'],
];

describe('parseFigure', () => {
  describe('grouping and decimals', () => {
    it.each(named(GROUPING_AND_DECIMALS))('reads %s', (_text, row) => expectRow(row));
  });
  describe('decimal commas', () => {
    it.each(named(DECIMAL_COMMAS))('reads %s', (_text, row) => expectRow(row));
  });
  describe('scale words', () => {
    it.each(named(SCALE_WORDS))('reads %s', (_text, row) => expectRow(row));
  });
  describe('Chinese units', () => {
    it.each(named(CHINESE_UNITS))('reads %s', (_text, row) => expectRow(row));
  });
  describe('Indian units', () => {
    it.each(named(INDIAN_UNITS))('reads %s', (_text, row) => expectRow(row));
  });
  describe('currency codes', () => {
    it.each(named(CURRENCY_CODES))('reads %s', (_text, row) => expectRow(row));
  });
  describe('symbols', () => {
    it.each(named(SYMBOLS))('reads %s', (_text, row) => expectRow(row));
  });
  describe('words', () => {
    it.each(named(WORDS))('reads %s', (_text, row) => expectRow(row));
  });
  describe('hedges', () => {
    it.each(named(HEDGES))('reads %s', (_text, row) => expectRow(row));
  });

  describe('readings', () => {
    it('says a figure written in full is exact', () => {
      expect(parseFigureOrThrow('CNY 1,500,000,000').reading).toBe('written in full: exact');
    });
    it('names the rounding step of a scaled figure', () => {
      expect(parseFigureOrThrow('about 1.5 billion yuan').reading).toBe(
        'about: rounded to the nearest 0.1 billion, so within ±0.05 billion',
      );
    });
    it('says a hedged full figure is rounded at its last non-zero digit', () => {
      expect(parseFigureOrThrow('about 1,500,000,000 yuan').reading).toContain('last non-zero digit');
    });
    it('states the not-below-zero assumption of "less than"', () => {
      expect(parseFigureOrThrow('less than $2bn').reading).toContain('not below zero');
    });
    it('reads the scale word and its exponent', () => {
      const figure = parseFigureOrThrow('1.5万亿元');
      expect(figure.scale).toEqual({ token: '万亿', exponent: 12, span: { start: 3, end: 5 } });
    });
    it('reads the hedge word and its kind', () => {
      expect(parseFigureOrThrow('more than $2 billion').hedge).toEqual({
        token: 'more than',
        kind: 'above',
        span: { start: 0, end: 9 },
      });
    });
  });

  describe('currency readings', () => {
    it('says a bare "$" is read as US dollars', () => {
      expect(parseFigureOrThrow('$227 million').currency).toEqual({
        code: 'USD',
        token: '$',
        span: { start: 0, end: 1 },
        assumption: 'a bare "$" is read as US dollars',
      });
    });
    it('says a bare "dollars" is read as US dollars', () => {
      expect(parseFigureOrThrow('2 million dollars').currency?.assumption).toBe(
        'a bare "dollars" is read as US dollars',
      );
    });
    it('makes no assumption for an explicit code', () => {
      expect(parseFigureOrThrow('CNY 5').currency).toEqual({
        code: 'CNY',
        token: 'CNY',
        span: { start: 0, end: 3 },
      });
    });
    it('reads a lone "¥" by the yen option', () => {
      const figure = parseFigureOrThrow('¥1.5 billion', { yen: 'JPY' });
      expect(figure.currency?.code).toBe('JPY');
      expect(figure.currency?.assumption).toContain('yen option');
      expect(parseFigureOrThrow('¥1.5 billion', { yen: 'CNY' }).currency?.code).toBe('CNY');
    });
    it('lets a word in the text decide "¥" over the yen option', () => {
      expect(parseFigureOrThrow('¥15亿元', { yen: 'JPY' }).currency?.code).toBe('CNY');
    });
    it('says how context decided a "¥"', () => {
      expect(parseFigureOrThrow('¥15亿元').currency?.assumption).toBe(
        '"¥" is read as CNY, as the text also says "元"',
      );
    });
    it('says "francs" alone is read as Swiss francs', () => {
      expect(parseFigureOrThrow('5 million francs').currency?.assumption).toContain('Swiss francs');
    });
    it('allows a figure without currency when asked', () => {
      const figure = parseFigureOrThrow('1.5 billion', { requireCurrency: false });
      expect(figure.currency).toBeNull();
      expect(figure.value.toString()).toBe('1500000000');
    });
  });

  describe('text and span', () => {
    it('trims the figure and keeps its place in the input', () => {
      const figure = parseFigureOrThrow('  $227 million ');
      expect(figure.text).toBe('$227 million');
      expect(figure.span).toEqual({ start: 2, end: 14 });
    });
  });
});

/** One bad input: [text, code, index, length, text the message or hint must contain]. */
type ErrorRow = readonly [
  text: string,
  code: ErrorCode,
  index: number,
  length: number,
  mentions?: readonly string[],
];

const ERRORS: readonly ErrorRow[] = [
  ['1.5 bilion yuan', 'FIGURE_UNKNOWN_WORD', 4, 6, ['billion']],
  ['$1.5 milion', 'FIGURE_UNKNOWN_WORD', 5, 6, ['million']],
  ['1.5 Yaun', 'FIGURE_UNKNOWN_WORD', 4, 4, ['yuan']],
  ['1.5 bn XYZ', 'FIGURE_UNKNOWN_WORD', 7, 3, ['ISO 4217']],
  ['billion 5 USD', 'FIGURE_UNKNOWN_WORD', 0, 7, ['out of place']],
  ['#5 USD', 'FIGURE_UNKNOWN_WORD', 0, 1],
  ['15亿人元', 'FIGURE_UNKNOWN_WORD', 3, 2],
  ['¥1.5 billion', 'FIGURE_AMBIGUOUS_CURRENCY', 0, 1, ['CNY', 'JPY', 'reading of "¥" as CNY or JPY']],
  ['￥5', 'FIGURE_AMBIGUOUS_CURRENCY', 0, 1, ['CNY', 'JPY']],
  ['$1.5 billion yuan', 'FIGURE_CONFLICTING_CURRENCY', 13, 4, ['"$"', '"yuan"', 'USD', 'CNY']],
  ['HK$5 USD', 'FIGURE_CONFLICTING_CURRENCY', 5, 3, ['HKD', 'USD']],
  ['1.5亿 yen 元', 'FIGURE_CONFLICTING_CURRENCY', 9, 1, ['JPY', 'CNY']],
  ['', 'FIGURE_EMPTY', 0, 1],
  ['   ', 'FIGURE_EMPTY', 0, 3],
  ['yuan', 'FIGURE_NO_NUMBER', 0, 4],
  ['  about  ', 'FIGURE_NO_NUMBER', 2, 5],
  ['1,5,00 USD', 'FIGURE_BAD_NUMBER', 0, 6, ['grouped']],
  ['1.5.3 USD', 'FIGURE_BAD_NUMBER', 0, 5, ['decimal point']],
  ['USD 1,50,0', 'FIGURE_BAD_NUMBER', 4, 6],
  ['USD 1.500.5', 'FIGURE_BAD_NUMBER', 4, 7],
  [`USD 1${'0'.repeat(30)}`, 'FIGURE_BAD_NUMBER', 4, 31, ['too many digits']],
  ['1.5 billion', 'FIGURE_NO_CURRENCY', 0, 11],
  ['  1.5 billion  ', 'FIGURE_NO_CURRENCY', 2, 11],
  ['$5 (6)', 'FIGURE_TRAILING_TEXT', 3, 3],
  ['1.5 billion yuan ($227 million)', 'FIGURE_TRAILING_TEXT', 17, 14],
];

describe('parseFigure errors', () => {
  it.each(named(ERRORS))('rejects %j', (_text, [text, code, index, length, mentions = []]) => {
    const result = parseFigure(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.kind).toBe('input');
    expect(result.error.position).toEqual({ input: text, index, length });
    expect(result.error.message.length).toBeGreaterThan(0);
    expect(result.error.hint.length).toBeGreaterThan(0);
    for (const word of mentions) expect(result.error.message + result.error.hint).toContain(word);
  });

  it('suggests the near-miss in the hint', () => {
    const result = parseFigure('1.5 bilion yuan');
    expect(!result.ok && result.error.hint).toContain('Did you mean "billion"?');
  });
});

describe('parseFigureOrThrow', () => {
  it('returns the figure', () => {
    expect(parseFigureOrThrow('15亿元').value.toString()).toBe('1500000000');
  });
  it('throws a DealCalcError with the code', () => {
    expect(() => parseFigureOrThrow('yuan')).toThrow(DealCalcError);
    expect(() => parseFigureOrThrow('yuan')).toThrow(expect.objectContaining({ code: 'FIGURE_NO_NUMBER' }));
  });
});
