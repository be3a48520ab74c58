import { describe, it } from 'vitest';
import { expectFigure, named, type FigureRow } from '../helpers.js';

// Traditional Chinese (src/vocabulary/chineseTraditional.ts): 萬, 億, and 兆 = 10^12 as in Taiwan.
const READINGS: readonly FigureRow[] = [
  ['15億元', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['人民幣15億元', '1500000000', '1450000000', '1550000000', 'CNY'],
  ['1.5兆新台幣', '1500000000000', '1450000000000', '1550000000000', 'TWD'],
  ['逾3000萬港幣', '30000000', '30000000', null, 'HKD', { lowOpen: true }],
  ['約合2.27億美元', '227000000', '226500000', '227500000', 'USD'],
  ['2億澳門元', '200000000', '150000000', '250000000', 'MOP'],
];

describe('Chinese (traditional)', () => {
  it.each(named(READINGS))('reads %s', (_text, row) => void expectFigure(row));
  it.each(named(READINGS))(
    'reads %s with only traditional Chinese asked for',
    (_text, row) => void expectFigure(row, { languages: ['zh-Hant'] }),
  );
});
