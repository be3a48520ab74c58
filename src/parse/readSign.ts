import type { Step, Token } from './step.js';

/** A sign as written. */
export interface SignReading {
  readonly negative: boolean;
  readonly token: Token;
}

/**
 * Reads a sign mark at `index`.
 *
 * @param text - the input
 * @param index - where the sign would stand
 * @returns the sign, or null when there is none
 *
 * @example
 * readSign('−5', 0)?.value.negative //=> true
 */
export function readSign(text: string, index: number): Step<SignReading> {
  // Sign marks: hyphen-minus, the minus sign U+2212, and plus.
  const code = text.charCodeAt(index);
  if (code !== 45 && code !== 0x2212 && code !== 43) return null;
  const next = index + 1;
  return {
    value: { negative: code !== 43, token: { text: text.charAt(index), span: { start: index, end: next } } },
    next,
  };
}
