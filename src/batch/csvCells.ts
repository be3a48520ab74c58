import { fail, succeed, type Result } from '../errors.js';
import { rowMalformed } from './batchErrors.js';

/**
 * Splits one CSV record into its cells (RFC 4180): cells are separated by commas; a cell that
 * starts with a quote runs to the matching quote, with `""` standing for one quote, and may hold
 * commas and line ends; a quote inside an unquoted cell is text. A quoted cell that is not closed,
 * or text after a closing quote, makes the row malformed (an error result, never a guess).
 *
 * @example
 * splitCsvRecord('2017-11-15,"1,500,000","say ""hi"""') //=> { ok: true, value: ['2017-11-15', '1,500,000', 'say "hi"'] }
 * splitCsvRecord('a,"b').ok //=> false
 */
export function splitCsvRecord(record: string): Result<string[]> {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (record.charCodeAt(i) !== 34) {
      const comma = record.indexOf(',', i);
      if (comma === -1) {
        cells.push(record.slice(i));
        return succeed(cells);
      }
      cells.push(record.slice(i, comma));
      i = comma + 1;
      continue;
    }
    const opening = i;
    let value = '';
    let j = i + 1;
    for (;;) {
      const close = record.indexOf('"', j);
      if (close === -1) {
        return fail(
          rowMalformed(`the quoted cell ${cells.length + 1} is not closed`, {
            input: record,
            index: opening,
            length: 1,
          }),
        );
      }
      value += record.slice(j, close);
      if (record.charCodeAt(close + 1) === 34) {
        value += '"';
        j = close + 2;
        continue;
      }
      i = close + 1;
      break;
    }
    cells.push(value);
    if (i === record.length) return succeed(cells);
    if (record.charCodeAt(i) !== 44) {
      return fail(
        rowMalformed(`text follows the closing quote of cell ${cells.length}`, {
          input: record,
          index: i,
          length: 1,
        }),
      );
    }
    i += 1;
  }
}
