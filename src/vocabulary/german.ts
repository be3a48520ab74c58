import { DOLLAR_CODES } from './english.js';
import { NUMBER_NOTATIONS } from './notations.js';
import type { ConnectorTable, CurrencyWord, MonthTable, Vocabulary } from './types.js';

const one = (token: string, code: string, extra: Partial<CurrencyWord> = {}): CurrencyWord => ({
  token,
  codes: [code],
  ...extra,
});

const KRONE_CODES = ['SEK', 'NOK', 'DKK', 'ISK', 'CZK'];

/**
 * German money vocabulary (long scale: Milliarde = 10^9, Billion = 10^12), decimal comma and
 * grouping dot ("4,8 Milliarden", "1.500 Euro"); Swiss texts group with an apostrophe.
 *
 * "Billion" is written with a capital and, as a singular, only after one ("1 Billion"), so
 * "$2 billion" and "$2 Billion" stay English; "1 Billion Euro" is both and says so.
 */
export const GERMAN: Vocabulary = {
  language: 'de',
  name: 'German',
  numberNotations: [NUMBER_NOTATIONS['dot-thousands']],
  scaleWords: [
    { token: 'Tsd.', exponent: 3, name: 'Tausend (10^3)' },
    { token: 'Tausend', exponent: 3, name: 'Tausend (10^3)' },
    { token: 'Mio.', exponent: 6, name: 'Millionen (10^6)' },
    { token: 'Mio', exponent: 6, name: 'Millionen (10^6)', caseSensitive: true },
    { token: 'Million', exponent: 6, name: 'Millionen (10^6)', caseSensitive: true, singular: 'one' },
    { token: 'Millionen', exponent: 6, name: 'Millionen (10^6)' },
    { token: 'Mrd.', exponent: 9, name: 'Milliarden (10^9)' },
    { token: 'Mrd', exponent: 9, name: 'Milliarden (10^9)' },
    { token: 'Mia.', exponent: 9, name: 'Milliarden (10^9)' },
    { token: 'Milliarde', exponent: 9, name: 'Milliarden (10^9)', singular: 'one' },
    { token: 'Milliarden', exponent: 9, name: 'Milliarden (10^9)' },
    { token: 'Bio.', exponent: 12, name: 'Billionen (10^12)' },
    { token: 'Billion', exponent: 12, name: 'Billionen (10^12)', caseSensitive: true, singular: 'one' },
    { token: 'Billionen', exponent: 12, name: 'Billionen (10^12)' },
  ],
  currencyWords: [
    {
      token: 'Dollar',
      codes: DOLLAR_CODES,
      fallback: { code: 'USD', assumption: 'a bare "Dollar" is read as US dollars' },
    },
    one('US-Dollar', 'USD', { writes: true }),
    one('Euro', 'EUR', { writes: true }),
    one('Yuan', 'CNY', { writes: true }),
    one('Renminbi', 'CNY'),
    one('Yen', 'JPY', { writes: true }),
    one('Pfund', 'GBP'),
    one('Pfund Sterling', 'GBP', { writes: true }),
    one('britische Pfund', 'GBP'),
    one('Franken', 'CHF', { writes: true }),
    one('Schweizer Franken', 'CHF'),
    one('Hongkong-Dollar', 'HKD', { writes: true }),
    one('Won', 'KRW', { writes: true }),
    one('Rubel', 'RUB', { writes: true }),
    {
      token: 'Rupien',
      codes: ['INR', 'PKR', 'LKR', 'NPR'],
      fallback: { code: 'INR', assumption: 'a bare "Rupien" is read as Indian rupees (INR)' },
    },
    { token: 'Kronen', codes: KRONE_CODES },
    one('schwedische Kronen', 'SEK', { writes: true }),
    one('norwegische Kronen', 'NOK', { writes: true }),
    one('dänische Kronen', 'DKK', { writes: true }),
    one('Real', 'BRL', { writes: true, weak: true }),
    one('Rand', 'ZAR', { writes: true, weak: true }),
    one('Zloty', 'PLN', { writes: true }),
    one('Forint', 'HUF', { writes: true }),
    one('türkische Lira', 'TRY', { writes: true }),
  ],
  // Numbers in words ("zwei Milliarden Dollar", "eine Milliarde").
  numberWords: {
    grammar: 'english',
    units: {
      null: 0,
      zwei: 2,
      drei: 3,
      vier: 4,
      fünf: 5,
      sechs: 6,
      sieben: 7,
      acht: 8,
      neun: 9,
      zehn: 10,
      elf: 11,
      zwölf: 12,
      fünfzehn: 15,
      zwanzig: 20,
    },
    tens: { dreißig: 30, vierzig: 40, fünfzig: 50, hundert: 100 },
    hundred: [],
    articles: ['ein', 'eine', 'einer'],
    and: ['und'],
    fractions: [],
    half: [],
  },
  hedgeWords: [
    { token: 'rund', kind: 'approximate' },
    { token: 'etwa', kind: 'approximate' },
    { token: 'ca.', kind: 'approximate' },
    { token: 'circa', kind: 'approximate' },
    { token: 'ungefähr', kind: 'approximate' },
    { token: 'annähernd', kind: 'approximate' },
    { token: 'knapp', kind: 'nearly' },
    { token: 'fast', kind: 'nearly' },
    { token: 'beinahe', kind: 'nearly' },
    { token: 'mehr als', kind: 'above' },
    { token: 'über', kind: 'above' },
    { token: 'mindestens', kind: 'at-least' },
    { token: 'weniger als', kind: 'below' },
    { token: 'unter', kind: 'below' },
    { token: 'bis zu', kind: 'at-most' },
    { token: 'höchstens', kind: 'at-most' },
  ],
  rangeWords: [
    { token: 'bis', role: 'to' },
    { token: 'zwischen', role: 'between' },
    { token: 'und', role: 'and' },
  ],
  percentWords: [{ token: 'Prozent' }, { token: 'v. H.' }],
  stakeNouns: ['Anteil', 'Beteiligung', 'Anteile', 'der Anteile'],
  articles: ['ein', 'einen', 'eine'],
  output: {
    tag: 'de',
    decimalMark: ',',
    groupMark: '.',
    grouping: 'thousands',
    scales: [
      { exponent: 12, word: 'Bio.' },
      { exponent: 9, word: 'Mrd.' },
      { exponent: 6, word: 'Mio.' },
    ],
    order: 'words',
    scaleSpace: ' ',
    currencySpace: ' ',
  },
};

/** The month names news in this language writes (lower case), January first. */
export const GERMAN_MONTHS: MonthTable = {
  language: 'de',
  months: [
    ['januar', 'jänner', 'jan'],
    ['februar', 'feb'],
    ['märz', 'mär', 'mrz'],
    ['april', 'apr'],
    ['mai'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['august', 'aug'],
    ['september', 'sept', 'sep'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['dezember', 'dez'],
  ],
};

/** The words that put a conversion after a figure in this language. */
export const GERMAN_CONNECTORS: ConnectorTable = {
  language: 'de',
  strong: ['umgerechnet'],
  weak: ['also', 'oder', 'das sind'],
  hedges: ['rund', 'etwa', 'ungefähr', 'knapp', 'circa', 'ca.', 'fast'],
};
