import type { ErrorInfo } from '../../errors.js';
import { hintForCli } from '../hints.js';
import { escapeControls, excerpt, inline } from '../terminalText.js';

/** The longest message a terminal gets: past it, the echoed input is what is long, and it is cut. */
const MAX_MESSAGE = 600;
/** A hint may name several tables' ends and how to renew each (about 650 characters): it is cut later. */
const MAX_HINT = 1200;

function oneLine(text: string, max: number): string {
  return text.length > max ? excerpt(text, max) : inline(text);
}

/** Made on the first error shown: each Unicode property class costs about half a millisecond to build. */
let marks: { readonly mark: RegExp; readonly wide: RegExp } | undefined;

function characterClasses(): { readonly mark: RegExp; readonly wide: RegExp } {
  return (marks ??= {
    mark: /^\p{M}+$/u,
    wide: /\p{Extended_Pictographic}|[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0\uffe6]|[\u{20000}-\u{3fffd}]/u,
  });
}

/** Columns a character (a code point) takes in a terminal once escaped: 0 for a combining mark, 2 for wide ones. */
function columns(ch: string): number {
  const escaped = escapeControls(ch);
  if (escaped !== ch) return escaped.length;
  const { mark, wide } = characterClasses();
  if (mark.test(ch) || ch === '\u200d') return 0;
  return wide.test(ch) ? 2 : 1;
}

function width(text: string): number {
  let total = 0;
  for (const ch of text) total += columns(ch);
  return total;
}

/**
 * Renders an error for a terminal: the message, the input (escaped) with a caret under the
 * fault, counted in terminal columns (wide CJK and emoji take two, combining marks none, an
 * escaped control character its escape), and a hint naming this command line's flags.
 *
 * @example
 * renderErrorText({ code: 'FIGURE_UNKNOWN_WORD', message: 'unknown word "bilion"', hint: 'did you mean "billion"?', position: { input: '1.5 bilion yuan', index: 4, length: 6 } })
 * //=> 'dealcalc: unknown word "bilion"\n  1.5 bilion yuan\n      ^^^^^^\nhint: did you mean "billion"?\n'
 */
export function renderErrorText(error: ErrorInfo): string {
  const lines = [`dealcalc: ${oneLine(error.message, MAX_MESSAGE)}`];
  if (error.position) {
    const { input, index, length } = error.position;
    const shown = input.length > 200 ? null : input;
    if (shown !== null) {
      const pad = ' '.repeat(width(input.slice(0, index)));
      const marks = '^'.repeat(Math.max(1, width(input.slice(index, index + Math.max(length, 1)))));
      lines.push(`  ${escapeControls(shown)}`, `  ${pad}${marks}`);
    }
  }
  const hint = hintForCli(error);
  if (hint) lines.push(`hint: ${oneLine(hint, MAX_HINT)}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The error as the one JSON object `--json` prints on stdout.
 *
 * @example
 * JSON.parse(renderErrorJson({ code: 'DATE_INVALID', message: 'no such day', hint: 'use YYYY-MM-DD' })).error.code
 * //=> 'DATE_INVALID'
 */
export function renderErrorJson(error: ErrorInfo): string {
  const body = {
    code: error.code,
    message: error.message.length > MAX_MESSAGE ? excerpt(error.message, MAX_MESSAGE) : error.message,
    hint: hintForCli(error),
    ...(error.position ? { position: { index: error.position.index, length: error.position.length } } : {}),
  };
  return `${JSON.stringify({ error: body }, null, 2)}\n`;
}
