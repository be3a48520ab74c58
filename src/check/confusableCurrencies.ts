import type { CurrencyCode } from '../money/currency.js';

/** Currencies a writer may take one for another, and why. */
export interface ConfusableGroup {
  /** What they share, e.g. 'the "$" sign and the word "dollar"'. */
  readonly shared: string;
  readonly currencies: readonly string[];
}

/**
 * Groups of currencies that share a sign, a word or a role, so that a figure in one is plausibly
 * converted at another's rate. The diagnosis tries only these: with every currency of a source
 * tried, a figure rounded to two or three digits fits some unrelated rate (the Swiss franc, the
 * Danish krone) by chance most of the time.
 */
export const CONFUSABLE_GROUPS: readonly ConfusableGroup[] = [
  {
    shared: 'the "$" sign and the word "dollar"',
    currencies: ['USD', 'HKD', 'SGD', 'TWD', 'AUD', 'CAD', 'NZD', 'BND', 'TTD'],
  },
  {
    shared: 'the unit 元/圆 or the "¥" sign',
    currencies: ['CNY', 'HKD', 'TWD', 'MOP', 'JPY', 'KRW'],
  },
  { shared: 'the two currencies conversions are most often made into', currencies: ['USD', 'EUR'] },
  { shared: 'the word "krona/krone" and "kr"', currencies: ['SEK', 'NOK', 'DKK', 'ISK'] },
  { shared: 'the word "rupee" and "Rs"', currencies: ['INR', 'PKR', 'LKR', 'NPR', 'MUR'] },
  { shared: 'the word "peso" and the "$" sign', currencies: ['MXN', 'PHP', 'CLP', 'COP', 'UYU', 'ARS'] },
  { shared: 'the word "dinar"', currencies: ['DZD', 'BHD', 'KWD', 'LYD', 'TND', 'IQD', 'JOD'] },
  { shared: 'the word "riyal/rial"', currencies: ['SAR', 'QAR', 'OMR', 'IRR', 'YER'] },
  { shared: 'the "£" sign and the word "pound"', currencies: ['GBP', 'EGP'] },
  { shared: 'the "R" sign (rand, real)', currencies: ['ZAR', 'BRL'] },
];

/**
 * The currencies a figure in `currency` may have been converted as by mistake (every group it is
 * in, itself excluded), in group order.
 *
 * @example
 * confusableWith('HKD') //=> ['USD', 'SGD', 'TWD', 'AUD', 'CAD', 'NZD', 'BND', 'TTD', 'CNY', 'MOP', 'JPY', 'KRW']
 * confusableWith('EUR') //=> ['USD']
 */
export function confusableWith(currency: CurrencyCode | string): CurrencyCode[] {
  const found: CurrencyCode[] = [];
  for (const group of CONFUSABLE_GROUPS) {
    if (!group.currencies.includes(currency)) continue;
    for (const code of group.currencies) {
      if (code !== currency && !found.includes(code as CurrencyCode)) found.push(code as CurrencyCode);
    }
  }
  return found;
}
