import { errorFrom, type ErrorInfo } from '../errors.js';
import { chooseLanguages } from './engine.js';
import { isSpaceCode, isWordLetterAt, matchLongest, type Lexicon } from './lexicon.js';
import { skipSpace } from './skipSpace.js';
import { normalizeText } from './normalize.js';
import { quoteFigure, quotePercent, type QuoteContext } from './quoteFigure.js';
import { readFigureAt, type FigureRead } from './readFigureAt.js';
import { numeralRunEnd } from './readNumber.js';
import { unknownWordError } from './figureErrors.js';
import { suggestWord } from './suggestWord.js';
import { withoutInvisible } from './invisible.js';
import { WrittenPlaces } from './mapToWritten.js';
import type { DecimalStyle } from '../vocabulary/currencyNotations.js';
import type { CurrencyReading, QuotedFigure, QuotedPercent, Span } from './types.js';
import { checkArgument } from '../requestFields.js';

/** Options for scanning running text. */
export interface FindFiguresOptions {
  /** How to read a lone "¥"; without it such a figure is listed in `unread`. */
  readonly yen?: 'CNY' | 'JPY';
  /** The languages of the text, in preference order (default: every table, English first). */
  readonly languages?: readonly string[];
  /** The decimal mark of the text (see ParseFigureOptions.notation). */
  readonly notation?: DecimalStyle;
}

/** Text that looks like money but names no one currency ("¥5 million", "100 billion pesos"). */
export interface UnreadFigure {
  readonly text: string;
  readonly span: Span;
  readonly error: ErrorInfo;
}

/** Every figure found in a text, in text order, with exact spans. */
export interface FoundFigures {
  readonly figures: readonly QuotedFigure[];
  readonly percents: readonly QuotedPercent[];
  readonly unread: readonly UnreadFigure[];
}

/** The currency symbols a number may follow, by code unit (tested at every index: no string is made). */
const SYMBOL_CODES = new Set(
  ['$', '¥', '€', '£', '₹', '₩', '₽', '₺', '₫', '฿', '₱', '₪'].map((s) => s.charCodeAt(0)),
);

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Where the next attempt may start after one at `index` failed: past the word or run of digits. */
function nextStart(text: string, view: string, index: number): number {
  const code = view.charCodeAt(index);
  if (isDigitCode(code) || (code === 46 && isDigitCode(view.charCodeAt(index + 1)))) {
    const end = numeralRunEnd(view, index, true);
    return end === -1 ? index + 1 : end;
  }
  if (isWordLetterAt(view, index)) {
    let i = index + 1;
    while (i < view.length && isWordLetterAt(view, i)) i += 1;
    return i;
  }
  const high = code >= 0xd800 && code <= 0xdbff;
  return index + (high ? 2 : 1);
}

/**
 * Money in running text names its currency with a symbol, a code or a word that is not also an
 * ordinary word; a weak word ("pounds", "real", "R") counts only beside a scale word or a fraction.
 */
function namesMoney(read: FigureRead): boolean {
  if (read.mentions.length === 0) return false;
  for (const mention of read.mentions) {
    if (mention.isCode) return true;
    for (const entry of mention.entries) if (!entry.meaning.weak) return true;
  }
  for (const end of read.ends) {
    for (const g of end.groups) {
      if (g.scale !== null || (g.number.kind === 'digits' && hasFraction(g.number.token.text))) return true;
    }
  }
  return false;
}

function hasFraction(run: string): boolean {
  for (let i = 0; i + 1 < run.length; i += 1) {
    const mark = run.charAt(i);
    const next = run.charCodeAt(i + 1);
    if ((mark === '.' || mark === ',' || mark === '\u066B' || mark === '\u0631') && next >= 48 && next <= 57)
      return true;
  }
  return false;
}

/**
 * An elliptical figure: "3.2 billion yuan from 2.9 billion ($410 million)", "De los 1,6 billones
 * de yuanes, 700.000 millones (…)". A figure with a scale word and no currency takes the currency
 * of the figure just before it, when only a few words without digits or a sentence's end stand
 * between them and no word follows it ("2.9 billion users" stays a count); it is marked inferred,
 * with the span of the figure it continues.
 */
function continuedFigure(
  text: string,
  view: string,
  read: FigureRead,
  previous: QuotedFigure | undefined,
  ctx: QuoteContext,
): QuotedFigure | null {
  if (previous?.currency == null || read.mentions.length > 0 || read.ends.length !== 1) return null;
  const groups = read.ends[0]?.groups;
  if (groups === undefined || groups.at(-1)?.scale == null) return null;
  const gap = read.start - previous.span.end;
  if (gap < 0 || gap > 40) return null;
  for (let k = previous.span.end; k < read.start; k += 1) {
    const c = view.charCodeAt(k);
    if ((c >= 48 && c <= 57) || c === 46 || c === 59 || c === 33 || c === 63 || c === 10) return null;
  }
  if (isWordLetterAt(view, skipSpace(view, read.end))) return null;
  const quoted = quoteFigure(text, view, read, ctx);
  if (!quoted.ok || quoted.value.currency !== null) return null;
  const from = previous.currency;
  return {
    ...quoted.value,
    currency: {
      code: from.code,
      token: from.token,
      span: from.span,
      assumption: `no currency written: it continues "${previous.text}" and takes its ${from.code}`,
      inferredFrom: previous.span,
    },
  };
}

/** Where a Latin word run on into a figure at `end` ends ("$5bilion"), or -1 when none does. */
function gluedWordEnd(view: string, end: number): number {
  const code = view.charCodeAt(end);
  if (!((code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x2af))) return -1;
  let i = end + 1;
  while (i < view.length && isWordLetterAt(view, i)) i += 1;
  return i;
}

/** Whether anything a figure or a percentage starts with can stand at `index` (a cheap test first). */
function mayStart(lexicon: Lexicon, text: string, view: string, index: number): boolean {
  const code = view.charCodeAt(index);
  if ((code >= 48 && code <= 57) || code === 46) return true;
  // A sign starts a figure only where it does not join two numbers ("1-2") or a word ("e-commerce").
  if (code === 45 || code === 43 || code === 0x2212) {
    const before = view.charCodeAt(index - 1);
    return !(before >= 48 && before <= 57) && !isWordLetterAt(view, index - 1);
  }
  // An ISO code, in capitals in running text.
  const written = text.charCodeAt(index);
  if ((written >= 65 && written <= 90) || (written >= 0xff21 && written <= 0xff3a)) return true;
  return (
    lexicon.currency.mayStartAt(view, index) ||
    lexicon.hedgeBefore.mayStartAt(view, index) ||
    lexicon.rangeBetween.mayStartAt(view, index) ||
    lexicon.englishNumber.mayStartAt(view, index) ||
    lexicon.dualScale.mayStartAt(view, index) ||
    lexicon.cjkNumeral.mayStartAt(view, index) ||
    lexicon.percentBefore.mayStartAt(view, index) ||
    lexicon.article.mayStartAt(view, index)
  );
}

function shifted(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}

/** A currency reading moved; `assumption` only when it has one (two literals: a spread costs microseconds here). */
function movedCurrency(currency: CurrencyReading, delta: number): CurrencyReading {
  const span = shifted(currency.span, delta);
  return currency.assumption === undefined
    ? { code: currency.code, token: currency.token, span }
    : { code: currency.code, token: currency.token, span, assumption: currency.assumption };
}

/** A figure read before, moved to another place in the text (the same text reads the same). */
function moved(figure: QuotedFigure, delta: number): QuotedFigure {
  const { currency, scale, hedge, range } = figure;
  return {
    text: figure.text,
    span: shifted(figure.span, delta),
    value: figure.value,
    currency: currency === null ? null : movedCurrency(currency, delta),
    scale:
      scale === null
        ? null
        : { token: scale.token, exponent: scale.exponent, span: shifted(scale.span, delta) },
    hedge: hedge === null ? null : { token: hedge.token, kind: hedge.kind, span: shifted(hedge.span, delta) },
    interval: figure.interval,
    reading: figure.reading,
    decimals: figure.decimals,
    notation: figure.notation,
    ambiguity: figure.ambiguity,
    range:
      range === null
        ? null
        : {
            low: { text: range.low.text, span: shifted(range.low.span, delta), value: range.low.value },
            high: { text: range.high.text, span: shifted(range.high.span, delta), value: range.high.value },
          },
  };
}

/**
 * Finds every money figure in a text, and the percentages, in one pass that is linear in the
 * text's length: "about 1.5 billion yuan ($227 million)" gives two figures with exact spans.
 *
 * Counts that look like money are not figures: a number needs a currency ("9.35 crore shares",
 * "400 clients", "3 billion users" name none); years, dates and phone numbers name none either.
 * In running text a currency word stands after the number (so "won 3 games" is no money), codes
 * are read in capitals only and only those some table names ("TOP 5" is not the paʻanga), words
 * that are also ordinary ("pounds", "real", "R") count only beside a scale word or a fraction,
 * and a symbol followed by a number belongs to that number ("2017 $5 billion"). A figure whose
 * currency is ambiguous ("¥5 million" without the yen option) is listed in `unread`, with why.
 *
 * @param text - the text to scan
 * @param options - how to read a lone "¥"; the languages of the text
 * @returns the figures, the percentages and what could not be read, each in text order
 * @throws DealCalcError OPTION_INVALID when `languages` names a language no table reads
 *
 * @example
 * const found = findFigures('Alibaba will invest about 1.5 billion yuan ($227 million) for a 10% stake.');
 * found.figures.map((f) => f.text) //=> ['about 1.5 billion yuan', '$227 million']
 * found.percents.map((p) => p.text) //=> ['10%']
 * findFigures('5 USD', { languages: ['xx'] }) // throws OPTION_INVALID
 */
export function findFigures(text: string, options: FindFiguresOptions = {}): FoundFigures {
  checkArgument('findFigures', 'text', 'text', text);
  checkArgument('findFigures', 'options', 'object', options);
  const figures: QuotedFigure[] = [];
  const percents: QuotedPercent[] = [];
  const unread: UnreadFigure[] = [];
  eachFoundFigure(text, options, {
    figure: (figure) => figures.push(figure),
    percent: (percent) => percents.push(percent),
    unread: (item) => unread.push(item),
  });
  return { figures, percents, unread };
}

/** What eachFoundFigure hands each thing it finds to, in text order. */
export interface FoundFigureVisitor {
  readonly figure: (figure: QuotedFigure) => void;
  readonly percent?: (percent: QuotedPercent) => void;
  readonly unread?: (unread: UnreadFigure) => void;
}

/**
 * findFigures, one found thing at a time: each figure, percentage and unread figure is handed to
 * the visitor as it is found, in text order, and nothing is kept, so a scan of a long story
 * holds only the figures it still needs (findFigures collects them).
 *
 * @param text - the text to scan
 * @param options - as findFigures
 * @param visit - what to do with each figure, percentage and unread figure
 * @throws DealCalcError OPTION_INVALID when `languages` names a language no table reads
 *
 * @example
 * const texts = [];
 * eachFoundFigure('about 1.5 billion yuan ($227 million)', {}, { figure: (f) => texts.push(f.text) });
 * texts //=> ['about 1.5 billion yuan', '$227 million']
 */
export function eachFoundFigure(text: string, options: FindFiguresOptions, visit: FoundFigureVisitor): void {
  const visible = withoutInvisible(text);
  if (visible === null) {
    eachVisibleFigure(text, options, visit);
    return;
  }
  // Invisible characters are read through ("$227 mil\u00ADlion"); every span points into the text as written.
  const places = new WrittenPlaces(text, visible);
  const { percent, unread } = visit;
  eachVisibleFigure(visible.visible, options, {
    figure: (f) => visit.figure(places.figure(f)),
    ...(percent === undefined ? {} : { percent: (p: QuotedPercent) => percent(places.percent(p)) }),
    ...(unread === undefined
      ? {}
      : {
          unread: (u: UnreadFigure) => {
            const span = places.span(u.span);
            unread({ text: text.slice(span.start, span.end), span, error: places.error(u.error) });
          },
        }),
  });
}

function eachVisibleFigure(text: string, options: FindFiguresOptions, visit: FoundFigureVisitor): void {
  const ignore = (): void => {};
  const onPercent = visit.percent ?? ignore;
  const onUnread = visit.unread ?? ignore;
  // The last figure found, which an elliptical figure may continue.
  let last: QuotedFigure | undefined;
  const onFigure = (figure: QuotedFigure): void => {
    last = figure;
    visit.figure(figure);
  };
  // The text is never refused; a languages option no table reads is (it is no text of the user's).
  const choice = chooseLanguages(options.languages);
  if (!choice.ok) throw errorFrom(choice.error);
  const { lexicon, mask } = choice.value;
  const ctx: QuoteContext = { ...choice.value, notation: options.notation, yen: options.yen };
  const view = normalizeText(text);
  const lastEnd = { value: null };
  const moneyContext = { lexicon, mask, scan: true, percent: false, lastEnd };
  const percentContext = { lexicon, mask, scan: true, percent: true, lastEnd };
  // The same figure text reads the same wherever it stands: read each once.
  const seen = new Map<string, QuotedFigure>();
  let i = 0;
  while (i < view.length) {
    if (isSpaceCode(view.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const afterSymbol = i > 0 && SYMBOL_CODES.has(view.charCodeAt(i - 1));
    if (!afterSymbol && mayStart(lexicon, text, view, i)) {
      const money = readFigureAt(text, view, i, moneyContext);
      if (money.ok && !namesMoney(money.figure)) {
        const continued = continuedFigure(text, view, money.figure, last, ctx);
        if (continued !== null) {
          onFigure(continued);
          i = money.figure.end;
          continue;
        }
      }
      if (money.ok && namesMoney(money.figure)) {
        const { start, end } = money.figure;
        const glued = gluedWordEnd(view, end);
        if (glued !== -1) {
          // "$5bilion": a word run on into the figure; reading "$5" would cut it short.
          const word = { text: text.slice(end, glued), span: { start: end, end: glued } };
          const error = unknownWordError(text, word, suggestWord(lexicon, word.text), false);
          onUnread({ text: text.slice(start, glued), span: { start, end: glued }, error });
          i = glued;
          continue;
        }
        const key = text.slice(start, end);
        const before = seen.get(key);
        if (before !== undefined) {
          onFigure(moved(before, start - before.span.start));
          i = end;
          continue;
        }
        const quoted = quoteFigure(text, view, money.figure, ctx);
        if (quoted.ok && quoted.value.currency !== null) {
          // A small memory: repeats are read once, distinct figures do not pile up.
          if (seen.size >= 256) seen.clear();
          seen.set(key, quoted.value);
          onFigure(quoted.value);
          i = end;
          continue;
        }
        if (
          !quoted.ok &&
          (quoted.error.code === 'FIGURE_AMBIGUOUS_CURRENCY' ||
            quoted.error.code === 'FIGURE_AMBIGUOUS_NUMBER' ||
            quoted.error.code === 'FIGURE_CONFLICTING_CURRENCY')
        ) {
          onUnread({ text: key, span: { start, end }, error: quoted.error });
          i = end;
          continue;
        }
      }
      // A percentage is read only where a percent word follows the number, or one starts it.
      const afterNumber = money.ok ? skipSpace(view, money.figure.ends[0]?.end ?? money.figure.end) : -1;
      const hinted =
        (afterNumber >= 0 && matchLongest(lexicon.percentAfter, text, view, afterNumber, mask) !== null) ||
        (money.ok &&
          money.figure.connector !== null &&
          matchLongest(lexicon.percentAfter, text, view, skipSpace(view, money.figure.end), mask) !== null) ||
        matchLongest(lexicon.percentBefore, text, view, i, mask) !== null ||
        matchLongest(lexicon.rangeBetween, text, view, i, mask) !== null ||
        matchLongest(lexicon.article, text, view, i, mask) !== null;
      const percent = hinted ? readFigureAt(text, view, i, percentContext) : null;
      if (percent?.ok) {
        const quoted = quotePercent(text, view, percent.figure, ctx);
        if (quoted.ok) {
          onPercent(quoted.value);
          i = percent.figure.end;
          continue;
        }
      }
    }
    i = nextStart(text, view, i);
  }
}
