import type { ErrorInfo } from '../../errors.js';

/**
 * Renders an error for a terminal: the message, the input with a caret under the fault, a hint.
 *
 * @example
 * renderErrorText({ code: 'FIGURE_UNKNOWN_WORD', kind: 'input', message: 'unknown word "bilion"', hint: 'did you mean "billion"?',
 *   position: { input: '1.5 bilion yuan', index: 4, length: 6 } })
 * //=> 'dealcalc: unknown word "bilion"\n  1.5 bilion yuan\n      ^^^^^^\nhint: did you mean "billion"?\n'
 */
export function renderErrorText(error: ErrorInfo): string {
  const lines = [`dealcalc: ${error.message}`];
  if (error.position) {
    const { input, index, length } = error.position;
    // Wide (CJK) characters take two columns in a terminal; pad the caret to match.
    const pad = [...input.slice(0, index)].map((ch) => (isWide(ch) ? '  ' : ' ')).join('');
    const marks = [...input.slice(index, index + Math.max(length, 1))]
      .map((ch) => (isWide(ch) ? '^^' : '^'))
      .join('');
    lines.push(`  ${input}`, `  ${pad}${marks || '^'}`);
  }
  if (error.hint) lines.push(`hint: ${error.hint}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The error as the one JSON object `--json` prints on stdout.
 *
 * @example
 * JSON.parse(renderErrorJson({ code: 'DATE_INVALID', kind: 'input', message: 'no such day', hint: 'use YYYY-MM-DD' })).error.code
 * //=> 'DATE_INVALID'
 */
export function renderErrorJson(error: ErrorInfo): string {
  const body = {
    code: error.code,
    message: error.message,
    hint: error.hint,
    ...(error.position ? { position: { index: error.position.index, length: error.position.length } } : {}),
  };
  return `${JSON.stringify({ error: body }, null, 2)}\n`;
}

function isWide(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}
