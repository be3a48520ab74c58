/**
 * Amounts written for the explanations: money to the currency's minor units, a price a share as
 * every price is shown (priceText: at most 10 decimals, half-even; the JSON keeps every digit).
 */
import { toCurrencyCode } from '../../../money/currency.js';
import { formatMoneyFull } from '../../../money/format.js';
import { priceText } from '../figureText.js';
import { toDecimal, type Rational } from '../rational.js';

/**
 * An amount of money in words.
 *
 * @example
 * moneyWords({ n: 7500000n, d: 1n }, 'USD') //=> '7,500,000.00 USD'
 */
export function moneyWords(value: Rational, currency: string): string {
  return formatMoneyFull({ amount: toDecimal(value), currency: toCurrencyCode(currency) });
}

/**
 * A price a share in words, as the tables and formulas show a price: two sentences that compare
 * prices (a conversion that beats a preference) must not print them alike when they differ.
 *
 * @example
 * perShareWords({ n: 15n, d: 2n }, 'USD') //=> '7.50 USD'
 * perShareWords({ n: 2n, d: 3n }, 'USD') //=> '0.6666666667 USD'
 */
export function perShareWords(value: Rational, currency: string): string {
  return priceText(toDecimal(value), toCurrencyCode(currency));
}
