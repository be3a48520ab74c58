/**
 * Text that reaches a terminal must not drive it: an escape sequence in a figure, a file name or
 * a manifest's attribution could retitle the window, clear the screen or rewrite a line. Every
 * control character but the newline is shown escaped, as JavaScript writes it (\x1b, \r, \u009b).
 */

// C0 controls but \n, DEL, C1 controls, and the line and paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED: Readonly<Record<string, string>> = {
  '\t': '\\t',
  '\r': '\\r',
  '\b': '\\b',
  '\f': '\\f',
  '\v': '\\v',
  '\u0000': '\\0',
};

function escapeOne(ch: string): string {
  const named = NAMED[ch];
  if (named !== undefined) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Escapes every control character except the newline.
 *
 * @example
 * escapeControls('a\u001b]0;x\u0007b') //=> 'a\\x1b]0;x\\x07b'
 * escapeControls('line 1\nline 2') //=> 'line 1\nline 2'
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, escapeOne);
}

// JSON.stringify escapes C0 controls already; C1 controls and U+2028/9 pass through raw.
const JSON_RAW = /[\u007f-\u009f\u2028\u2029]/g;

/**
 * Escapes in JSON text the control characters JSON.stringify leaves raw, as \u escapes (still valid JSON).
 *
 * @example
 * escapeJsonControls('"a\u009bb"') //=> '"a\\u009bb"'
 */
export function escapeJsonControls(json: string): string {
  return json.replace(JSON_RAW, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
