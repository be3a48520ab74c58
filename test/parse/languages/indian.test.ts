import { describe, it } from 'vitest';
import { expectFigure, named, type FigureRow } from '../helpers.js';

// Indian English (src/vocabulary/indian.ts): lakh = 10^5, crore = 10^7, lakh grouping.
const READINGS: readonly FigureRow[] = [
  ['Rs 3 crore', '30000000', '25000000', '35000000', 'INR'],
  ['₹22.66 crore', '226600000', '226550000', '226650000', 'INR'], // ±0.005 crore = ±50,000,
  ['Rs 1,50,00,000', '15000000', '15000000', '15000000', 'INR'],
  ['₹1.5 lakh crore', '1500000000000', '1450000000000', '1550000000000', 'INR'],
  ['3 lakh Pakistani rupees', '300000', '250000', '350000', 'PKR'],
  ['Rs. 12,34,567.89', '1234567.89', '1234567.89', '1234567.89', 'INR'],
];

describe('Indian English', () => {
  it.each(named(READINGS))('reads %s', (_text, row) => void expectFigure(row));
  it.each(named(READINGS))(
    'reads %s with only Indian English asked for',
    (_text, row) => void expectFigure(row, { languages: ['en-IN'] }),
  );
});
