import { isSpaceCode } from './lexicon.js';

/**
 * Returns the index of the first non-whitespace character at or after `index`.
 *
 * @param text - the input
 * @param index - where to start
 * @returns an index in [index, text.length]
 *
 * @example
 * skipSpace('  $5', 0) //=> 2
 */
export function skipSpace(text: string, index: number): number {
  let i = index;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i += 1;
  return i;
}

/**
 * Returns the index just past the last non-whitespace character (a backward loop: the regular
 * expression /\s+$/ it replaces took quadratic time on "5", many spaces, "x").
 *
 * @example
 * trimmedEnd('$5   ') //=> 2
 */
export function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end -= 1;
  return end;
}
