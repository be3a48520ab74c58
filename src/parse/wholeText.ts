import { fail, succeed, type Result } from '../errors.js';
import { chooseLanguages, type LanguageChoice } from './engine.js';
import { emptyError } from './figureErrors.js';
import { normalizeText } from './normalize.js';
import { skipSpace, trimmedEnd } from './skipSpace.js';
import type { Token } from './step.js';

/** A text to be read whole as one figure or percentage: the languages, its view, and its extent. */
export interface WholeText {
  readonly choice: LanguageChoice;
  /** The text normalised for matching (same length, same offsets). */
  readonly view: string;
  /** Where the text starts and ends without its surrounding white space. */
  readonly start: number;
  readonly end: number;
  /** The text without its surrounding white space, as written. */
  readonly token: Token;
}

/**
 * Prepares a text that is to be one figure or one percentage as a whole: the languages chosen,
 * the normalised view, the extent without surrounding spaces; an error for an empty text or a
 * language no table reads.
 *
 * @example
 * const whole = wholeText('  $5 million ', undefined);
 * whole.ok && [whole.value.start, whole.value.end, whole.value.token.text] //=> [2, 12, '$5 million']
 */
export function wholeText(text: string, languages: readonly string[] | undefined): Result<WholeText> {
  const choice = chooseLanguages(languages);
  if (!choice.ok) return choice;
  const view = normalizeText(text);
  const start = skipSpace(view, 0);
  const end = trimmedEnd(view);
  if (start >= end) return fail(emptyError(text));
  return succeed({
    choice: choice.value,
    view,
    start,
    end,
    token: { text: text.slice(start, end), span: { start, end } },
  });
}

/**
 * Whether view[start, end) holds an ASCII digit: when a number must stand and none does, the
 * error says that rather than pointing at a word.
 *
 * @example
 * hasDigit('about five', 0, 10) //=> false
 */
export function hasDigit(view: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const c = view.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
