import { DOLLAR_CODES } from './english.js';
import { NUMBER_NOTATIONS } from './notations.js';
import type { ConnectorTable, CurrencyWord, MonthTable, Vocabulary } from './types.js';

const one = (token: string, code: string, extra: Partial<CurrencyWord> = {}): CurrencyWord => ({
  token,
  codes: [code],
  ...extra,
});

/**
 * Arabic money vocabulary: مليار (10^9), مليون (10^6), تريليون (10^12); Arabic-Indic digits
 * (normalised before reading), the decimal separator ٫ (U+066B) or ر ("12ر4"), and Western
 * digits with a decimal point as most Arabic news writes them. A bare دولار is read as US
 * dollars, ريال as Saudi riyals and درهم as UAE dirhams, each said in the output.
 */
export const ARABIC: Vocabulary = {
  language: 'ar',
  name: 'Arabic',
  numberNotations: [NUMBER_NOTATIONS.arabic],
  scaleWords: [
    { token: 'ألف', exponent: 3, name: 'ألف (10^3)' },
    { token: 'آلاف', exponent: 3, name: 'ألف (10^3)' },
    { token: 'مليون', exponent: 6, name: 'مليون (10^6)' },
    { token: 'ملايين', exponent: 6, name: 'مليون (10^6)' },
    { token: 'مليار', exponent: 9, name: 'مليار (10^9)' },
    { token: 'مليارات', exponent: 9, name: 'مليار (10^9)' },
    { token: 'بليون', exponent: 9, name: 'مليار (10^9)' },
    // The dual holds its number: ملياري دولار (construct state) and مليارين are two billion.
    { token: 'ملياري', exponent: 9, name: 'مليار (10^9)', count: 2 },
    { token: 'مليارين', exponent: 9, name: 'مليار (10^9)', count: 2 },
    { token: 'مليوني', exponent: 6, name: 'مليون (10^6)', count: 2 },
    { token: 'مليونين', exponent: 6, name: 'مليون (10^6)', count: 2 },
    { token: 'تريليون', exponent: 12, name: 'تريليون (10^12)' },
    { token: 'ترليون', exponent: 12, name: 'تريليون (10^12)' },
  ],
  currencyWords: [
    {
      token: 'دولار',
      codes: DOLLAR_CODES,
      fallback: { code: 'USD', assumption: 'a bare "دولار" is read as US dollars' },
    },
    one('دولار أمريكي', 'USD', { writes: true }),
    one('دولار أميركي', 'USD'),
    one('يوان', 'CNY', { writes: true }),
    one('يورو', 'EUR', { writes: true }),
    one('ين', 'JPY', { writes: true }),
    one('جنيه إسترليني', 'GBP', { writes: true }),
    one('جنيه استرليني', 'GBP'),
    {
      token: 'جنيه',
      codes: ['EGP', 'GBP', 'SDG'],
      fallback: { code: 'EGP', assumption: 'a bare "جنيه" is read as Egyptian pounds (EGP)' },
    },
    one('جنيه مصري', 'EGP', { writes: true }),
    {
      token: 'ريال',
      codes: ['SAR', 'QAR', 'OMR', 'YER', 'IRR'],
      fallback: { code: 'SAR', assumption: 'a bare "ريال" is read as Saudi riyals (SAR)' },
    },
    one('ريال سعودي', 'SAR', { writes: true }),
    one('ريال قطري', 'QAR', { writes: true }),
    one('ريال عماني', 'OMR', { writes: true }),
    {
      token: 'درهم',
      codes: ['AED', 'MAD'],
      fallback: { code: 'AED', assumption: 'a bare "درهم" is read as UAE dirhams (AED)' },
    },
    one('درهم إماراتي', 'AED', { writes: true }),
    one('درهم مغربي', 'MAD', { writes: true }),
    { token: 'دينار', codes: ['KWD', 'BHD', 'JOD', 'IQD', 'LYD', 'TND', 'DZD'] },
    one('دينار كويتي', 'KWD', { writes: true }),
    one('دينار بحريني', 'BHD', { writes: true }),
    one('دينار جزائري', 'DZD', { writes: true }),
    one('روبل', 'RUB', { writes: true }),
    {
      token: 'روبية',
      codes: ['INR', 'PKR', 'LKR', 'NPR', 'IDR'],
      fallback: { code: 'INR', assumption: 'a bare "روبية" is read as Indian rupees (INR)' },
    },
    { token: 'ليرة', codes: ['TRY', 'LBP', 'SYP'] },
    one('ليرة تركية', 'TRY', { writes: true }),
  ],
  // Numbers in words ("ثلاثة مليارات دولار").
  numberWords: {
    grammar: 'english',
    units: {
      واحد: 1,
      اثنان: 2,
      اثنين: 2,
      ثلاثة: 3,
      ثلاث: 3,
      أربعة: 4,
      أربع: 4,
      خمسة: 5,
      خمس: 5,
      ستة: 6,
      ست: 6,
      سبعة: 7,
      سبع: 7,
      ثمانية: 8,
      ثماني: 8,
      تسعة: 9,
      تسع: 9,
      عشرة: 10,
      عشر: 10,
    },
    tens: { عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, أربعون: 40, أربعين: 40, خمسون: 50, خمسين: 50 },
    hundred: [],
    articles: [],
    and: [],
    fractions: [],
    half: [],
  },
  hedgeWords: [
    { token: 'حوالي', kind: 'approximate' },
    { token: 'حوالى', kind: 'approximate' },
    { token: 'نحو', kind: 'approximate' },
    { token: 'قرابة', kind: 'approximate' },
    { token: 'ما يقرب من', kind: 'approximate' },
    { token: 'أكثر من', kind: 'above' },
    { token: 'أقل من', kind: 'below' },
  ],
  rangeWords: [{ token: 'إلى', role: 'to' }],
  percentWords: [{ token: 'في المائة' }, { token: 'في المئة' }, { token: 'بالمئة' }, { token: 'بالمائة' }],
  output: {
    tag: 'ar',
    decimalMark: '.',
    groupMark: ',',
    grouping: 'thousands',
    scales: [
      { exponent: 12, word: 'تريليون' },
      { exponent: 9, word: 'مليار' },
      { exponent: 6, word: 'مليون' },
    ],
    order: 'words',
    scaleSpace: ' ',
    currencySpace: ' ',
  },
};

/** Arabic: the names used in Egypt and the Gulf, and the Levantine (Syriac) names. */
export const ARABIC_MONTHS: MonthTable = {
  language: 'ar',
  months: [
    ['يناير', 'كانون الثاني'],
    ['فبراير', 'شباط'],
    ['مارس', 'آذار'],
    ['أبريل', 'ابريل', 'إبريل', 'نيسان'],
    ['مايو', 'أيار'],
    ['يونيو', 'يونيه', 'حزيران'],
    ['يوليو', 'يوليه', 'تموز'],
    ['أغسطس', 'اغسطس', 'آب'],
    ['سبتمبر', 'أيلول'],
    ['أكتوبر', 'اكتوبر', 'تشرين الأول'],
    ['نوفمبر', 'تشرين الثاني'],
    ['ديسمبر', 'كانون الأول'],
  ],
};

/** The words that put a conversion after a figure in this language. */
export const ARABIC_CONNECTORS: ConnectorTable = {
  language: 'ar',
  strong: ['أي ما يعادل', 'ما يعادل', 'بما يعادل', 'أي حوالي'],
  weak: ['أي', 'أو'],
  hedges: ['حوالي', 'نحو', 'قرابة', 'ما يقرب من'],
};
