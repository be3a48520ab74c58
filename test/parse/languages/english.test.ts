import { describe, expect, it } from 'vitest';
import { parseFigure, parseFigureOrThrow } from '../../../src/parse/index.js';
import { expectError, expectFigure, named, type ErrorRow, type FigureRow } from '../helpers.js';

// English (src/vocabulary/english.ts). Hand-computed: a scaled figure is ±half its last
// digit; spelled-out whole numbers read like their digits ("six billion" = "6 billion"); a
// spelled half rounds to halves ("two and a half billion" is ±0.25 billion); a figure written
// in full is exact; cents are hundredths of the currency.
const READINGS: readonly FigureRow[] = [
  ['six billion dollars', '6000000000', '5500000000', '6500000000', 'USD'],
  ['seven billion dollars', '7000000000', '6500000000', '7500000000', 'USD'],
  ['two and a half billion yuan', '2500000000', '2250000000', '2750000000', 'CNY'],
  ['one and three quarters billion dollars', '1750000000', '1625000000', '1875000000', 'USD'],
  ['a billion dollars', '1000000000', '500000000', '1500000000', 'USD'],
  ['half a billion dollars', '500000000', '250000000', '750000000', 'USD'],
  ['twenty-five million euros', '25000000', '24500000', '25500000', 'EUR'],
  ['three hundred and ten million yen', '310000000', '309500000', '310500000', 'JPY'],
  ['a hundred million pounds', '100000000', '99500000', '100500000', 'GBP'],
  ['seven dollars', '7', '7', '7', 'USD'],
  ['one thousand two hundred dollars', '1200', '1200', '1200', 'USD'],
  ['27.4 US cents', '0.274', '0.274', '0.274', 'USD'],
  ['50 cents', '0.5', '0.5', '0.5', 'USD'],
  ['about 30 cents', '0.3', '0.25', '0.35', 'USD'], // hedged, rounded at the 3: ±5 cents
  ['99 euro cents', '0.99', '0.99', '0.99', 'EUR'],
  ['50 pence', '0.5', '0.5', '0.5', 'GBP'],
  ['11.2-billion yuan', '11200000000', '11150000000', '11250000000', 'CNY'],
  ['$1.5-billion', '1500000000', '1450000000', '1550000000', 'USD'],
  ['$500-million', '500000000', '499500000', '500500000', 'USD'],
  ['$3 trillion 240.5 billion', '3240500000000', '3240450000000', '3240550000000', 'USD'],
  ['1 billion 500 million dollars', '1500000000', '1499500000', '1500500000', 'USD'],
  ['$2 billion or more', '2000000000', '2000000000', null, 'USD'],
  ['above $2 billion', '2000000000', '2000000000', null, 'USD', { lowOpen: true }],
  ['an estimated $3 billion', '3000000000', '2500000000', '3500000000', 'USD'],
  ['100 billion rubles', '100000000000', '99500000000', '100500000000', 'RUB'],
  ['100 billion roubles', '100000000000', '99500000000', '100500000000', 'RUB'],
  ['5 million reais', '5000000', '4500000', '5500000', 'BRL'],
  ['2 billion rand', '2000000000', '1500000000', '2500000000', 'ZAR'],
  ['3 billion ringgit', '3000000000', '2500000000', '3500000000', 'MYR'],
  ['10 trillion rupiah', '10000000000000', '9500000000000', '10500000000000', 'IDR'],
  ['5 billion baht', '5000000000', '4500000000', '5500000000', 'THB'],
  ['4 billion kronor', '4000000000', '3500000000', '4500000000', 'SEK'],
  ['3 billion Mexican pesos', '3000000000', '2500000000', '3500000000', 'MXN'],
  ['2 billion Norwegian kroner', '2000000000', '1500000000', '2500000000', 'NOK'],
  ['1 billion Qatari riyals', '1000000000', '500000000', '1500000000', 'QAR'],
  ['5 million Kuwaiti dinars', '5000000', '4500000', '5500000', 'KWD'],
  ['2 billion special drawing rights', '2000000000', '1500000000', '2500000000', 'XDR'],
  ['5 billion dong', '5000000000', '4500000000', '5500000000', 'VND'], // no shipped table quotes VND: it still reads
];

const ERRORS: readonly ErrorRow[] = [
  ['100 billion pesos', 'FIGURE_AMBIGUOUS_CURRENCY', 12, 5],
  ['5 kroner', 'FIGURE_AMBIGUOUS_CURRENCY', 2, 6],
  ['2 bolivars', 'FIGURE_AMBIGUOUS_CURRENCY', 2, 8],
  ['2 bilion dollars', 'FIGURE_UNKNOWN_WORD', 2, 6],
  ['half billion dollars', 'FIGURE_NO_NUMBER', 0, 20],
];

describe('English', () => {
  it.each(named(READINGS))('reads %s', (_text, row) => void expectFigure(row));
  it.each(named(ERRORS))('refuses %s', (_text, row) => expectError(row));

  it('states the assumption of a bare word: lira, dirhams, riyals, cents', () => {
    expect(parseFigureOrThrow('2 billion lira').currency).toMatchObject({ code: 'TRY' });
    expect(parseFigureOrThrow('1 billion dirhams').currency?.assumption).toBe(
      'a bare "dirhams" is read as UAE dirhams (AED)',
    );
    expect(parseFigureOrThrow('2 billion riyals').currency?.assumption).toContain('Saudi riyals');
    expect(parseFigureOrThrow('50 cents').currency?.assumption).toBe(
      'a bare "cents" is read as US cents (USD)',
    );
  });

  it('keeps every written digit of a minor unit: 27.4 US cents needs 3 decimals of a dollar', () => {
    expect(parseFigureOrThrow('27.4 US cents').decimals).toBe(3);
    expect(parseFigureOrThrow('$1.5 billion').decimals).toBe(0);
  });

  it('never suggests another currency for a word it knows (issue 7: rubles are not rupees)', () => {
    expect(parseFigureOrThrow('100 billion rubles').currency?.code).toBe('RUB');
    const near = parseFigure('100 billion rupels');
    expect(!near.ok && near.error.hint).not.toContain('Did you mean');
  });

  it('names what half a unit is in a spelled fraction', () => {
    expect(parseFigureOrThrow('two and a half billion yuan').reading).toBe(
      'rounded to the nearest 0.5 billion, so within ±0.25 billion',
    );
  });
});
