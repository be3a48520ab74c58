/**
 * Writing CSV cells that a spreadsheet opens as data, for every CSV dealcalc writes (batch
 * conversion, scenario tables and sweeps, `rates show --csv`). A cell starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return is run as a formula by Excel, LibreOffice and Google Sheets
 * ("CSV injection": `=HYPERLINK(…)`, `@SUM(…)`, `-2+3`, `+cmd|…`); such a cell gets a leading
 * apostrophe, which spreadsheets read as "this is text". The one exception is a number as
 * dealcalc writes one, an optional minus and plain digits (`-12.34` is data and stays a number);
 * anything else that starts like a formula, `+5` included, is made text: a spreadsheet's `+5` is a
 * formula, and the cell is text either way.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTES = /"/g;

/**
 * The text a spreadsheet will not run as a formula: a leading apostrophe before a cell that
 * starts like one, unless it is a plain number.
 *
 * @example
 * neutraliseFormula('=HYPERLINK("http://x", "click")') //=> '\'=HYPERLINK("http://x", "click")'
 * neutraliseFormula('-12.34') //=> '-12.34'
 * neutraliseFormula('-2+3') //=> "'-2+3"
 * neutraliseFormula('+5') //=> "'+5"
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * One cell as CSV: neutralised (see neutraliseFormula), then quoted when it holds a comma, a
 * quote or a line end, with quotes doubled.
 *
 * @example
 * csvCell('1,500') //=> '"1,500"'
 * csvCell('say "hi"') //=> '"say ""hi"""'
 * csvCell('@SUM(A1:A9)') //=> "'@SUM(A1:A9)"
 */
export function csvCell(text: string): string {
  const safe = neutraliseFormula(text);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(QUOTES, '""')}"` : safe;
}

/**
 * Whether the cell text[start, end) would be changed by neutraliseFormula: the quick test the
 * row loop runs on every cell of an unquoted line before echoing the line as it came.
 *
 * @example
 * startsLikeFormula('a,=1+2', 2, 6) //=> true
 * startsLikeFormula('a,-5', 2, 4) //=> false
 */
export function startsLikeFormula(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  const c = text.charCodeAt(start);
  if (c !== 61 && c !== 43 && c !== 45 && c !== 64 && c !== 9 && c !== 13) return false;
  return !PLAIN_NUMBER.test(text.slice(start, end));
}

/**
 * One CSV line (RFC 4180) of cells written by csvCell, without the line end.
 *
 * @example
 * csvLine(['Series A', '=SUM(A1)', '-12.5', 'a,b']) //=> "Series A,'=SUM(A1),-12.5,\"a,b\""
 */
export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}
