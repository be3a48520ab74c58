import { checkFields } from '../requestFields.js';
import { currencyInfo } from './currency.js';
import { Decimal } from './decimal.js';
import type { Money } from './money.js';
import { roundHalfEven, roundOutward, type IntervalSide } from './round.js';

/** How digits are grouped: by threes, or the Indian way (the last three, then twos). */
export type DigitGrouping = 'thousands' | 'indian';

/**
 * Puts a separator between groups of digits of a whole number: threes, or Indian (last three, then twos).
 *
 * @example
 * groupDigits('1500000', ',') //=> '1,500,000'
 * groupDigits('1500000', ',', 'indian') //=> '15,00,000'
 */
export function groupDigits(whole: string, separator: string, grouping: DigitGrouping = 'thousands'): string {
  if (separator === '' || whole.length <= 3) return whole;
  const head = whole.slice(0, -3);
  const tail = whole.slice(-3);
  const size = grouping === 'indian' ? 2 : 3;
  const groups: string[] = [];
  for (let end = head.length; end > 0; end -= size) groups.unshift(head.slice(Math.max(0, end - size), end));
  return [...groups, tail].join(separator);
}

/**
 * Writes a decimal with a fixed number of decimals (half-even) and thousands grouping.
 *
 * @example
 * formatDecimal(new Decimal('226586102.7190332'), 2) //=> '226,586,102.72'
 */
export function formatDecimal(value: Decimal, decimals: number, grouping = ','): string {
  return groupedFixed(roundHalfEven(value, decimals), decimals, grouping);
}

/**
 * Writes an interval's end with a fixed number of decimals, rounded outward (a low end down, a
 * high end up: roundOutward) and grouped, so that the written interval holds the exact one.
 *
 * @example
 * formatBound(new Decimal('5.0025'), 2, 'high') //=> '5.01'
 * formatBound(new Decimal('19990000.004'), 2, 'low') //=> '19,990,000.00'
 */
export function formatBound(value: Decimal, decimals: number, side: IntervalSide, grouping = ','): string {
  return groupedFixed(roundOutward(value, decimals, side), decimals, grouping);
}

/** A value already rounded to `decimals`, written with them and grouped. */
function groupedFixed(rounded: Decimal, decimals: number, grouping: string): string {
  const fixed = rounded.toFixed(decimals);
  const negative = fixed.startsWith('-');
  const unsigned = negative ? fixed.slice(1) : fixed;
  const [whole = '0', fraction] = unsigned.split('.');
  const grouped = groupDigits(whole, grouping);
  const isZero = /^[0.,]*$/.test(unsigned);
  return `${negative && !isZero ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * A Money argument of a public formatter: REQUEST_INVALID unless it has an amount and a currency.
 *
 * @example
 * checkMoney('formatMoneyFull', { amount: 5, currency: 'USD' }) // throws REQUEST_INVALID
 */
export function checkMoney(job: string, value: Money): void {
  // Without allocating in the common case: every amount on the page and the command line comes here.
  if (
    typeof value === 'object' &&
    value !== null &&
    value.amount instanceof Decimal &&
    typeof value.currency === 'string'
  )
    return;
  checkFields(job, 'value', value, { amount: 'object', currency: 'text' });
}

/**
 * Writes money in full: grouped, at the currency's minor units (half-even) unless `decimals` is
 * given (an answer is shown at displayDecimals), code after. Every amount the command line, the
 * page and their copied text show is written here.
 *
 * @example
 * formatMoneyFull({ amount: new Decimal('226586102.7190332'), currency: 'USD' }) //=> '226,586,102.72 USD'
 */
export function formatMoneyFull(value: Money, decimals?: number): string {
  checkMoney('formatMoneyFull', value);
  return `${formatDecimal(value.amount, decimals ?? currencyInfo(value.currency).minorUnits)} ${value.currency}`;
}
