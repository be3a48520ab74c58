/**
 * How the check writes numbers in its sentences. Values keep full precision in the result; only
 * these output strings round, and each says so where it does.
 */
import type { CurrencyCode } from '../money/currency.js';
import { Decimal } from '../money/decimal.js';
import { formatDecimal, formatMoneyFull } from '../money/format.js';
import { PROSE_RATE_DIGITS } from '../fx/render/rate.js';
import { percentText } from '../money/percentText.js';
import { roundSignificant, roundSignificantOutward, type IntervalSide } from '../money/round.js';

const SCALES: readonly (readonly [number, string])[] = [
  [12, 'trillion'],
  [9, 'billion'],
  [6, 'million'],
];

/** Significant digits a rate is shown with when it is not a published value. */
export const RATE_DIGITS = PROSE_RATE_DIGITS;

/**
 * An exact amount, grouped, with all its digits: "1,450,000,000 CNY".
 *
 * @example
 * formatAmount(new Decimal('1.45e9'), CNY) //=> '1,450,000,000 CNY'
 */
export function formatAmount(value: Decimal, currency: CurrencyCode): string {
  return formatMoneyFull({ amount: value, currency }, value.decimalPlaces());
}

/**
 * An exact number, grouped, with all its digits: "226,500,000".
 *
 * @example
 * formatExact(new Decimal('226.5e6')) //=> '226,500,000'
 */
export function formatExact(value: Decimal): string {
  return formatDecimal(value, value.decimalPlaces());
}

/**
 * A number rounded half-even to some significant digits, with a scale word from a million up:
 * "226.59 million". An interval's end (`side`) is rounded outward instead: a low end down, a
 * high end up, so that the written interval holds the exact one.
 *
 * @example
 * formatRoundedNumber(new Decimal('219033232.63'), 5) //=> '219.03 million'
 * formatRoundedNumber(new Decimal('1234.5678'), 6) //=> '1,234.57'
 * formatRoundedNumber(new Decimal('6.3736264'), 6, 'high') //=> '6.37363'
 */
export function formatRoundedNumber(value: Decimal, significant: number, side?: IntervalSide): string {
  const rounded =
    side === undefined
      ? roundSignificant(value, significant)
      : roundSignificantOutward(value, significant, side);
  for (const [exponent, word] of SCALES) {
    const unit = new Decimal(`1e${exponent}`);
    if (rounded.abs().gte(unit)) return `${rounded.div(unit).toString()} ${word}`;
  }
  return formatExact(rounded);
}

/**
 * A converted amount written to two digits finer than the figure it is set against: the figure's
 * precision is the width of its interval when it has one ("$227 million" is ±0.5 million, so a
 * width of 1 million: shown to 0.01 million), else its last significant digit. Rounded half-even,
 * with a scale word from a million up: "226.59 million USD".
 *
 * @param value - the converted amount
 * @param against - the low and high ends and the point of the figure it is compared with
 * @param currency - the currency to name
 *
 * @example
 * formatAgainst(new Decimal('226586102.72'), { amount: new Decimal('227e6'), low: new Decimal('226.5e6'), high: new Decimal('227.5e6') }, USD) //=> '226.59 million USD'
 * formatAgainst(new Decimal('306100584.65'), { amount: new Decimal('310e6'), low: new Decimal('309.5e6'), high: new Decimal('310.5e6') }, USD) //=> '306.10 million USD'
 */
export function formatAgainst(
  value: Decimal,
  against: { readonly amount: Decimal; readonly low: Decimal | null; readonly high: Decimal | null },
  currency: CurrencyCode,
): string {
  return `${formatAgainstNumber(value, against)} ${currency}`;
}

/**
 * The number part of formatAgainst; an interval's end (`side`) is rounded outward (a low end
 * down, a high end up) instead of half-even.
 *
 * @example
 * formatAgainstNumber(new Decimal('219033232.63'), { amount: new Decimal('227e6'), low: null, high: null }) //=> '219.03 million'
 * formatAgainstNumber(new Decimal('219033232.63'), { amount: new Decimal('227e6'), low: null, high: null }, 'high') //=> '219.04 million'
 */
export function formatAgainstNumber(
  value: Decimal,
  against: { readonly amount: Decimal; readonly low: Decimal | null; readonly high: Decimal | null },
  side?: IntervalSide,
): string {
  const { amount, low, high } = against;
  const width = low !== null && high !== null ? high.minus(low) : null;
  const unitExponent =
    width !== null && width.isPositive() && !width.isZero() ? width.e : amount.e - (amount.sd() - 1);
  const quantumExponent = unitExponent - 2;
  const mode =
    side === undefined ? Decimal.ROUND_HALF_EVEN : side === 'low' ? Decimal.ROUND_FLOOR : Decimal.ROUND_CEIL;
  const rounded = value.toNearest(new Decimal(`1e${quantumExponent}`), mode);
  for (const [exponent, word] of SCALES) {
    if (rounded.abs().gte(new Decimal(`1e${exponent}`))) {
      const decimals = Math.max(0, exponent - quantumExponent);
      return `${formatDecimal(rounded.div(new Decimal(`1e${exponent}`)), decimals)} ${word}`;
    }
  }
  return formatDecimal(rounded, Math.max(0, -quantumExponent));
}

/**
 * A percentage rounded half-even to two decimals, with its sign: "-0.18%" (percentText).
 *
 * @example
 * formatPct(new Decimal('-0.18233693')) //=> '-0.18%'
 */
export const formatPct = percentText;
