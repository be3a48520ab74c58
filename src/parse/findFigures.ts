import type { ErrorInfo } from '../errors.js';
import { chooseLanguages } from './engine.js';
import { isSpaceCode, isWordLetterAt } from './lexicon.js';
import { normalizeText } from './normalize.js';
import { quoteFigure, quotePercent, type QuoteContext } from './quoteFigure.js';
import { readFigureAt, type FigureRead } from './readFigureAt.js';
import { readNumeralRun } from './readNumber.js';
import type { QuotedFigure, QuotedPercent, Span } from './types.js';

/** Options for scanning running text. */
export interface FindFiguresOptions {
  /** How to read a lone "¥"; without it such a figure is listed in `unread`. */
  readonly yen?: 'CNY' | 'JPY';
  /** The languages of the text, in preference order (default: every table, English first). */
  readonly languages?: readonly string[];
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

const SYMBOL_CHARS = new Set(['$', '¥', '€', '£', '₹', '₩', '₽', '₺', '₫', '฿', '₱', '₪']);

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Where the next attempt may start after one at `index` failed: past the word or run of digits. */
function nextStart(text: string, view: string, index: number): number {
  const code = view.charCodeAt(index);
  if (isDigitCode(code) || (code === 46 && isDigitCode(view.charCodeAt(index + 1)))) {
    return readNumeralRun(text, view, index, true)?.next ?? index + 1;
  }
  if (isWordLetterAt(view, index)) {
    let i = index + 1;
    while (i < view.length && isWordLetterAt(view, i)) i += 1;
    return i;
  }
  const high = code >= 0xd800 && code <= 0xdbff;
  return index + (high ? 2 : 1);
}

/** Money in running text names it with a symbol, a code or a word that is not also an ordinary word. */
function supported(read: FigureRead, figure: QuotedFigure): boolean {
  if (figure.currency === null) return false;
  const strong = read.mentions.some((m) => m.isCode || m.entries.some((e) => !e.meaning.weak));
  if (strong) return true;
  return read.ends.some((end) =>
    end.groups.some(
      (g) =>
        g.scale !== null || (g.number.kind === 'digits' && /[.,\u066B\u0631]\d/.test(g.number.token.text)),
    ),
  );
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
 *
 * @example
 * const found = findFigures('Alibaba will invest about 1.5 billion yuan ($227 million) for a 10% stake.');
 * found.figures.map((f) => f.text) //=> ['about 1.5 billion yuan', '$227 million']
 * found.percents.map((p) => p.text) //=> ['10%']
 */
export function findFigures(text: string, options: FindFiguresOptions = {}): FoundFigures {
  const figures: QuotedFigure[] = [];
  const percents: QuotedPercent[] = [];
  const unread: UnreadFigure[] = [];
  const choice = chooseLanguages(options.languages);
  if (!choice.ok) return { figures, percents, unread };
  const { lexicon, mask } = choice.value;
  const ctx: QuoteContext = { ...choice.value, ambiguity: 'assume', yen: options.yen };
  const view = normalizeText(text);
  let i = 0;
  while (i < view.length) {
    if (isSpaceCode(view.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const afterSymbol = i > 0 && SYMBOL_CHARS.has(view.charAt(i - 1));
    if (!afterSymbol) {
      const money = readFigureAt(text, view, i, { lexicon, mask, scan: true, percent: false });
      if (money.ok) {
        const quoted = quoteFigure(text, view, money.figure, ctx);
        if (quoted.ok && supported(money.figure, quoted.value)) {
          figures.push(quoted.value);
          i = money.figure.end;
          continue;
        }
        if (
          !quoted.ok &&
          (quoted.error.code === 'FIGURE_AMBIGUOUS_CURRENCY' ||
            quoted.error.code === 'FIGURE_CONFLICTING_CURRENCY')
        ) {
          const span = { start: money.figure.start, end: money.figure.end };
          unread.push({ text: text.slice(span.start, span.end), span, error: quoted.error });
          i = money.figure.end;
          continue;
        }
      }
      const percent = readFigureAt(text, view, i, { lexicon, mask, scan: true, percent: true });
      if (percent.ok) {
        const quoted = quotePercent(text, view, percent.figure, ctx);
        if (quoted.ok) {
          percents.push(quoted.value);
          i = percent.figure.end;
          continue;
        }
      }
    }
    i = nextStart(text, view, i);
  }
  return { figures, percents, unread };
}
