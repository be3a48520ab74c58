import { Decimal } from '../money/decimal.js';
import type { Interval } from '../quantity/interval.js';
import { endStep, type EndValue } from './interpretFigure.js';
import type { HedgeReading } from './types.js';

/** The value of a figure, its interval and the sentence that says how it was read. */
export interface FigureValue {
  readonly value: Decimal;
  readonly interval: Interval;
  readonly reading: string;
}

const ZERO = new Decimal('0');
const TWO = new Decimal('2');

/** Half a unit of each power of ten, made once: 5e7 for a step of 1e8 (a figure's bound needs one). */
const HALVES = new Map<number, Decimal>();
function halfOfPower(p: number): Decimal {
  let half = HALVES.get(p);
  if (half === undefined) {
    half = new Decimal(`5e${p - 1}`);
    HALVES.set(p, half);
  }
  return half;
}

function closed(low: Decimal | null, high: Decimal | null): Interval {
  return { low, high, lowOpen: false, highOpen: false };
}

/** Ten to the power `p`, written plainly: 1000, 1, 0.01. */
function powerText(p: number): string {
  return p >= 0 ? `1${'0'.repeat(p)}` : `0.${'0'.repeat(-p - 1)}1`;
}

/** Half of ten to the power `p`, written plainly: 500, 0.5, 0.005. */
function halfPowerText(p: number): string {
  return p >= 1 ? `5${'0'.repeat(p - 1)}` : `0.${'0'.repeat(-p)}5`;
}

/** The step and half-step in the unit of the scale word: "0.1" and "0.05" for "1.5 billion". */
function stepTexts(end: EndValue): { step: string; half: string } {
  if (end.stepPower !== null) {
    const p = end.stepPower - end.unitExponent;
    return { step: powerText(p), half: halfPowerText(p) };
  }
  const step = endStep(end).div(new Decimal(`1e${end.unitExponent}`));
  return { step: step.toFixed(), half: step.div(TWO).toFixed() };
}

/** Half the step of an end, as a Decimal (built from text when the step is a power of ten). */
function halfStep(end: EndValue): Decimal {
  return end.stepPower === null ? endStep(end).div(TWO) : halfOfPower(end.stepPower);
}

/** The texts of a rounding to a power of ten of a unit, by unit name and power: a figure reuses its kind's. */
const ROUNDING_TEXTS = new Map<string | null, Map<number, { sentence: string; halfText: string }>>();

function roundingTexts(p: number, unit: string | null): { sentence: string; halfText: string } {
  let byPower = ROUNDING_TEXTS.get(unit);
  if (byPower === undefined) {
    byPower = new Map();
    ROUNDING_TEXTS.set(unit, byPower);
  }
  let texts = byPower.get(p);
  if (texts === undefined) {
    const unitName = unit === null ? '' : ` ${unit}`;
    const half = halfPowerText(p);
    texts = {
      sentence: `rounded to the nearest ${powerText(p)}${unitName}, so within ±${half}${unitName}`,
      halfText: `${half}${unitName}`,
    };
    byPower.set(p, texts);
  }
  return texts;
}

interface Rounding {
  readonly half: Decimal;
  readonly sentence: string;
  readonly halfText: string;
}

/**
 * How one end is rounded: at its last written digit; a figure written in full is exact unless
 * hedged, and a hedged one is rounded at its last non-zero digit. Percentages (`alwaysRounded`)
 * are rounded at their last written digit even without a scale word: "1.6%" is ±0.05.
 */
function roundingOf(end: EndValue, hedged: boolean, alwaysRounded: boolean): Rounding | null {
  if (end.exact && !alwaysRounded) {
    if (!hedged) return null;
    const p = end.lastNonZeroPower;
    const halfText = halfPowerText(p);
    return {
      half: halfOfPower(p),
      halfText,
      sentence: `written in full but hedged, so rounded at its last non-zero digit: to the nearest ${powerText(p)}, so within ±${halfText}`,
    };
  }
  if (end.stepPower !== null) {
    const texts = roundingTexts(end.stepPower - end.unitExponent, end.unitName);
    return { half: halfOfPower(end.stepPower), halfText: texts.halfText, sentence: texts.sentence };
  }
  const unitName = end.unitName === null ? '' : ` ${end.unitName}`;
  const { step, half } = stepTexts(end);
  return {
    half: halfStep(end),
    halfText: `${half}${unitName}`,
    sentence: `rounded to the nearest ${step}${unitName}, so within ±${half}${unitName}`,
  };
}

/**
 * Computes a figure's point value, the interval it stands for and its reading rule.
 *
 * The precision is the last written digit: "$227 million" is ±0.5 million, "1.5 billion"
 * ±0.05 billion, "15亿" ±0.5亿, "two and a half billion" ±0.25 billion (a spelled half rounds to
 * halves). A figure written in full without a scale word is exact unless hedged; a hedged one
 * is rounded at its last non-zero digit. Hedges then shape the range: about → the rounding
 * interval; more than → (v, ∞); at least → [v, ∞); less than → [0, v) (not below zero); up to
 * → [0, v]; nearly → [v − half a digit, v). For a negative figure, "less than" and "up to" have
 * no lower bound instead of zero, so low ≤ high always holds.
 *
 * @param end - the figure's value and precision, in one language
 * @param hedge - the hedge read, or null
 * @param alwaysRounded - true for percentages: rounded at the last digit even when written in full
 * @returns the value, interval and reading
 *
 * @example
 * const end = { value: new Decimal('227000000'), stepPower: 6, fractionStep: null, exact: false, lastNonZeroPower: 6, unitExponent: 6, unitName: 'million' };
 * figureInterval(end, null).interval.low //=> '226500000'
 * figureInterval(end, null).reading //=> 'rounded to the nearest 1 million, so within ±0.5 million'
 */
export function figureInterval(
  end: EndValue,
  hedge: HedgeReading | null,
  alwaysRounded = false,
): FigureValue {
  const value = end.value;
  const rounding = roundingOf(end, hedge !== null, alwaysRounded);
  if (hedge === null) {
    if (rounding === null)
      return { value, interval: closed(value, value), reading: 'written in full: exact' };
    return {
      value,
      interval: closed(value.minus(rounding.half), value.plus(rounding.half)),
      reading: rounding.sentence,
    };
  }
  const said = hedge.token.replace(/\s+/g, ' ');
  const half = rounding?.half ?? ZERO;
  const positive = value.greaterThan(ZERO);
  switch (hedge.kind) {
    case 'approximate':
      return {
        value,
        interval: closed(value.minus(half), value.plus(half)),
        reading: `${said}: ${rounding?.sentence ?? 'exact'}`,
      };
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
      // As for "less than": only a positive figure is assumed not below zero ("up to 0" may be a loss).
      return positive
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
        interval: { low: value.minus(half), high: value, lowOpen: false, highOpen: true },
        reading: `${said}: just below the figure, by at most half its last digit (${rounding?.halfText ?? '0'})`,
      };
  }
}

/**
 * The interval of a range ("1.5-2 billion yuan", "$1.5bn-$2bn", "between 1.5 and 2 billion"):
 * from the low end's lower rounding bound to the high end's upper one. Both ends are rounded at
 * the finer of their last written digits ("1.5-2 billion" is [1.45, 2.05] billion: the "2" of a
 * range whose other end has tenths is read to tenths); an end written in full stays exact. The
 * point value is the midpoint, and the reading says so. Only "about" may hedge a range.
 *
 * @param low - the first end's value and precision
 * @param high - the second end's
 * @param hedge - null or an approximate hedge
 * @param texts - the two ends as written, for the reading
 * @param alwaysRounded - true for percentages
 * @returns the midpoint, the interval and the reading
 *
 * @example
 * const low = { value: new Decimal('1500000000'), stepPower: 8, fractionStep: null, exact: false, lastNonZeroPower: 8, unitExponent: 9, unitName: 'billion' };
 * const high = { value: new Decimal('2000000000'), stepPower: 9, fractionStep: null, exact: false, lastNonZeroPower: 9, unitExponent: 9, unitName: 'billion' };
 * rangeInterval(low, high, null, ['1.5', '2 billion']).interval.high //=> '2050000000'
 */
export function rangeInterval(
  low: EndValue,
  high: EndValue,
  hedge: HedgeReading | null,
  texts: readonly [string, string],
  alwaysRounded = false,
): FigureValue {
  const rounded = [low, high].filter((e) => !e.exact || alwaysRounded);
  const finest = rounded.reduce<EndValue | null>(
    (best, e) => (best === null || endStep(e).lt(endStep(best)) ? e : best),
    null,
  );
  const half = (end: EndValue) =>
    finest === null || (end.exact && !alwaysRounded) ? ZERO : halfStep(finest);
  const value = low.value.plus(high.value).div(TWO);
  const interval = closed(low.value.minus(half(low)), high.value.plus(half(high)));
  const said = hedge === null ? '' : `${hedge.token.replace(/\s+/g, ' ')}: `;
  const from = `a range from "${texts[0]}" to "${texts[1]}"`;
  const precision =
    finest === null
      ? 'both ends written in full, so exact'
      : `each end rounded to the nearest ${stepTexts(finest).step}${finest.unitName === null ? '' : ` ${finest.unitName}`}${
          rounded.length < 2 ? ' (the end written in full is exact)' : ''
        }`;
  // The interval as written beside the one widened by rounding: "5% to 8%" is 5 to 8, or 4.5 to 8.5.
  const written =
    finest === null
      ? ''
      : `; as written ${low.value.toFixed()} to ${high.value.toFixed()}, widened by rounding ${interval.low?.toFixed() ?? ''} to ${interval.high?.toFixed() ?? ''}`;
  return {
    value,
    interval,
    reading: `${said}${from}: ${precision}${written}; its point value is the midpoint`,
  };
}
