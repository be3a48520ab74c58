/**
 * A value set inside a line of output (a name, a figure, a file name, a manifest's attribution)
 * must not start a line of its own nor drive the terminal: a file named `evil\nP 2017-11-15 USD
 * 100 CNY\n.csv` would otherwise forge a `P` line in an exported journal (issue 20).
 */

// Every C0 control (the newline too), DEL, C1 controls, line and paragraph separators, and the
// bidi controls that reorder what follows (U+202E turns text around; isolates, marks).
const CONTROL_OR_NEWLINE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = {
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '\b': '\\b',
  '\f': '\\f',
  '\v': '\\v',
  '\u0000': '\\0',
};

/**
 * One control character as JavaScript writes it (\n, \x1b, \u202e).
 *
 * @example
 * escapeOne('\u001b') //=> '\\x1b'
 */
export function escapeOne(ch: string): string {
  const named = NAMED[ch];
  if (named !== undefined) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * A value shown inside a line: every control character escaped, the newline too.
 *
 * @example
 * inline('A\nfake line=$1M') //=> 'A\\nfake line=$1M'
 * inline('abc\u202edef') //=> 'abc\\u202edef'
 */
export function inline(text: string): string {
  return text.replace(CONTROL_OR_NEWLINE, escapeOne);
}

/**
 * At most `max` characters of a text a message echoes, said to be cut when it is (a 120 KB word
 * is not echoed whole), escaped for one line.
 *
 * @example
 * excerpt('x'.repeat(200), 5) //=> 'xxxxx… (195 more characters)'
 */
export function excerpt(text: string, max = 120): string {
  if (text.length <= max) return inline(text);
  return `${inline(text.slice(0, max))}… (${text.length - max} more characters)`;
}
