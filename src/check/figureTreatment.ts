/**
 * How a check takes each figure of a pair: as read, at its written value, or (the converted side,
 * written in full) rounded at its last written digit; and which of its values a right conversion
 * lets it stand for (its tight interval, within the rounding limit of its written value).
 */
import { currencyInfo, type CurrencyCode } from '../money/currency.js';
import { Decimal } from '../money/decimal.js';
import { formatDecimal } from '../money/format.js';
import { isPoint, type Interval } from '../quantity/interval.js';
import type { QuotedFigure } from '../parse/types.js';
import type { FigureTreatment } from './types.js';

/**
 * The default rounding limit, in percent: how far from its written value a side may be taken for
 * a `consistent` verdict. Right quotes deviate from the point value by well under 2% (the seed
 * pair by 0.18%); a one-digit figure ("2 trillion yen") otherwise allows 25% to 50%.
 */
export const DEFAULT_ROUNDING_LIMIT_PCT = new Decimal('2');

const HUNDRED = new Decimal('100');
const HALF = new Decimal('0.5');

/** A figure's interval and the sentence that says how it was read. */
export interface TakenFigure {
  readonly interval: Interval;
  readonly reading: string;
  readonly treatment: FigureTreatment;
}

/**
 * Takes a figure as the check needs it: `exact` at its written value (a range at its midpoint);
 * `converted` (the converted side of a pair), with no hedge, at least rounded at its last written
 * digit ("$0.08", written in full, stands for [0.075, 0.085]: a conversion to the cent is rounded
 * to the cent); otherwise as read.
 *
 * @param figure - the parsed figure
 * @param wanted - how the pair asks for it to be taken
 * @returns its interval, reading and how it was taken
 *
 * @example
 * takeFigure(parseFigureOrThrow('$0.08'), 'converted').interval.low.toString() //=> '0.075'
 * takeFigure(parseFigureOrThrow('2 trillion yen'), 'exact').interval.high.toString() //=> '2000000000000'
 * takeFigure(parseFigureOrThrow('$17 billion'), 'converted').treatment //=> 'as-read'
 */
export function takeFigure(figure: QuotedFigure, wanted: FigureTreatment): TakenFigure {
  const { value, interval, reading } = figure;
  if (wanted === 'exact') {
    const point = { low: value, high: value, lowOpen: false, highOpen: false };
    const already = isPoint(interval) && !interval.lowOpen && !interval.highOpen && interval.low?.eq(value);
    return {
      interval: point,
      reading: already
        ? reading
        : `${reading}; taken at its written value, ${formatDecimal(value, value.decimalPlaces())}, as asked`,
      treatment: 'exact',
    };
  }
  if (wanted === 'converted' && figure.hedge === null && figure.range === null) {
    const digit = new Decimal(`1e-${figure.decimals}`);
    const half = digit.times(HALF);
    const [low, high] = [value.minus(half), value.plus(half)];
    // At least half its last written digit either side: a rounding interval already that wide stays.
    const widened = {
      low: interval.low === null || interval.low.lte(low) ? interval.low : low,
      lowOpen: interval.low === null || interval.low.lte(low) ? interval.lowOpen : false,
      high: interval.high === null || interval.high.gte(high) ? interval.high : high,
      highOpen: interval.high === null || interval.high.gte(high) ? interval.highOpen : false,
    };
    if (widened.low !== interval.low || widened.high !== interval.high) {
      return {
        interval: widened,
        reading: isPoint(interval)
          ? `written in full; as the converted figure of the pair, rounded at its last written digit ` +
            `(${digit.toFixed()}), so within ±${half.toFixed()}`
          : `${reading}; as the converted figure of the pair, at least within ±${half.toFixed()} (half its last written digit)`,
        treatment: 'converted',
      };
    }
  }
  return { interval, reading, treatment: 'as-read' };
}

// A scan takes every figure with the same limit, in a few currencies: each worked out once.
let lastLimit: { pct: Decimal; fraction: Decimal } | null = null;
const halfMinors = new Map<CurrencyCode, Decimal>();

/** A percentage as a fraction (2 → 0.02). */
function fractionOfPct(pct: Decimal): Decimal {
  if (lastLimit === null || lastLimit.pct !== pct) lastLimit = { pct, fraction: pct.div(HUNDRED) };
  return lastLimit.fraction;
}

/** Half the currency's minor unit (0.005 for cents). */
function halfMinorOf(currency: CurrencyCode): Decimal {
  let half = halfMinors.get(currency);
  if (half === undefined) {
    half = new Decimal(`1e-${currencyInfo(currency).minorUnits}`).times(HALF);
    halfMinors.set(currency, half);
  }
  return half;
}

/** The written values the two ends are measured from; null where a hedge, not rounding, sets the end. */
function writtenEnds(figure: QuotedFigure): { low: Decimal | null; high: Decimal | null } {
  if (figure.range !== null) return { low: figure.range.low.value, high: figure.range.high.value };
  const kind = figure.hedge?.kind;
  return {
    low: kind === 'below' || kind === 'at-most' || kind === 'nearly' ? null : figure.value,
    high: kind === 'above' || kind === 'at-least' ? null : figure.value,
  };
}

/**
 * The values a right conversion lets a figure stand for: its interval with each end taken at most
 * `limitPct` percent (or half the currency's minor unit, if that is more: a cent cannot be
 * written finer) from the written value. An end a hedge sets ("more than", "up to", "nearly") and
 * a range's spread are kept; only rounding is limited.
 *
 * @param figure - the parsed figure (for its hedge, range and written value)
 * @param interval - the interval the check takes it with (takeFigure)
 * @param currency - its currency (for the minor unit)
 * @param limitPct - the rounding limit in percent
 *
 * @example
 * const yen = parseFigureOrThrow('2 trillion yen');
 * tightInterval(yen, yen.interval, JPY, new Decimal('2')).low.toString() //=> '1960000000000'
 * const more = parseFigureOrThrow('more than $2 billion');
 * tightInterval(more, more.interval, USD, new Decimal('2')).high //=> null
 */
export function tightInterval(
  figure: QuotedFigure,
  interval: Interval,
  currency: CurrencyCode,
  limitPct: Decimal,
): Interval {
  const written = writtenEnds(figure);
  const fraction = fractionOfPct(limitPct);
  const halfMinor = halfMinorOf(currency);
  const slack = (at: Decimal) => Decimal.max(at.abs().times(fraction), halfMinor);
  let { low, lowOpen, high, highOpen } = interval;
  if (written.low !== null) {
    const floor = written.low.minus(slack(written.low));
    if (low === null || low.lt(floor)) [low, lowOpen] = [floor, false];
  }
  if (written.high !== null) {
    const ceiling = written.high.plus(slack(written.high));
    if (high === null || high.gt(ceiling)) [high, highOpen] = [ceiling, false];
  }
  return { low, high, lowOpen, highOpen };
}
