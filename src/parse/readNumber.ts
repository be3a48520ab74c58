import type { NumberNotation } from './numberNotations.js';
import type { Step, Token } from './step.js';

/** A number as written in digits, before any scale word. */
export interface WrittenNumber {
  readonly token: Token;
  /** Digits before the decimal mark, group marks removed; '' for ".5". */
  readonly integerDigits: string;
  /** Digits after the decimal mark; '' when there is none. */
  readonly fractionDigits: string;
  /** Which notation matched. */
  readonly notation: NumberNotation['name'];
}

/** Why a run of digits and marks is not a number. */
export interface MalformedNumber {
  readonly token: Token;
  readonly problem: 'decimal-marks' | 'grouping' | 'too-long';
}

/**
 * The most digits a figure may have: its rounding bounds need one digit more, and all of it
 * must fit the 40 significant digits of the configured Decimal without rounding.
 */
export const MAX_DIGITS = 30;

/**
 * A maximal run of what numbers are made of: digits, decimal and group marks, and single
 * spaces that stand between digits ("1 500 000"). Marks at its end are not part of it.
 */
const NUMERIC_RUN = /\.?\d(?:[\d.,]|[ \u00A0\u202F\u2009](?=\d))*/y;
const TRAILING_MARKS = /[.,]+$/;

/**
 * Reads a number written in digits at `index`, in one of the given notations.
 *
 * @param notations - the notations the active vocabularies write
 * @param text - the input
 * @param index - where the number would start
 * @returns the number (or, when the run of digits is malformed, what is wrong with it), or null
 *   when no digit starts here
 *
 * @example
 * readNumber(lexicon.numberNotations, '1,50,00,000', 0)?.value //=> { integerDigits: '15000000', ... }
 */
export function readNumber(
  notations: readonly NumberNotation[],
  text: string,
  index: number,
): Step<WrittenNumber | MalformedNumber> {
  NUMERIC_RUN.lastIndex = index;
  const match = NUMERIC_RUN.exec(text);
  if (match === null) return null;
  const run = match[0].replace(TRAILING_MARKS, '');
  const next = index + run.length;
  const token: Token = { text: run, span: { start: index, end: next } };
  for (const notation of notations) {
    const groups = notation.pattern.exec(run)?.groups;
    if (groups === undefined) continue;
    const integerDigits = notation.groupMarks
      ? (groups.int ?? '').replace(notation.groupMarks, '')
      : (groups.int ?? '');
    const fractionDigits = groups.frac ?? '';
    const significant = (integerDigits + fractionDigits).replace(/^0+/, '');
    if (significant.length > MAX_DIGITS) return { value: { token, problem: 'too-long' }, next };
    return { value: { token, integerDigits, fractionDigits, notation: notation.name }, next };
  }
  const problem = (run.match(/\./g) ?? []).length > 1 ? 'decimal-marks' : 'grouping';
  return { value: { token, problem }, next };
}

/**
 * Tells a malformed number from a number.
 *
 * @example
 * isMalformedNumber({ token, problem: 'grouping' }) //=> true
 */
export function isMalformedNumber(value: WrittenNumber | MalformedNumber): value is MalformedNumber {
  return 'problem' in value;
}
