import type { CurrencyWord, Vocabulary } from './types.js';

/** The currencies called rupees; a bare "rupees" or "Rs" falls back to INR and says so. */
const RUPEE_CODES: readonly string[] = ['INR', 'PKR', 'LKR', 'NPR', 'MUR', 'SCR'];

const rupees = (token: string): CurrencyWord => ({
  token,
  codes: RUPEE_CODES,
  fallback: { code: 'INR', assumption: `a bare "${token}" is read as Indian rupees (INR)` },
});

/**
 * Indian English money vocabulary: lakh (10^5), crore (10^7) and lakh-style digit grouping
 * (1,50,00,000 = 15,000,000).
 *
 * Left out: "arab" (10^9) and "kharab" (10^11), rare in news.
 */
export const INDIAN: Vocabulary = {
  language: 'en-IN',
  name: 'Indian English',
  numberNotations: ['plain', 'leading-point', 'comma-thousands', 'indian'],
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
    rupees('Rs'),
    rupees('Rs.'),
    { token: 'Indian rupees', codes: ['INR'] },
    { token: 'Indian rupee', codes: ['INR'] },
    { token: 'Pakistani rupees', codes: ['PKR'] },
    { token: 'Sri Lankan rupees', codes: ['LKR'] },
  ],
  hedgeWords: [],
};
