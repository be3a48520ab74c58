import type { Step, Token } from './step.js';

/**
 * Word patterns, tried in order, for naming what stands at an unexpected place. Made on first
 * use: building a Unicode property class costs about half a millisecond, and most runs never
 * meet an unexpected word.
 */
let wordPatterns: readonly RegExp[] | undefined;

function patterns(): readonly RegExp[] {
  return (wordPatterns ??= [
    // a Latin word, with inner dots, apostrophes or hyphens: "bilion", "U.S", "lakh-crore"
    /\p{Script=Latin}+(?:['.-]\p{Script=Latin}+)*/uy,
    // a run of letters of another script: "人", "доллар"
    /\p{L}+/uy,
  ]);
}

/**
 * Reads the word (a run of letters) that starts at `index`.
 *
 * @param text - the input
 * @param index - where the word would start
 * @returns the word, or null when no letter starts here
 *
 * @example
 * readWordAt('1.5 bilion yuan', 4)?.value.text //=> 'bilion'
 */
export function readWordAt(text: string, index: number): Step<Token> {
  for (const pattern of patterns()) {
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (match === null) continue;
    const next = index + match[0].length;
    return { value: { text: match[0], span: { start: index, end: next } }, next };
  }
  return null;
}
