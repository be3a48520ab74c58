import { describe, it } from 'vitest';
import { expectFigure, named, type FigureRow } from '../helpers.js';

// Korean (src/vocabulary/korean.ts): 만 = 10^4, 억 = 10^8, 조 = 10^12.
const READINGS: readonly FigureRow[] = [
  ['1조 2000억원', '1200000000000', '1199950000000', '1200050000000', 'KRW'],
  ['약 5000억원', '500000000000', '499950000000', '500050000000', 'KRW'],
  ['3억 달러', '300000000', '250000000', '350000000', 'USD'],
  ['10조원 이상', '10000000000000', '10000000000000', null, 'KRW'],
  ['2000억 원 미만', '200000000000', '0', '200000000000', 'KRW', { highOpen: true }],
  ['50억 위안', '5000000000', '4950000000', '5050000000', 'CNY'],
];

describe('Korean', () => {
  it.each(named(READINGS))('reads %s', (_text, row) => void expectFigure(row));
  it.each(named(READINGS))(
    'reads %s with only Korean asked for',
    (_text, row) => void expectFigure(row, { languages: ['ko'] }),
  );
});
