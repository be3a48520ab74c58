import { describe, expect, it } from 'vitest';
import { parseFigureOrThrow } from '../../../src/parse/index.js';
import { expectError, expectFigure, named, type ErrorRow, type FigureRow } from '../helpers.js';

// Simplified Chinese (src/vocabulary/chineseSimplified.ts): 万 = 10^4, 亿 = 10^8,
// 万亿 = 10^12; numerals (十五, 两千) read like their digits; full-width digits are digits.
const READINGS: readonly FigureRow[] = [
  ['15亿元', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['十五亿元', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['两千万元', '20000000', '19995000', '20005000', 'CNY'],
  ['１５亿元', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['约合2.27亿美元', '227000000', '226500000', '227500000', 'USD'],
  ['人民币4000亿元', '400000000000', '399950000000', '400050000000', 'CNY'],
  ['1.5万亿元', '1500000000000', '1450000000000', '1550000000000', 'CNY'],
  ['3亿2000万元', '320000000', '319995000', '320005000', 'CNY'],
  ['逾20亿美元', '2000000000', '2000000000', null, 'USD', { lowOpen: true }],
  ['15亿元左右', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['5000万卢布', '50000000', '49995000', '50005000', 'RUB'],
];

const ERRORS: readonly ErrorRow[] = [
  ['15亿人元', 'FIGURE_UNKNOWN_WORD', 3, 2],
  ['3亿20000万元', 'FIGURE_BAD_NUMBER', 0, 8],
];

describe('Chinese (simplified)', () => {
  it.each(named(READINGS))('reads %s', (_text, row) => void expectFigure(row));
  it.each(named(ERRORS))('refuses %s', (_text, row) => expectError(row));

  it('says a bare 元 is read as the yuan', () => {
    expect(parseFigureOrThrow('15亿元').currency?.assumption).toBe(
      'a bare "元" is read as Chinese yuan (CNY)',
    );
  });
  it('reads with simplified Chinese only when asked', () => {
    expect(parseFigureOrThrow('15亿元', { languages: ['zh-Hans'] }).notation.languages).toEqual(['zh-Hans']);
  });
});
