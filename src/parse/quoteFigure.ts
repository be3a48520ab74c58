import { succeed, type Result } from '../errors.js';
import type { EndValue } from './interpretFigure.js';
import type { Lexicon } from './lexicon.js';
import type { FigureRead } from './readFigureAt.js';
import { resolveCurrency } from './resolveCurrency.js';
import { resolveReading } from './resolveReading.js';
import type { DecimalStyle } from '../vocabulary/currencyNotations.js';
import type { QuotedFigure, QuotedPercent, RangeEnd, ScaleReading } from './types.js';

/** The tables and options a read figure is resolved with. */
export interface QuoteContext {
  readonly lexicon: Lexicon;
  readonly mask: number;
  readonly order: readonly number[];
  readonly ambiguity?: 'assume' | 'error' | undefined;
  readonly notation?: DecimalStyle | undefined;
  readonly yen?: 'CNY' | 'JPY' | undefined;
}

/** The two ends of a range as written. */
function rangeOf(text: string, ends: readonly EndValue[]): { low: RangeEnd; high: RangeEnd } | null {
  const low = ends[0];
  const high = ends[1];
  if (low === undefined || high === undefined) return null;
  return { low: rangeEnd(text, low), high: rangeEnd(text, high) };
}

function rangeEnd(text: string, end: EndValue): RangeEnd {
  return { text: text.slice(end.start, end.end), span: { start: end.start, end: end.end }, value: end.value };
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
 * const dollar = { token: { text: '$', span: { start: 0, end: 1 } }, entries: [{ language: 0, meaning: { codes: ['USD', 'HKD'], fallback: { code: 'USD', assumption: 'a bare "$" is read as US dollars' }, subunit: 0, before: true, weak: false } }], languages: 0, isCode: false };
 * const five = { sign: null, groups: [{ number: { kind: 'digits', token: { text: '5', span: { start: 1, end: 2 } } }, scale: null, hyphen: false }], start: 0, end: 2 };
 * const read = { start: 0, end: 2, consumed: 2, hedge: null, hedgeAfter: null, between: null, connector: null, ends: [five], mentions: [dollar], wordLanguages: [], percent: null, ignored: [] };
 * const ctx = { lexicon: buildLexicon(VOCABULARIES), mask: -1, order: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], ambiguity: 'assume' };
 * quoteFigure('$5', '$5', read, ctx).value.currency.assumption //=> 'a bare "$" is read as US dollars'
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
  const range = outcome.ends.length < 2 ? null : rangeOf(text, outcome.ends);
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
    range,
  });
}

/**
 * Turns a percentage's structure into a QuotedPercent: value and interval in percent, from
 * its last written digit ("1.6%" is [1.55, 1.65]) and its hedge.
 *
 * @example
 * const ten = { sign: null, groups: [{ number: { kind: 'digits', token: { text: '10', span: { start: 0, end: 2 } } }, scale: null, hyphen: false }], start: 0, end: 2 };
 * const read = { start: 0, end: 3, consumed: 3, hedge: null, hedgeAfter: null, between: null, connector: null, ends: [ten], mentions: [], wordLanguages: [], percent: null, ignored: [] };
 * const ctx = { lexicon: buildLexicon(VOCABULARIES), mask: -1, order: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], ambiguity: 'assume' };
 * quotePercent('10%', '10%', read, ctx).value.interval.low //=> '9.5'
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
