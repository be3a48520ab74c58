import type { QuotedFigure, Span } from '../parse/types.js';
import { CONNECTOR_TABLES } from '../vocabulary/index.js';

/** A figure found in a text: what pairConversions takes (the figure finder's output fits). */
export interface FigureInText {
  readonly figure: QuotedFigure;
  /** Where the figure sits in the whole text. */
  readonly span: Span;
}

/** How the text joins the two figures. */
export type ConversionForm =
  /** "X (Y)", "X (about Y)", "X（约合Y）", "X (umgerechnet Y)" */
  | 'parentheses'
  /** "X, or Y", "X, about Y", "X, equivalent to Y", "X، أي ما يعادل Y" */
  | 'comma'
  /** "X umgerechnet Y", "X soit Y", "X约合Y": a word strong enough on its own */
  | 'phrase';

/** Two figures the text gives as one amount in two currencies. */
export interface ConversionPair<T extends FigureInText = FigureInText> {
  /** The figure written first. */
  readonly first: T;
  /** The figure written second. */
  readonly second: T;
  /** Their positions in the list given. */
  readonly firstIndex: number;
  readonly secondIndex: number;
  readonly form: ConversionForm;
  /** The whole pair as written, from the first figure to the second (and its closing parenthesis). */
  readonly span: Span;
  /** The text between the two figures, as written. */
  readonly connector: { readonly text: string; readonly span: Span };
  /** The connecting words recognised ("or", "umgerechnet", "约合"), or null for bare parentheses. */
  readonly words: string | null;
  /**
   * 'second' when the text marks the second figure as the conversion (parentheses and the
   * converting words); 'either' for ", or" and hedged commas, which news also writes the other
   * way round ("Y, or X").
   */
  readonly conversion: 'second' | 'either';
}

/** The longest connector text considered; anything longer is prose, not a connector. */
const MAX_CONNECTOR = 40;

function normalise(text: string): string {
  return text
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[，،、]/g, ',')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const STRONG = new Set(CONNECTOR_TABLES.flatMap((table) => table.strong.map(normalise)));
const WEAK = new Set(CONNECTOR_TABLES.flatMap((table) => table.weak.map(normalise)));
const HEDGES = new Set(CONNECTOR_TABLES.flatMap((table) => table.hedges.map(normalise)));

/** What the words between "," or "(" and the second figure are: a connector, a hedge, both, or nothing known. */
function readWords(
  words: string,
): { kind: 'none' | 'strong' | 'weak' | 'hedge'; words: string | null } | null {
  if (words === '') return { kind: 'none', words: null };
  if (STRONG.has(words)) return { kind: 'strong', words };
  if (WEAK.has(words)) return { kind: 'weak', words };
  if (HEDGES.has(words)) return { kind: 'hedge', words };
  // A connector followed by a hedge: "equivalent to about", "soit environ", "约合约".
  for (const hedge of HEDGES) {
    if (!words.endsWith(hedge)) continue;
    const head = words.slice(0, words.length - hedge.length).trimEnd();
    if (STRONG.has(head)) return { kind: 'strong', words };
    if (WEAK.has(head)) return { kind: 'weak', words };
  }
  return null;
}

/** Whether a figure's own text opens with an approximating hedge ("about $227 million"). */
function opensWithHedge(figure: QuotedFigure): boolean {
  const hedge = figure.hedge;
  return hedge !== null && hedge.kind === 'approximate' && hedge.span.start <= figure.span.start;
}

/** The index just past a closing parenthesis after `from` (white space allowed before it), or -1. */
function closingAfter(text: string, from: number): number {
  let i = from;
  while (i < text.length && i - from <= 3 && /\s/.test(text[i] as string)) i += 1;
  const c = text[i];
  return c === ')' || c === '）' ? i + 1 : -1;
}

/**
 * Finds the conversion pairs news writes among figures found in a text: "X (Y)", "X (about Y)",
 * "X, or Y,", "X, about Y", "X, equivalent to Y", "Y, or X", "X（约合Y）", "X（Y）",
 * "X, umgerechnet Y", "X, soit Y", "X, o sea Y", "X, equivalente a Y", "X، أي ما يعادل Y". Only
 * figures next to each other, with nothing but such a connector between them (at most 40
 * characters; CONNECTOR_TABLES), in two different currencies, pair; each figure is in at most one
 * pair, taken from left to right. A hedge may stand in the connector or open the second figure.
 * Runs in time linear in the number of figures.
 *
 * @param text - the whole text the figures were found in
 * @param figures - the figures with their spans in the text (in any order)
 * @returns the pairs, in text order
 *
 * @example
 * const text = 'Alibaba will invest about 1.5 billion yuan ($227 million) in SenseTime.';
 * const at = (part) => ({ figure: parseFigureOrThrow(part), span: { start: text.indexOf(part), end: text.indexOf(part) + part.length } });
 * const [pair] = pairConversions(text, [at('about 1.5 billion yuan'), at('$227 million')]);
 * [pair.form, pair.first.figure.currency.code, pair.second.figure.currency.code] //=> ['parentheses', 'CNY', 'USD']
 */
export function pairConversions<T extends FigureInText>(
  text: string,
  figures: readonly T[],
): ConversionPair<T>[] {
  const order = figures
    .map((_, index) => index)
    .sort((a, b) => (figures[a] as T).span.start - (figures[b] as T).span.start);
  const pairs: ConversionPair<T>[] = [];
  for (let k = 0; k + 1 < order.length; k += 1) {
    const firstIndex = order[k] as number;
    const secondIndex = order[k + 1] as number;
    const first = figures[firstIndex] as T;
    const second = figures[secondIndex] as T;
    const pair = pairOf(text, first, second, firstIndex, secondIndex);
    if (pair === null) continue;
    pairs.push(pair);
    k += 1; // the second figure is taken
  }
  return pairs;
}

function pairOf<T extends FigureInText>(
  text: string,
  first: T,
  second: T,
  firstIndex: number,
  secondIndex: number,
): ConversionPair<T> | null {
  const a = first.figure.currency;
  const b = second.figure.currency;
  if (a === null || b === null || a.code === b.code) return null;
  const gapStart = first.span.end;
  const gapEnd = second.span.start;
  if (gapEnd < gapStart || gapEnd - gapStart > MAX_CONNECTOR) return null;

  let rest = normalise(text.slice(gapStart, gapEnd));
  let comma = false;
  let parenthesis = false;
  if (rest.startsWith(',')) {
    comma = true;
    rest = rest.slice(1).trim();
  }
  if (rest.startsWith('(')) {
    parenthesis = true;
    rest = rest.slice(1).trim();
  }
  const words = readWords(rest);
  if (words === null) return null;
  const hedged = words.kind === 'hedge' || opensWithHedge(second.figure);

  let end = gapEnd;
  let form: ConversionForm;
  if (parenthesis) {
    const close = closingAfter(text, second.span.end);
    if (close < 0) return null;
    end = close;
    form = 'parentheses';
  } else if (comma && (words.kind !== 'none' || hedged)) {
    form = 'comma';
  } else if (words.kind === 'strong') {
    form = 'phrase';
  } else {
    return null;
  }
  const conversion = form === 'parentheses' || words.kind === 'strong' ? 'second' : 'either';
  return {
    first,
    second,
    firstIndex,
    secondIndex,
    form,
    span: { start: first.span.start, end: Math.max(end, second.span.end) },
    connector: { text: text.slice(gapStart, gapEnd), span: { start: gapStart, end: gapEnd } },
    words: words.words,
    conversion,
  };
}
