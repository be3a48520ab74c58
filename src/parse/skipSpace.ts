/** Whitespace, including no-break spaces (U+00A0, U+202F) and the ideographic space (U+3000). */
const SPACE = /\s/;

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
  while (i < text.length && SPACE.test(text.charAt(i))) i += 1;
  return i;
}
