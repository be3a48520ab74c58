import { fail, succeed, type ErrorInfo, type Result } from '../errors.js';
import {
  badNumberError,
  emptyError,
  noCurrencyError,
  noNumberError,
  trailingTextError,
  unknownWordError,
} from './figureErrors.js';
import { figureInterval } from './figureInterval.js';
import { buildLexicon, matchLongest, type Lexicon, type LexiconEntry } from './lexicon.js';
import { readCurrency, type CurrencyMention } from './readCurrency.js';
import { readHedge } from './readHedge.js';
import { isMalformedNumber, readNumber } from './readNumber.js';
import { readScale, type ScaleStep } from './readScale.js';
import { readSign, type SignReading } from './readSign.js';
import { readWordAt } from './readWordAt.js';
import { resolveCurrency } from './resolveCurrency.js';
import { skipSpace } from './skipSpace.js';
import { suggestWord } from './suggestWord.js';
import type { Token } from './step.js';
import type { HedgeReading, ParseFigureOptions, QuotedFigure } from './types.js';
import { VOCABULARIES } from './vocabulary/index.js';

/** Every vocabulary table, compiled once. */
const LEXICON: Lexicon = buildLexicon(VOCABULARIES);

const TRAILING_SPACE = /\s+$/;
const DIGIT = /\d/;

/** Reads as many currencies as stand one after another ("RMB ¥", "元"), skipping spaces between. */
function readCurrencies(text: string, index: number, into: CurrencyMention[]): number {
  let i = index;
  for (;;) {
    const step = readCurrency(LEXICON.currencies, text, skipSpace(text, i));
    if (step === null) return i;
    into.push(step.value);
    i = step.next;
  }
}

/** Names what stands at `index`, where nothing the parser knows can stand. */
function unexpectedAt(text: string, index: number, end: number, afterNumber: boolean): ErrorInfo {
  const word = readWordAt(text, index);
  if (word !== null) {
    const token = word.value;
    const vocabulary: readonly (readonly LexiconEntry<unknown>[])[] = [
      LEXICON.scales,
      LEXICON.currencies,
      LEXICON.hedgesBefore,
      LEXICON.hedgesAfter,
    ];
    const known = vocabulary.some((entries) => matchLongest(entries, text, index)?.next === word.next);
    return unknownWordError(text, token, known ? null : suggestWord(LEXICON, token.text), known);
  }
  if (afterNumber) {
    const rest: Token = { text: text.slice(index, end), span: { start: index, end } };
    return trailingTextError(text, rest);
  }
  const codePoint = String.fromCodePoint(text.codePointAt(index) ?? 0);
  return unknownWordError(
    text,
    { text: codePoint, span: { start: index, end: index + codePoint.length } },
    null,
    false,
  );
}

function readFigure(text: string, options: ParseFigureOptions): Result<QuotedFigure> {
  const start = skipSpace(text, 0);
  const end = text.length - (TRAILING_SPACE.exec(text)?.[0].length ?? 0);
  if (start >= end) return fail(emptyError(text));
  const figure: Token = { text: text.slice(start, end), span: { start, end } };
  if (!DIGIT.test(figure.text)) return fail(noNumberError(text, figure));

  const mentions: CurrencyMention[] = [];
  let i = start;
  let hedge: HedgeReading | null = null;
  const hedgeBefore = readHedge(LEXICON.hedgesBefore, text, i);
  if (hedgeBefore !== null) {
    hedge = hedgeBefore.value;
    i = skipSpace(text, hedgeBefore.next);
  }
  let sign: SignReading | null = null;
  const signFirst = readSign(text, i);
  if (signFirst !== null) {
    sign = signFirst.value;
    i = skipSpace(text, signFirst.next);
  }
  i = skipSpace(text, readCurrencies(text, i, mentions));
  if (sign === null) {
    const signSecond = readSign(text, i);
    if (signSecond !== null) {
      sign = signSecond.value;
      i = skipSpace(text, signSecond.next);
    }
  }

  const number = readNumber(LEXICON.numberNotations, text, i);
  if (number === null) return fail(unexpectedAt(text, i, end, false));
  if (isMalformedNumber(number.value)) return fail(badNumberError(text, number.value));
  i = number.next;

  let scale: ScaleStep | null = null;
  const scaleStep = readScale(LEXICON.scales, text, skipSpace(text, i));
  if (scaleStep !== null) {
    scale = scaleStep.value;
    i = scaleStep.next;
  }
  i = readCurrencies(text, i, mentions);
  const hedgeAfter = readHedge(LEXICON.hedgesAfter, text, skipSpace(text, i));
  if (hedgeAfter !== null && (hedge === null || hedge.kind === hedgeAfter.value.kind)) {
    // "约15亿元左右" says "about" twice: one hedge, read from the first.
    hedge ??= hedgeAfter.value;
    i = hedgeAfter.next;
  }
  i = skipSpace(text, i);
  if (i < end) return fail(unexpectedAt(text, i, end, true));

  const currency = resolveCurrency(text, mentions, options.yen);
  if (!currency.ok) return currency;
  if (currency.value === null && options.requireCurrency !== false)
    return fail(noCurrencyError(text, figure));

  const { value, interval, reading } = figureInterval({
    number: number.value,
    negative: sign?.negative ?? false,
    scale: scale?.reading ?? null,
    scaleName: scale?.name ?? null,
    hedge,
  });
  return succeed({
    text: figure.text,
    span: figure.span,
    value,
    currency: currency.value,
    scale: scale?.reading ?? null,
    hedge,
    interval,
    reading,
  });
}

/**
 * Reads one money figure that makes up the whole text, as news writes it: "$227 million",
 * "about 1.5 billion yuan", "15亿元", "Rs 3 crore", "more than $2 billion", "CNY 1,500,000,000".
 *
 * The result carries the point value, the interval the figure stands for (from its last
 * written digit and its hedge), the reading rule in one sentence, and where each part sits
 * in the input. It never throws on user text: every problem is an error result with a code,
 * a message, a hint and the position of the fault.
 *
 * @param text - the figure, with or without surrounding whitespace
 * @param options - how to read a lone "¥"; whether a currency is required (default: yes)
 * @returns the quoted figure, or an input error: FIGURE_EMPTY, FIGURE_NO_NUMBER,
 *   FIGURE_BAD_NUMBER, FIGURE_UNKNOWN_WORD, FIGURE_TRAILING_TEXT, FIGURE_NO_CURRENCY,
 *   FIGURE_AMBIGUOUS_CURRENCY, FIGURE_CONFLICTING_CURRENCY
 *
 * @example
 * const figure = parseFigure('$227 million');
 * figure.ok && figure.value.interval.low?.toString() //=> '226500000'
 * figure.ok && figure.value.currency?.assumption //=> 'a bare "$" is read as US dollars'
 */
export function parseFigure(text: string, options: ParseFigureOptions = {}): Result<QuotedFigure> {
  try {
    return readFigure(text, options);
  } catch (error) {
    // A bug of ours, never the user's: report it as such instead of crashing the caller.
    return fail({
      code: 'INTERNAL',
      kind: 'internal',
      message: `reading the figure "${text}" failed: ${error instanceof Error ? error.message : String(error)}`,
      hint: 'This is a bug in dealcalc; please report it with the figure.',
    });
  }
}
