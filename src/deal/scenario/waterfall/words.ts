/**
 * Amounts written for the explanations: money to the currency's minor units, a price a share to
 * up to four decimals (half-even; the JSON keeps every digit).
 */
import { currencyInfo, toCurrencyCode } from '../../../money/currency.js';
import { formatMoneyFull } from '../../../money/format.js';
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
 * A price a share in words.
 *
 * @example
 * perShareWords({ n: 15n, d: 2n }, 'USD') //=> '7.50 USD'
 * perShareWords({ n: 2n, d: 3n }, 'USD') //=> '0.6667 USD'
 */
export function perShareWords(value: Rational, currency: string): string {
  const code = toCurrencyCode(currency);
  const decimal = toDecimal(value);
  const places = Math.min(4, Math.max(currencyInfo(code).minorUnits, decimal.decimalPlaces()));
  return formatMoneyFull({ amount: decimal, currency: code }, places);
}
