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

const CROWN_CODES = ['SEK', 'NOK', 'DKK', 'ISK', 'CZK'];

/**
 * French money vocabulary (long scale: milliard = 10^9; billions = 10^12), decimal comma and
 * space grouping ("1,5 milliard d'euros", "1 500 millions de dollars").
 *
 * Singular scale words go with numbers below two ("1,5 milliard"), so "2,000 million" stays
 * English. The singular "billion" (10^12) is left out: in a figure it is far more often the
 * English word, and French news writes "mille milliards".
 */
export const FRENCH: Vocabulary = {
  language: 'fr',
  name: 'French',
  numberNotations: [NUMBER_NOTATIONS['space-thousands']],
  scaleWords: [
    { token: 'mille', exponent: 3, name: 'mille (10^3)' },
    { token: 'million', exponent: 6, name: 'millions (10^6)', singular: 'below-two' },
    { token: 'millions', exponent: 6, name: 'millions (10^6)' },
    { token: 'M', exponent: 6, name: 'millions (10^6)', caseSensitive: true },
    { token: 'milliard', exponent: 9, name: 'milliards (10^9)', singular: 'below-two' },
    { token: 'milliards', exponent: 9, name: 'milliards (10^9)' },
    { token: 'Md', exponent: 9, name: 'milliards (10^9)', caseSensitive: true },
    { token: 'Mds', exponent: 9, name: 'milliards (10^9)', caseSensitive: true },
    { token: 'Mrd', exponent: 9, name: 'milliards (10^9)' },
    { token: 'billions', exponent: 12, name: 'billions (10^12)' },
    { token: 'mille milliards', exponent: 12, name: 'mille milliards (10^12)' },
  ],
  currencyWords: [
    dollars('dollars'),
    dollars('dollar'),
    one('dollars américains', 'USD', { writes: true }),
    one('dollars US', 'USD'),
    one('euros', 'EUR', { writes: true }),
    one('euro', 'EUR'),
    one('yuans', 'CNY', { writes: true }),
    one('yuan', 'CNY'),
    one('renminbi', 'CNY'),
    one('yens', 'JPY', { writes: true }),
    one('yen', 'JPY'),
    {
      token: 'livres',
      codes: ['GBP', 'EGP', 'LBP'],
      fallback: { code: 'GBP', assumption: 'a bare "livres" is read as pounds sterling (GBP)' },
    },
    one('livres sterling', 'GBP', { writes: true }),
    one('livre sterling', 'GBP'),
    one('francs suisses', 'CHF', { writes: true }),
    one('francs CFA', 'XOF'),
    one('dollars de Hong Kong', 'HKD', { writes: true }),
    one('dollars hongkongais', 'HKD'),
    one('dollars canadiens', 'CAD', { writes: true }),
    one('dollars australiens', 'AUD', { writes: true }),
    one('wons', 'KRW', { writes: true }),
    one('roubles', 'RUB', { writes: true }),
    {
      token: 'roupies',
      codes: ['INR', 'PKR', 'LKR', 'NPR'],
      fallback: { code: 'INR', assumption: 'a bare "roupies" is read as Indian rupees (INR)' },
    },
    { token: 'couronnes', codes: CROWN_CODES },
    one('couronnes suédoises', 'SEK', { writes: true }),
    one('couronnes norvégiennes', 'NOK', { writes: true }),
    one('couronnes danoises', 'DKK', { writes: true }),
    one('réals', 'BRL', { writes: true }),
    one('rands', 'ZAR', { writes: true }),
    one('dirhams marocains', 'MAD'),
  ],
  // Numbers in words ("trois milliards d'euros", "un milliard"); "cent" is left out: "five cents".
  numberWords: {
    grammar: 'english',
    units: {
      zéro: 0,
      deux: 2,
      trois: 3,
      quatre: 4,
      cinq: 5,
      six: 6,
      sept: 7,
      huit: 8,
      neuf: 9,
      dix: 10,
      onze: 11,
      douze: 12,
      treize: 13,
      quatorze: 14,
      quinze: 15,
      seize: 16,
    },
    tens: { vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60 },
    hundred: [],
    articles: ['un', 'une'],
    and: ['et'],
    fractions: [{ token: 'demi', numerator: 1, denominator: 2 }],
    half: [],
  },
  hedgeWords: [
    { token: 'environ', kind: 'approximate' },
    { token: 'près de', kind: 'approximate' },
    { token: 'quelque', kind: 'approximate' },
    { token: 'autour de', kind: 'approximate' },
    { token: 'approximativement', kind: 'approximate' },
    { token: 'presque', kind: 'nearly' },
    { token: 'quasiment', kind: 'nearly' },
    { token: 'plus de', kind: 'above' },
    { token: 'au moins', kind: 'at-least' },
    { token: 'moins de', kind: 'below' },
    { token: "jusqu'à", kind: 'at-most' },
  ],
  rangeWords: [
    { token: 'à', role: 'to' },
    { token: 'entre', role: 'between' },
    { token: 'et', role: 'and' },
  ],
  percentWords: [{ token: 'pour cent' }, { token: 'pourcent' }],
  linkWords: ['de', "d'"],
  stakeNouns: ['participation', 'part'],
  articles: ['une'],
  output: {
    tag: 'fr',
    decimalMark: ',',
    groupMark: '\u202F',
    grouping: 'thousands',
    scales: [
      { exponent: 9, word: 'milliards', singular: { word: 'milliard', when: 'below-two' } },
      { exponent: 6, word: 'millions', singular: { word: 'million', when: 'below-two' } },
    ],
    order: 'words',
    scaleSpace: ' ',
    currencySpace: ' ',
    link: { word: 'de', elided: "d'" },
  },
};

/** The month names news in this language writes (lower case), January first. */
export const FRENCH_MONTHS: MonthTable = {
  language: 'fr',
  months: [
    ['janvier', 'janv'],
    ['février', 'fevrier', 'févr', 'fevr'],
    ['mars'],
    ['avril', 'avr'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil'],
    ['août', 'aout'],
    ['septembre', 'sept'],
    ['octobre', 'oct'],
    ['novembre', 'nov'],
    ['décembre', 'decembre', 'déc', 'dec'],
  ],
};

/** The words that put a conversion after a figure in this language. */
export const FRENCH_CONNECTORS: ConnectorTable = {
  language: 'fr',
  strong: ['soit'],
  weak: ['ou', "c'est-à-dire"],
  hedges: ['environ', 'près de', 'quelque', 'autour de'],
};
