import { describe, it } from 'vitest';
import { expectFigure, named, type FigureRow } from '../helpers.js';

// Arabic (src/vocabulary/arabic.ts): مليار = 10^9, مليون = 10^6; the decimal separator
// ٫ (U+066B) or ر; Arabic-Indic digits are digits.
const READINGS: readonly FigureRow[] = [
  ['85 مليار يوان', '85000000000', '84500000000', '85500000000', 'CNY'],
  ['12ر4 مليار دولار', '12400000000', '12350000000', '12450000000', 'USD'],
  ['١٢٫٥ مليار دولار', '12500000000', '12450000000', '12550000000', 'USD'],
  ['حوالي 3 مليارات دولار', '3000000000', '2500000000', '3500000000', 'USD'],
  ['500 مليون ريال سعودي', '500000000', '499500000', '500500000', 'SAR'],
  ['2 مليار درهم', '2000000000', '1500000000', '2500000000', 'AED'],
  ['أكثر من 1.5 مليار يورو', '1500000000', '1500000000', null, 'EUR', { lowOpen: true }],
];

describe('Arabic', () => {
  it.each(named(READINGS))('reads %s', (_text, row) => void expectFigure(row));
  it.each(named(READINGS))(
    'reads %s with only Arabic asked for',
    (_text, row) => void expectFigure(row, { languages: ['ar'] }),
  );
});
