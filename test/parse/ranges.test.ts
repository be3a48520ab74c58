import { describe, expect, it } from 'vitest';
import { parseFigureOrThrow } from '../../src/parse/index.js';
import { expectError, expectFigure, named, type ErrorRow, type FigureRow } from './helpers.js';

// Ranges as news writes them (issue 7): one figure whose interval runs from the low end's lower
// rounding bound to the high end's upper one. Both ends are rounded at the finer of their last
// digits: "1.5-2 billion" is [1.45, 2.05] billion; its point value is the midpoint, 1.75 billion.
const RANGES: readonly FigureRow[] = [
  ['$1.5bn-$2bn', '1750000000', '1450000000', '2050000000', 'USD'],
  ['1.5-2 billion yuan', '1750000000', '1450000000', '2050000000', 'CNY'],
  ['$1.5 billion to $2 billion', '1750000000', '1450000000', '2050000000', 'USD'],
  ['between 1.5 and 2 billion yuan', '1750000000', '1450000000', '2050000000', 'CNY'],
  ['15亿至20亿元', '1750000000', '1450000000', '2050000000', 'CNY'],
  ['$5-10 million', '7500000', '4500000', '10500000', 'USD'],
  ['$1.5bn – $2bn', '1750000000', '1450000000', '2050000000', 'USD'],
  ['about $1.5bn-$2bn', '1750000000', '1450000000', '2050000000', 'USD'],
  ['$1,000-$2,000', '1500', '1000', '2000', 'USD'], // both written in full: exact ends
  ['zwischen 1,5 und 2 Milliarden Euro', '1750000000', '1450000000', '2050000000', 'EUR'],
  ["entre 1,5 et 2 milliards d'euros", '1750000000', '1450000000', '2050000000', 'EUR'],
  ['1,5 a 2 billones de yuanes', '1750000000000', '1450000000000', '2050000000000', 'CNY'],
  ['1兆～1兆5千億円', '1250000000000', '950000000000', '1550000000000', 'JPY'],
  ['between one and two billion dollars', '1500000000', '500000000', '2500000000', 'USD'],
];

const ERRORS: readonly ErrorRow[] = [
  ['$2bn-$1bn', 'FIGURE_BAD_RANGE', 0, 9],
  ['more than $1bn-$2bn', 'FIGURE_BAD_RANGE', 0, 19],
  ['between 1.5 and', 'FIGURE_UNKNOWN_WORD', 12, 3],
  ['$1.5bn-', 'FIGURE_TRAILING_TEXT', 6, 1],
  ['$1bn-2 billion yen', 'FIGURE_CONFLICTING_CURRENCY', 15, 3],
];

describe('ranges', () => {
  it.each(named(RANGES))('reads %s', (_text, row) => void expectFigure(row));
  it.each(named(ERRORS))('refuses %s', (_text, row) => expectError(row));

  it('gives both ends as written, with their spans and values', () => {
    const figure = parseFigureOrThrow('$1.5bn-$2bn');
    expect(figure.range?.low).toMatchObject({ text: '$1.5bn', span: { start: 0, end: 6 } });
    expect(figure.range?.high).toMatchObject({ text: '$2bn', span: { start: 7, end: 11 } });
    expect(figure.range?.low.value.toString()).toBe('1500000000');
    expect(figure.range?.high.value.toString()).toBe('2000000000');
    expect(figure.reading).toBe(
      'a range from "$1.5bn" to "$2bn": each end rounded to the nearest 0.1 billion; as written 1500000000 to 2000000000, widened by rounding 1450000000 to 2050000000; its point value is the midpoint',
    );
  });

  it('lends the scale word of the high end to a bare low end only when the range then holds', () => {
    expect(parseFigureOrThrow('$5-10 million').range?.low.value.toString()).toBe('5000000');
    expect(parseFigureOrThrow('$900-$1 billion').range?.low.value.toString()).toBe('900');
  });
});

// Compound figures (issue 7): groups from the largest unit down, each smaller than the unit
// before it; the figure is rounded at its last group.
const COMPOUNDS: readonly FigureRow[] = [
  ['$3 trillion 240.5 billion', '3240500000000', '3240450000000', '3240550000000', 'USD'],
  ['4兆2千億円', '4200000000000', '4150000000000', '4250000000000', 'JPY'],
  ['3億200万ドル', '302000000', '301995000', '302005000', 'USD'],
  ['1조 2000억원', '1200000000000', '1199950000000', '1200050000000', 'KRW'],
  ['JPY 2 trillion 310.5 billion', '2310500000000', '2310450000000', '2310550000000', 'JPY'],
];

const COMPOUND_ERRORS: readonly ErrorRow[] = [
  ['3億20000万円', 'FIGURE_BAD_NUMBER', 0, 8], // 20000万 is 2億: not below 1億
  ['$1.5 billion 200 million', 'FIGURE_BAD_NUMBER', 1, 23], // only the last group has a fraction
  ['$3 million 2 billion', 'FIGURE_BAD_NUMBER', 1, 19], // units must fall
];

describe('compound figures', () => {
  it.each(named(COMPOUNDS))('reads %s', (_text, row) => void expectFigure(row));
  it.each(named(COMPOUND_ERRORS))('refuses %s', (_text, row) => expectError(row));
});
