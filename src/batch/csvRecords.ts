/**
 * Finding CSV records in UTF-8 bytes, chunk by chunk, without making a string of every line: a
 * record ends at a newline outside quotes (LF, or CRLF whose CR is dropped), a quoted cell may
 * hold newlines (RFC 4180: a quote opens a quoted cell only at the start of a cell). Every
 * delimiter is ASCII, and no byte of a multi-byte UTF-8 character is ASCII, so bytes can be cut
 * at delimiters whatever the text.
 */

/** What scanLine found on one line. */
export interface LineScan {
  /** The index of the line's newline, or the end of the bytes when there is none (yet). */
  end: number;
  /** How many cells the line has (commas + 1); their ends are in the `commas` array given. */
  cells: number;
  /** Whether the line holds a quote: then it is read as a quoted record. */
  quoted: boolean;
  /** Whether the line holds a byte of a non-ASCII character: then it is checked as UTF-8. */
  wide: boolean;
  /** Whether a cell starts with = + - @ tab or CR (then cells are neutralised for spreadsheets). */
  formulaLike: boolean;
  /** Whether every byte is printable ASCII (a CR that ends the line aside): then so is its echo. */
  printable: boolean;
}

const NEWLINE = 10;
const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const DEL = 127;

/**
 * Scans one line from `start`: the positions of its commas (into `commas`, up to its length),
 * its end, and what it holds (see LineScan). One pass, no allocation: the loop every row runs.
 *
 * @example
 * const scan = { end: 0, cells: 0, quoted: false, wide: false, formulaLike: false, printable: false };
 * const commas = new Int32Array(8);
 * scanLine(new TextEncoder().encode('2017-11-15,5,CNY\nnext'), 0, commas, scan);
 * [scan.end, scan.cells, commas[0], commas[1], scan.quoted] //=> [16, 3, 10, 12, false]
 */
export function scanLine(bytes: Uint8Array, start: number, commas: Int32Array, scan: LineScan): void {
  const length = bytes.length;
  let cells = 1;
  let high = 0;
  let quoted = false;
  let first = bytes[start] ?? 0;
  let formulaLike =
    first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13;
  let control = false;
  let i = start;
  for (; i < length; i += 1) {
    const b = bytes[i] as number;
    // Digits, letters, dashes and dots (most bytes of a row) pass with one comparison.
    if (b <= COMMA) {
      if (b === NEWLINE) break;
      if (b === COMMA) {
        if (cells <= commas.length) commas[cells - 1] = i;
        cells += 1;
        // Read within the bytes only (a read past the end costs the loop its optimized code).
        first = i + 1 < length ? (bytes[i + 1] as number) : 0;
        if (first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13)
          formulaLike = true;
      } else if (b === QUOTE) quoted = true;
      else if (b < 32 && !(b === CR && i + 1 < length && bytes[i + 1] === NEWLINE)) control = true;
    } else if (b >= DEL) {
      if (b === DEL) control = true;
      high |= b;
    }
  }
  scan.end = i;
  scan.cells = cells;
  scan.quoted = quoted;
  scan.wide = high >= 0x80;
  scan.formulaLike = formulaLike;
  scan.printable = !control && high < 0x80;
}

/**
 * Where the record starting at `start` ends (the index of its newline), for a record that has a
 * quote: a quote opens a quoted cell only at the start of a cell, and `""` inside one is a quote.
 * Returns -1 when the bytes end first (more input is needed).
 *
 * @example
 * quotedRecordEnd(new TextEncoder().encode('a,"b\nc",d\ne'), 0) //=> 9
 * quotedRecordEnd(new TextEncoder().encode('a,"b\nc'), 0) //=> -1
 */
export function quotedRecordEnd(bytes: Uint8Array, start: number): number {
  const length = bytes.length;
  let i = start;
  for (;;) {
    if (bytes[i] === QUOTE) {
      let j = i + 1;
      for (;;) {
        const close = bytes.indexOf(QUOTE, j);
        // A quote at the very end may be the first of an escaped pair: wait for more.
        if (close === -1 || close + 1 >= length) return -1;
        if (bytes[close + 1] === QUOTE) {
          j = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
    }
    for (;;) {
      if (i >= length) return -1;
      const b = bytes[i] as number;
      if (b === NEWLINE) return i;
      i += 1;
      if (b === COMMA) break;
    }
  }
}

/**
 * How many newlines bytes[from, to) holds (the lines a quoted record spans, less one).
 *
 * @example
 * countNewlines(new TextEncoder().encode('a\nb\nc'), 0, 5) //=> 2
 */
export function countNewlines(bytes: Uint8Array, from: number, to: number): number {
  let count = 0;
  for (let i = bytes.indexOf(NEWLINE, from); i !== -1 && i < to; i = bytes.indexOf(NEWLINE, i + 1))
    count += 1;
  return count;
}
