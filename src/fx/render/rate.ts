/**
 * How every output writes a rate: its value (as published, or to eight significant digits when
 * derived), the one-line citation with source and observed day, and the JSON object. The command
 * line, the page, their copied text and the scenario tables all write rates here.
 */
import type { Decimal } from '../../money/decimal.js';
import { roundHalfEven, roundSignificant } from '../../money/round.js';
import { GIVEN_SOURCE_ID, type GivenQuote } from '../givenRate.js';
import type { AverageQuote } from '../periodAverage.js';
import type { RateQuote } from '../types.js';

/**
 * Writes a rate: a published one with at least four decimals, as H.10 prints them; a derived
 * one (cross, interpolated, averaged) to eight significant digits.
 *
 * @example
 * formatRate(new Decimal('6.62'), false) //=> '6.6200'
 * formatRate(new Decimal('113.15').div('6.62'), true) //=> '17.092145'
 */
export function formatRate(value: Decimal, derived: boolean): string {
  if (derived) return roundSignificant(value, 8).toFixed();
  const text = value.toFixed();
  const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
  return value.toFixed(Math.max(decimals, 4));
}

/** Significant digits a computed rate is written with inside a sentence. */
export const PROSE_RATE_DIGITS = 6;

/**
 * A rate inside a sentence (a check's explanation and diagnosis): a published value (six
 * decimals or fewer) as it is, a computed one rounded half-even to six significant digits and
 * marked "about".
 *
 * @example
 * formatRateInProse(new Decimal('6.62')) //=> '6.62'
 * formatRateInProse(new Decimal('6.607929515418502202643171806167400881057')) //=> 'about 6.60793'
 */
export function formatRateInProse(value: Decimal): string {
  if (value.decimalPlaces() <= PROSE_RATE_DIGITS) return value.toString();
  return `about ${roundSignificant(value, PROSE_RATE_DIGITS).toString()}`;
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
 * An implied rate for reading: four decimals, or four significant figures below 1, rounded
 * half-even (the JSON keeps it whole).
 *
 * @example
 * formatImpliedRate(new Decimal('6.607929515')) //=> '6.6079'
 * formatImpliedRate(new Decimal('0.151057')) //=> '0.1511'
 */
export function formatImpliedRate(value: Decimal): string {
  return value.abs().gte('1') ? roundHalfEven(value, 4).toFixed(4) : roundSignificant(value, 4).toFixed();
}

/**
 * The one-line citation of a rate: value in its published direction, source, observed day (for
 * an average its period, for a rate the user gave the day it is for); the command line writes
 * "rate " before it.
 *
 * @example
 * rateCitation(lookupRate(fred, CNY, USD, '2017-11-15')) //=> '6.6200 CNY per USD · fred-h10 (Fed H.10 noon buying rate, New York) · 2017-11-15'
 */
export function rateCitation(rate: RateQuote): string {
  if (rate.derivation === 'identity') return `1 · same currency, no rate needed`;
  const via = rate.derivation === 'cross' ? ` · cross through ${rate.source.pivot}` : '';
  const average = (rate as Partial<AverageQuote>).average;
  if (average !== undefined) {
    const count = Math.min(...average.legs.map((l) => l.count));
    return `${formatRate(rate.value, true)} ${rate.quote} per ${rate.base} · ${rate.source.id} (${rate.source.name}) · average of ${count} rates, ${average.from}..${average.to}${via}`;
  }
  if (rate.source.id === GIVEN_SOURCE_ID) {
    return `${formatRate(rate.value, false)} ${rate.quote} per ${rate.base} · given by the user, not from a table · for ${rate.requestedDate}`;
  }
  const value = `${formatRate(rate.value, isDerivedRate(rate))} ${rate.quote} per ${rate.base}`;
  return `${value} · ${rate.source.id} (${rate.source.name}) · ${rate.observedDate}${via}`;
}

/**
 * A rate as every command's JSON writes it: value as published, derivation, source, days,
 * policy, notes and legs.
 *
 * @example
 * rateQuoteJson(lookupRate(fred, CNY, USD, '2017-11-15')).value //=> '6.62'
 */
export function rateQuoteJson(rate: RateQuote) {
  return {
    base: rate.base,
    quote: rate.quote,
    value: rate.value.toString(),
    derivation: rate.derivation,
    source: rate.source.id,
    sourceName: rate.source.name,
    requestedDate: rate.requestedDate,
    observedDate: rate.observedDate,
    policy: rate.policy,
    maxAgeDays: rate.maxAgeDays,
    note: rate.note,
    derivationNote: rate.derivationNote,
    legs: rate.legs.map((leg) => ({
      series: leg.seriesId,
      base: leg.base,
      quote: leg.quote,
      value: leg.value.toString(),
      requestedDate: leg.requestedDate,
      observedDate: leg.observedDate,
      ...(leg.between ? { between: leg.between } : {}),
      gaps: leg.gaps,
      ...(leg.gapSpan ? { gapSpan: leg.gapSpan } : {}),
    })),
    attribution: rate.source.attribution,
    ...averageJson(rate),
    ...((rate as Partial<GivenQuote>).given ? { given: (rate as GivenQuote).given } : {}),
  };
}

function averageJson(rate: RateQuote) {
  const average = (rate as Partial<AverageQuote>).average;
  if (average === undefined) return {};
  return {
    average: {
      from: average.from,
      to: average.to,
      method: average.method,
      legs: average.legs.map((leg) => ({
        series: leg.seriesId,
        base: leg.base,
        quote: leg.quote,
        mean: leg.mean.toString(),
        sum: leg.sum.toString(),
        count: leg.count,
        first: leg.first,
        last: leg.last,
        daysWithout: leg.daysWithout,
      })),
    },
  };
}
