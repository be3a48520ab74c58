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

/**
 * Brazilian Portuguese money vocabulary (short scale: bilhão = 10^9, trilhão = 10^12), decimal
 * comma and grouping dot ("312,4 bilhões", "R$ 1.500"); the abbreviations "mi", "bi", "tri" of
 * the business press. "mil milhões" (Portugal's 10^9) reads too.
 */
export const PORTUGUESE: Vocabulary = {
  language: 'pt-BR',
  name: 'Portuguese (Brazil)',
  numberNotations: [NUMBER_NOTATIONS['dot-thousands']],
  scaleWords: [
    { token: 'mil', exponent: 3, name: 'mil (10^3)' },
    { token: 'milhão', exponent: 6, name: 'milhões (10^6)', singular: 'below-two' },
    { token: 'milhões', exponent: 6, name: 'milhões (10^6)' },
    { token: 'mi', exponent: 6, name: 'milhões (10^6)' },
    { token: 'mil milhões', exponent: 9, name: 'mil milhões (10^9)' },
    { token: 'bilhão', exponent: 9, name: 'bilhões (10^9)', singular: 'below-two' },
    { token: 'bilhões', exponent: 9, name: 'bilhões (10^9)' },
    // Portugal's long scale: "2 biliões" is 2 × 10^12 (Brazil writes "bilhões" for 10^9).
    { token: 'bilião', exponent: 12, name: 'biliões (10^12)', singular: 'below-two' },
    { token: 'biliões', exponent: 12, name: 'biliões (10^12)' },
    { token: 'bi', exponent: 9, name: 'bilhões (10^9)' },
    { token: 'trilhão', exponent: 12, name: 'trilhões (10^12)', singular: 'below-two' },
    { token: 'trilhões', exponent: 12, name: 'trilhões (10^12)' },
    { token: 'tri', exponent: 12, name: 'trilhões (10^12)' },
  ],
  currencyWords: [
    one('reais', 'BRL', { writes: true }),
    one('real', 'BRL', { weak: true }),
    dollars('dólares'),
    dollars('dólar'),
    one('dólares americanos', 'USD', { writes: true }),
    one('euros', 'EUR', { writes: true }),
    one('yuans', 'CNY', { writes: true }),
    one('iuanes', 'CNY'),
    one('iuans', 'CNY'),
    one('ienes', 'JPY', { writes: true }),
    one('libras esterlinas', 'GBP', { writes: true }),
    one('francos suíços', 'CHF', { writes: true }),
    { token: 'pesos', codes: ['MXN', 'PHP', 'CLP', 'COP', 'ARS', 'UYU', 'DOP'] },
    one('pesos argentinos', 'ARS', { writes: true }),
    one('pesos mexicanos', 'MXN', { writes: true }),
    one('rublos', 'RUB', { writes: true }),
    {
      token: 'rúpias',
      codes: ['INR', 'PKR', 'LKR', 'NPR', 'IDR'],
      fallback: { code: 'INR', assumption: 'a bare "rúpias" is read as Indian rupees (INR)' },
    },
    one('wons', 'KRW', { writes: true }),
  ],
  // Numbers in words ("dois bilhões de reais", "um bilhão").
  numberWords: {
    grammar: 'english',
    units: {
      zero: 0,
      dois: 2,
      duas: 2,
      três: 3,
      quatro: 4,
      cinco: 5,
      seis: 6,
      sete: 7,
      oito: 8,
      nove: 9,
      dez: 10,
      onze: 11,
      doze: 12,
      quinze: 15,
      vinte: 20,
    },
    tens: { trinta: 30, quarenta: 40, cinquenta: 50, cem: 100 },
    hundred: [],
    articles: ['um', 'uma'],
    and: ['e'],
    fractions: [{ token: 'meio', numerator: 1, denominator: 2 }],
    half: [],
  },
  hedgeWords: [
    { token: 'cerca de', kind: 'approximate' },
    { token: 'aproximadamente', kind: 'approximate' },
    { token: 'em torno de', kind: 'approximate' },
    { token: 'por volta de', kind: 'approximate' },
    { token: 'quase', kind: 'nearly' },
    { token: 'mais de', kind: 'above' },
    { token: 'menos de', kind: 'below' },
    { token: 'pelo menos', kind: 'at-least' },
    { token: 'até', kind: 'at-most' },
  ],
  rangeWords: [
    { token: 'a', role: 'to' },
    { token: 'entre', role: 'between' },
    { token: 'e', role: 'and' },
  ],
  percentWords: [{ token: 'por cento' }],
  linkWords: ['de'],
  stakeNouns: ['participação'],
  articles: ['uma', 'um'],
  output: {
    tag: 'pt',
    decimalMark: ',',
    groupMark: '.',
    grouping: 'thousands',
    scales: [
      { exponent: 12, word: 'trilhões', singular: { word: 'trilhão', when: 'below-two' } },
      { exponent: 9, word: 'bilhões', singular: { word: 'bilhão', when: 'below-two' } },
      { exponent: 6, word: 'milhões', singular: { word: 'milhão', when: 'below-two' } },
    ],
    order: 'words',
    scaleSpace: ' ',
    currencySpace: ' ',
    link: { word: 'de' },
  },
};

/** The month names news in this language writes (lower case), January first. */
export const PORTUGUESE_MONTHS: MonthTable = {
  language: 'pt',
  months: [
    ['janeiro'],
    ['fevereiro'],
    ['março', 'marco'],
    ['abril'],
    ['maio'],
    ['junho'],
    ['julho'],
    ['agosto'],
    ['setembro'],
    ['outubro'],
    ['novembro'],
    ['dezembro'],
  ],
};

/** The words that put a conversion after a figure in this language. */
export const PORTUGUESE_CONNECTORS: ConnectorTable = {
  language: 'pt',
  strong: ['o equivalente a', 'equivalente a', 'equivalentes a'],
  weak: ['ou', 'ou seja'],
  hedges: ['cerca de', 'aproximadamente', 'quase', 'em torno de'],
};
