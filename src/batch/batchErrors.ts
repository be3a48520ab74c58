/**
 * Every error of batch conversion, in one place. Messages say what is wrong and on which line;
 * hints name settings as placeholders (`{dateColumn}`) that each shell names its own way.
 */
import { optionInvalid } from '../commonErrors.js';
import { errorInfo, DealCalcError, hinted, type ErrorInfo, type Setting } from '../errors.js';

/** The role a column plays, with the setting that names it. */
export type ColumnRole = 'date' | 'amount' | 'currency' | 'source';

const ROLE_SETTING: Readonly<Record<ColumnRole, Setting>> = {
  date: 'dateColumn',
  amount: 'amountColumn',
  currency: 'currencyColumn',
  source: 'sourceColumn',
};

function listing(header: readonly string[]): string {
  const names = header.map((name) => JSON.stringify(name));
  return names.length > 12
    ? `${names.slice(0, 12).join(', ')} … (${names.length} columns)`
    : names.join(', ');
}

/**
 * The input has no header row (it is empty, or holds only blank lines).
 *
 * @example
 * noHeader().code //=> 'BATCH_NO_HEADER'
 */
export function noHeader(): DealCalcError {
  return new DealCalcError({
    code: 'BATCH_NO_HEADER',
    message: 'the input has no header row (it is empty)',
    ...hinted(
      'Give a CSV file whose first line names the columns, e.g. date,amount,currency; the {dateColumn}, {amountColumn} and {currencyColumn} are found by those names.',
    ),
  });
}

/**
 * A column the conversion needs is not in the header.
 *
 * @example
 * columnMissing('date', 'day', ['date', 'amount']).message //=> 'the header row has no column "day" for the dates'
 */
export function columnMissing(role: ColumnRole, name: string, header: readonly string[]): DealCalcError {
  return new DealCalcError({
    code: 'BATCH_COLUMN_MISSING',
    message: `the header row has no column ${JSON.stringify(name)} for the ${role}s`,
    ...hinted(
      `The header has ${listing(header)}; say which holds the ${role}s with the {${ROLE_SETTING[role]}}.`,
    ),
  });
}

/**
 * A column name that matches more than one header cell, or one column named for two roles.
 *
 * @example
 * columnAmbiguous('date', 'date', 'appears twice in the header row').code //=> 'BATCH_COLUMN_AMBIGUOUS'
 */
export function columnAmbiguous(role: ColumnRole, name: string, why: string): DealCalcError {
  return new DealCalcError({
    code: 'BATCH_COLUMN_AMBIGUOUS',
    message: `the column ${JSON.stringify(name)} for the ${role}s ${why}`,
    ...hinted(`Rename the header cells so that each is unique, or name another {${ROLE_SETTING[role]}}.`),
  });
}

/**
 * A record longer than the limit: the run stops, since what follows cannot be trusted to be rows
 * (a file without line ends, /dev/zero).
 *
 * @example
 * recordTooLong(7, 1048576).message //=> 'line 7 is longer than 1048576 bytes: this is not a CSV file of rows'
 */
export function recordTooLong(line: number, limit: number): DealCalcError {
  return new DealCalcError({
    code: 'BATCH_RECORD_TOO_LONG',
    message: `line ${line} is longer than ${limit} bytes: this is not a CSV file of rows`,
    hint: 'Give a CSV file with one row per line (a quoted cell may span lines, a row may not exceed the limit).',
  });
}

/**
 * A row that is not well-formed CSV, or has not as many cells as the header.
 *
 * @example
 * rowMalformed('it has 2 cells, the header has 3').code //=> 'BATCH_ROW_MALFORMED'
 */
export function rowMalformed(why: string, position?: ErrorInfo['position']): ErrorInfo {
  return errorInfo({
    code: 'BATCH_ROW_MALFORMED',
    message: `the row is not well-formed CSV: ${why}`,
    hint: 'Quote a cell that holds a comma, a quote or a line end ("1,500" or "say ""hi"""), and give every row as many cells as the header.',
    ...(position ? { position } : {}),
  });
}

/**
 * A row (or the header) whose bytes are not UTF-8 text.
 *
 * @example
 * notUtf8('the row').message //=> 'the row is not UTF-8 text'
 */
export function notUtf8(what: 'the row' | 'the header row'): ErrorInfo {
  return errorInfo({
    code: 'BATCH_INPUT_NOT_UTF8',
    message: `${what} is not UTF-8 text`,
    hint: 'Save the file as UTF-8 (CSV UTF-8 in a spreadsheet), or convert it, e.g. iconv -f latin1 -t utf-8.',
  });
}

/**
 * An amount whose sign is written twice or half: "(-5)", "(5", "5--".
 *
 * @example
 * amountSignInvalid('(-1,234.00)').code //=> 'BATCH_AMOUNT_INVALID'
 */
export function amountSignInvalid(amount: string): ErrorInfo {
  return {
    code: 'BATCH_AMOUNT_INVALID',
    kind: 'input',
    message: `the amount "${amount}" has its sign written more than one way (or an unclosed parenthesis)`,
    hint: 'Write a negative amount one way: -1,234.00, (1,234.00) or 1,234.00-.',
  };
}

/**
 * A date format that is not one a batch reads.
 *
 * @example
 * dateFormatUnknown('D/M/Y', ['DD/MM/YYYY']).code //=> 'OPTION_INVALID'
 */
export function dateFormatUnknown(format: string, formats: readonly string[]): DealCalcError {
  return optionInvalid(
    `"${format}" is not a date format a batch reads`,
    `Name one of ${formats.join(', ')} (or ISO) as the {dateFormat}.`,
  );
}

/**
 * A date with its year last and no date format to say whether the day or the month comes
 * first; `readings` are the days it could be ("day first (2017-04-03)").
 *
 * @example
 * dateAmbiguous('03/04/2017', ['day first (2017-04-03)', 'month first (2017-03-04)']).message
 * //=> 'the date "03/04/2017" has its year last, and no date format says whether the day or the month comes first: it reads day first (2017-04-03) or month first (2017-03-04)'
 */
export function dateAmbiguous(text: string, readings: readonly string[]): ErrorInfo {
  return errorInfo({
    code: 'DATE_AMBIGUOUS',
    message: `the date "${text}" has its year last, and no date format says whether the day or the month comes first${readings.length > 0 ? `: it reads ${readings.join(' or ')}` : ''}`,
    ...hinted('Say how the file writes its dates: {dateFormat=DD/MM/YYYY} or {dateFormat=MM/DD/YYYY}.'),
  });
}
