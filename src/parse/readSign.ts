import type { Step, Token } from './step.js';

/** Sign marks: hyphen-minus, the minus sign U+2212, and plus. */
const SIGN = /[-\u2212+]/y;

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
  SIGN.lastIndex = index;
  const match = SIGN.exec(text);
  if (match === null) return null;
  const next = index + match[0].length;
  return {
    value: { negative: match[0] !== '+', token: { text: match[0], span: { start: index, end: next } } },
    next,
  };
}
