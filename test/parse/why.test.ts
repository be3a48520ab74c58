import { describe, expect, it } from 'vitest';
import { expectFigure, named, type FigureRow } from './helpers.js';

// Issue 7, "Why": the figure shapes `convert` refused, each with the amount and currency a
// reader means and the interval its last written digit allows, computed by hand:
// a scaled figure is ±half a unit of its last digit ("312,4 bilhões" is 312.4e9 ± 0.05e9), a
// figure written in full is exact ("42.5 US cents" is 0.425 USD), a compound figure is rounded
// at its last group ("7億300万" is 703e6 ± 0.5万), a hedge "about" keeps the rounding interval.
const WHY: readonly FigureRow[] = [
  ['42.5 US cents', '0.425', '0.425', '0.425', 'USD'],
  ['312,4 bilhões de yuans', '312400000000', '312350000000', '312450000000', 'CNY'],
  ['cerca de US$ 48,2 bilhões', '48200000000', '48150000000', '48250000000', 'USD'],
  ['85 مليار يوان', '85000000000', '84500000000', '85500000000', 'CNY'],
  ['12ر4 مليار دولار', '12400000000', '12350000000', '12450000000', 'USD'],
  ['2 billones de yuanes', '2000000000000', '1500000000000', '2500000000000', 'CNY'],
  ['245.000 millones de dólares', '245000000000', '244999500000', '245000500000', 'USD'],
  ['12.3-billion yuan', '12300000000', '12250000000', '12350000000', 'CNY'],
  ['R12.5bn', '12500000000', '12450000000', '12550000000', 'ZAR'],
  ['175 Mrd. Yen', '175000000000', '174500000000', '175500000000', 'JPY'],
  ['JPY 2 trillion 310.5 billion', '2310500000000', '2310450000000', '2310550000000', 'JPY'],
  ['約2兆3千億円', '2300000000000', '2250000000000', '2350000000000', 'JPY'],
  ['約205億ドル', '20500000000', '20450000000', '20550000000', 'USD'],
  ['410 Milliarden Yen', '410000000000', '409500000000', '410500000000', 'JPY'],
  ['4,8 Milliarden Dollar', '4800000000', '4750000000', '4850000000', 'USD'],
  ['7億300万ドル', '703000000', '702995000', '703005000', 'USD'],
  ['320 Billionen Won', '320000000000000', '319500000000000', '320500000000000', 'KRW'],
  ['rund 275 Milliarden Dollar', '275000000000', '274500000000', '275500000000', 'USD'],
  ['seven billion dollars', '7000000000', '6500000000', '7500000000', 'USD'],
];

describe('issue 7: every figure of the "Why" list reads as a reader means it', () => {
  it.each(named(WHY))('%s', (_text, row) => {
    const figure = expectFigure(row);
    // Nothing in these figures is left to a guess: the words decide the language.
    expect(figure.ambiguity).toBeNull();
  });

  it.each([
    ['312,4 bilhões de yuans', ['pt-BR'], ','],
    ['4,8 Milliarden Dollar', ['de'], ','],
    ['245.000 millones de dólares', ['es'], null],
    ['12ر4 مليار دولار', ['ar'], 'ر'],
    ['7億300万ドル', ['ja'], null],
  ] as const)('says %s was read in %j with decimal mark %j', (text, languages, decimalMark) => {
    const figure = expectFigure(WHY.find((row) => row[0] === text) as FigureRow);
    expect(figure.notation.languages).toEqual(languages);
    expect(figure.notation.decimalMark).toBe(decimalMark);
  });

  it('states the assumptions a bare word needs (ドル, Dollar, دولار are US dollars)', () => {
    for (const text of ['約205億ドル', '4,8 Milliarden Dollar', '12ر4 مليار دولار']) {
      expect(expectFigure(WHY.find((row) => row[0] === text) as FigureRow).currency?.assumption).toMatch(
        /is read as US dollars/,
      );
    }
  });
});
