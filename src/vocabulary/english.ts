import { NUMBER_NOTATIONS } from './notations.js';
import type { ConnectorTable, CurrencyWord, MonthTable, Vocabulary } from './types.js';

/** Every dollar currency a bare "$" or "dollars" might mean; the text or the fallback decides. */
export const DOLLAR_CODES: readonly string[] = ['USD', 'HKD', 'SGD', 'TWD', 'AUD', 'CAD', 'NZD'];

const dollars = (token: string): CurrencyWord => ({
  token,
  codes: DOLLAR_CODES,
  fallback: { code: 'USD', assumption: `a bare "${token}" is read as US dollars` },
});

/** Words for one currency: the singular and each plural given ('euro' → 'euros'). */
const word = (code: string, singular: string, ...plurals: string[]): CurrencyWord[] => [
  { token: singular, codes: [code] },
  ...(plurals.length === 0 ? [`${singular}s`] : plurals).map((token) => ({ token, codes: [code] })),
];

/** A word several currencies share; `fallback` names the one read when nothing decides. */
/** The currencies a bare "pound" may be: sterling, and the Egyptian, Lebanese and Syrian pounds. */
const POUND_CODES = ['GBP', 'EGP', 'LBP', 'SYP'];

const shared = (
  token: string,
  codes: readonly string[],
  fallback?: { code: string; name: string },
): CurrencyWord => ({
  token,
  codes,
  ...(fallback
    ? {
        fallback: {
          code: fallback.code,
          assumption: `a bare "${token}" is read as ${fallback.name} (${fallback.code})`,
        },
      }
    : {}),
});

/**
 * "a yuan-denominated 3 billion": the adjective names the currency and stands before the number,
 * in running text too; a bare "dollar-denominated" says it assumed US dollars, as "dollars" does.
 */
const DENOMINATED: readonly CurrencyWord[] = [
  { ...dollars('dollar-denominated'), before: true },
  ...(
    [
      ['USD', 'US dollar'],
      ['USD', 'U.S. dollar'],
      ['HKD', 'Hong Kong dollar'],
      ['CNY', 'yuan'],
      ['CNY', 'renminbi'],
      ['CNY', 'RMB'],
      ['JPY', 'yen'],
      ['EUR', 'euro'],
      ['GBP', 'sterling'],
    ] as const
  ).map(([code, name]) => ({ token: `${name}-denominated`, codes: [code], before: true })),
];

const PESO_CODES = ['MXN', 'PHP', 'CLP', 'COP', 'ARS', 'UYU', 'DOP'];
const KRONE_CODES = ['NOK', 'DKK'];
const KRONA_CODES = ['SEK', 'ISK'];
const DINAR_CODES = ['KWD', 'BHD', 'DZD', 'LYD', 'TND', 'JOD', 'IQD', 'RSD'];
const RIYAL_CODES = ['SAR', 'QAR', 'YER'];
const RIAL_CODES = ['OMR', 'IRR', 'YER'];
const BOLIVAR_CODES = ['VES', 'VEF', 'VED'];
const SHILLING_CODES = ['KES', 'UGX', 'TZS'];
const LIRA_CODES = ['TRY', 'LBP', 'SYP'];
const CENTS_CODES = [...DOLLAR_CODES, 'EUR'];

/**
 * English money vocabulary (short scale: billion = 10^9), with words for every currency the
 * shipped tables quote and more.
 *
 * Left out on purpose: "mil" (thousand in Spanish, million in US slang), "t"/"tr" (tons,
 * Turkish), "bil", "p" for pence (a page number). "MM" is the finance convention for million.
 * Words that are also ordinary English ("real", "pounds", "won", "rand") are `weak`: in running
 * text they name money only beside a scale word or a fraction.
 */
export const ENGLISH: Vocabulary = {
  language: 'en',
  name: 'English',
  numberNotations: [NUMBER_NOTATIONS['comma-thousands']],
  scaleWords: [
    { token: 'thousand', exponent: 3, name: 'thousand' },
    { token: 'k', exponent: 3, name: 'thousand' },
    { token: 'million', exponent: 6, name: 'million' },
    // Money slang: "$5 mil" is five million in English; in Spanish and Portuguese "mil" is a thousand.
    { token: 'mil', exponent: 6, name: 'million ("mil")' },
    { token: 'mn', exponent: 6, name: 'million' },
    { token: 'mln', exponent: 6, name: 'million' },
    { token: 'mm', exponent: 6, name: 'million' },
    { token: 'm', exponent: 6, name: 'million' },
    { token: 'billion', exponent: 9, name: 'billion' },
    { token: 'bn', exponent: 9, name: 'billion' },
    { token: 'bln', exponent: 9, name: 'billion' },
    { token: 'b', exponent: 9, name: 'billion' },
    { token: 'trillion', exponent: 12, name: 'trillion' },
    { token: 'tn', exponent: 12, name: 'trillion' },
    { token: 'trn', exponent: 12, name: 'trillion' },
  ],
  currencyWords: [
    dollars('dollars'),
    dollars('dollar'),
    ...word('USD', 'U.S. dollar'),
    ...word('USD', 'US dollar'),
    ...word('USD', 'American dollar'),
    ...word('HKD', 'Hong Kong dollar'),
    ...word('HKD', 'HK dollar'),
    ...word('SGD', 'Singapore dollar'),
    ...word('AUD', 'Australian dollar'),
    ...word('CAD', 'Canadian dollar'),
    ...word('NZD', 'New Zealand dollar'),
    ...word('TWD', 'Taiwan dollar'),
    ...word('TWD', 'New Taiwan dollar'),
    ...word('TWD', 'NT dollar'),
    ...word('BND', 'Brunei dollar'),
    ...word('TTD', 'Trinidad and Tobago dollar'),
    { token: 'yuan', codes: ['CNY'] },
    { token: 'renminbi', codes: ['CNY'] },
    ...DENOMINATED,
    { token: 'RMB', codes: ['CNY'], before: true },
    { token: 'Chinese yuan', codes: ['CNY'] },
    ...word('EUR', 'euro'),
    { token: 'yen', codes: ['JPY'] },
    { token: 'Japanese yen', codes: ['JPY'] },
    // "5 billion pounds" says it assumed sterling, as a bare "dollars" says it assumed US dollars.
    { ...shared('pound', POUND_CODES, { code: 'GBP', name: 'pounds sterling' }), weak: true },
    { ...shared('pounds', POUND_CODES, { code: 'GBP', name: 'pounds sterling' }), weak: true },
    { token: 'sterling', codes: ['GBP'] },
    ...word('GBP', 'pound sterling'),
    { token: 'pounds sterling', codes: ['GBP'] },
    ...word('GBP', 'British pound'),
    ...word('EGP', 'Egyptian pound'),
    // Currencies the shipped tables may have no rate for are still read: the error comes later.
    ...word('NGN', 'Nigerian naira', 'Nigerian nairas'),
    { token: 'Vietnamese dong', codes: ['VND'] },
    ...word('UAH', 'hryvnya'),
    { token: 'won', codes: ['KRW'], weak: true },
    { token: 'South Korean won', codes: ['KRW'] },
    { token: 'Korean won', codes: ['KRW'] },
    ...word('CHF', 'Swiss franc'),
    shared('francs', ['CHF', 'XOF', 'XAF', 'XPF'], { code: 'CHF', name: 'Swiss francs' }),
    shared('franc', ['CHF', 'XOF', 'XAF', 'XPF'], { code: 'CHF', name: 'Swiss francs' }),
    ...word('XOF', 'CFA franc'),
    ...word('RUB', 'ruble'),
    ...word('RUB', 'rouble'),
    ...word('RUB', 'Russian ruble'),
    ...word('RUB', 'Russian rouble'),
    shared('pesos', PESO_CODES),
    shared('peso', PESO_CODES),
    ...word('MXN', 'Mexican peso'),
    ...word('PHP', 'Philippine peso'),
    ...word('CLP', 'Chilean peso'),
    ...word('COP', 'Colombian peso'),
    ...word('ARS', 'Argentine peso'),
    ...word('UYU', 'Uruguayan peso'),
    { token: 'real', codes: ['BRL'], weak: true },
    { token: 'reais', codes: ['BRL'] },
    { token: 'reals', codes: ['BRL'] },
    ...word('BRL', 'Brazilian real', 'Brazilian reais', 'Brazilian reals'),
    { token: 'rand', codes: ['ZAR'], weak: true },
    { token: 'South African rand', codes: ['ZAR'] },
    { token: 'ringgit', codes: ['MYR'] },
    { token: 'Malaysian ringgit', codes: ['MYR'] },
    { token: 'rupiah', codes: ['IDR'] },
    { token: 'Indonesian rupiah', codes: ['IDR'] },
    { token: 'baht', codes: ['THB'] },
    { token: 'Thai baht', codes: ['THB'] },
    shared('lira', LIRA_CODES, { code: 'TRY', name: 'Turkish lira' }),
    shared('liras', LIRA_CODES, { code: 'TRY', name: 'Turkish lira' }),
    ...word('TRY', 'Turkish lira', 'Turkish liras'),
    ...word('SEK', 'kronor'),
    shared('krona', KRONA_CODES),
    shared('krone', KRONE_CODES),
    shared('kroner', KRONE_CODES),
    ...word('SEK', 'Swedish krona', 'Swedish kronor'),
    ...word('NOK', 'Norwegian krone', 'Norwegian kroner'),
    ...word('DKK', 'Danish krone', 'Danish kroner'),
    ...word('ISK', 'Icelandic krona', 'Icelandic kronur', 'Icelandic kronas'),
    ...word('CZK', 'koruna', 'korunas', 'korun'),
    ...word('CZK', 'Czech koruna', 'Czech korunas', 'Czech crowns'),
    ...word('HUF', 'forint'),
    ...word('PLN', 'zloty', 'zlotys', 'zlotych'),
    ...word('ILS', 'shekel'),
    ...word('ILS', 'new shekel'),
    shared('dirhams', ['AED', 'MAD'], { code: 'AED', name: 'UAE dirhams' }),
    shared('dirham', ['AED', 'MAD'], { code: 'AED', name: 'UAE dirhams' }),
    ...word('AED', 'UAE dirham'),
    ...word('AED', 'Emirati dirham'),
    ...word('MAD', 'Moroccan dirham'),
    shared('riyals', RIYAL_CODES, { code: 'SAR', name: 'Saudi riyals' }),
    shared('riyal', RIYAL_CODES, { code: 'SAR', name: 'Saudi riyals' }),
    ...word('SAR', 'Saudi riyal'),
    ...word('QAR', 'Qatari riyal'),
    shared('rials', RIAL_CODES),
    shared('rial', RIAL_CODES),
    ...word('OMR', 'Omani rial'),
    ...word('IRR', 'Iranian rial'),
    shared('dinars', DINAR_CODES),
    shared('dinar', DINAR_CODES),
    ...word('KWD', 'Kuwaiti dinar'),
    ...word('BHD', 'Bahraini dinar'),
    ...word('DZD', 'Algerian dinar'),
    ...word('LYD', 'Libyan dinar'),
    ...word('TND', 'Tunisian dinar'),
    ...word('JOD', 'Jordanian dinar'),
    { token: 'tenge', codes: ['KZT'] },
    { token: 'soles', codes: ['PEN'] },
    ...word('PEN', 'Peruvian sol', 'Peruvian soles'),
    { token: 'nuevos soles', codes: ['PEN'] },
    { token: 'pula', codes: ['BWP'], weak: true },
    ...word('MUR', 'Mauritian rupee'),
    ...word('NPR', 'Nepalese rupee'),
    shared('bolivars', BOLIVAR_CODES),
    shared('bolívares', BOLIVAR_CODES),
    shared('bolivares', BOLIVAR_CODES),
    shared('bolivar', BOLIVAR_CODES),
    shared('bolívar', BOLIVAR_CODES),
    { token: 'special drawing rights', codes: ['XDR'] },
    { token: 'dong', codes: ['VND'], weak: true },
    { token: 'naira', codes: ['NGN'] },
    shared('shillings', SHILLING_CODES),
    ...word('KES', 'Kenyan shilling'),
    { token: 'hryvnia', codes: ['UAH'] },
    { token: 'hryvnias', codes: ['UAH'] },
    { ...shared('cents', CENTS_CODES, { code: 'USD', name: 'US cents' }), subunit: -2 },
    { ...shared('cent', CENTS_CODES, { code: 'USD', name: 'US cents' }), subunit: -2 },
    { token: 'US cents', codes: ['USD'], subunit: -2 },
    { token: 'U.S. cents', codes: ['USD'], subunit: -2 },
    { token: 'US cent', codes: ['USD'], subunit: -2 },
    { token: 'euro cents', codes: ['EUR'], subunit: -2 },
    { token: 'pence', codes: ['GBP'], subunit: -2 },
  ],
  hedgeWords: [
    { token: 'about', kind: 'approximate' },
    { token: 'around', kind: 'approximate' },
    { token: 'roughly', kind: 'approximate' },
    { token: 'approximately', kind: 'approximate' },
    { token: 'approx.', kind: 'approximate' },
    { token: 'approx', kind: 'approximate' },
    { token: 'circa', kind: 'approximate' },
    { token: 'some', kind: 'approximate' },
    { token: 'c.', kind: 'approximate', caseSensitive: true },
    { token: 'close to', kind: 'approximate' },
    { token: 'as much as', kind: 'at-most' },
    { token: 'just over', kind: 'above' },
    { token: 'well over', kind: 'above' },
    { token: 'a little over', kind: 'above' },
    { token: 'upwards of', kind: 'above' },
    { token: 'north of', kind: 'above' },
    { token: 'in excess of', kind: 'above' },
    { token: 'just under', kind: 'below' },
    { token: 'a little under', kind: 'below' },
    { token: 'well under', kind: 'below' },
    { token: 'an estimated', kind: 'approximate' },
    { token: 'nearly', kind: 'nearly' },
    { token: 'almost', kind: 'nearly' },
    { token: 'more than', kind: 'above' },
    { token: 'over', kind: 'above' },
    { token: 'above', kind: 'above' },
    { token: 'at least', kind: 'at-least' },
    { token: 'less than', kind: 'below' },
    { token: 'under', kind: 'below' },
    { token: 'up to', kind: 'at-most' },
    { token: 'at most', kind: 'at-most' },
    { token: 'or more', kind: 'at-least', position: 'after' },
    { token: 'or less', kind: 'at-most', position: 'after' },
  ],
  numberWords: {
    grammar: 'english',
    units: {
      zero: 0,
      one: 1,
      two: 2,
      three: 3,
      four: 4,
      five: 5,
      six: 6,
      seven: 7,
      eight: 8,
      nine: 9,
      ten: 10,
      eleven: 11,
      twelve: 12,
      thirteen: 13,
      fourteen: 14,
      fifteen: 15,
      sixteen: 16,
      seventeen: 17,
      eighteen: 18,
      nineteen: 19,
    },
    tens: { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 },
    hundred: ['hundred'],
    articles: ['a', 'an'],
    and: ['and'],
    fractions: [
      { token: 'a half', numerator: 1, denominator: 2 },
      { token: 'one half', numerator: 1, denominator: 2 },
      { token: 'a quarter', numerator: 1, denominator: 4 },
      { token: 'one quarter', numerator: 1, denominator: 4 },
      { token: 'three quarters', numerator: 3, denominator: 4 },
    ],
    half: ['half'],
  },
  rangeWords: [
    { token: 'to', role: 'to' },
    { token: 'between', role: 'between' },
    { token: 'and', role: 'and' },
  ],
  percentWords: [{ token: 'per cent' }, { token: 'percent' }, { token: 'pct' }],
  stakeNouns: [
    'stake',
    'stakes',
    'share',
    'holding',
    'interest',
    'equity stake',
    'ownership stake',
    'ownership',
  ],
  articles: ['a', 'an', 'the'],
  output: {
    tag: 'en',
    decimalMark: '.',
    groupMark: ',',
    grouping: 'thousands',
    scales: [
      { exponent: 12, word: 'trillion' },
      { exponent: 9, word: 'billion' },
      { exponent: 6, word: 'million' },
    ],
    order: 'symbol-first',
    scaleSpace: ' ',
    currencySpace: ' ',
  },
};

/** The month names news in this language writes (lower case), January first. */
export const ENGLISH_MONTHS: MonthTable = {
  language: 'en',
  months: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sept', 'sep'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
};

/** The words that put a conversion after a figure in this language. */
export const ENGLISH_CONNECTORS: ConnectorTable = {
  language: 'en',
  strong: [],
  weak: ['or', 'or roughly', 'equivalent to', 'the equivalent of', 'equal to', 'i.e.'],
  hedges: [
    'about',
    'around',
    'roughly',
    'approximately',
    'approx.',
    'some',
    'nearly',
    'almost',
    'close to',
    '~',
    '≈',
  ],
};
