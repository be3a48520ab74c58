/**
 * How the scenario's text output writes its figures, in one place so that every line (rounds,
 * classes, anti-dilution, exits) rounds alike and the footer can name the rules.
 */
import { currencyInfo, type CurrencyCode } from '../../../money/currency.js';
import type { Decimal } from '../../../money/decimal.js';
import { formatMoneyFull } from '../../../money/format.js';

/** The most decimals a price per share is shown with (half-even); --json keeps all. */
export const PRICE_DISPLAY_DECIMALS = 10;

/**
 * A price per share with its currency: its own digits, at least the currency's minor unit and at
 * most 10 decimals (half-even).
 *
 * @example
 * priceText(new Decimal('3.325'), 'USD') //=> '3.325 USD'
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
 * Numbers the core writes to 40 digits inside formulas and checks, cut to 4 decimals and marked
 * "…" for reading (the JSON keeps them whole).
 *
 * @example
 * readable('= 105263.1578947368421 shares') //=> '= 105263.1578… shares'
 */
export function readable(text: string): string {
  return text.replace(/\d+\.\d{7,}/g, (n) => {
    const [whole = '0', fraction = ''] = n.split('.');
    return `${whole}.${fraction.slice(0, 4)}…`;
  });
}

/** The display rules above in words, for the footer of the text output. */
export const DISPLAY_RULES =
  "amounts rounded half-even to the currency's minor unit, prices per share to at most 10 decimals, percentages and fractional share counts to 2; in formulas and checks a number with more than 6 decimals is cut to 4 and marked …";
