import type { CurrencyWord, Vocabulary } from './types.js';

/** Every dollar currency a bare "$" or "dollars" might mean; the text or the fallback decides. */
export const DOLLAR_CODES: readonly string[] = ['USD', 'HKD', 'SGD', 'TWD', 'AUD', 'CAD', 'NZD'];

const dollars = (token: string): CurrencyWord => ({
  token,
  codes: DOLLAR_CODES,
  fallback: { code: 'USD', assumption: `a bare "${token}" is read as US dollars` },
});

/** Words for one currency, singular and plural: ['euro', 'euros']. */
const both = (singular: string, code: string): CurrencyWord[] => [
  { token: singular, codes: [code] },
  { token: `${singular}s`, codes: [code] },
];

/**
 * English money vocabulary (short scale: billion = 10^9).
 *
 * Left out on purpose: "mil" (thousand in Spanish, million in US slang), "t"/"tr" (tons,
 * Turkish), "bil". "MM" is the finance convention for million.
 */
export const ENGLISH: Vocabulary = {
  language: 'en',
  name: 'English',
  numberNotations: ['plain', 'leading-point', 'comma-thousands', 'space-thousands'],
  scaleWords: [
    { token: 'thousand', exponent: 3, name: 'thousand' },
    { token: 'k', exponent: 3, name: 'thousand' },
    { token: 'million', exponent: 6, name: 'million' },
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
    ...both('U.S. dollar', 'USD'),
    ...both('US dollar', 'USD'),
    ...both('American dollar', 'USD'),
    ...both('Hong Kong dollar', 'HKD'),
    ...both('HK dollar', 'HKD'),
    ...both('Singapore dollar', 'SGD'),
    ...both('Australian dollar', 'AUD'),
    ...both('Canadian dollar', 'CAD'),
    ...both('New Zealand dollar', 'NZD'),
    ...both('Taiwan dollar', 'TWD'),
    ...both('New Taiwan dollar', 'TWD'),
    ...both('NT dollar', 'TWD'),
    { token: 'yuan', codes: ['CNY'] },
    { token: 'renminbi', codes: ['CNY'] },
    { token: 'RMB', codes: ['CNY'] },
    { token: 'Chinese yuan', codes: ['CNY'] },
    ...both('euro', 'EUR'),
    { token: 'yen', codes: ['JPY'] },
    { token: 'Japanese yen', codes: ['JPY'] },
    ...both('pound', 'GBP'),
    { token: 'sterling', codes: ['GBP'] },
    ...both('pound sterling', 'GBP'),
    { token: 'pounds sterling', codes: ['GBP'] },
    ...both('British pound', 'GBP'),
    { token: 'won', codes: ['KRW'] },
    { token: 'South Korean won', codes: ['KRW'] },
    { token: 'Korean won', codes: ['KRW'] },
    ...both('Swiss franc', 'CHF'),
    {
      token: 'francs',
      codes: ['CHF', 'XOF', 'XAF', 'XPF'],
      fallback: { code: 'CHF', assumption: 'a bare "francs" is read as Swiss francs (CHF)' },
    },
    {
      token: 'franc',
      codes: ['CHF', 'XOF', 'XAF', 'XPF'],
      fallback: { code: 'CHF', assumption: 'a bare "franc" is read as Swiss francs (CHF)' },
    },
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
    { token: 'nearly', kind: 'nearly' },
    { token: 'almost', kind: 'nearly' },
    { token: 'more than', kind: 'above' },
    { token: 'over', kind: 'above' },
    { token: 'at least', kind: 'at-least' },
    { token: 'less than', kind: 'below' },
    { token: 'under', kind: 'below' },
    { token: 'up to', kind: 'at-most' },
    { token: 'at most', kind: 'at-most' },
  ],
};
