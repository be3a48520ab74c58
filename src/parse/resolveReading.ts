import { fail, succeed, type ErrorInfo, type Result } from '../errors.js';
import {
  ambiguousNumberError,
  badNumberError,
  badRangeError,
  commaGroupError,
  compoundError,
} from './figureErrors.js';
import { figureInterval, rangeInterval, type FigureValue } from './figureInterval.js';
import {
  endStep,
  type EndValue,
  evaluateFigure,
  newEvaluationCache,
  sameOutcome,
  type Outcome,
  type ReadingFailure,
} from './interpretFigure.js';
import { languageNames, languageTags } from './languages.js';
import type { Lexicon, LexiconMatch, ScaleMeaning } from './lexicon.js';
import { mentionMeaning, type CurrencyMention } from './readCurrency.js';
import type { FigureRead } from './readFigureAt.js';
import {
  CURRENCY_LANGUAGES,
  CURRENCY_NOTATIONS,
  type DecimalStyle,
} from '../vocabulary/currencyNotations.js';
import { NUMBER_NOTATIONS } from '../vocabulary/notations.js';
import type { NumberNotation, Vocabulary } from '../vocabulary/types.js';
import type { AlternativeReading, AmbiguityReading, HedgeReading, NotationReading } from './types.js';

/** How to resolve a read figure: the tables, the languages allowed in preference order. */
export interface ResolveContext {
  readonly lexicon: Lexicon;
  readonly mask: number;
  /** Table indexes in preference order (bit i is table i). */
  readonly order: readonly number[];
  /** See ParseFigureOptions.ambiguity: unset refuses a figure whose own words say its language. */
  readonly ambiguity?: 'assume' | 'error' | undefined;
  readonly notation?: DecimalStyle | undefined;
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
  for (const end of read.ends) {
    for (const group of end.groups) {
      if (group.scale) languages = narrowed(languages, group.scale.languages);
      if (group.number.kind === 'words') languages = narrowed(languages, group.number.spelled.languages);
      if (group.fraction) languages = narrowed(languages, group.fraction.languages);
    }
  }
  if (read.between) languages = narrowed(languages, read.between.languages);
  if (read.connector) languages = narrowed(languages, read.connector.languages);
  for (const c of read.wordLanguages) languages = narrowed(languages, c);
  if (read.hedge) languages = narrowed(languages, read.hedge.languages);
  if (read.hedgeAfter) languages = narrowed(languages, read.hedgeAfter.languages);
  for (const mention of read.mentions) languages = narrowed(languages, mention.languages);
  return languages;
}

/** The languages narrowed to a word's, unless that would leave none (a plain function: no closure per figure). */
function narrowed(languages: number, word: number): number {
  return word !== 0 && (languages & word) !== 0 ? languages & word : languages;
}

const notationKeys = new WeakMap<object, string>();

/** The names of a table's notations, made once per table. */
function notationKey(table: Vocabulary): string {
  let key = notationKeys.get(table);
  if (key === undefined) {
    key = table.numberNotations.map((n) => n.name).join(',');
    notationKeys.set(table, key);
  }
  return key;
}

/** A scale word's own entry in a language (a symbol's belongs to all), if it has one. */
function ownScale(match: LexiconMatch<ScaleMeaning>, bit: number): ScaleMeaning | undefined {
  for (const entry of match.entries)
    if (entry.language === 0 || (entry.language & bit) !== 0) return entry.meaning;
  return undefined;
}

/**
 * Whether two languages read a figure alike: the same notations (when a number has a mark, only
 * then do notations differ) and the same meaning of each of its scale words. Compared in place,
 * no key is built for each language.
 */
function readAlike(
  read: FigureRead,
  a: LanguageOf,
  table: Vocabulary,
  bit: number,
  marked: boolean,
): boolean {
  if (marked && notationKey(a.table) !== notationKey(table)) return false;
  for (const end of read.ends) {
    for (const group of end.groups) {
      if (group.scale === null) continue;
      const x = ownScale(group.scale, a.bit);
      const y = ownScale(group.scale, bit);
      if (x === undefined || y === undefined) {
        if (x !== y) return false;
      } else if (x.exponent !== y.exponent || (x.singular ?? '') !== (y.singular ?? '')) return false;
    }
  }
  return true;
}

const NO_GROUPS: readonly ReadingGroup[] = [];
const NO_CLASSES: readonly { outcome: Outcome; mask: number }[] = [];

/** A language's table and bit. */
interface LanguageOf {
  readonly table: Vocabulary;
  readonly bit: number;
}

/** The languages that read a figure alike, the first of them, and their reading. */
interface ReadingGroup extends LanguageOf {
  readonly outcome: Outcome | ReadingFailure;
  mask: number;
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

function failureError(text: string, failure: ReadingFailure, language: string): ErrorInfo {
  switch (failure.kind) {
    case 'number':
      return failure.malformed.problem === 'comma-group'
        ? commaGroupError(text, failure.malformed.token, language)
        : badNumberError(text, failure.malformed, language);
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
  const low = outcome.ends[0];
  const high = outcome.ends[1];
  if (low === undefined) throw new Error('a figure without an end');
  if (high === undefined) return figureInterval(low, hedge, percent);
  const texts = [text.slice(low.start, low.end), text.slice(high.start, high.end)] as const;
  return rangeInterval(low, high, hedge, texts, percent);
}

function decimalsOf(outcome: Outcome): number {
  let decimals = 0;
  for (const end of outcome.ends) {
    decimals = Math.max(decimals, end.stepPower === null ? endStep(end).decimalPlaces() : -end.stepPower);
  }
  return decimals;
}

/** The first end with a decimal or group mark: its marks are the figure's. */
function markedEnd(outcome: Outcome): EndValue | undefined {
  for (const end of outcome.ends) if (end.decimalMark !== null || end.groupMark !== null) return end;
  return undefined;
}

function describeMarks(outcome: Outcome): string {
  const marked = markedEnd(outcome);
  const decimalMark = marked?.decimalMark ?? null;
  const groupMark = marked?.groupMark ?? null;
  const parts = [
    ...(groupMark === null ? [] : [`"${groupMark}" grouping digits`]),
    ...(decimalMark === null ? [] : [`"${decimalMark}" as the decimal mark`]),
  ];
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

const overridden = new WeakMap<Vocabulary, Partial<Record<DecimalStyle, Vocabulary>>>();

/** Whether a notation starts fractions with the mark a style names and never with the other. */
function writesStyle(notation: NumberNotation, style: DecimalStyle): boolean {
  const other = style === 'decimal-point' ? ',' : '.';
  return !notation.decimalMarks.includes(other);
}

/**
 * A table read with the decimal mark the caller named: its own notations that write it, else
 * the common one (1,500.5 or 1.500,5). Made once per table and style.
 */
function tableInStyle(table: Vocabulary, style: DecimalStyle | undefined): Vocabulary {
  if (style === undefined) return table;
  let byStyle = overridden.get(table);
  if (byStyle === undefined) {
    byStyle = {};
    overridden.set(table, byStyle);
  }
  let made = byStyle[style];
  if (made === undefined) {
    const own = table.numberNotations.filter((n) => writesStyle(n, style));
    const fallback =
      style === 'decimal-point' ? NUMBER_NOTATIONS['comma-thousands'] : NUMBER_NOTATIONS['dot-thousands'];
    made = { ...table, numberNotations: own.length > 0 ? own : [fallback] };
    byStyle[style] = made;
  }
  return made;
}

/** The decimal style an outcome's marks show: a '.' or ',' as the decimal mark or the group mark. */
function styleOf(outcome: Outcome): DecimalStyle | null {
  const marked = markedEnd(outcome);
  if (marked === undefined) return null;
  const { decimalMark, groupMark } = marked;
  if (decimalMark === ',' || groupMark === '.') return 'decimal-comma';
  if (decimalMark === '.' || groupMark === ',') return 'decimal-point';
  return null;
}

/**
 * Whether an outcome reads a mark and three digits ending in zero as a fraction ("1.500",
 * "245.000", "1,500"): the press writes no idle zeros after a decimal mark, so where another
 * reading takes the mark as a thousands group, that one is meant.
 */
function idleZerosRead(outcome: Outcome): boolean {
  for (const end of outcome.ends) {
    // Only before a scale word ("245.000 millones"): "1.000 CNY" in a table of amounts is one yuan.
    if (end.scale === null || end.decimalMark === null || end.groupMark !== null || end.stepPower === null)
      continue;
    if (end.unitExponent - end.stepPower === 3 && end.lastNonZeroPower > end.stepPower) return true;
  }
  return false;
}

/** The decimal style of the home of every currency the figure names, when they agree on one. */
function currencyStyle(read: FigureRead): DecimalStyle | null {
  let style: DecimalStyle | null = null;
  for (const mention of read.mentions) {
    for (const entry of mention.entries) {
      if (entry.meaning.codes.length !== 1) continue;
      const home = CURRENCY_NOTATIONS[entry.meaning.codes[0] as string];
      if (home === undefined) continue;
      if (style !== null && style !== home) return null;
      style = home;
    }
  }
  return style;
}

/** The language of the home of the currencies the figure names, when they agree on one. */
function currencyLanguage(read: FigureRead): string | null {
  let language: string | null = null;
  for (const mention of read.mentions) {
    for (const entry of mention.entries) {
      if (entry.meaning.codes.length !== 1) continue;
      const home = CURRENCY_LANGUAGES[entry.meaning.codes[0] as string];
      if (home === undefined) continue;
      if (language !== null && language !== home) return null;
      language = home;
    }
  }
  return language;
}

/** Whether a mask holds a table of a language ('pt' holds pt-BR). */
function speaks(lexicon: Lexicon, mask: number, language: string): boolean {
  return lexicon.languages.tables.some(
    (t, i) => (mask & (1 << i)) !== 0 && (t.language === language || t.language.startsWith(`${language}-`)),
  );
}

/** Drops the regional tables (Swiss German) whose currencies the figure does not name. */
function withoutIdleRegions(read: FigureRead, lexicon: Lexicon, languages: number): number {
  let kept = languages;
  lexicon.languages.tables.forEach((table, i) => {
    const bit = 1 << i;
    if (table.onlyWith === undefined || (kept & bit) === 0) return;
    const named = read.mentions.some((m) =>
      m.entries.some((e) => e.meaning.codes.some((c) => table.onlyWith?.includes(c))),
    );
    if (!named && (kept & ~bit) !== 0) kept &= ~bit;
  });
  return kept;
}

/** Keeps the classes that pass a test, unless none would. */
function keepIf<T>(classes: T[], keep: (c: T) => boolean): T[] {
  const kept = classes.filter(keep);
  return kept.length > 0 ? kept : classes;
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
  const narrowedLanguages = narrowLanguages(read, ctx.mask);
  // The figure's own words (a scale word, a currency word, a hedge) say which languages it is in.
  const wordsSayLanguage = narrowedLanguages !== ctx.mask;
  const languages = withoutIdleRegions(read, lexicon, narrowedLanguages);
  let rawSubunit = 0;
  for (const mention of read.mentions) {
    const subunit = mentionMeaning(mention, languages).meaning.subunit;
    if (subunit !== 0) {
      rawSubunit = subunit;
      break;
    }
  }
  let firstFailure: ReadingFailure | null = null;
  const cache = newEvaluationCache(ctx.notation === 'decimal-comma');
  // Languages that write numbers alike and give the figure's scale words the same meaning read it
  // alike: it is read once per such group (most figures have one or two), in preference order.
  const marked = hasMarks(read, view);
  // Lists start as one-item literals: a push onto an empty list reserves room for 16.
  let groups: ReadingGroup[] | null = null;
  for (const index of ctx.order) {
    const bit = 1 << index;
    if ((languages & bit) === 0) continue;
    const own = lexicon.languages.tables[index];
    if (own === undefined) continue;
    const table = tableInStyle(own, ctx.notation);
    let known: ReadingGroup | undefined;
    for (const group of groups ?? NO_GROUPS) {
      if (readAlike(read, group, table, bit, marked)) {
        known = group;
        break;
      }
    }
    if (known !== undefined) {
      known.mask |= bit;
      continue;
    }
    const outcome = evaluateFigure(read, text, view, table, bit, percent ? 0 : rawSubunit, cache);
    if ('kind' in outcome) firstFailure ??= outcome;
    const group = { table, bit, outcome, mask: bit };
    if (groups === null) groups = [group];
    else groups.push(group);
  }
  if (groups === null) throw new Error('no language to read the figure with');
  let anyFitting = false;
  for (const group of groups) {
    if (!('kind' in group.outcome) && !group.outcome.singularMismatch) anyFitting = true;
  }
  // The readings that fit (those whose scale words go with their numbers, if any does), in
  // classes of the same outcome; the first is chosen.
  let chosen: Outcome | undefined;
  let classes: { outcome: Outcome; mask: number }[] | null = null;
  for (const group of groups) {
    const outcome = group.outcome;
    if ('kind' in outcome || (anyFitting && outcome.singularMismatch)) continue;
    chosen ??= outcome;
    let same: { mask: number } | undefined;
    for (const c of classes ?? NO_CLASSES) {
      if (sameOutcome(c.outcome, outcome)) {
        same = c;
        break;
      }
    }
    if (same) same.mask |= group.mask;
    else if (classes === null) classes = [{ outcome, mask: group.mask }];
    else classes.push({ outcome, mask: group.mask });
  }
  if (chosen === undefined) {
    if (firstFailure === null) throw new Error('no language to read the figure with');
    return fail(failureError(text, firstFailure, languageNames(lexicon.languages, languages)));
  }
  if (classes !== null && classes.length > 1) {
    // Where the readings differ: idle zeros after a decimal mark are a group ("12.000 euros"),
    // then the home of the currency named decides ("1.125 millones de pesos mexicanos").
    classes = keepIf(classes, (c) => !idleZerosRead(c.outcome));
    const style = currencyStyle(read);
    if (style !== null) classes = keepIf(classes, (c) => styleOf(c.outcome) === style);
    const home = currencyLanguage(read);
    if (home !== null) classes = keepIf(classes, (c) => speaks(lexicon, c.mask, home));
    chosen = classes[0]?.outcome ?? chosen;
  }
  const chosenMask = classes?.[0]?.mask ?? chosen.bit;

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
  if (classes !== null && classes.length > 1) {
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
    if (ctx.ambiguity === 'error' || (ctx.ambiguity === undefined && wordsSayLanguage)) {
      return fail(
        ambiguousNumberError(
          text,
          { text: figureText, span: { start: read.start, end: read.end } },
          note,
          alternatives,
          marked,
        ),
      );
    }
    ambiguity = { note, alternatives };
  }
  const chosenMarks = markedEnd(chosen);
  const decimalMark = chosenMarks?.decimalMark ?? null;
  const groupMark = chosenMarks?.groupMark ?? null;
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
