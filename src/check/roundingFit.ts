/**
 * What a pair that fits only by rounding needs: the values a figure must stand for to meet the
 * other at the reference rate, said in words ("2.31 trillion to 2.41 trillion JPY, 15.5% to 20.3%
 * above its written value").
 */
import { Decimal } from '../money/decimal.js';
import { formatBound } from '../money/format.js';
import { roundOutward, type IntervalSide } from '../money/round.js';
import { mapIncreasing, type Interval } from '../quantity/interval.js';
import type { CheckedFigure, RateRatio } from './types.js';

const HUNDRED = new Decimal('100');
const SCALES: readonly (readonly [number, string])[] = [
  [12, 'trillion'],
  [9, 'billion'],
  [6, 'million'],
];

/** Where two intervals overlap, or null when they do not. */
function overlap(a: Interval, b: Interval): Interval | null {
  const [low, lowOpen] =
    a.low === null || (b.low !== null && b.low.gt(a.low))
      ? [b.low, b.lowOpen]
      : b.low !== null && b.low.eq(a.low)
        ? [a.low, a.lowOpen || b.lowOpen]
        : [a.low, a.lowOpen];
  const [high, highOpen] =
    a.high === null || (b.high !== null && b.high.lt(a.high))
      ? [b.high, b.highOpen]
      : b.high !== null && b.high.eq(a.high)
        ? [a.high, a.highOpen || b.highOpen]
        : [a.high, a.highOpen];
  if (low !== null && high !== null) {
    const order = low.comparedTo(high);
    if (order > 0 || (order === 0 && (lowOpen || highOpen))) return null;
  }
  return { low, high, lowOpen, highOpen };
}

/**
 * The values `side` may stand for, within its whole interval, so that the pair meets the rate
 * `ratio` (quote per base) with `other` taken anywhere in `otherValues`; null when none.
 *
 * @example
 * const check = checkPair([fred], parseFigureOrThrow('2 trillion yen'), parseFigureOrThrow('$17 billion'), { date: '2023-06-01' });
 * const [yen, dollars] = check.figures;
 * fitFor(yen, dollars.tight, { numerator: new Decimal('138.74'), denominator: new Decimal('1') }).low.toFixed(0) //=> '2311408400000'
 */
export function fitFor(side: CheckedFigure, otherValues: Interval, ratio: RateRatio): Interval | null {
  const { numerator, denominator } = ratio;
  // A quote amount is a base amount times N/D; a base amount is a quote amount times D/N.
  const convert =
    side.role === 'quote'
      ? (value: Decimal) => value.times(numerator).div(denominator)
      : (value: Decimal) => value.times(denominator).div(numerator);
  return overlap(side, mapIncreasing(otherValues, convert));
}

/** Decimals that show both ends apart, at least three significant digits of the larger. */
function decimalsFor(low: Decimal | null, high: Decimal | null): number {
  const larger = high ?? low ?? new Decimal('1');
  let decimals = Math.max(0, 2 - larger.e);
  if (low === null || high === null) return decimals;
  while (decimals < 12 && roundOutward(low, decimals, 'low').eq(roundOutward(high, decimals, 'high')))
    decimals += 1;
  return decimals;
}

/** An end in a scale word ("2.31 trillion"), rounded outward. */
function endText(
  value: Decimal,
  side: IntervalSide,
  exponent: number,
  word: string,
  decimals: number,
): string {
  const scaled = value.div(new Decimal(`1e${exponent}`));
  return `${formatBound(scaled, decimals, side)}${word === '' ? '' : ` ${word}`}`;
}

/**
 * The values a figure must stand for, in words, with how far they are from its written value;
 * every end rounded outward, so the words hold the exact values.
 *
 * @example
 * const check = checkPair([fred], parseFigureOrThrow('2 trillion yen'), parseFigureOrThrow('$17 billion'), { date: '2023-06-01' });
 * const [yen, dollars] = check.figures;
 * fitWords(yen, fitFor(yen, dollars.tight, { numerator: new Decimal('138.74'), denominator: new Decimal('1') }))
 * //=> '"2 trillion yen" stands for 2.31 trillion to 2.41 trillion JPY (15.5% to 20.3% above its written value)'
 */
export function fitWords(figure: CheckedFigure, fit: Interval): string {
  const largest = fit.high ?? fit.low ?? figure.amount;
  const [exponent, word] = SCALES.find(([e]) => largest.abs().gte(new Decimal(`1e${e}`))) ?? [0, ''];
  const unit = new Decimal(`1e${exponent}`);
  const decimals = decimalsFor(fit.low?.div(unit) ?? null, fit.high?.div(unit) ?? null);
  const distanceFromWritten = (value: Decimal) => value.div(figure.amount).minus('1').times(HUNDRED);
  const above = fit.low !== null && fit.low.gt(figure.amount);
  const pct = (value: Decimal, side: IntervalSide) =>
    `${formatBound(above ? distanceFromWritten(value) : distanceFromWritten(value).neg(), 1, side)}%`;
  let values: string;
  let distance: string;
  if (fit.high === null) {
    const low = fit.low ?? new Decimal('0');
    values = `${fit.lowOpen ? 'more than' : 'at least'} ${endText(low, 'low', exponent, word, decimals)}`;
    distance = `at least ${pct(low, 'low')} above`;
  } else if (fit.low === null) {
    values = `${fit.highOpen ? 'less than' : 'at most'} ${endText(fit.high, 'high', exponent, word, decimals)}`;
    distance = `at least ${pct(fit.high, 'low')} below`;
  } else {
    values = `${endText(fit.low, 'low', exponent, word, decimals)} to ${endText(fit.high, 'high', exponent, word, decimals)}`;
    distance = above
      ? `${pct(fit.low, 'low')} to ${pct(fit.high, 'high')} above`
      : `${pct(fit.high, 'low')} to ${pct(fit.low, 'high')} below`;
  }
  return `"${figure.text}" stands for ${values} ${figure.currency} (${distance} its written value)`;
}
