import { wordsForSetting, type SettingNamer } from '../../errors.js';
import { currencyInfo } from '../../money/currency.js';
import type { Decimal } from '../../money/decimal.js';
import { displayDecimals } from '../../money/displayDecimals.js';
import { formatBound, formatDecimal, formatMoneyFull } from '../../money/format.js';
import type { Money } from '../../money/money.js';
import { formatMoneyShort, type ShortFormatLanguage } from '../../vocabulary/formatMoneyShort.js';
import { describeRounding, roundSignificant } from '../../money/round.js';
import type { Conversion, ConvertAnswer } from '../convertJob.js';
import type { AverageQuote } from '../periodAverage.js';
import { isPoint, type Interval } from '../../quantity/interval.js';
import { intervalText } from '../../quantity/intervalText.js';
import { describeAge } from './age.js';
import { passedOverText, rateCitation, rateQuoteJson } from './rate.js';
import { checkFields } from '../../requestFields.js';

/** How the answer is written when not in full: short as prose writes it, in a language of the tables. */
export interface ConvertStyle {
  readonly language: ShortFormatLanguage;
  readonly significant: number;
}

/** Decimals to show a conversion's answer with (displayDecimals). */
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

/** A labelled line of provenance: "via", "average", "method", "source", "note", "latest", "assumed". */
export interface LabelledNote {
  readonly label: string;
  readonly text: string;
}

/** One target's conversion, in the words every output uses. */
export interface ConversionText {
  /** "1,500,000,000.00 CNY = 226,586,102.72 USD", with the rate's day when a latest rate is stale. */
  readonly answer: string;
  /** The rate's citation (rateCitation); the text form writes "rate " before it. */
  readonly rate: string;
  /** Only what needs saying: the legs of a cross, an average's method, the source passed over, the gap filled, a latest rate's age. */
  readonly notes: readonly LabelledNote[];
  /** The range the figure's interval converts to: "[219,033,232.63, 234,138,972.81] USD". */
  readonly range: string;
}

/** A whole conversion answer, in the words every output uses. */
export interface ConvertText {
  readonly conversions: readonly ConversionText[];
  /** How the figure was read and the ranges it converts to ('' when it is exact and unhedged). */
  readonly reading: string;
  /** The figure's ambiguity note and the assumptions made about currencies. */
  readonly notes: readonly LabelledNote[];
  /** "rounded half-even to 2 decimals": how the answers are rounded for display. */
  readonly rounding: string;
}

function answerLine(answer: ConvertAnswer, conversion: Conversion, style: ConvertStyle | undefined): string {
  const line = style
    ? `${shortForm(conversion.from, style)} = ${shortForm(conversion.to, style)}`
    : `${formatMoneyFull(conversion.from, fromDecimals(answer, conversion.from.currency))} = ${formatMoneyFull(conversion.to, toDecimals(conversion))}`;
  // A stale latest rate is said on the answer line itself, not only further down.
  return conversion.latest?.stale ? `${line} (at the rate of ${conversion.rate.observedDate})` : line;
}

function latestNote(conversion: Conversion, dateOption: string): string | undefined {
  const latest = conversion.latest;
  if (latest === undefined) return undefined;
  const observed = conversion.rate.observedDate;
  if (latest.today === undefined || latest.ageDays === undefined) {
    return `no ${dateOption} given, so the latest rate was used (${observed})`;
  }
  if (latest.ageDays < 0) {
    return `no ${dateOption} given, so the latest rate was used (${observed}); it is dated after today (${latest.today}): check the clock`;
  }
  const { today, ageDays } = latest;
  return `no ${dateOption} given, so the latest rate was used; on ${today} it is ${ageDays} day${ageDays === 1 ? '' : 's'} old (${describeAge(observed, today)})`;
}

function conversionNotes(conversion: Conversion, dateOption: string): LabelledNote[] {
  const notes: LabelledNote[] = [];
  const rate = conversion.rate;
  // A published rate "6.6200 CNY per USD" already says how to apply it; a cross needs its legs shown.
  if (rate.derivation === 'cross') notes.push({ label: 'via', text: rate.derivationNote });
  const average = (rate as Partial<AverageQuote>).average;
  if (average !== undefined) {
    if (rate.derivation !== 'cross') notes.push({ label: 'average', text: rate.derivationNote });
    notes.push({ label: 'method', text: average.method });
  }
  const sourceNote = conversion.passedOver.map((p) => passedOverText(p, rate.source.id)).join('; ');
  if (sourceNote) notes.push({ label: 'source', text: sourceNote });
  if (rate.note) notes.push({ label: 'note', text: rate.note });
  const latest = latestNote(conversion, dateOption);
  if (latest) notes.push({ label: 'latest', text: latest });
  return notes;
}

/**
 * A conversion answer in words, the parts the text form and the page's converter panel are both
 * made of: per target the answer, the rate's citation and the notes that need saying; once, how
 * the figure was read, the assumptions and the rounding.
 *
 * @param answer - convertToEach's answer
 * @param style - the short form, when asked for
 * @param name - how the shell names a setting (the day asked for: "--on" on the command line); words by default
 *
 * @example
 * const text = convertText(convertToEach(openShippedStore(), { figure: 'about 1.5 billion yuan', to: 'USD', on: '2017-11-15' }));
 * [text.conversions[0].answer, text.conversions[0].range, text.rounding]
 * //=> ['1,500,000,000.00 CNY = 226,586,102.72 USD', '[219,033,232.62, 234,138,972.81] USD', 'rounded half-even to 2 decimals']
 */
export function convertText(
  answer: ConvertAnswer,
  style?: ConvertStyle,
  name: SettingNamer = wordsForSetting,
): ConvertText {
  const dateOption = name('date', undefined);
  const conversions = answer.conversions.map((c) => ({
    answer: answerLine(answer, c, style),
    rate: rateCitation(c.rate),
    notes: conversionNotes(c, dateOption),
    range: `${intervalText(c.toInterval, (v, side) => formatBound(v, toDecimals(c), side))} ${c.to.currency}`,
  }));
  const figure = answer.figure;
  const reading =
    !isPoint(figure.interval) || figure.hedge
      ? `read "${figure.text}": ${figure.reading}; ${conversions.map((c) => c.range).join('; ')}`
      : '';
  const notes: LabelledNote[] = [];
  if (figure.ambiguity) notes.push({ label: 'note', text: figure.ambiguity.note });
  if (figure.currency?.assumption) notes.push({ label: 'assumed', text: figure.currency.assumption });
  for (const c of answer.conversions) {
    if (c.target?.assumption) {
      notes.push({ label: 'assumed', text: `${c.target.assumption} (the currency to convert to)` });
    }
  }
  const rounding = style
    ? `rounded half-even to ${style.significant} significant figures`
    : [
        ...new Set(
          answer.conversions.map((c) => describeRounding({ mode: 'half-even', decimals: toDecimals(c) })),
        ),
      ].join(', ');
  return { conversions, reading, notes, rounding };
}

const noteLine = (note: LabelledNote): string => `${note.label}: ${note.text}`;

/**
 * The human form: per target the answer and one provenance line, then only what needs saying
 * (the gap that was filled, the source passed over, how old a latest rate is); then, once, how
 * the figure was read and the range each target's conversion spans, and the rounding.
 *
 * @example
 * renderConvertText(convertToEach(openShippedStore(), { figure: '1.5 billion yuan', to: 'USD', on: '2017-11-15' })).split('\n')[0]
 * //=> '1,500,000,000.00 CNY = 226,586,102.72 USD'
 */
export function renderConvertText(
  answer: ConvertAnswer,
  style?: ConvertStyle,
  name: SettingNamer = wordsForSetting,
): string {
  checkFields('renderConvertText', 'answer', answer, { figure: 'object', conversions: 'list' });
  const text = convertText(answer, style, name);
  const lines = [
    ...text.conversions.flatMap((c) => [c.answer, `rate ${c.rate}`, ...c.notes.map(noteLine)]),
    ...(text.reading ? [text.reading] : []),
    ...text.notes.map(noteLine),
    `${text.rounding} for display; ${name('fullPrecision', undefined)}`,
  ];
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
  const sourceNote = conversion.passedOver.map((p) => passedOverText(p, rate.source.id)).join('; ');
  return { ...rateQuoteJson(rate), ...(sourceNote ? { sourceNote } : {}) };
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
