import { DOLLAR_CODES } from './english.js';
import { NUMBER_NOTATIONS } from './notations.js';
import type { ConnectorTable, CurrencyWord, MonthTable, Vocabulary } from './types.js';

const one = (token: string, code: string, extra: Partial<CurrencyWord> = {}): CurrencyWord => ({
  token,
  codes: [code],
  ...extra,
});

const dollars = (token: string): CurrencyWord => ({
  token,
  codes: DOLLAR_CODES,
  fallback: { code: 'USD', assumption: `a bare "${token}" is read as US dollars` },
});

const PESO_CODES = ['MXN', 'PHP', 'CLP', 'COP', 'ARS', 'UYU', 'DOP'];

/**
 * Spanish money vocabulary (long scale: mil millones = 10^9, billón = 10^12) with the decimal
 * comma and grouping dot of Spain ("245.000 millones", "1,5 billones").
 *
 * Left out: the dot-decimal notation of Mexico and the US ("1,500.5"): "245.000 millones" must
 * read as 245,000 million, and a table cannot hold both readings of the same marks. A bare
 * "pesos" names seven currencies and needs a code or an adjective ("pesos mexicanos").
 */
export const SPANISH: Vocabulary = {
  language: 'es',
  name: 'Spanish',
  numberNotations: [NUMBER_NOTATIONS['dot-thousands']],
  scaleWords: [
    { token: 'mil', exponent: 3, name: 'mil (10^3)' },
    { token: 'millón', exponent: 6, name: 'millones (10^6)', singular: 'one' },
    { token: 'millones', exponent: 6, name: 'millones (10^6)' },
    { token: 'mil millones', exponent: 9, name: 'mil millones (10^9)' },
    { token: 'millardo', exponent: 9, name: 'millardos (10^9)', singular: 'one' },
    { token: 'millardos', exponent: 9, name: 'millardos (10^9)' },
    { token: 'billón', exponent: 12, name: 'billones (10^12)', singular: 'one' },
    { token: 'billones', exponent: 12, name: 'billones (10^12)' },
  ],
  currencyWords: [
    dollars('dólares'),
    dollars('dólar'),
    one('dólares estadounidenses', 'USD', { writes: true }),
    one('dólares estadunidenses', 'USD'),
    one('dólares americanos', 'USD'),
    one('euros', 'EUR', { writes: true }),
    one('yuanes', 'CNY', { writes: true }),
    one('yuan', 'CNY'),
    one('yenes', 'JPY', { writes: true }),
    one('libras esterlinas', 'GBP', { writes: true }),
    {
      token: 'libras',
      codes: ['GBP', 'EGP', 'LBP'],
      fallback: { code: 'GBP', assumption: 'a bare "libras" is read as pounds sterling (GBP)' },
    },
    one('francos suizos', 'CHF', { writes: true }),
    { token: 'pesos', codes: PESO_CODES },
    one('pesos mexicanos', 'MXN', { writes: true }),
    one('pesos chilenos', 'CLP', { writes: true }),
    one('pesos colombianos', 'COP', { writes: true }),
    one('pesos argentinos', 'ARS', { writes: true }),
    one('pesos uruguayos', 'UYU', { writes: true }),
    one('pesos filipinos', 'PHP', { writes: true }),
    one('reales', 'BRL', { writes: true }),
    one('rublos', 'RUB', { writes: true }),
    {
      token: 'rupias',
      codes: ['INR', 'PKR', 'LKR', 'NPR', 'IDR'],
      fallback: { code: 'INR', assumption: 'a bare "rupias" is read as Indian rupees (INR)' },
    },
    one('soles', 'PEN', { writes: true }),
    one('wones', 'KRW', { writes: true }),
    one('dólares de Hong Kong', 'HKD', { writes: true }),
    one('dólares canadienses', 'CAD', { writes: true }),
    one('dólares australianos', 'AUD', { writes: true }),
  ],
  // Numbers in words ("cinco mil millones de pesos", "un billón").
  numberWords: {
    grammar: 'english',
    units: {
      cero: 0,
      uno: 1,
      dos: 2,
      tres: 3,
      cuatro: 4,
      cinco: 5,
      seis: 6,
      siete: 7,
      ocho: 8,
      nueve: 9,
      diez: 10,
      once: 11,
      doce: 12,
      quince: 15,
      veinte: 20,
    },
    tens: { treinta: 30, cuarenta: 40, cincuenta: 50, cien: 100 },
    hundred: [],
    articles: ['un', 'una'],
    and: ['y'],
    fractions: [{ token: 'medio', numerator: 1, denominator: 2 }],
    half: [],
  },
  hedgeWords: [
    { token: 'unos', kind: 'approximate' },
    { token: 'unas', kind: 'approximate' },
    { token: 'cerca de', kind: 'approximate' },
    { token: 'alrededor de', kind: 'approximate' },
    { token: 'aproximadamente', kind: 'approximate' },
    { token: 'casi', kind: 'nearly' },
    { token: 'más de', kind: 'above' },
    { token: 'menos de', kind: 'below' },
    { token: 'al menos', kind: 'at-least' },
    { token: 'como mínimo', kind: 'at-least' },
    { token: 'hasta', kind: 'at-most' },
    { token: 'como máximo', kind: 'at-most' },
  ],
  rangeWords: [
    { token: 'a', role: 'to' },
    { token: 'entre', role: 'between' },
    { token: 'y', role: 'and' },
  ],
  percentWords: [{ token: 'por ciento' }],
  linkWords: ['de'],
  stakeNouns: ['participación'],
  articles: ['un', 'una'],
  output: {
    tag: 'es',
    decimalMark: ',',
    groupMark: '.',
    grouping: 'thousands',
    scales: [
      { exponent: 12, word: 'billones', singular: { word: 'billón', when: 'one' } },
      { exponent: 9, word: 'mil millones' },
      { exponent: 6, word: 'millones', singular: { word: 'millón', when: 'one' } },
    ],
    order: 'words',
    scaleSpace: ' ',
    currencySpace: ' ',
    link: { word: 'de' },
  },
};

/** The month names news in this language writes (lower case), January first. */
export const SPANISH_MONTHS: MonthTable = {
  language: 'es',
  months: [
    ['enero'],
    ['febrero'],
    ['marzo'],
    ['abril'],
    ['mayo'],
    ['junio'],
    ['julio'],
    ['agosto'],
    ['septiembre', 'setiembre'],
    ['octubre'],
    ['noviembre'],
    ['diciembre'],
  ],
};

/** The words that put a conversion after a figure in this language. */
export const SPANISH_CONNECTORS: ConnectorTable = {
  language: 'es',
  strong: ['o sea', 'equivalente a', 'equivalentes a'],
  weak: ['o', 'es decir'],
  hedges: ['unos', 'unas', 'cerca de', 'alrededor de', 'aproximadamente', 'casi'],
};
