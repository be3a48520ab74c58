/**
 * How the page writes numbers: rates as the Fed prints them, intervals with their open and closed
 * ends, money at its minor units, percentages. The same words as the command line's output, so a
 * result copied from the page reads like one from `dealcalc`.
 */
import { currencyInfo } from '../money/currency.js';
import { Decimal } from '../money/decimal.js';
import { formatBound, formatDecimal, formatMoneyFull } from '../money/format.js';
import type { Money } from '../money/money.js';
import { roundSignificant } from '../money/round.js';
import type { RateQuote } from '../fx/types.js';
import type { Interval } from '../quantity/interval.js';

/**
 * Writes a rate: a published one with at least four decimals, as H.10 prints them; a derived one
 * (cross, interpolated) to eight significant digits.
 *
 * @example
 * rateText(new Decimal('6.62'), false) //=> '6.6200'
 * rateText(new Decimal('113.15').div('6.62'), true) //=> '17.092145'
 */
export function rateText(value: Decimal, derived: boolean): string {
  if (derived) return roundSignificant(value, 8).toFixed();
  const text = value.toFixed();
  const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
  return value.toFixed(Math.max(decimals, 4));
}

/**
 * Whether a rate was derived (a cross, or a value between two observations) rather than used as
 * published: derived rates are written to eight significant digits.
 *
 * @example
 * isDerivedRate(lookupRate(fred, CNY, USD, '2017-11-15')) //=> false
 * isDerivedRate(lookupRate(fred, CNY, JPY, '2017-11-15')) //=> true
 */
export function isDerivedRate(rate: RateQuote): boolean {
  return rate.derivation === 'cross' || rate.legs.some((leg) => leg.between);
}

/**
 * An interval in brackets, each end rounded outward (a low end down, a high end up, so that it
 * holds the exact interval): [ ] closed ends, ( ) open or unbounded ones, ∞ for no bound.
 *
 * @example
 * intervalText({ low: new Decimal('6.37364'), high: new Decimal('6.84327'), lowOpen: false, highOpen: false }, 4) //=> '[6.3736, 6.8433]'
 * intervalText({ low: new Decimal('2'), high: null, lowOpen: true, highOpen: false }, 2) //=> '(2.00, ∞)'
 */
export function intervalText(interval: Interval, decimals: number): string {
  const end = (value: Decimal | null, side: 'low' | 'high') =>
    value === null ? (side === 'low' ? '−∞' : '∞') : formatBound(value, decimals, side);
  const open = interval.lowOpen || interval.low === null ? '(' : '[';
  const close = interval.highOpen || interval.high === null ? ')' : ']';
  return `${open}${end(interval.low, 'low')}, ${end(interval.high, 'high')}${close}`;
}

/**
 * Decimals to show an amount with: the currency's minor units, or, for an amount too small to
 * show at them (100 VEF is 0.0004 USD), enough for three significant figures.
 *
 * @example
 * amountDecimals(new Decimal('226586102.72'), 'USD') //=> 2
 * amountDecimals(new Decimal('0.000403'), 'USD') //=> 6
 */
export function amountDecimals(amount: Decimal, currency: Money['currency']): number {
  const minor = currencyInfo(currency).minorUnits;
  if (amount.isZero() || amount.abs().gte(new Decimal(`1e-${minor}`))) return minor;
  return Math.max(minor, -amount.abs().e + 2);
}

/**
 * Money in full, grouped, at its currency's minor units (more if the amount needs them), code after.
 *
 * @example
 * moneyText({ amount: new Decimal('226586102.7190332'), currency: USD }) //=> '226,586,102.72 USD'
 */
export function moneyText(money: Money, decimals = amountDecimals(money.amount, money.currency)): string {
  return formatMoneyFull(money, decimals);
}

/**
 * A percentage to two decimals.
 *
 * @example
 * percentText(new Decimal('11.3293')) //=> '11.33%'
 */
export function percentText(value: Decimal): string {
  return `${formatDecimal(value, 2)}%`;
}

/**
 * The one-line citation of a rate: value in its published direction, source, observed day.
 *
 * @example
 * rateCitation(lookupRate(fred, CNY, USD, '2017-11-15')) //=> '6.6200 CNY per USD · fred-h10 (Fed H.10 noon buying rate, New York) · 2017-11-15'
 */
export function rateCitation(rate: RateQuote): string {
  if (rate.derivation === 'identity') return '1 · same currency, no rate needed';
  const value = `${rateText(rate.value, isDerivedRate(rate))} ${rate.quote} per ${rate.base}`;
  const via = rate.derivation === 'cross' ? ` · cross through ${rate.source.pivot}` : '';
  return `${value} · ${rate.source.id} (${rate.source.name}) · ${rate.observedDate}${via}`;
}
