import { currencyInfo, type CurrencyCode, type CurrencyInfo } from '../../money/currency.js';
import type { Decimal } from '../../money/decimal.js';
import { formatDecimal, formatMoneyFull, formatMoneyShort } from '../../money/format.js';
import type { Money } from '../../money/money.js';
import { describeRounding, roundSignificant } from '../../money/round.js';
import type { FigureConversion } from '../../fx/convertFigure.js';
import type { RateQuote } from '../../fx/types.js';
import { describeAge } from './age.js';
import { isPoint, type Interval } from '../../quantity/interval.js';

/** What the convert command knows beyond the conversion itself. */
export interface ConvertContext {
  /** Set when no --on was given and the latest observation was used. */
  readonly latest?: { readonly today: string; readonly ageDays: number };
  /** How the answer is written: in full (default), or short as prose writes it, in English or Chinese. */
  readonly style?: { readonly kind: 'short' | 'zh'; readonly significant: number };
  /** Why a preferred source was passed over, when one was. */
  readonly sourceNote?: string;
  /** Where minor units come from (the shipped table in the CLI); Intl by default. */
  readonly currencies?: (code: CurrencyCode) => CurrencyInfo;
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

function rateLine(rate: RateQuote): string {
  const derived = rate.derivation === 'cross' || rate.legs.some((leg) => leg.between);
  const value = `rate ${formatRate(rate.value, derived)} ${rate.quote} per ${rate.base}`;
  const source = `${rate.source.id} (${rate.source.name})`;
  const via = rate.derivation === 'cross' ? ` · cross through ${rate.source.pivot}` : '';
  return `${value} · ${source} · ${rate.observedDate}${via}`;
}

function intervalText(interval: Interval, decimals: number, currency: string): string {
  const end = (value: Decimal | null, side: 'low' | 'high') =>
    value === null ? (side === 'low' ? '−∞' : '∞') : formatDecimal(value, decimals);
  const open = interval.lowOpen || interval.low === null ? '(' : '[';
  const close = interval.highOpen || interval.high === null ? ')' : ']';
  return `${open}${end(interval.low, 'low')}, ${end(interval.high, 'high')}${close} ${currency}`;
}

/**
 * The human form: the answer, one provenance line, then only what needs saying
 * (the gap that was filled, how a rounded or hedged figure was read, legs of a cross).
 *
 * @example
 * renderConvertText(convertFigure(parseFigureOrThrow('1.5 billion yuan'), USD, rate)).split('\n')[0]
 * //=> '1,500,000,000.00 CNY = 226,586,102.72 USD'
 */
export function renderConvertText(result: FigureConversion, context: ConvertContext = {}): string {
  const info = context.currencies ?? currencyInfo;
  const toDecimals = info(result.to.currency).minorUnits;
  const fromDecimals = info(result.from.currency).minorUnits;
  const style = context.style;
  const answer = style
    ? `${shortForm(result.from, style)} = ${shortForm(result.to, style)}`
    : `${formatMoneyFull(result.from, fromDecimals)} = ${formatMoneyFull(result.to, toDecimals)}`;
  const lines = [answer, rateLine(result.rate)];
  // A published rate "6.6200 CNY per USD" already says how to apply it; a cross needs its legs shown.
  if (result.rate.derivation === 'cross') lines.push(`via: ${result.rate.derivationNote}`);
  if (context.sourceNote) lines.push(`source: ${context.sourceNote}`);
  if (result.rate.note) lines.push(`note: ${result.rate.note}`);
  if (context.latest) {
    const { today, ageDays } = context.latest;
    lines.push(
      `latest: no --on given, so the latest rate was used; on ${today} it is ${ageDays} day${ageDays === 1 ? '' : 's'} old (${describeAge(result.rate.observedDate, today)})`,
    );
  }
  const figure = result.figure;
  if (!isPoint(figure.interval) || figure.hedge) {
    lines.push(
      `read "${figure.text}": ${figure.reading}; ${intervalText(result.toInterval, toDecimals, result.to.currency)}`,
    );
  }
  if (figure.currency?.assumption) lines.push(`assumed: ${figure.currency.assumption}`);
  const rounding = style
    ? `rounded half-even to ${style.significant} significant figures`
    : describeRounding({ mode: 'half-even', decimals: toDecimals });
  lines.push(`${rounding} for display; --json gives full precision`);
  return `${lines.join('\n')}\n`;
}

function shortForm(value: Money, style: NonNullable<ConvertContext['style']>): string {
  return formatMoneyShort(value, {
    significant: style.significant,
    language: style.kind === 'zh' ? 'zh' : 'en',
  });
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

/**
 * The JSON form: one object, decimals as full-precision strings, dates as YYYY-MM-DD.
 *
 * @example
 * JSON.parse(renderConvertJson(result)).rate.value //=> '6.62'
 */
export function renderConvertJson(result: FigureConversion, context: ConvertContext = {}): string {
  const { figure, rate } = result;
  const toDecimals = (context.currencies ?? currencyInfo)(result.to.currency).minorUnits;
  const body = {
    from: {
      amount: result.from.amount.toString(),
      currency: result.from.currency,
      text: figure.text,
      ...intervalJson(figure.interval),
      reading: figure.reading,
      hedge: figure.hedge?.token ?? null,
      scale: figure.scale?.token ?? null,
      currencyToken: figure.currency?.token ?? null,
      assumption: figure.currency?.assumption ?? null,
    },
    to: {
      amount: result.to.amount.toString(),
      currency: result.to.currency,
      ...intervalJson(result.toInterval),
      rounded: formatDecimal(result.to.amount, toDecimals, ''),
      rounding: describeRounding({ mode: 'half-even', decimals: toDecimals }),
      ...(context.style ? { short: shortForm(result.to, context.style) } : {}),
    },
    rate: {
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
      })),
      attribution: rate.source.attribution,
      ...(context.sourceNote ? { sourceNote: context.sourceNote } : {}),
    },
    ...(context.latest ? { latest: context.latest } : {}),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
