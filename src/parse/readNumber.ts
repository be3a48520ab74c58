import type { Step, Token } from './step.js';
import type { NumberNotation } from '../vocabulary/types.js';

/** A number as written in digits, read in one notation, before any scale word. */
export interface WrittenNumber {
  readonly token: Token;
  /** Digits before the decimal mark, group marks removed; '' for ".5". */
  readonly integerDigits: string;
  /** Digits after the decimal mark; '' when there is none. */
  readonly fractionDigits: string;
  /** The decimal mark read, or null. */
  readonly decimalMark: string | null;
  /** The group mark read, or null. */
  readonly groupMark: string | null;
}

/** Why a run of digits and marks is not a number in a notation. */
export interface MalformedNumber {
  readonly token: Token;
  readonly problem: 'decimal-marks' | 'grouping' | 'too-long' | 'comma-group' | 'other-decimal-mark';
}

/**
 * The bound on digits: a number may have at most 30 digits, not counting zeros before its first
 * integer digit ("0.5" has one) but counting every zero after the decimal mark, so the smallest
 * figure is 10^-30 and the largest below 10^30 before its scale word. With scale words up to
 * 10^12 and cents (10^-2), every value, bound and half-step the parser makes lies between
 * 10^-33 and 10^43: plain notation in `toString()` (the Decimal clone switches to exponents only
 * beyond 10^-100 and 10^100), and exact within its 40 significant digits.
 */
export const MAX_DIGITS = 30;

/** Marks that may stand between two digits of a number, in any notation of any table. */
const INNER_MARKS = new Set(['.', ',', "'", '\u066B', '\u066C', '\u0631']);

function isDigit(view: string, i: number): boolean {
  const c = view.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** A single space that groups digits: space, no-break, narrow no-break or thin space. */
function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/**
 * Reads the run of digits and marks at `index` in the normalised view: digits, and single marks
 * (".", ",", "'", "٫", "٬", "ر", one space) that stand between two digits; a leading "." before a
 * digit (".5"). Marks at its end are not part of it ("5," is "5"). Linear in the run's length.
 *
 * @param text - the input as written (for the token's text)
 * @param view - its normalised view
 * @param index - where the run would start
 * @param scan - running text: a space joins only thousands groups (see spaceGroups)
 * @returns the run as a token, or null when no digit starts here
 *
 * @example
 * readNumeralRun('1 500 000 USD', '1 500 000 usd', 0)?.value.text //=> '1 500 000'
 */
export function readNumeralRun(text: string, view: string, index: number, scan = false): Step<Token> {
  const i = numeralRunEnd(view, index, scan);
  if (i === -1) return null;
  return { value: { text: text.slice(index, i), span: { start: index, end: i } }, next: i };
}

/**
 * Where the run of digits and marks at `index` ends (see readNumeralRun), or -1 when no digit
 * starts here; builds nothing, for callers that only skip the run.
 *
 * @example
 * numeralRunEnd('1,500 usd', 0) //=> 5
 * numeralRunEnd('usd', 0) //=> -1
 */
export function numeralRunEnd(view: string, index: number, scan = false): number {
  let i = index;
  if (view.charAt(i) === '.' && isDigit(view, i + 1)) i += 1;
  if (!isDigit(view, i)) return -1;
  let groupStart = i;
  while (i < view.length) {
    if (isDigit(view, i)) {
      i += 1;
      continue;
    }
    const c = view.charCodeAt(i);
    const between = isDigit(view, i - 1) && isDigit(view, i + 1);
    const space = isGroupSpace(c) && between && (!scan || spaceGroups(view, groupStart, i));
    if ((INNER_MARKS.has(view.charAt(i)) && between) || space) {
      i += 2;
      groupStart = i - 1;
      continue;
    }
    break;
  }
  return i;
}

/**
 * In running text a space joins digits only as a thousands group: one to three digits before it,
 * exactly three after ("1 500 000"), so that "in 2017 500 million" and "1 1 1" are not numbers.
 */
function spaceGroups(view: string, groupStart: number, at: number): boolean {
  return at - groupStart <= 3 && isDigit(view, at + 3) && !isDigit(view, at + 4) && isDigit(view, at + 2);
}

/**
 * Whether the integer part `view[0, end)`, split at every non-digit, is groups of `mark` in the
 * notation's grouping: thousands (a head of one to three, then threes) or Indian (a head of one
 * or two, at least one two, and the last three). Any other mark there is refused. Measured in place.
 */
function groupsFit(view: string, end: number, mark: string, grouping: NumberNotation['grouping']): boolean {
  let head = -1;
  let last = -1;
  let groups = 0;
  let allThrees = true;
  let middleAllTwos = true;
  let start = 0;
  for (let i = 0; i <= end; i += 1) {
    if (i < end && isDigit(view, i)) continue;
    if (i < end && view.charAt(i) !== mark) return false;
    const length = i - start;
    if (head === -1) head = length;
    else {
      if (last !== -1 && last !== 2) middleAllTwos = false;
      if (length !== 3) allThrees = false;
      last = length;
      groups += 1;
    }
    start = i + 1;
  }
  // A group's head never starts with 0: "0.001" is a decimal in every notation, never 1 thousand.
  if (head <= 0 || view.charCodeAt(0) === 48) return false;
  if (grouping === 'thousands') return head <= 3 && groups > 0 && allThrees;
  return head <= 2 && last === 3 && groups > 1 && middleAllTwos;
}

/**
 * Reads a run of digits and marks in one notation. Linear in the run's length.
 *
 * @param run - the run as a token (its text from the input)
 * @param view - the run in the normalised view (ASCII digits)
 * @param notation - the notation to read it in
 * @returns the number, or what is wrong with it in this notation
 *
 * @example
 * const run = { text: '1.500', span: { start: 0, end: 5 } };
 * interpretNumeral(run, '1.500', NUMBER_NOTATIONS['dot-thousands']).integerDigits //=> '1500'
 * interpretNumeral(run, '1.500', NUMBER_NOTATIONS['comma-thousands']).fractionDigits //=> '500'
 */
export function interpretNumeral(
  run: Token,
  view: string,
  notation: NumberNotation,
): WrittenNumber | MalformedNumber {
  let markCount = 0;
  let lastMark = -1;
  for (let i = 0; i < view.length; i += 1) {
    if (isDigit(view, i)) continue;
    markCount += 1;
    lastMark = i;
  }
  const decimalAt = lastMark !== -1 && notation.decimalMarks.includes(view.charAt(lastMark)) ? lastMark : -1;
  // Most numbers have no mark but a decimal one ("227", "1.5"): read without lists of marks or groups.
  if (markCount > (decimalAt === -1 ? 0 : 1)) return interpretGrouped(run, view, notation);
  if (decimalAt === 0 && notation.leadingDecimal !== true) return { token: run, problem: 'grouping' };
  const integerDigits = decimalAt === -1 ? view : view.slice(0, decimalAt);
  return digitsRead(run, view, integerDigits, decimalAt, null);
}

/** The number read, unless it has more digits than a figure may (MAX_DIGITS, leading zeros aside). */
function digitsRead(
  run: Token,
  view: string,
  integerDigits: string,
  decimalAt: number,
  groupMark: string | null,
): WrittenNumber | MalformedNumber {
  const fractionDigits = decimalAt === -1 ? '' : view.slice(decimalAt + 1);
  let leadingZeros = 0;
  while (leadingZeros < integerDigits.length && integerDigits.charCodeAt(leadingZeros) === 48)
    leadingZeros += 1;
  const significant = integerDigits.length - leadingZeros + fractionDigits.length;
  if (significant > MAX_DIGITS || integerDigits.length > MAX_DIGITS)
    return { token: run, problem: 'too-long' };
  return {
    token: run,
    integerDigits,
    fractionDigits,
    decimalMark: decimalAt === -1 ? null : view.charAt(decimalAt),
    groupMark,
  };
}

/**
 * interpretNumeral for a number with group marks or several marks: each mark is checked, and the
 * groups measured in place (a number that does not fit a notation, as most do not in some
 * language, costs no list or string).
 */
function interpretGrouped(
  run: Token,
  view: string,
  notation: NumberNotation,
): WrittenNumber | MalformedNumber {
  let lastMark = -1;
  for (let i = 0; i < view.length; i += 1) if (!isDigit(view, i)) lastMark = i;
  const decimalAt = lastMark !== -1 && notation.decimalMarks.includes(view.charAt(lastMark)) ? lastMark : -1;
  let firstGroupMark = -1;
  for (let at = 0; at < view.length; at += 1) {
    if (isDigit(view, at) || at === decimalAt) continue;
    if (notation.decimalMarks.includes(view.charAt(at))) return { token: run, problem: 'decimal-marks' };
    if (firstGroupMark === -1) firstGroupMark = at;
  }
  if (decimalAt === 0 && notation.leadingDecimal !== true) return { token: run, problem: 'grouping' };
  const integerEnd = decimalAt === -1 ? view.length : decimalAt;
  const integerPart = view.slice(0, integerEnd);
  let groupMark: string | null = null;
  let integerDigits = integerPart;
  if (firstGroupMark !== -1) {
    const first = view.charAt(firstGroupMark);
    if (!notation.groupMarks.includes(first) || !groupsFit(view, integerEnd, first, notation.grouping)) {
      // "7.5" where the notation groups with "." and writes ",": a decimal mark of another notation.
      const lone =
        view.indexOf(first, firstGroupMark + 1) === -1 &&
        decimalAt === -1 &&
        view.length - firstGroupMark - 1 !== 3;
      const other = first === '.' || first === ',';
      return { token: run, problem: lone && other ? 'other-decimal-mark' : 'grouping' };
    }
    groupMark = first;
    integerDigits = integerPart.split(first).join('');
  }
  return digitsRead(run, view, integerDigits, decimalAt, groupMark);
}

/**
 * Tells a malformed number from a number.
 *
 * @example
 * isMalformedNumber({ token: { text: '1,5,00', span: { start: 0, end: 6 } }, problem: 'grouping' }) //=> true
 */
export function isMalformedNumber(value: WrittenNumber | MalformedNumber): value is MalformedNumber {
  return 'problem' in value;
}
