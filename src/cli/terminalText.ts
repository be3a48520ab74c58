/**
 * Text that reaches a terminal must not drive it: an escape sequence in a figure, a file name or
 * a manifest's attribution could retitle the window, clear the screen or rewrite a line. Every
 * control character but the newline is shown escaped, as JavaScript writes it (\x1b, \r, \u009b);
 * a value inside a line (inline) has its newlines escaped too.
 */
import { escapeOne, excerpt, inline } from '../text/inlineText.js';

export { excerpt, inline };

// C0 controls but \n, DEL, C1 controls, the line and paragraph separators, and the bidi
// controls that reorder what follows (embeddings, overrides, isolates, marks: U+202E turns text around).
const CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Escapes every control character except the newline.
 *
 * @example
 * escapeControls('a\u001b]0;x\u0007b') //=> 'a\\x1b]0;x\\x07b'
 * escapeControls('line 1\nline 2') //=> 'line 1\nline 2'
 * escapeControls('abc\u202edef') //=> 'abc\\u202edef'
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, escapeOne);
}

// JSON.stringify escapes C0 controls already; C1 controls, U+2028/9 and bidi controls pass through raw.
const JSON_RAW = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Escapes in JSON text the control characters JSON.stringify leaves raw, as \u escapes (still valid JSON).
 *
 * @example
 * escapeJsonControls('"a\u009bb"') //=> '"a\\u009bb"'
 */
export function escapeJsonControls(json: string): string {
  return json.replace(JSON_RAW, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
