/** Reading import files line by line, and the cells and values in them. */
import { isPositiveDecimal } from '../../fx/table.js';

/** One line of a file with its 1-based number, line end removed. */
export interface NumberedLine {
  readonly number: number;
  readonly text: string;
}

/** The most lines an import file may have (a century of daily rates is under 40,000). */
export const MAX_IMPORT_LINES = 2_000_000;

/**
 * Splits a file's text into numbered lines (LF or CRLF; a byte-order mark at the start is
 * dropped; a final newline makes no empty last line).
 *
 * @example
 * numberedLines('\ufeffa\r\nb\n').map((l) => l.text) //=> ['a', 'b']
 */
export function numberedLines(text: string): NumberedLine[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const raw = body.split('\n');
  if (raw[raw.length - 1] === '') raw.pop();
  return raw.map((line, i) => ({ number: i + 1, text: line.endsWith('\r') ? line.slice(0, -1) : line }));
}

/**
 * How many lines numberedLines would give, counted without making them.
 *
 * @example
 * lineCount('a\r\nb\n') //=> 2
 * lineCount('') //=> 0
 */
export function lineCount(text: string): number {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (start >= text.length) return 0;
  let count = 1;
  for (let at = text.indexOf('\n', start); at !== -1; at = text.indexOf('\n', at + 1)) count += 1;
  return text.charCodeAt(text.length - 1) === 10 ? count - 1 : count;
}

/**
 * Hands each line of a file's text to `visit` with its 1-based number, as numberedLines splits
 * them, one at a time: a big file's lines are never held as an array (issue 20).
 *
 * @example
 * const seen = [];
 * eachLine('\ufeffa\r\nb\n', (text, number) => seen.push(`${number}:${text}`));
 * seen //=> ['1:a', '2:b']
 */
export function eachLine(text: string, visit: (text: string, number: number) => void): void {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let number = 1; start < text.length; number += 1) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    visit(text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end), number);
    start = end + 1;
  }
}

/**
 * Reads a rate as written in a file: a positive plain decimal, grouping commas allowed when they
 * group thousands (1,234.5). Returns the digits without grouping, or undefined.
 *
 * @example
 * rateText('6.6200') //=> '6.6200'
 * rateText('1,234.5') //=> '1234.5'
 * rateText('-6.62') //=> undefined
 */
export function rateText(cell: string): string | undefined {
  const text = cell.trim();
  if (isPositiveDecimal(text)) return text;
  if (/^[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(text)) return text.replace(/,/g, '');
  return undefined;
}

/**
 * Why a cell is not a rate, for the message.
 *
 * @example
 * notARate('-6.62') //=> 'rate "-6.62" is negative'
 * notARate('N/A') //=> '"N/A" is not a rate (a positive plain decimal such as 6.62)'
 */
export function notARate(cell: string): string {
  const text = cell.trim();
  if (text === '') return 'the rate is empty';
  if (/^-/.test(text)) return `rate "${text}" is negative`;
  if (/^0*(\.0*)?$/.test(text)) return `rate "${text}" is zero`;
  return `"${text.slice(0, 40)}" is not a rate (a positive plain decimal such as 6.62)`;
}

/**
 * Shows a piece of the file in a message: at most 40 characters.
 *
 * @example
 * shown('x'.repeat(50)).length //=> 41
 */
export function shown(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
