import type { Money } from '../money/money.js';
import type { QuotedFigure } from '../parse/types.js';
import { mapIncreasing, type Interval } from '../quantity/interval.js';
import { convertAmount } from './convert.js';
import { currencyMismatch } from './fxErrors.js';
import type { RateQuote } from './types.js';
import { checkArgument } from '../requestFields.js';

/** A quoted figure converted at a dated rate: the point value, its range, and the rate used. */
export interface FigureConversion {
  readonly figure: QuotedFigure;
  readonly from: Money;
  /** Full precision; round only at output. */
  readonly to: Money;
  /** The figure's interval, converted end by end at the same rate. */
  readonly toInterval: Interval;
  readonly rate: RateQuote;
}

/**
 * Converts a quoted figure (point and interval) at a looked-up rate. The rate must convert the
 * figure's own currency (CURRENCY_MISMATCH otherwise: a script passed the wrong rate).
 *
 * @example
 * const rate = lookupRate(fred, CNY, USD, '2017-11-15');
 * convertFigure(parseFigureOrThrow('1.5 billion yuan'), rate).to.amount.toFixed(2) //=> '226586102.72'
 * convertFigure(parseFigureOrThrow('¥1.5 billion', { yen: 'JPY' }), rate) // throws CURRENCY_MISMATCH
 */
export function convertFigure(figure: QuotedFigure, rate: RateQuote): FigureConversion {
  checkArgument('convertFigure', 'figure', 'object', figure);
  checkArgument('convertFigure', 'rate', 'object', rate);
  const currency = figure.currency?.code ?? null;
  if (currency !== rate.from) throw currencyMismatch(currency, rate.from, rate.to);
  const from: Money = { amount: figure.value, currency: rate.from };
  const convert = (amount: typeof figure.value) => convertAmount(amount, rate);
  return {
    figure,
    from,
    to: { amount: convert(figure.value), currency: rate.to },
    // Converting at a positive rate is increasing, so the ends map to the ends.
    toInterval: mapIncreasing(figure.interval, convert),
    rate,
  };
}
