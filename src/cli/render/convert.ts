import { currencyInfo } from '../../money/currency.js';
import { Decimal as DecimalOf, type Decimal } from '../../money/decimal.js';
import {
  formatBound,
  formatDecimal,
  formatMoneyFull,
  formatMoneyShort,
  type ShortFormatLanguage,
} from '../../money/format.js';
import type { Money } from '../../money/money.js';
import { describeRounding, roundHalfEven, roundSignificant } from '../../money/round.js';
import type { Conversion, ConvertAnswer } from '../../fx/convertJob.js';
import type { RateQuote } from '../../fx/types.js';
import { GIVEN_SOURCE_ID, type GivenQuote } from '../../fx/givenRate.js';
import type { AverageQuote } from '../../fx/periodAverage.js';
import { isPoint, type Interval } from '../../quantity/interval.js';
import { describeAge } from './age.js';

/** How the answer is written when not in full: short as prose writes it, in a language of the tables. */
export interface ConvertStyle {
  readonly language: ShortFormatLanguage;
  readonly significant: number;
}

/**
 * Writes a rate: a published one with at least four decimals, as H.10 prints them; a derived
 * one (cross, interpolated) to eight significant digits.
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
 * The one-line citation of a rate: value in its published direction, source, observed day.
 *
 * @example
 * rateLine(lookupRate(fred, CNY, USD, '2017-11-15')) //=> 'rate 6.6200 CNY per USD · fred-h10 (Fed H.10 noon buying rate, New York) · 2017-11-15'
 */
export function rateLine(rate: RateQuote): string {
  if (rate.derivation === 'identity') return `rate 1 · same currency, no rate needed`;
  const average = (rate as Partial<AverageQuote>).average;
  if (average !== undefined) {
    const count = Math.min(...average.legs.map((l) => l.count));
    const via = rate.derivation === 'cross' ? ` · cross through ${rate.source.pivot}` : '';
    return `rate ${formatRate(rate.value, true)} ${rate.quote} per ${rate.base} · ${rate.source.id} (${rate.source.name}) · average of ${count} rates, ${average.from}..${average.to}${via}`;
  }
  if (rate.source.id === GIVEN_SOURCE_ID) {
    return `rate ${formatRate(rate.value, false)} ${rate.quote} per ${rate.base} · given by the user, not from a table · for ${rate.requestedDate}`;
  }
  const derived = rate.derivation === 'cross' || rate.legs.some((leg) => leg.between);
  const value = `rate ${formatRate(rate.value, derived)} ${rate.quote} per ${rate.base}`;
  const source = `${rate.source.id} (${rate.source.name})`;
  const via = rate.derivation === 'cross' ? ` · cross through ${rate.source.pivot}` : '';
  return `${value} · ${source} · ${rate.observedDate}${via}`;
}

/**
 * An interval in brackets, each end rounded outward (a low end down, a high end up, so that it
 * holds the exact interval): [ ] closed ends, ( ) open or unbounded ones.
 *
 * @example
 * intervalText({ low: new Decimal('1'), high: null, lowOpen: true, highOpen: false }, 2, 'USD') //=> '(1.00, ∞) USD'
 */
export function intervalText(interval: Interval, decimals: number, currency: string): string {
  const end = (value: Decimal | null, side: 'low' | 'high') =>
    value === null ? (side === 'low' ? '−∞' : '∞') : formatBound(value, decimals, side);
  const open = interval.lowOpen || interval.low === null ? '(' : '[';
  const close = interval.highOpen || interval.high === null ? ')' : ']';
  return `${open}${end(interval.low, 'low')}, ${end(interval.high, 'high')}${close} ${currency}`;
}

/**
 * Decimals to show an amount with: the currency's minor units, or, for an amount too small to
 * show at them (100 VEF is 0.0004 USD), enough for three significant figures.
 */
function displayDecimals(amount: Decimal, minorUnits: number): number {
  if (amount.isZero() || amount.abs().gte(new DecimalOf(`1e-${minorUnits}`))) return minorUnits;
  return Math.max(minorUnits, -amount.abs().e + 2);
}

function toDecimals(conversion: Conversion): number {
  return displayDecimals(conversion.to.amount, currencyInfo(conversion.to.currency).minorUnits);
}

/** Decimals to show the figure with: its minor units, or more if more were written (€1.234). */
function fromDecimals(answer: ConvertAnswer, currency: Money['currency']): number {
  return Math.max(currencyInfo(currency).minorUnits, answer.figure.decimals);
}

function shortForm(value: Money, style: ConvertStyle): string {
  return formatMoneyShort(value, { significant: style.significant, language: style.language });
}

function answerLine(answer: ConvertAnswer, conversion: Conversion, style: ConvertStyle | undefined): string {
  const line = style
    ? `${shortForm(conversion.from, style)} = ${shortForm(conversion.to, style)}`
    : `${formatMoneyFull(conversion.from, fromDecimals(answer, conversion.from.currency))} = ${formatMoneyFull(conversion.to, toDecimals(conversion))}`;
  // A stale latest rate is said on the answer line itself, not only further down.
  return conversion.latest?.stale ? `${line} (at the rate of ${conversion.rate.observedDate})` : line;
}

function latestLine(conversion: Conversion): string | undefined {
  const latest = conversion.latest;
  if (latest === undefined) return undefined;
  const observed = conversion.rate.observedDate;
  if (latest.today === undefined || latest.ageDays === undefined) {
    return `latest: no --on given, so the latest rate was used (${observed})`;
  }
  if (latest.ageDays < 0) {
    return `latest: no --on given, so the latest rate was used (${observed}); it is dated after today (${latest.today}): check the clock`;
  }
  const { today, ageDays } = latest;
  return `latest: no --on given, so the latest rate was used; on ${today} it is ${ageDays} day${ageDays === 1 ? '' : 's'} old (${describeAge(observed, today)})`;
}

function conversionLines(
  answer: ConvertAnswer,
  conversion: Conversion,
  style: ConvertStyle | undefined,
): string[] {
  const lines = [answerLine(answer, conversion, style), rateLine(conversion.rate)];
  const rate = conversion.rate;
  // A published rate "6.6200 CNY per USD" already says how to apply it; a cross needs its legs shown.
  if (rate.derivation === 'cross') lines.push(`via: ${rate.derivationNote}`);
  const average = (rate as Partial<AverageQuote>).average;
  if (average !== undefined) {
    if (rate.derivation !== 'cross') lines.push(`average: ${rate.derivationNote}`);
    lines.push(`method: ${average.method}`);
  }
  const sourceNote = conversion.passedOver
    .map((p) => `${p.reason}, so ${rate.source.id} was used`)
    .join('; ');
  if (sourceNote) lines.push(`source: ${sourceNote}`);
  if (rate.note) lines.push(`note: ${rate.note}`);
  const latest = latestLine(conversion);
  if (latest) lines.push(latest);
  return lines;
}

/**
 * The human form: per target the answer and one provenance line, then only what needs saying
 * (the gap that was filled, the source passed over, how old a latest rate is); then, once, how
 * the figure was read and the range each target's conversion spans, and the rounding.
 *
 * @example
 * renderConvertText(convertToEach(openShippedStore(), { figure: '1.5 billion yuan', to: 'USD', on: '2017-11-15' })).split('\n')[0]
 * //=> '1,500,000,000.00 CNY = 226,586,102.72 USD'
 */
export function renderConvertText(answer: ConvertAnswer, style?: ConvertStyle): string {
  const lines = answer.conversions.flatMap((c) => conversionLines(answer, c, style));
  const figure = answer.figure;
  if (!isPoint(figure.interval) || figure.hedge) {
    const ranges = answer.conversions
      .map((c) => intervalText(c.toInterval, toDecimals(c), c.to.currency))
      .join('; ');
    lines.push(`read "${figure.text}": ${figure.reading}; ${ranges}`);
  }
  if (figure.ambiguity) lines.push(`note: ${figure.ambiguity.note}`);
  if (figure.currency?.assumption) lines.push(`assumed: ${figure.currency.assumption}`);
  for (const c of answer.conversions) {
    if (c.target?.assumption) lines.push(`assumed: ${c.target.assumption} (the currency to convert to)`);
  }
  const rounding = style
    ? `rounded half-even to ${style.significant} significant figures`
    : [
        ...new Set(
          answer.conversions.map((c) => describeRounding({ mode: 'half-even', decimals: toDecimals(c) })),
        ),
      ].join(', ');
  lines.push(`${rounding} for display; --json gives full precision`);
  return `${lines.join('\n')}\n`;
}

/**
 * The amounts alone, one per target, for shell pipelines: no grouping, no currency; rounded
 * half-even to the currency's minor units, or to `significant` figures.
 *
 * @example
 * renderConvertValue(convertToEach(openShippedStore(), { figure: '1.5 billion yuan', to: 'USD', on: '2017-11-15' })) //=> '226586102.72\n'
 */
export function renderConvertValue(answer: ConvertAnswer, significant?: number): string {
  return answer.conversions
    .map((c) =>
      significant === undefined
        ? formatDecimal(c.to.amount, toDecimals(c), '')
        : roundSignificant(c.to.amount, significant).toFixed(),
    )
    .map((line) => `${line}\n`)
    .join('');
}

function decimalOrNull(value: Decimal | null): string | null {
  return value === null ? null : value.toString();
}

function intervalJson(interval: Interval) {
  return {
    low: decimalOrNull(interval.low),
    high: decimalOrNull(interval.high),
    lowOpen: interval.lowOpen,
    highOpen: interval.highOpen,
  };
}

function rateJson(conversion: Conversion) {
  const rate = conversion.rate;
  const sourceNote = conversion.passedOver
    .map((p) => `${p.reason}, so ${rate.source.id} was used`)
    .join('; ');
  return { ...rateQuoteJson(rate), ...(sourceNote ? { sourceNote } : {}) };
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

function toJson(conversion: Conversion, style: ConvertStyle | undefined) {
  const decimals = toDecimals(conversion);
  return {
    amount: conversion.to.amount.toString(),
    currency: conversion.to.currency,
    ...intervalJson(conversion.toInterval),
    rounded: formatDecimal(conversion.to.amount, decimals, ''),
    rounding: describeRounding({ mode: 'half-even', decimals }),
    ...(style ? { short: shortForm(conversion.to, style) } : {}),
  };
}

function latestJson(conversion: Conversion) {
  const latest = conversion.latest;
  if (latest === undefined) return {};
  return {
    latest: {
      date: latest.date,
      ...(latest.today === undefined ? {} : { today: latest.today, ageDays: latest.ageDays }),
      stale: latest.stale,
    },
  };
}

/**
 * The JSON form: one object, decimals as full-precision strings, dates as YYYY-MM-DD. One target
 * gives { from, to, rate, latest? }; several give { from, conversions: [{ to, rate, latest? }] }.
 *
 * @example
 * JSON.parse(renderConvertJson(convertToEach(openShippedStore(), { figure: '1.5 billion yuan', to: 'USD', on: '2017-11-15' }))).rate.value //=> '6.62'
 */
export function renderConvertJson(answer: ConvertAnswer, style?: ConvertStyle): string {
  const figure = answer.figure;
  const first = answer.conversions[0];
  const from = {
    amount: figure.value.toString(),
    currency: first?.from.currency ?? figure.currency?.code ?? null,
    text: figure.text,
    ...intervalJson(figure.interval),
    reading: figure.reading,
    hedge: figure.hedge?.token ?? null,
    scale: figure.scale?.token ?? null,
    currencyToken: figure.currency?.token ?? null,
    assumption: figure.currency?.assumption ?? null,
    decimals: figure.decimals,
    notation: figure.notation,
    ambiguity: figure.ambiguity
      ? {
          note: figure.ambiguity.note,
          alternatives: figure.ambiguity.alternatives.map((a) => JSON.parse(JSON.stringify(a)) as unknown),
        }
      : null,
    range: figure.range
      ? {
          low: { text: figure.range.low.text, amount: figure.range.low.value.toString() },
          high: { text: figure.range.high.text, amount: figure.range.high.value.toString() },
        }
      : null,
  };
  const body =
    answer.conversions.length === 1 && first !== undefined
      ? { from, to: toJson(first, style), rate: rateJson(first), ...latestJson(first) }
      : {
          from,
          conversions: answer.conversions.map((c) => ({
            to: toJson(c, style),
            rate: rateJson(c),
            ...latestJson(c),
          })),
        };
  return `${JSON.stringify(body, null, 2)}\n`;
}
