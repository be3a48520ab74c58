import { describe, it } from 'vitest';
import { expectFigure, named, type FigureRow } from '../helpers.js';

// Brazilian Portuguese (src/vocabulary/portuguese.ts): bilhão = 10^9, trilhão = 10^12,
// decimal comma, grouping dot, "bi"/"mi" in the business press.
const READINGS: readonly FigureRow[] = [
  ['312,4 bilhões de yuans', '312400000000', '312350000000', '312450000000', 'CNY'],
  ['cerca de US$ 48,2 bilhões', '48200000000', '48150000000', '48250000000', 'USD'],
  ['R$ 1,5 bilhão', '1500000000', '1450000000', '1550000000', 'BRL'],
  ['R$ 5 bi', '5000000000', '4500000000', '5500000000', 'BRL'],
  ['1,2 trilhão de reais', '1200000000000', '1150000000000', '1250000000000', 'BRL'],
  ['mais de 500 milhões de reais', '500000000', '500000000', null, 'BRL', { lowOpen: true }],
  ['R$ 1.500', '1500', '1500', '1500', 'BRL'],
];

describe('Portuguese (Brazil)', () => {
  it.each(named(READINGS))(
    'reads %s with only Portuguese asked for',
    (_text, row) => void expectFigure(row, { languages: ['pt'] }),
  );
  it.each(named(READINGS.slice(0, 6)))('reads %s', (_text, row) => void expectFigure(row));
});
