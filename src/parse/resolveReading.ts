import { fail, succeed, type ErrorInfo, type Result } from '../errors.js';
import { ambiguousNumberError, badNumberError, badRangeError, compoundError } from './figureErrors.js';
import { figureInterval, rangeInterval, type FigureValue } from './figureInterval.js';
import {
  endStep,
  evaluateFigure,
  newEvaluationCache,
  sameOutcome,
  type Outcome,
  type ReadingFailure,
} from './interpretFigure.js';
import { languageNames, languageTags } from './languages.js';
import type { Lexicon } from './lexicon.js';
import { mentionMeaning, type CurrencyMention } from './readCurrency.js';
import type { FigureRead } from './readFigureAt.js';
import type { Vocabulary } from './vocabulary/types.js';
import type { AlternativeReading, AmbiguityReading, HedgeReading, NotationReading } from './types.js';

/** How to resolve a read figure: the tables, the languages allowed in preference order. */
export interface ResolveContext {
  readonly lexicon: Lexicon;
  readonly mask: number;
  /** Table indexes in preference order (bit i is table i). */
  readonly order: readonly number[];
  readonly ambiguity: 'assume' | 'error';
}

/** A figure read in the languages that fit it: value, interval, and what a renderer needs. */
export interface ResolvedReading {
  readonly figure: FigureValue;
  readonly outcome: Outcome;
  readonly hedge: HedgeReading | null;
  readonly notation: NotationReading;
  readonly ambiguity: AmbiguityReading | null;
  readonly decimals: number;
  /** The currencies named, read in the chosen languages. */
  readonly mentions: readonly CurrencyMention[];
}

/**
 * Narrows the languages a figure may be written in: each word's languages in turn (scale words
 * first, then number words, range and link words, hedges, currency words), skipping a word that
 * would leave none, so a figure that mixes languages ("4,8 Milliarden yuans") still reads.
 */
function narrowLanguages(read: FigureRead, mask: number): number {
  let languages = mask;
  const narrow = (c: number) => {
    if (c !== 0 && (languages & c) !== 0) languages &= c;
  };
  for (const end of read.ends) {
    for (const group of end.groups) {
      if (group.scale) narrow(group.scale.languages);
      if (group.number.kind === 'words') narrow(group.number.spelled.languages);
    }
  }
  if (read.between) narrow(read.between.languages);
  if (read.connector) narrow(read.connector.languages);
  for (const c of read.wordLanguages) narrow(c);
  if (read.hedge) narrow(read.hedge.languages);
  if (read.hedgeAfter) narrow(read.hedgeAfter.languages);
  for (const mention of read.mentions) narrow(mention.languages);
  return languages;
}

const notationKeys = new WeakMap<object, string>();

/** What decides how a language reads a figure: its notations, and the meaning of each scale word in it. */
function readingKeyOf(read: FigureRead, table: Vocabulary, bit: number, marked: boolean): string {
  let key = marked ? notationKeys.get(table) : '';
  if (key === undefined) {
    key = table.numberNotations.map((n) => n.name).join(',');
    notationKeys.set(table, key);
  }
  for (const end of read.ends) {
    for (const group of end.groups) {
      if (group.scale === null) continue;
      const own = group.scale.entries.find((e) => e.language === 0 || (e.language & bit) !== 0);
      key += own === undefined ? '|-' : `|${own.meaning.exponent}${own.meaning.singular ?? ''}`;
    }
  }
  return key;
}

/** Whether a number of the figure has a mark (",", ".", a space …): only then do notations differ. */
function hasMarks(read: FigureRead, view: string): boolean {
  for (const end of read.ends) {
    for (const group of end.groups) {
      if (group.number.kind !== 'digits') continue;
      const { start, end: stop } = group.number.token.span;
      for (let i = start; i < stop; i += 1) {
        const c = view.charCodeAt(i);
        if (c < 48 || c > 57) return true;
      }
    }
  }
  return false;
}

function failureError(text: string, failure: ReadingFailure): ErrorInfo {
  switch (failure.kind) {
    case 'number':
      return badNumberError(text, failure.malformed);
    case 'range':
      return badRangeError(text, failure.token, 'order');
    case 'compound':
    case 'scale':
      return compoundError(text, failure.token);
  }
}

function hedgeOf(read: FigureRead): HedgeReading | null {
  const match = read.hedge ?? read.hedgeAfter;
  const kind = match?.entries[0]?.meaning.kind;
  if (match == null || kind === undefined) return null;
  return { token: match.token.text, kind, span: match.token.span };
}

function valueOf(
  text: string,
  read: FigureRead,
  outcome: Outcome,
  hedge: HedgeReading | null,
  percent: boolean,
): FigureValue {
  const [low, high] = outcome.ends;
  if (low === undefined) throw new Error('a figure without an end');
  if (high === undefined) return figureInterval(low, hedge, percent);
  const texts = [text.slice(low.start, low.end), text.slice(high.start, high.end)] as const;
  return rangeInterval(low, high, hedge, texts, percent);
}

function decimalsOf(outcome: Outcome): number {
  return Math.max(
    0,
    ...outcome.ends.map((end) => (end.stepPower === null ? endStep(end).decimalPlaces() : -end.stepPower)),
  );
}

function marksOf(outcome: Outcome): { decimalMark: string | null; groupMark: string | null } {
  const marked = outcome.ends.find((e) => e.decimalMark !== null || e.groupMark !== null);
  return { decimalMark: marked?.decimalMark ?? null, groupMark: marked?.groupMark ?? null };
}

function describeMarks(outcome: Outcome): string {
  const { decimalMark, groupMark } = marksOf(outcome);
  const parts = [
    ...(groupMark === null ? [] : [`"${groupMark}" grouping digits`]),
    ...(decimalMark === null ? [] : [`"${decimalMark}" as the decimal mark`]),
  ];
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

/**
 * Reads a figure's structure in every language that fits it and settles on one reading:
 * where the languages agree, that reading; where they disagree and nothing in the figure
 * decides, the preferred language's, with the others in `ambiguity` (or an error, if asked).
 *
 * @param text - the input
 * @param view - its normalised view
 * @param read - the figure's structure (readFigureAt)
 * @param ctx - the tables, the languages allowed and their order
 * @param percent - a percentage: no currency, rounded at the last digit even when written in full
 * @returns the reading, or the error of the preferred language
 *
 * @example
 * const dollar = { token: { text: '$', span: { start: 0, end: 1 } }, entries: [{ language: 0, meaning: { codes: ['USD'], fallback: { code: 'USD', assumption: 'a bare "$" is read as US dollars' }, subunit: 0, before: true, weak: false } }], languages: 0, isCode: false };
 * const five = { sign: null, groups: [{ number: { kind: 'digits', token: { text: '5', span: { start: 1, end: 2 } } }, scale: null, hyphen: false }], start: 0, end: 2 };
 * const read = { start: 0, end: 2, consumed: 2, hedge: null, hedgeAfter: null, between: null, connector: null, ends: [five], mentions: [dollar], wordLanguages: [], percent: null, ignored: [] };
 * const ctx = { lexicon: buildLexicon(VOCABULARIES), mask: -1, order: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], ambiguity: 'assume' };
 * resolveReading('$5', '$5', read, ctx, false).value.figure.reading //=> 'written in full: exact'
 */
export function resolveReading(
  text: string,
  view: string,
  read: FigureRead,
  ctx: ResolveContext,
  percent: boolean,
): Result<ResolvedReading> {
  const { lexicon } = ctx;
  const languages = narrowLanguages(read, ctx.mask);
  const rawSubunit =
    read.mentions.map((m) => mentionMeaning(m, languages).meaning.subunit).find((s) => s !== 0) ?? 0;
  let firstFailure: ReadingFailure | null = null;
  const cache = newEvaluationCache();
  // Languages that write numbers alike and give the figure's scale words the same meaning read it
  // alike: it is read once per such group (most figures have one or two), in preference order.
  const marked = hasMarks(read, view);
  const keys: string[] = [];
  const groups: { outcome: Outcome | ReadingFailure; mask: number }[] = [];
  for (const index of ctx.order) {
    const bit = 1 << index;
    if ((languages & bit) === 0) continue;
    const table = lexicon.languages.tables[index];
    if (table === undefined) continue;
    const key = readingKeyOf(read, table, bit, marked);
    const known = keys.indexOf(key);
    if (known >= 0) {
      (groups[known] as { mask: number }).mask |= bit;
      continue;
    }
    const outcome = evaluateFigure(read, text, view, table, bit, percent ? 0 : rawSubunit, cache);
    if ('kind' in outcome) firstFailure ??= outcome;
    keys.push(key);
    groups.push({ outcome, mask: bit });
  }
  let anyFitting = false;
  const readable: { outcome: Outcome; mask: number }[] = [];
  for (const group of groups) {
    if ('kind' in group.outcome) continue;
    readable.push(group as { outcome: Outcome; mask: number });
    if (!group.outcome.singularMismatch) anyFitting = true;
  }
  const fitting = anyFitting ? readable.filter((g) => !g.outcome.singularMismatch) : readable;
  const chosen = fitting[0]?.outcome;
  if (chosen === undefined) {
    if (firstFailure === null) throw new Error('no language to read the figure with');
    return fail(failureError(text, firstFailure));
  }
  const classes: { outcome: Outcome; mask: number }[] = [];
  for (const group of fitting) {
    const same = classes.find((c) => sameOutcome(c.outcome, group.outcome));
    if (same) same.mask |= group.mask;
    else classes.push({ outcome: group.outcome, mask: group.mask });
  }
  const chosenMask = classes[0]?.mask ?? chosen.bit;

  const hedge = hedgeOf(read);
  if (read.ends.length > 1 && hedge !== null && hedge.kind !== 'approximate') {
    return fail(
      badRangeError(
        text,
        { text: text.slice(read.start, read.end), span: { start: read.start, end: read.end } },
        'hedge',
      ),
    );
  }
  const figure = valueOf(text, read, chosen, hedge, percent);

  let ambiguity: AmbiguityReading | null = null;
  if (classes.length > 1) {
    const alternatives: AlternativeReading[] = classes.slice(1).map(({ outcome, mask }) => {
      const alternative = valueOf(text, read, outcome, hedge, percent);
      return {
        value: alternative.value,
        interval: alternative.interval,
        languages: languageTags(lexicon.languages, mask),
        reading: alternative.reading,
      };
    });
    const figureText = text.slice(read.start, read.end);
    const others = classes
      .slice(1)
      .map(
        ({ outcome, mask }) =>
          `as in ${languageNames(lexicon.languages, mask)}${describeMarks(outcome)} it would be ${valueOf(text, read, outcome, hedge, percent).value.toFixed()}`,
      )
      .join('; ');
    const note = `"${figureText}" is read as ${figure.value.toFixed()}${describeMarks(chosen)}, as in ${languageNames(lexicon.languages, chosenMask)}; ${others}`;
    if (ctx.ambiguity === 'error') {
      return fail(
        ambiguousNumberError(
          text,
          { text: figureText, span: { start: read.start, end: read.end } },
          note,
          alternatives,
        ),
      );
    }
    ambiguity = { note, alternatives };
  }
  const { decimalMark, groupMark } = marksOf(chosen);
  return succeed({
    figure,
    outcome: chosen,
    hedge,
    notation: { decimalMark, groupMark, languages: languageTags(lexicon.languages, chosenMask) },
    ambiguity,
    decimals: decimalsOf(chosen),
    mentions: read.mentions.map((m) => mentionMeaning(m, chosenMask)),
  });
}
