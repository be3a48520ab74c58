import { Decimal } from '../money/decimal.js';
import type { Interval } from '../quantity/interval.js';
import type { WrittenNumber } from './readNumber.js';
import type { HedgeReading, ScaleReading } from './types.js';

/** The value of a figure, its interval and the sentence that says how it was read. */
export interface FigureValue {
  readonly value: Decimal;
  readonly interval: Interval;
  readonly reading: string;
}

/** What `figureInterval` needs to know about how a figure was written. */
export interface WrittenFigure {
  readonly number: WrittenNumber;
  readonly negative: boolean;
  readonly scale: ScaleReading | null;
  /** How the reading rule names the scale's unit: "billion", "亿 (10^8)". */
  readonly scaleName: string | null;
  readonly hedge: HedgeReading | null;
}

const ZERO = new Decimal('0');

function closed(low: Decimal | null, high: Decimal | null): Interval {
  return { low, high, lowOpen: false, highOpen: false };
}

/**
 * The power of ten of the figure's last significant digit, before scaling. A figure with a
 * scale word, or written in full without a hedge, counts every written digit ("2,000 million"
 * is to the nearest million); a hedged figure written in full counts only up to its last
 * non-zero digit ("about 1,500,000,000" is to the nearest 100,000,000).
 */
function lastDigitPower(number: WrittenNumber, uptoNonZero: boolean): number {
  const digits = number.integerDigits + number.fractionDigits;
  const fraction = number.fractionDigits.length;
  if (!uptoNonZero) return -fraction;
  const last = digits.search(/[1-9]0*$/);
  if (last < 0) return -fraction;
  return digits.length - 1 - last - fraction;
}

/**
 * Computes a figure's point value, the interval it stands for and its reading rule.
 *
 * The precision is the last written digit: "$227 million" is ±0.5 million, "1.5 billion"
 * ±0.05 billion, "15亿" ±0.5亿. A figure written in full without a scale word is exact unless
 * hedged; a hedged one is rounded at its last non-zero digit. Hedges then shape the range:
 * about → the rounding interval; more than → (v, ∞); at least → [v, ∞); less than → [0, v)
 * (not below zero); up to → [0, v]; nearly → [v − half a digit, v). For a negative figure,
 * "less than" and "up to" have no lower bound instead of zero, so low ≤ high always holds.
 *
 * @param figure - the number, sign, scale and hedge as read
 * @returns the value, interval and reading
 *
 * @example
 * figureInterval({ number: n('227'), negative: false, scale: million, scaleName: 'million', hedge: null })
 * //=> { value: 227000000, interval: [226500000, 227500000], reading: 'rounded to the nearest 1 million, so within ±0.5 million' }
 */
export function figureInterval(figure: WrittenFigure): FigureValue {
  const { number, negative, scale, scaleName, hedge } = figure;
  const exponent = scale?.exponent ?? 0;
  const mantissa = `${negative ? '-' : ''}${number.integerDigits || '0'}.${number.fractionDigits || '0'}`;
  const value = new Decimal(`${mantissa}e${exponent}`);

  const fullAndHedged = scale === null && hedge !== null;
  const power = lastDigitPower(number, fullAndHedged);
  const step = new Decimal(`1e${power}`);
  const half = step.div('2');
  const unit = new Decimal(`1e${exponent + power}`);
  const halfUnit = unit.div('2');
  const unitName = scaleName === null ? '' : ` ${scaleName}`;
  const rounding = fullAndHedged
    ? `written in full but hedged, so rounded at its last non-zero digit: to the nearest ${unit.toString()}, so within ±${halfUnit.toString()}`
    : `rounded to the nearest ${step.toString()}${unitName}, so within ±${half.toString()}${unitName}`;
  const roundingInterval = closed(value.minus(halfUnit), value.plus(halfUnit));
  const positive = value.greaterThan(ZERO);

  if (hedge === null) {
    if (scale === null) return { value, interval: closed(value, value), reading: 'written in full: exact' };
    return { value, interval: roundingInterval, reading: rounding };
  }
  const said = hedge.token.replace(/\s+/g, ' ');
  switch (hedge.kind) {
    case 'approximate':
      return { value, interval: roundingInterval, reading: `${said}: ${rounding}` };
    case 'above':
      return {
        value,
        interval: { low: value, high: null, lowOpen: true, highOpen: false },
        reading: `${said}: strictly above the figure, with no upper bound`,
      };
    case 'at-least':
      return {
        value,
        interval: closed(value, null),
        reading: `${said}: the figure or above, with no upper bound`,
      };
    case 'below':
      return positive
        ? {
            value,
            interval: { low: ZERO, high: value, lowOpen: false, highOpen: true },
            reading: `${said}: strictly below the figure, assuming it is not below zero`,
          }
        : {
            value,
            interval: { low: null, high: value, lowOpen: false, highOpen: true },
            reading: `${said}: strictly below the figure, with no lower bound`,
          };
    case 'at-most':
      return positive || value.isZero()
        ? {
            value,
            interval: closed(ZERO, value),
            reading: `${said}: the figure or below, assuming it is not below zero`,
          }
        : {
            value,
            interval: closed(null, value),
            reading: `${said}: the figure or below, with no lower bound`,
          };
    case 'nearly':
      return {
        value,
        interval: { low: value.minus(halfUnit), high: value, lowOpen: false, highOpen: true },
        reading: `${said}: just below the figure, by at most half its last digit (${
          fullAndHedged ? halfUnit.toString() : `${half.toString()}${unitName}`
        })`,
      };
  }
}
