import { describe, expect, it } from 'vitest';
import { parseFigure, parseFigureOrThrow } from '../../../src/parse/index.js';
import { expectError, expectFigure, named, type ErrorRow, type FigureRow } from '../helpers.js';

// German (src/vocabulary/german.ts): Milliarde = 10^9, Billion = 10^12, decimal comma,
// grouping dot (and the Swiss apostrophe).
const READINGS: readonly FigureRow[] = [
  ['4,8 Milliarden Dollar', '4800000000', '4750000000', '4850000000', 'USD'],
  ['410 Milliarden Yen', '410000000000', '409500000000', '410500000000', 'JPY'],
  ['175 Mrd. Yen', '175000000000', '174500000000', '175500000000', 'JPY'],
  ['320 Billionen Won', '320000000000000', '319500000000000', '320500000000000', 'KRW'],
  ['rund 275 Milliarden Dollar', '275000000000', '274500000000', '275500000000', 'USD'],
  ['etwa 1,5 Mio. Euro', '1500000', '1450000', '1550000', 'EUR'],
  ['mehr als 3 Milliarden Euro', '3000000000', '3000000000', null, 'EUR', { lowOpen: true }],
  ['knapp 2 Mrd. Franken', '2000000000', '1500000000', '2000000000', 'CHF', { highOpen: true }],
  ["CHF 1'500'000", '1500000', '1500000', '1500000', 'CHF'],
  ['1,2 Billionen US-Dollar', '1200000000000', '1150000000000', '1250000000000', 'USD'],
];

const GERMAN_ONLY: readonly FigureRow[] = [
  ['1.500 Euro', '1500', '1500', '1500', 'EUR'],
  ['1 Billion Euro', '1000000000000', '500000000000', '1500000000000', 'EUR'],
  ['2,5 Mio. Yuan', '2500000', '2450000', '2550000', 'CNY'],
];

const ERRORS: readonly ErrorRow[] = [['4,8 Miliarden Dollar', 'FIGURE_UNKNOWN_WORD', 4, 9]];

describe('German', () => {
  it.each(named(READINGS))('reads %s', (_text, row) => void expectFigure(row));
  it.each(named(GERMAN_ONLY))(
    'reads %s with only German asked for',
    (_text, row) => void expectFigure(row, { languages: ['de'] }),
  );
  it.each(named(ERRORS))('refuses %s', (_text, row) => expectError(row));
  it('suggests the German word for a misspelt one', () => {
    expect(() => parseFigureOrThrow('4,8 Miliarden Dollar')).toThrow(
      expect.objectContaining({ hint: expect.stringContaining('Milliarden') }),
    );
  });
  it('keeps "$2 Billion" English: the German singular goes with one only', () => {
    const figure = parseFigureOrThrow('$2 Billion');
    expect(figure.value.toString()).toBe('2000000000');
    expect(figure.ambiguity).toBeNull();
  });
  it('refuses "1 Billion Euro" (English 10^9, German 10^12) unless told to assume, then says so', () => {
    const refused = parseFigure('1 Billion Euro');
    expect(!refused.ok && refused.error.code).toBe('FIGURE_AMBIGUOUS_NUMBER');
    const figure = parseFigureOrThrow('1 Billion Euro', { ambiguity: 'assume' });
    expect(figure.value.toString()).toBe('1000000000');
    expect(figure.ambiguity?.alternatives.map((a) => [a.value.toString(), a.languages])).toEqual([
      ['1000000000000', ['de']],
    ]);
  });
});
