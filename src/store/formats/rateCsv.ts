/** The plain CSV of dated rates: `date,base,quote,rate`, one rate per line (1 base = rate quote). */
import { isIsoDate } from '../../fx/calendar.js';
import { RATE_CSV_HEADER } from '../../fx/table.js';
import { isCurrencyCode, type CurrencyCode } from '../../money/currency.js';
import type { Result } from '../../errors.js';
import { asResult, ImportFault } from './fault.js';
import { fileDefaults } from './genericDefaults.js';
import { importInvalid } from './importErrors.js';
import { eachLine, lineCount, MAX_IMPORT_LINES, notARate, rateText, shown } from './lines.js';
import { ImportedRates, parsedColumns } from './importedRates.js';
import type { ParsedImport } from './types.js';

export { RATE_CSV_HEADER } from '../../fx/table.js';

function fault(file: string, line: number | undefined, reason: string): ImportFault {
  return new ImportFault(importInvalid('csv', file, line, reason));
}

function code(cell: string, file: string, line: number, what: string): CurrencyCode {
  const upper = cell.trim().toUpperCase();
  if (!isCurrencyCode(upper))
    throw fault(file, line, `${what} "${shown(cell.trim())}" is not an ISO 4217 currency code`);
  return upper;
}

/**
 * Reads a CSV of dated rates with the header `date,base,quote,rate`. Every row is checked: a
 * real day, two different known currencies, a positive plain decimal, and no pair twice on a day.
 *
 * @example
 * parseRateCsv('date,base,quote,rate\n2017-11-15,USD,CNY,6.62\n', 'mine.csv').value.rates[0].value //=> '6.62'
 * parseRateCsv('date,base,quote,rate\n2017-11-15,USD,CNY,0\n', 'mine.csv').error.message //=> 'mine.csv, line 2: USD/CNY on 2017-11-15: rate "0" is zero'
 */
export function parseRateCsv(text: string, file: string): Result<ParsedImport> {
  return asResult(() => {
    if (lineCount(text) > MAX_IMPORT_LINES)
      throw fault(file, undefined, `more than ${MAX_IMPORT_LINES} lines`);
    const rates = new ImportedRates();
    const seen = new Map<string, number>();
    let headed = false;
    eachLine(text, (line, number) => {
      if (number === 1) {
        const names = line.split(',').map((c) => c.trim().toLowerCase());
        if (names.join(',') !== RATE_CSV_HEADER) {
          throw fault(file, 1, `expected the header "${RATE_CSV_HEADER}", found "${shown(line)}"`);
        }
        headed = true;
        return;
      }
      const cells = line.split(',');
      if (cells.length !== 4)
        throw fault(file, number, `${cells.length} cells where the header has 4 columns`);
      const [dateCell, baseCell, quoteCell, rateCell] = cells as [string, string, string, string];
      const date = dateCell.trim();
      if (!isIsoDate(date)) throw fault(file, number, `"${shown(date)}" is not a day (YYYY-MM-DD)`);
      const base = code(baseCell, file, number, 'base');
      const quote = code(quoteCell, file, number, 'quote');
      if (base === quote) throw fault(file, number, `base and quote are both ${base}`);
      const value = rateText(rateCell);
      if (value === undefined)
        throw fault(file, number, `${base}/${quote} on ${date}: ${notARate(rateCell)}`);
      const key = `${date} ${base < quote ? `${base}/${quote}` : `${quote}/${base}`}`;
      const earlier = seen.get(key);
      if (earlier !== undefined)
        throw fault(file, number, `${base}/${quote} on ${date} appears twice (also on line ${earlier})`);
      seen.set(key, number);
      rates.push(date, base, quote, value, number);
    });
    if (!headed) throw fault(file, undefined, 'the file is empty');
    if (rates.length === 0) throw fault(file, undefined, 'the file holds no rates');
    return parsedColumns({ format: 'csv', file, skipped: [], defaults: fileDefaults('csv', file) }, rates);
  });
}
