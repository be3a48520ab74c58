import { describe, it } from 'vitest';
import { expectFigure, named, type FigureRow } from '../helpers.js';

// French (src/vocabulary/french.ts): milliard = 10^9, billions = 10^12, decimal comma,
// space grouping, "de"/"d'" before the currency.
const READINGS: readonly FigureRow[] = [
  ["1,5 milliard d'euros", '1500000000', '1450000000', '1550000000', 'EUR'],
  ['1,5 milliard d’euros', '1500000000', '1450000000', '1550000000', 'EUR'],
  ['2 milliards de dollars', '2000000000', '1500000000', '2500000000', 'USD'],
  ['environ 3 millions de francs suisses', '3000000', '2500000', '3500000', 'CHF'],
  ['près de 500 millions de dollars', '500000000', '499500000', '500500000', 'USD'],
  ['1 500 milliards de yuans', '1500000000000', '1499500000000', '1500500000000', 'CNY'],
  ["plus de 2 milliards d'euros", '2000000000', '2000000000', null, 'EUR', { lowOpen: true }],
  ["2 billions d'euros", '2000000000000', '1500000000000', '2500000000000', 'EUR'],
  ['12 340,5 euros', '12340.5', '12340.5', '12340.5', 'EUR'],
];

describe('French', () => {
  it.each(named(READINGS))('reads %s', (_text, row) => void expectFigure(row));
  it.each(named(READINGS))(
    'reads %s with only French asked for',
    (_text, row) => void expectFigure(row, { languages: ['fr'] }),
  );
});
