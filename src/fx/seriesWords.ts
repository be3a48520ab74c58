/**
 * A rate series named for people: "the Fed's yuan series", not its id "CHUS". Messages, notes
 * and the page say this; the JSON keeps the id (`seriesId`) for scripts.
 */
import { currencyInfo, type CurrencyCode } from '../money/currency.js';

/** Who publishes the shipped sources, as a reader says it. */
const PUBLISHERS: Readonly<Record<string, string>> = {
  'fred-h10': "the Fed's",
  imf: "the IMF's",
  ecb: "the ECB's",
};

/** The names news uses for the currencies of the shipped series (others: their English name). */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  AUD: 'Australian dollar',
  BRL: 'real',
  CAD: 'Canadian dollar',
  CHF: 'Swiss franc',
  CNY: 'yuan',
  DKK: 'Danish krone',
  EUR: 'euro',
  GBP: 'pound',
  HKD: 'Hong Kong dollar',
  INR: 'rupee',
  JPY: 'yen',
  KRW: 'won',
  LKR: 'Sri Lankan rupee',
  MXN: 'peso',
  MYR: 'ringgit',
  NOK: 'Norwegian krone',
  NZD: 'New Zealand dollar',
  SEK: 'Swedish krona',
  SGD: 'Singapore dollar',
  THB: 'baht',
  TWD: 'Taiwan dollar',
  USD: 'US dollar',
  VED: 'bolívar',
  VEF: 'bolívar',
  VES: 'bolívar',
  ZAR: 'rand',
};

/**
 * A series in words: its publisher and its currency (a table of one's own: its currency and the table's id).
 *
 * @param sourceId - the source's id ("fred-h10", "imf", "ecb", or one of the user's)
 * @param currency - the series' non-pivot currency
 *
 * @example
 * seriesWords('fred-h10', CNY) //=> "the Fed's yuan series"
 * seriesWords('imf', JPY) //=> "the IMF's yen series"
 * seriesWords('my-bank', CNY) //=> 'the yuan series of my-bank'
 * seriesWords('fred-h10', toCurrencyCode('PLN')) //=> "the Fed's Polish Zloty series"
 */
export function seriesWords(sourceId: string, currency: CurrencyCode): string {
  const name = SHORT_NAMES[currency] ?? currencyInfo(currency).name;
  // "no house rate for house's yuan series" reads badly: an id is not a possessive.
  const publisher = PUBLISHERS[sourceId];
  return publisher === undefined ? `the ${name} series of ${sourceId}` : `${publisher} ${name} series`;
}
