import { describe, expect, it } from 'vitest';
import { parseFigureOrThrow } from '../../../src/parse/index.js';
import { expectFigure, named, type FigureRow } from '../helpers.js';

// Japanese (src/vocabulary/japanese.ts): 万 = 10^4, 億 = 10^8, 兆 = 10^12; compound
// figures add their groups and are rounded at the last ("4兆2千億円" is 4.2e12 ± 0.5e11).
const READINGS: readonly FigureRow[] = [
  ['約2兆3千億円', '2300000000000', '2250000000000', '2350000000000', 'JPY'],
  ['4兆2千億円', '4200000000000', '4150000000000', '4250000000000', 'JPY'],
  ['3億200万ドル', '302000000', '301995000', '302005000', 'USD'],
  ['7億300万ドル', '703000000', '702995000', '703005000', 'USD'],
  ['約205億ドル', '20500000000', '20450000000', '20550000000', 'USD'],
  ['1万2345円', '12345', '12345', '12345', 'JPY'],
  ['５０億円', '5000000000', '4950000000', '5050000000', 'JPY'],
  ['100億円超', '10000000000', '10000000000', null, 'JPY', { lowOpen: true }],
  ['1兆円近く', '1000000000000', '500000000000', '1000000000000', 'JPY', { highOpen: true }],
  ['2億人民元', '200000000', '150000000', '250000000', 'CNY'],
  ['500億米ドル', '50000000000', '49950000000', '50050000000', 'USD'],
];

describe('Japanese', () => {
  it.each(named(READINGS))('reads %s', (_text, row) => void expectFigure(row));
  it.each(named(READINGS))(
    'reads %s with only Japanese asked for',
    (_text, row) => void expectFigure(row, { languages: ['ja'] }),
  );
  it('names the last group of a compound figure as its scale', () => {
    expect(parseFigureOrThrow('4兆2千億円').scale).toEqual({
      token: '千億',
      exponent: 11,
      span: { start: 3, end: 5 },
    });
  });
});
