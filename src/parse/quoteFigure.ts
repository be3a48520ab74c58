import { succeed, type Result } from '../errors.js';
import type { Lexicon } from './lexicon.js';
import type { FigureRead } from './readFigureAt.js';
import { resolveCurrency } from './resolveCurrency.js';
import { resolveReading } from './resolveReading.js';
import type { QuotedFigure, QuotedPercent, RangeEnd, ScaleReading } from './types.js';

/** The tables and options a read figure is resolved with. */
export interface QuoteContext {
  readonly lexicon: Lexicon;
  readonly mask: number;
  readonly order: readonly number[];
  readonly ambiguity: 'assume' | 'error';
  readonly yen?: 'CNY' | 'JPY' | undefined;
}

/**
 * Turns a figure's structure into a QuotedFigure: its languages, value, interval, reading,
 * currency and spans. The figure may lack a currency (the caller decides whether that is an
 * error).
 *
 * @param text - the input
 * @param view - its normalised view
 * @param read - the structure (readFigureAt)
 * @param ctx - the tables, the languages and the options
 * @returns the figure, or the first error
 *
 * @example
 * quoteFigure(text, view, read('15亿至20亿元'), ctx).value.interval.high.toString() //=> '2050000000'
 */
export function quoteFigure(
  text: string,
  view: string,
  read: FigureRead,
  ctx: QuoteContext,
): Result<QuotedFigure> {
  const resolved = resolveReading(text, view, read, ctx, false);
  if (!resolved.ok) return resolved;
  const { figure, outcome, hedge, notation, ambiguity, decimals, mentions } = resolved.value;
  const currency = resolveCurrency(text, mentions, ctx.yen);
  if (!currency.ok) return currency;
  const last = outcome.ends.at(-1);
  const scale: ScaleReading | null =
    last?.scale == null
      ? null
      : {
          token: last.scale.match.token.text,
          exponent: last.scale.exponent,
          span: last.scale.match.token.span,
        };
  const endOf = (k: number): RangeEnd | null => {
    const end = outcome.ends[k];
    return end === undefined
      ? null
      : { text: text.slice(end.start, end.end), span: { start: end.start, end: end.end }, value: end.value };
  };
  const low = endOf(0);
  const high = endOf(1);
  return succeed({
    text: text.slice(read.start, read.end),
    span: { start: read.start, end: read.end },
    value: figure.value,
    currency: currency.value,
    scale,
    hedge,
    interval: figure.interval,
    reading: figure.reading,
    decimals,
    notation,
    ambiguity,
    range: low !== null && high !== null ? { low, high } : null,
  });
}

/**
 * Turns a percentage's structure into a QuotedPercent: value and interval in percent, from
 * its last written digit ("1.6%" is [1.55, 1.65]) and its hedge.
 *
 * @example
 * quotePercent(text, view, read('about 10%'), ctx).value.interval.low.toString() //=> '9.5'
 */
export function quotePercent(
  text: string,
  view: string,
  read: FigureRead,
  ctx: QuoteContext,
): Result<QuotedPercent> {
  const resolved = resolveReading(text, view, read, ctx, true);
  if (!resolved.ok) return resolved;
  const { figure, hedge, ambiguity } = resolved.value;
  const ignored = read.ignored.map((t) => `"${t.text}"`);
  const aside =
    ignored.length === 0
      ? ''
      : `; ${ignored.join(' and ')} ${ignored.length === 1 ? 'is' : 'are'} not part of it`;
  const note = ambiguity === null ? '' : `; ${ambiguity.note}`;
  return succeed({
    text: text.slice(read.start, read.end),
    span: { start: read.start, end: read.end },
    value: figure.value,
    interval: figure.interval,
    hedge,
    reading: `${figure.reading}${aside}${note}`,
  });
}
