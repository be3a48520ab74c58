import type { Decimal } from '../money/decimal.js';
import { isPoint, type Interval } from '../quantity/interval.js';
import { intervalText } from '../quantity/intervalText.js';
import { formatRateInProse as formatRate } from '../fx/render/rate.js';
import { deviationWords } from './render/deviation.js';
import { impliedBounds } from './impliedRate.js';
import { rateTest } from './rateTest.js';
import { fitFor, fitWords } from './roundingFit.js';
import type { CheckedFigure, Diagnosis, ImpliedRate, RateRatio, SourceCheck } from './types.js';
import {
  formatAmount,
  formatExact,
  formatPct,
  formatAgainst,
  formatAgainstNumber,
  formatRoundedNumber,
  RATE_DIGITS,
} from './wording.js';

/** What the explanation of a check is built from. */
export interface ExplainInput {
  readonly figures: readonly [CheckedFigure, CheckedFigure];
  readonly implied: ImpliedRate;
  /** The reference the verdict comes from (the best source). */
  readonly reference: SourceCheck;
  readonly ratio: RateRatio;
  readonly tolerancePct: Decimal;
  /** How far from its written value a side may be taken for a consistent verdict, in percent. */
  readonly roundingLimitPct: Decimal;
  readonly diagnosis: Diagnosis | null;
}

function sameEnd(a: Decimal | null, b: Decimal | null): boolean {
  return a === null || b === null ? a === b : a.eq(b);
}

/** Whether two intervals are the same (the tight one is the whole one when no rounding was limited). */
function sameInterval(a: Interval, b: Interval): boolean {
  return (
    sameEnd(a.low, b.low) && sameEnd(a.high, b.high) && a.lowOpen === b.lowOpen && a.highOpen === b.highOpen
  );
}

/**
 * Says in words a reader can quote what the check found: the first figure converted at the best
 * source's rate (rounded half-even for display, two digits finer than the second figure's
 * precision: formatAgainst), set against the range the second figure allows; then the verdict, and for an
 * inconsistent pair the diagnosis. A consistent pair says whether the first figure taken as exact
 * already fits, or only once both figures' rounding is allowed.
 *
 * @param input - the figures, the implied rate, the best reference and its exact ratio, the tolerance, the diagnosis
 * @returns one or two sentences
 *
 * @example
 * const result = checkPair([fred], parseFigureOrThrow('about 1.5 billion yuan'), parseFigureOrThrow('$227 million'), { date: '2017-11-15' });
 * result.explanation.startsWith('1,500,000,000 CNY / 6.62 CNY per USD = 226.59 million USD, which rounds to the quoted "$227 million"') //=> true
 */
export function explainCheck(input: ExplainInput): string {
  const { figures, implied, reference, ratio, tolerancePct, roundingLimitPct, diagnosis } = input;
  const limit = `${roundingLimitPct.toString()}%`;
  const [first, second] = figures;
  const { numerator, denominator } = ratio;
  // From the first figure's currency to the second's: divide by the rate from the quote side.
  const fromQuote = first.role === 'quote';
  const convert = (amount: Decimal) =>
    fromQuote ? amount.times(denominator).div(numerator) : amount.times(numerator).div(denominator);
  const converted = convert(first.amount);
  const rounded = (value: Decimal, side: 'low' | 'high') => formatAgainstNumber(value, second, side);
  const rateText = `${formatRate(reference.value)} ${implied.quote} per ${implied.base}`;
  const calc = `${formatAmount(first.amount, first.currency)} ${fromQuote ? '/' : '×'} ${rateText} = ${formatAgainst(converted, second, second.currency)}`;
  const secondRange = `${intervalText(second, formatExact)} ${second.currency}`;
  const quoted = `the quoted "${second.text}" (${secondRange})`;
  const observed =
    reference.observedDate === reference.requestedDate
      ? reference.observedDate
      : `${reference.observedDate} (used for ${reference.requestedDate})`;
  const cite = `${reference.source} rate (${reference.sourceName}) of ${observed}`;
  // "6.44% above the … rate", never "-97.72% from": a reader should not have to read a sign.
  const deviation = deviationWords(reference.deviationPct) ?? 'equal to';
  const impliedText = `${formatRate(implied.value)} ${implied.quote} per ${implied.base}`;

  if (reference.verdict === 'consistent') {
    // Does the first figure's point alone convert into the second figure's range?
    const pointOnly = impliedBounds(
      { ...first, low: first.amount, high: first.amount, lowOpen: false, highOpen: false },
      { ...second, ...second.tight },
    );
    const exactFits = rateTest(pointOnly.bounds, tolerancePct).position(ratio) === 'inside';
    if (exactFits) {
      const evenIf = isPoint(first) ? '' : ` even if "${first.text}" is taken as exact`;
      // "rounds to" only where the second figure is a rounding interval; a hedge such as "more than" is a range.
      const rounding = second.low !== null && second.high !== null && !second.lowOpen && !second.highOpen;
      return `${calc}, which ${rounding ? 'rounds to' : 'lies within'} ${quoted}, so the pair is consistent with the ${cite}${evenIf}.`;
    }
    // The first figure's values a right conversion allows (its rounding, within the limit).
    const { tight } = first;
    const firstRange = `${intervalText(tight, formatExact)} ${first.currency}`;
    const convertedRange = `${intervalText(
      {
        low: tight.low === null ? null : convert(tight.low),
        high: tight.high === null ? null : convert(tight.high),
        lowOpen: tight.lowOpen,
        highOpen: tight.highOpen,
      },
      rounded,
    )} ${second.currency}`;
    return (
      `${calc}, outside ${quoted}; but "${first.text}" stands for ${firstRange} (its rounding, at most ${limit} from its written value), ` +
      `which converts to ${convertedRange} and meets that range, so the pair is consistent with the ${cite} once both figures' rounding is allowed.`
    );
  }

  if (reference.verdict === 'close') {
    const outsideTight =
      reference.outsideTightByPct === null
        ? ''
        : `, ${formatPct(reference.outsideTightByPct)} outside the range the figures allow${
            sameInterval(implied, implied.tight) ? '' : ` within ${limit} of their written values`
          }`;
    return (
      `${calc}, outside ${quoted}: the implied rate ${impliedText} is ${deviation} the ${cite}${outsideTight}, ` +
      `within the ${tolerancePct.toString()}% tolerance, so the pair is close (another fixing or an intraday move would explain it).`
    );
  }
  if (reference.verdict === 'fits-only-by-rounding') {
    // Which figure must stretch: one side alone, with the other within the limit; else both.
    const [one, other] = [first, second] as const;
    const alone = [
      [one, fitFor(one, other.tight, ratio)] as const,
      [other, fitFor(other, one.tight, ratio)] as const,
    ].flatMap(([figure, fit]) => (fit === null ? [] : [fitWords(figure, fit)]));
    const both = [
      [one, fitFor(one, other, ratio)] as const,
      [other, fitFor(other, one, ratio)] as const,
    ].flatMap(([figure, fit]) => (fit === null ? [] : [fitWords(figure, fit)]));
    const needs = alone.length > 0 ? alone.join(', or if ') : both.join(' and ');
    return (
      `${calc}, not ${quoted}: the pair fits the ${cite} only if ${needs}, ` +
      `further than the ${limit} a right conversion is rounded by, so it fits only by rounding, and is not consistent.` +
      (diagnosis === null ? '' : ` ${diagnosis.summary}`)
    );
  }
  const outside =
    reference.outsideByPct === null
      ? ''
      : `, ${formatPct(reference.outsideByPct)} outside the range the figures allow`;
  const allowed = intervalText(implied, (value, side) => formatRoundedNumber(value, RATE_DIGITS, side));
  return (
    `${calc}, not ${quoted}: the implied rate ${impliedText} (the figures allow ${allowed}) is ${deviation} the ${cite}${outside}, ` +
    `beyond the ${tolerancePct.toString()}% tolerance, so the pair is inconsistent.` +
    (diagnosis === null ? '' : ` ${diagnosis.summary}`)
  );
}
