/**
 * How a scenario writes a figure inside a sentence (a price formula, a check, an error): amounts,
 * prices per share and share counts at the display rules the tables use, so that the explanation
 * and the table beside it show one number alike. The JSON keeps every value whole.
 */
import { currencyInfo, type CurrencyCode } from '../../money/currency.js';
import type { Decimal } from '../../money/decimal.js';
import { displayDecimals } from '../../money/displayDecimals.js';
import { formatDecimal, formatMoneyFull } from '../../money/format.js';

/** The most decimals a price per share is shown with (half-even); --json keeps all. */
export const PRICE_DISPLAY_DECIMALS = 10;

/**
 * A price per share with its currency: its own digits, at least the currency's minor unit and at
 * most 10 decimals (half-even).
 *
 * @example
 * priceText(new Decimal('3.325'), 'USD') //=> '3.325 USD'
 * priceText(new Decimal('0.7'), 'USD') //=> '0.70 USD'
 * priceText(new Decimal('3.29333333333333333175'), 'USD') //=> '3.2933333333 USD'
 */
export function priceText(value: Decimal, currency: CurrencyCode): string {
  const decimals = Math.max(
    currencyInfo(currency).minorUnits,
    Math.min(value.decimalPlaces(), PRICE_DISPLAY_DECIMALS),
  );
  return formatMoneyFull({ amount: value, currency }, decimals);
}

/**
 * An amount of a check (a difference and the parts that explain it) with its currency, written
 * as a price is, its own digits to at most 10 decimals: at the minor unit alone the parts would
 * not add up to the whole as printed (0.525 + 2.925 + 2.525 = 5.975 shows as 0.52 + 2.92 + 2.52 ≠ 5.98).
 *
 * @example
 * checkAmountText(new Decimal('-0.525'), 'USD') //=> '-0.525 USD'
 * checkAmountText(new Decimal('0.5'), 'USD') //=> '0.50 USD'
 * checkAmountText(new Decimal('0.857142857142857142857'), 'USD') //=> '0.8571428571 USD'
 */
export function checkAmountText(value: Decimal, currency: CurrencyCode): string {
  return priceText(value, currency);
}

/**
 * An amount with its currency at the display rule of every amount (the currency's minor unit, or
 * three significant figures for an amount too small to show there).
 *
 * @example
 * amountText(new Decimal('0.857142857'), 'USD') //=> '0.86 USD'
 * amountText(new Decimal('-2'), 'USD') //=> '-2.00 USD'
 * amountText(new Decimal('0.000402885'), 'USD') //=> '0.000403 USD'
 */
export function amountText(value: Decimal, currency: CurrencyCode): string {
  return formatMoneyFull(
    { amount: value, currency },
    displayDecimals(value, currencyInfo(currency).minorUnits),
  );
}

/**
 * A number of shares: grouped, whole counts as they are, a fraction of a share (an exact quotient
 * before rounding) to 2 decimals, half-even.
 *
 * @example
 * sharesText(new Decimal('1000000')) //=> '1,000,000'
 * sharesText(new Decimal('217391.304347826')) //=> '217,391.30'
 */
export function sharesText(value: Decimal): string {
  return formatDecimal(value, value.isInteger() ? 0 : 2);
}
