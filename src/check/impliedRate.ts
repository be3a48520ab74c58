import type { CurrencyCode } from '../money/currency.js';
import type { Decimal } from '../money/decimal.js';
import type { Interval } from '../quantity/interval.js';
import { marketDirection } from '../fx/marketDirection.js';
import { boundsInterval, type BoundEnd, type RateBounds } from './rateTest.js';
import type { ImpliedRate } from './types.js';
import { formatAmount } from './wording.js';

/** A figure's currency, point value and interval (ends at or above zero, low end bounded). */
export interface FigureAmounts extends Interval {
  readonly currency: CurrencyCode;
  readonly amount: Decimal;
}

/** The implied rate for output and its exact bounds for testing rates. */
export interface ImpliedRateAndBounds {
  /** The implied rate over the figures' whole intervals (checkPair adds the tight interval). */
  readonly implied: Omit<ImpliedRate, 'tight'>;
  readonly bounds: RateBounds;
  /** Which of the two figures is in the base currency (0 or 1). */
  readonly baseIndex: 0 | 1;
}

/**
 * The rate two figures in different currencies imply, in market direction (see marketDirection):
 * the point quote / base and the interval [quote.low / base.high, quote.high / base.low]. Open
 * ends stay open (an end is open when either figure's end it comes from is); a base figure with
 * no upper bound ("more than $2 billion") leaves the rate's low end at 0, open; a quote figure
 * with no upper bound, or a base figure whose low end is 0 ("less than $5 million"), leaves the
 * high end unbounded.
 *
 * @param first - the first figure (positive amount, low end at or above zero)
 * @param second - the second figure, in another currency
 * @returns the implied rate, its bounds as exact fractions, and which figure is the base
 *
 * @example
 * const yuan = { currency: CNY, amount: new Decimal('1.5e9'), low: new Decimal('1.45e9'), high: new Decimal('1.55e9'), lowOpen: false, highOpen: false };
 * const dollars = { currency: USD, amount: new Decimal('2.27e8'), low: new Decimal('2.265e8'), high: new Decimal('2.275e8'), lowOpen: false, highOpen: false };
 * impliedRate(yuan, dollars).implied.low.toFixed(4) //=> '6.3736'
 * impliedRate(yuan, dollars).implied.high.toFixed(4) //=> '6.8433'
 */
export function impliedRate(first: FigureAmounts, second: FigureAmounts): ImpliedRateAndBounds {
  return impliedWith(first, second, undefined);
}

/**
 * impliedRate with the tight interval (the rates a right conversion allows) in its answer, as a
 * check gives it.
 *
 * @param first - the first figure (positive amount, low end at or above zero)
 * @param second - the second figure, in another currency
 * @param tight - the implied rate over the figures' tight intervals
 * @returns the implied rate with its tight interval, its bounds, and which figure is the base
 *
 * @example
 * const yuan = { currency: CNY, amount: new Decimal('1.5e9'), low: new Decimal('1.45e9'), high: new Decimal('1.55e9'), lowOpen: false, highOpen: false };
 * const dollars = { currency: USD, amount: new Decimal('2.27e8'), low: new Decimal('2.265e8'), high: new Decimal('2.275e8'), lowOpen: false, highOpen: false };
 * const tight = { low: new Decimal('6.4'), high: new Decimal('6.8'), lowOpen: false, highOpen: false };
 * impliedRateWithTight(yuan, dollars, tight).implied.tight.low.toString() //=> '6.4'
 */
export function impliedRateWithTight(
  first: FigureAmounts,
  second: FigureAmounts,
  tight: Interval,
): Omit<ImpliedRateAndBounds, 'implied'> & { readonly implied: ImpliedRate } {
  return impliedWith(first, second, tight) as Omit<ImpliedRateAndBounds, 'implied'> & {
    readonly implied: ImpliedRate;
  };
}

function impliedWith(
  first: FigureAmounts,
  second: FigureAmounts,
  tight: Interval | undefined,
): ImpliedRateAndBounds {
  const { bounds, baseIndex, direction } = boundsOf(first, second);
  const [base, quote] = baseIndex === 0 ? [first, second] : [second, first];
  const interval = boundsInterval(bounds);
  const fraction = (end: BoundEnd) =>
    `${formatAmount(end.quoteAmount, quote.currency)} / ${formatAmount(end.baseAmount, base.currency)}`;
  // Words made when read: a scan of many pairs never reads them.
  let words: string | null = null;
  const boundsText = (): string => {
    const lowText = bounds.low === null ? '0 (the base figure has no upper bound)' : fraction(bounds.low);
    const highText =
      bounds.high !== null
        ? fraction(bounds.high)
        : quote.high === null
          ? '∞ (the quote figure has no upper bound)'
          : '∞ (the base figure may be 0)';
    return `${interval.lowOpen ? '(' : '['}${lowText}, ${highText}${interval.highOpen || interval.high === null ? ')' : ']'}`;
  };
  return {
    implied: {
      base: base.currency,
      quote: quote.currency,
      value: quote.amount.div(base.amount),
      low: interval.low,
      lowOpen: interval.lowOpen,
      high: interval.high,
      highOpen: interval.highOpen,
      directionRule: direction.rule,
      get bounds() {
        words ??= boundsText();
        return words;
      },
      ...(tight === undefined ? {} : { tight }),
    },
    bounds,
    baseIndex,
  };
}

/**
 * The exact bounds of the rate two figures imply, and which is the base, as impliedRate gives
 * them, without the words and decimals an answer shows (a check tests against a second, tight
 * interval it never shows).
 *
 * @param first - the first figure (positive amount, low end at or above zero)
 * @param second - the second figure, in another currency
 * @returns the bounds as exact fractions, and which figure is the base
 *
 * @example
 * const yuan = { currency: CNY, amount: new Decimal('1.5e9'), low: new Decimal('1.45e9'), high: new Decimal('1.55e9'), lowOpen: false, highOpen: false };
 * const dollars = { currency: USD, amount: new Decimal('2.27e8'), low: new Decimal('2.265e8'), high: new Decimal('2.275e8'), lowOpen: false, highOpen: false };
 * impliedBounds(yuan, dollars).bounds.low.quoteAmount.toString() //=> '1450000000'
 */
export function impliedBounds(
  first: FigureAmounts,
  second: FigureAmounts,
): Omit<ImpliedRateAndBounds, 'implied'> {
  const { bounds, baseIndex } = boundsOf(first, second);
  return { bounds, baseIndex };
}

function boundsOf(
  first: FigureAmounts,
  second: FigureAmounts,
): { bounds: RateBounds; baseIndex: 0 | 1; direction: ReturnType<typeof marketDirection> } {
  const direction = marketDirection(first, second);
  const baseIndex = direction.base === first.currency ? 0 : 1;
  const [base, quote] = baseIndex === 0 ? [first, second] : [second, first];
  const bounds: RateBounds = {
    low: base.high === null || quote.low === null ? null : { quoteAmount: quote.low, baseAmount: base.high },
    lowOpen: base.high === null || quote.lowOpen || base.highOpen,
    high:
      quote.high === null || base.low === null || base.low.isZero()
        ? null
        : { quoteAmount: quote.high, baseAmount: base.low },
    highOpen: quote.highOpen || base.lowOpen,
  };
  return { bounds, baseIndex, direction };
}
