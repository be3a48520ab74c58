import { describe, expect, it } from 'vitest';
import { parseFigureOrThrow } from '../../../src/parse/index.js';
import { expectError, expectFigure, named, type ErrorRow, type FigureRow } from '../helpers.js';

// Currency symbols shared by every language (src/vocabulary/symbols.ts), including the
// style-guide forms $US, US $, Can$, $A.
const READINGS: readonly FigureRow[] = [
  ['R12.5bn', '12500000000', '12450000000', '12550000000', 'ZAR'],
  ['R$ 5 million', '5000000', '4500000', '5500000', 'BRL'],
  ['SEK 500', '500', '500', '500', 'SEK'],
  ['CHF 5m', '5000000', '4500000', '5500000', 'CHF'],
  ['SFr 5m', '5000000', '4500000', '5500000', 'CHF'],
  ['Fr. 5m', '5000000', '4500000', '5500000', 'CHF'],
  ['5 zł', '5', '5', '5', 'PLN'],
  ['₽5bn', '5000000000', '4500000000', '5500000000', 'RUB'],
  ['₺5bn', '5000000000', '4500000000', '5500000000', 'TRY'],
  ['₫5bn', '5000000000', '4500000000', '5500000000', 'VND'],
  ['฿5bn', '5000000000', '4500000000', '5500000000', 'THB'],
  ['RM5bn', '5000000000', '4500000000', '5500000000', 'MYR'],
  ['Rp5 trillion', '5000000000000', '4500000000000', '5500000000000', 'IDR'],
  ['₱5bn', '5000000000', '4500000000', '5500000000', 'PHP'],
  ['Dh5bn', '5000000000', '4500000000', '5500000000', 'AED'],
  ['$US5bn', '5000000000', '4500000000', '5500000000', 'USD'],
  ['US $5bn', '5000000000', '4500000000', '5500000000', 'USD'],
  ['Can$5bn', '5000000000', '4500000000', '5500000000', 'CAD'],
  ['$A5bn', '5000000000', '4500000000', '5500000000', 'AUD'],
  ['SDR 1 billion', '1000000000', '500000000', '1500000000', 'XDR'],
];

const ERRORS: readonly ErrorRow[] = [
  ['kr 500', 'FIGURE_AMBIGUOUS_CURRENCY', 0, 2],
  ['¥5 million', 'FIGURE_AMBIGUOUS_CURRENCY', 0, 1],
];

describe('currency symbols', () => {
  it.each(named(READINGS))('reads %s', (_text, row) => void expectFigure(row));
  it.each(named(ERRORS))('refuses %s', (_text, row) => expectError(row));
  it('says "Fr." and "Dh" alone are read as Swiss francs and UAE dirhams', () => {
    expect(parseFigureOrThrow('Fr. 5m').currency?.assumption).toContain('Swiss francs');
    expect(parseFigureOrThrow('Dh5bn').currency?.assumption).toContain('UAE dirhams');
  });
});
