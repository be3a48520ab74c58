import { NUMBER_NOTATIONS } from './notations.js';
import type { CurrencyWord, Vocabulary } from './types.js';

/** The currencies called rupees; a bare "rupees" or "Rs" falls back to INR and says so. */
const RUPEE_CODES: readonly string[] = ['INR', 'PKR', 'LKR', 'NPR', 'MUR', 'SCR'];

const rupees = (token: string, before?: boolean): CurrencyWord => ({
  token,
  codes: RUPEE_CODES,
  fallback: { code: 'INR', assumption: `a bare "${token}" is read as Indian rupees (INR)` },
  ...(before ? { before } : {}),
});

/**
 * Indian English money vocabulary: lakh (10^5), crore (10^7) and lakh-style digit grouping
 * (1,50,00,000 = 15,000,000). Its output writes "₹22.66 crore".
 *
 * Left out: "arab" (10^9) and "kharab" (10^11), rare in news.
 */
export const INDIAN: Vocabulary = {
  language: 'en-IN',
  name: 'Indian English',
  numberNotations: [NUMBER_NOTATIONS['comma-thousands'], NUMBER_NOTATIONS.indian],
  scaleWords: [
    { token: 'lakh', exponent: 5, name: 'lakh (10^5)' },
    { token: 'lakhs', exponent: 5, name: 'lakh (10^5)' },
    { token: 'lac', exponent: 5, name: 'lakh (10^5)' },
    { token: 'lacs', exponent: 5, name: 'lakh (10^5)' },
    { token: 'crore', exponent: 7, name: 'crore (10^7)' },
    { token: 'crores', exponent: 7, name: 'crore (10^7)' },
    { token: 'cr', exponent: 7, name: 'crore (10^7)' },
    { token: 'lakh crore', exponent: 12, name: 'lakh crore (10^12)' },
    { token: 'lakh crores', exponent: 12, name: 'lakh crore (10^12)' },
  ],
  currencyWords: [
    rupees('rupees'),
    rupees('rupee'),
    rupees('Rs', true),
    rupees('Rs.', true),
    { token: 'Indian rupees', codes: ['INR'] },
    { token: 'Indian rupee', codes: ['INR'] },
    { token: 'Pakistani rupees', codes: ['PKR'] },
    { token: 'Pakistani rupee', codes: ['PKR'] },
    { token: 'Sri Lankan rupees', codes: ['LKR'] },
    { token: 'Sri Lankan rupee', codes: ['LKR'] },
  ],
  hedgeWords: [],
  output: {
    tag: 'en-IN',
    decimalMark: '.',
    groupMark: ',',
    grouping: 'indian',
    scales: [
      { exponent: 12, word: 'lakh crore' },
      { exponent: 7, word: 'crore' },
      { exponent: 5, word: 'lakh' },
    ],
    order: 'symbol-first',
    scaleSpace: ' ',
    currencySpace: ' ',
  },
};
