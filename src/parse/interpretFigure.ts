import { Decimal } from '../money/decimal.js';
import type { LexiconMatch, ScaleMeaning } from './lexicon.js';
import { groupEnd, type EndRead, type FigureRead, type GroupRead } from './readFigureAt.js';
import {
  interpretNumeral,
  isMalformedNumber,
  MAX_DIGITS,
  type MalformedNumber,
  type WrittenNumber,
} from './readNumber.js';
import type { Token } from './step.js';
import type { Vocabulary } from '../vocabulary/types.js';

/** The value of one end of a figure in one language, with its precision. */
export interface EndValue {
  readonly value: Decimal;
  /**
   * The rounding unit of the last written digit, in units of the currency, as a power of ten
   * (8 for "1.5 billion"); null for a spelled fraction, whose step is `fractionStep`.
   */
  readonly stepPower: number | null;
  /** The step of a spelled fraction ("two and a half billion": 0.5e9); null otherwise. */
  readonly fractionStep: Decimal | null;
  /** Written in full (no scale word, no spelled fraction): exact unless hedged. */
  readonly exact: boolean;
  /** The power of ten of the last non-zero digit, for a hedged figure written in full ("about 1,500,000,000"). */
  readonly lastNonZeroPower: number;
  /** The power of ten of the last group's unit (its scale exponent plus a minor unit's). */
  readonly unitExponent: number;
  /** How the reading rule names that unit: "billion", "亿 (10^8)"; null without a scale word. */
  readonly unitName: string | null;
  /** The scale word of the last group that has one, and its exponent in this language. */
  readonly scale: { readonly match: LexiconMatch<ScaleMeaning>; readonly exponent: number } | null;
  readonly decimalMark: string | null;
  readonly groupMark: string | null;
  readonly start: number;
  readonly end: number;
}

/** A figure's reading in one language. */
export interface Outcome {
  readonly bit: number;
  readonly ends: readonly EndValue[];
  /** A singular scale word stands with a number it does not go with ("2 Milliarde"). */
  readonly singularMismatch: boolean;
}

/** Why a language cannot read a figure. */
export type ReadingFailure =
  | { readonly kind: 'number'; readonly malformed: MalformedNumber }
  | { readonly kind: 'compound'; readonly token: Token }
  | { readonly kind: 'range'; readonly token: Token }
  | { readonly kind: 'scale'; readonly token: Token };

function isFailure(x: unknown): x is ReadingFailure {
  return typeof x === 'object' && x !== null && 'kind' in x;
}

/** The power of ten of the last digit written, or of the last non-zero one. */
function lastDigitPower(integerDigits: string, fractionDigits: string, uptoNonZero: boolean): number {
  const fraction = fractionDigits.length;
  if (!uptoNonZero) return -fraction;
  const digits = integerDigits + fractionDigits;
  let last = digits.length - 1;
  while (last >= 0 && digits.charAt(last) === '0') last -= 1;
  if (last < 0) return -fraction;
  return digits.length - 1 - last - fraction;
}

function pow10(exponent: number): Decimal {
  return new Decimal(`1e${exponent}`);
}

/** What the languages of one figure share while it is read: each number read once per notation. */
export interface EvaluationCache {
  /** A short list, not a map: a figure reads a few numbers in one or two notations, and no key is built. */
  numerals: NumeralRead[];
  /** The caller said the text writes a decimal comma: "1,500 Milliarden" is then 1.5 billion. */
  readonly decimalComma: boolean;
}

/** A number of the figure (by where it starts) as read in one notation. */
interface NumeralRead {
  readonly start: number;
  readonly notation: string;
  readonly read: WrittenNumber | MalformedNumber;
}

/**
 * A fresh cache for one figure.
 *
 * @example
 * newEvaluationCache().numerals.length //=> 0
 */
export function newEvaluationCache(decimalComma = false): EvaluationCache {
  return { numerals: [], decimalComma };
}

function cachedNumeral(
  cache: EvaluationCache,
  start: number,
  notation: string,
): WrittenNumber | MalformedNumber | undefined {
  for (const known of cache.numerals) {
    if (known.start === start && known.notation === notation) return known.read;
  }
  return undefined;
}

/**
 * Whether a number read with a decimal comma is a comma and exactly three digits ("1,500"): before
 * a scale word the press means a thousands group by it ("1,500 millones" is 1,500 million, never
 * 1.5 million written with two idle zeros), so that reading is refused unless the caller said
 * the text writes a decimal comma.
 */
function commaGroupBeforeScale(read: WrittenNumber): boolean {
  const head = read.integerDigits.replace(/^0+/, '').length;
  return (
    read.decimalMark === ',' &&
    read.groupMark === null &&
    read.fractionDigits.length === 3 &&
    head >= 1 &&
    head <= 3
  );
}

/** The number of a group in one table's notations, or what is wrong with it. */
function readDigits(
  token: Token,
  view: string,
  table: Vocabulary,
  cache: EvaluationCache,
  scaled: boolean,
): WrittenNumber | MalformedNumber {
  let firstProblem: MalformedNumber | null = null;
  const start = token.span.start;
  for (const notation of table.numberNotations) {
    let read = cachedNumeral(cache, start, notation.name);
    if (read === undefined) {
      read = interpretNumeral(token, view.slice(start, token.span.end), notation);
      const known = { start, notation: notation.name, read };
      // A one-item literal first: a push onto an empty list reserves room for 16.
      if (cache.numerals.length === 0) cache.numerals = [known];
      else cache.numerals.push(known);
    }
    if (!isMalformedNumber(read)) {
      if (!(scaled && !cache.decimalComma && commaGroupBeforeScale(read))) return read;
      firstProblem ??= { token, problem: 'comma-group' };
      continue;
    }
    firstProblem ??= read;
  }
  return firstProblem ?? { token, problem: 'grouping' };
}

/** A scale word's exponent in one language: its own entry, or the one all its entries agree on. */
function scaleIn(match: LexiconMatch<ScaleMeaning>, bit: number): ScaleMeaning | null {
  // Loops, not find and every: this runs for every scale word in every language read.
  for (const entry of match.entries)
    if (entry.language === 0 || (entry.language & bit) !== 0) return entry.meaning;
  const first = match.entries[0];
  if (first === undefined) return null;
  for (const entry of match.entries) if (entry.meaning.exponent !== first.meaning.exponent) return null;
  return first.meaning;
}

/** A group as one language reads it, before any arithmetic: digits as text, the scale's exponent. */
interface GroupReading {
  readonly integerDigits: string;
  readonly fractionDigits: string;
  /** For a spelled fraction ("two and a half"): its numerator and denominator; else 0 and 1. */
  readonly numerator: number;
  readonly denominator: number;
  readonly exponent: number;
  readonly decimalMark: string | null;
  readonly groupMark: string | null;
  readonly scale: ScaleMeaning | null;
}

function readGroup(
  group: GroupRead,
  view: string,
  table: Vocabulary,
  bit: number,
  cache: EvaluationCache,
): GroupReading | ReadingFailure {
  let scale: ScaleMeaning | null = null;
  if (group.scale !== null) {
    scale = scaleIn(group.scale, bit);
    if (scale === null) return { kind: 'scale', token: group.scale.token };
  }
  const exponent = scale?.exponent ?? 0;
  if (group.number.kind === 'digits') {
    const read = readDigits(group.number.token, view, table, cache, group.scale !== null);
    if (isMalformedNumber(read)) return { kind: 'number', malformed: read };
    return {
      integerDigits: read.integerDigits,
      fractionDigits: read.fractionDigits,
      // "1 milliard et demi": a whole number of the scale and a half of it.
      numerator: group.fraction?.numerator ?? 0,
      denominator: group.fraction?.denominator ?? 1,
      exponent,
      decimalMark: read.decimalMark,
      groupMark: read.groupMark,
      scale,
    };
  }
  const { whole } = group.number.spelled;
  const { numerator, denominator } = group.fraction ?? group.number.spelled;
  return {
    integerDigits: String(whole),
    fractionDigits: '',
    numerator,
    denominator: numerator > 0 ? denominator : 1,
    exponent,
    decimalMark: null,
    groupMark: null,
    scale,
  };
}

/** The integer digits without leading zeros ('' for zero). */
function significantInteger(digits: string): string {
  let i = 0;
  while (i < digits.length && digits.charAt(i) === '0') i += 1;
  return digits.slice(i);
}

/** Whether a singular scale word does not go with the number ("2 Milliarde"), from its digits. */
function singularMismatch(g: GroupReading): boolean {
  const singular = g.scale?.singular;
  if (singular === undefined) return false;
  const whole = significantInteger(g.integerDigits);
  if (singular === 'below-two') return whole.length > 1 || (whole !== '' && whole > '1');
  return whole !== '1' || g.numerator > 0 || /[1-9]/.test(g.fractionDigits);
}

/** A group's number times ten to `exponent`, built from its digits (one Decimal, no arithmetic). */
function scaledNumber(g: GroupReading, exponent: number, negative: boolean): Decimal {
  const whole = new Decimal(
    `${negative ? '-' : ''}${g.integerDigits || '0'}.${g.fractionDigits || '0'}e${exponent}`,
  );
  if (g.numerator === 0) return whole;
  const fraction = new Decimal(`${negative ? '-' : ''}${g.numerator}e${exponent}`).div(String(g.denominator));
  return whole.plus(fraction);
}

/** The value of one end in one language; `inherit` lends a range's scale to a bare first end ("1.5-2 billion"). */
function endValue(
  end: EndRead,
  readings: readonly GroupReading[],
  view: string,
  bit: number,
  subunit: number,
  inherit: {
    readonly exponent: number;
    readonly name: string;
    readonly match: LexiconMatch<ScaleMeaning>;
  } | null,
): { value: EndValue; singularMismatch: boolean } | ReadingFailure {
  const first = readings[0];
  const last = readings.at(-1);
  const lastGroup = end.groups.at(-1);
  if (first === undefined || last === undefined || lastGroup === undefined) {
    return { kind: 'compound', token: { text: '', span: { start: end.start, end: end.end } } };
  }
  // A compound figure goes from larger units to smaller, each group below the unit before it,
  // and only its last group may have a fraction: "3 trillion 240.5 billion", "4兆2千億".
  for (let k = 1; k < readings.length; k += 1) {
    const before = readings[k - 1] as GroupReading;
    const current = readings[k] as GroupReading;
    const hasFraction = before.fractionDigits.length > 0 || before.numerator > 0;
    const fits = significantInteger(current.integerDigits).length + current.exponent <= before.exponent;
    if (current.exponent >= before.exponent || hasFraction || !fits)
      return { kind: 'compound', token: compoundToken(end, view) };
  }
  const lastExponent = inherit?.exponent ?? last.exponent;
  if (readings.length > 1) {
    const highest = significantInteger(first.integerDigits).length - 1 + first.exponent;
    const lowest = lastExponent - last.fractionDigits.length;
    if (highest - lowest + 1 > MAX_DIGITS) {
      return { kind: 'number', malformed: { token: compoundToken(end, view), problem: 'too-long' } };
    }
  }
  const negative = end.sign?.negative === true;
  let value = scaledNumber(last, lastExponent + subunit, negative);
  for (let k = readings.length - 2; k >= 0; k -= 1) {
    const g = readings[k] as GroupReading;
    value = value.plus(scaledNumber(g, g.exponent + subunit, negative));
  }
  const unitExponent = lastExponent + subunit;
  const stepPower = last.denominator > 1 ? null : unitExponent - last.fractionDigits.length;
  const fractionStep = stepPower === null ? pow10(unitExponent).div(String(last.denominator)) : null;
  const scaleMatch = lastScaleOf(end);
  const scaled = inherit
    ? { match: inherit.match, exponent: inherit.exponent }
    : scaleMatch
      ? { match: scaleMatch, exponent: scaleIn(scaleMatch, bit)?.exponent ?? 0 }
      : null;
  let marked: GroupReading | undefined;
  for (const g of readings) {
    if (g.decimalMark !== null || g.groupMark !== null) {
      marked = g;
      break;
    }
  }
  return {
    value: {
      value,
      stepPower,
      fractionStep,
      exact: lastGroup.scale === null && inherit === null && last.denominator === 1,
      lastNonZeroPower: unitExponent + lastDigitPower(last.integerDigits, last.fractionDigits, true),
      unitExponent,
      unitName: inherit?.name ?? last.scale?.name ?? null,
      scale: scaled,
      decimalMark: marked?.decimalMark ?? null,
      groupMark: marked?.groupMark ?? null,
      start: end.start,
      end: end.end,
    },
    singularMismatch: readings.some(singularMismatch),
  };
}

/** The scale word of the last group that has one. */
function lastScaleOf(end: EndRead): LexiconMatch<ScaleMeaning> | null {
  for (let k = end.groups.length - 1; k >= 0; k -= 1) {
    const scale = (end.groups[k] as GroupRead).scale;
    if (scale !== null) return scale;
  }
  return null;
}

function compoundToken(end: EndRead, view: string): Token {
  const first = end.groups[0]?.number.token.span.start ?? end.start;
  const lastGroup = end.groups.at(-1);
  const last = lastGroup === undefined ? end.end : groupEnd(lastGroup);
  return { text: view.slice(first, last), span: { start: first, end: last } };
}

/**
 * Reads a figure's structure in one language: the digits in its notations, the scale words in
 * its meanings, the groups of a compound figure and the ends of a range.
 *
 * @param read - the structure (readFigureAt)
 * @param text - the input
 * @param view - its normalised view
 * @param table - the language's table
 * @param bit - the language's bit
 * @param subunit - the power of ten of a minor unit named ("cents": -2), else 0
 * @param cache - shared by the languages of one figure (see EvaluationCache)
 * @returns the outcome, or why this language cannot read the figure
 *
 * @example
 * const german = 1 << VOCABULARIES.indexOf(GERMAN);
 * const scale = { token: { text: 'Mrd.', span: { start: 4, end: 8 } }, entries: [{ language: german, meaning: { exponent: 9, name: 'Milliarden (10^9)' } }], languages: german, next: 8 };
 * const group = { number: { kind: 'digits', token: { text: '4,8', span: { start: 0, end: 3 } } }, scale, hyphen: false };
 * const read = { start: 0, end: 8, ends: [{ sign: null, groups: [group], start: 0, end: 8 }] };
 * evaluateFigure(read, '4,8 Mrd.', '4,8 mrd.', GERMAN, german, 0).ends[0].value //=> '4800000000'
 */
export function evaluateFigure(
  read: FigureRead,
  text: string,
  view: string,
  table: Vocabulary,
  bit: number,
  subunit: number,
  cache: EvaluationCache = newEvaluationCache(),
): Outcome | ReadingFailure {
  // Lists of their final length: pushes onto empty lists would reserve room for 16 each.
  const readings = new Array<GroupReading[]>(read.ends.length);
  for (let e = 0; e < read.ends.length; e += 1) {
    const end = read.ends[e] as EndRead;
    const groups = new Array<GroupReading>(end.groups.length);
    for (let g = 0; g < end.groups.length; g += 1) {
      const reading = readGroup(end.groups[g] as GroupRead, view, table, bit, cache);
      if (isFailure(reading)) return reading;
      groups[g] = reading;
    }
    readings[e] = groups;
  }
  return evaluateReadings(read, readings, text, view, bit, subunit);
}

function evaluateReadings(
  read: FigureRead,
  readings: readonly (readonly GroupReading[])[],
  text: string,
  view: string,
  bit: number,
  subunit: number,
): Outcome | ReadingFailure {
  const firstEnd = read.ends[0];
  const secondEnd = read.ends[1];
  const firstReadings = readings[0] ?? [];
  const secondReadings = readings[1] ?? [];
  if (firstEnd === undefined)
    return { kind: 'compound', token: { text: '', span: { start: read.start, end: read.end } } };
  const first = endValue(firstEnd, firstReadings, view, bit, subunit, null);
  if (isFailure(first)) return first;
  if (secondEnd === undefined) return { bit, ends: [first.value], singularMismatch: first.singularMismatch };
  const second = endValue(secondEnd, secondReadings, view, bit, subunit, null);
  if (isFailure(second)) return second;
  const rangeToken: Token = {
    text: text.slice(read.start, read.end),
    span: { start: read.start, end: read.end },
  };
  // "1.5-2 billion": a first end without a scale word takes the second's, if the range then holds.
  const bare = firstEnd.groups.length === 1 && firstEnd.groups[0]?.scale === null;
  const lent = second.value.scale;
  if (bare && lent !== null) {
    const name = second.value.unitName ?? '';
    const inherited = endValue(firstEnd, firstReadings, view, bit, subunit, {
      exponent: lent.exponent,
      name,
      match: lent.match,
    });
    if (!isFailure(inherited) && inherited.value.value.lte(second.value.value)) {
      return {
        bit,
        ends: [inherited.value, second.value],
        singularMismatch: inherited.singularMismatch || second.singularMismatch,
      };
    }
  }
  if (first.value.value.gt(second.value.value)) return { kind: 'range', token: rangeToken };
  return {
    bit,
    ends: [first.value, second.value],
    singularMismatch: first.singularMismatch || second.singularMismatch,
  };
}

/**
 * An end's rounding step as a Decimal (built only when a caller needs it).
 *
 * @example
 * endStep({ stepPower: 8, fractionStep: null }) //=> '100000000'
 */
export function endStep(end: EndValue): Decimal {
  return end.fractionStep ?? pow10(end.stepPower ?? 0);
}

/**
 * Whether two outcomes read the same values with the same precision.
 *
 * @example
 * const end = { value: new Decimal('5'), stepPower: 0, fractionStep: null, exact: true };
 * sameOutcome({ ends: [end] }, { ends: [end] }) //=> true
 */
export function sameOutcome(a: Outcome, b: Outcome): boolean {
  return (
    a.ends.length === b.ends.length &&
    a.ends.every((end, k) => {
      const other = b.ends[k];
      return (
        other !== undefined &&
        end.value.eq(other.value) &&
        (end.stepPower !== null || other.stepPower !== null
          ? end.stepPower === other.stepPower
          : end.fractionStep !== null &&
            other.fractionStep !== null &&
            end.fractionStep.eq(other.fractionStep)) &&
        end.exact === other.exact
      );
    })
  );
}
