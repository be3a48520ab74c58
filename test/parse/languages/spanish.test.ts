import { describe, it } from 'vitest';
import { expectFigure, named, type FigureRow } from '../helpers.js';

// Spanish (src/vocabulary/spanish.ts): mil millones = 10^9, billón = 10^12, decimal
// comma and grouping dot as in Spain.
const READINGS: readonly FigureRow[] = [
  ['2 billones de yuanes', '2000000000000', '1500000000000', '2500000000000', 'CNY'],
  ['245.000 millones de dólares', '245000000000', '244999500000', '245000500000', 'USD'],
  ['1,5 millones de euros', '1500000', '1450000', '1550000', 'EUR'],
  ['unos 300 millones de dólares', '300000000', '299500000', '300500000', 'USD'],
  ['más de 5.000 millones de pesos mexicanos', '5000000000', '5000000000', null, 'MXN', { lowOpen: true }],
  ['2 mil millones de dólares', '2000000000', '1500000000', '2500000000', 'USD'],
  ['1 billón de yenes', '1000000000000', '500000000000', '1500000000000', 'JPY'],
];

describe('Spanish', () => {
  it.each(named(READINGS))('reads %s', (_text, row) => void expectFigure(row));
  it.each(named(READINGS))(
    'reads %s with only Spanish asked for',
    (_text, row) => void expectFigure(row, { languages: ['es'] }),
  );
});
