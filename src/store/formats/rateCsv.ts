/** The plain CSV of dated rates: `date,base,quote,rate`, one rate per line (1 base = rate quote). */
import { isIsoDate } from '../../fx/calendar.js';
import { RATE_CSV_HEADER } from '../../fx/table.js';
import { isCurrencyCode, type CurrencyCode } from '../../money/currency.js';
import type { Result } from '../../errors.js';
import { asResult, ImportFault } from './fault.js';
import { fileDefaults } from './genericDefaults.js';
import { importInvalid } from './importErrors.js';
import { MAX_IMPORT_LINES, notARate, numberedLines, rateText, shown } from './lines.js';
import type { ImportedRate, ParsedImport } from './types.js';

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
    const lines = numberedLines(text);
    if (lines.length > MAX_IMPORT_LINES) throw fault(file, undefined, `more than ${MAX_IMPORT_LINES} lines`);
    const header = lines[0];
    if (header === undefined) throw fault(file, undefined, 'the file is empty');
    const names = header.text.split(',').map((c) => c.trim().toLowerCase());
    if (names.join(',') !== RATE_CSV_HEADER) {
      throw fault(file, 1, `expected the header "${RATE_CSV_HEADER}", found "${shown(header.text)}"`);
    }
    const rates: ImportedRate[] = [];
    const seen = new Map<string, number>();
    for (const line of lines.slice(1)) {
      const cells = line.text.split(',');
      if (cells.length !== 4)
        throw fault(file, line.number, `${cells.length} cells where the header has 4 columns`);
      const [dateCell, baseCell, quoteCell, rateCell] = cells as [string, string, string, string];
      const date = dateCell.trim();
      if (!isIsoDate(date)) throw fault(file, line.number, `"${shown(date)}" is not a day (YYYY-MM-DD)`);
      const base = code(baseCell, file, line.number, 'base');
      const quote = code(quoteCell, file, line.number, 'quote');
      if (base === quote) throw fault(file, line.number, `base and quote are both ${base}`);
      const value = rateText(rateCell);
      if (value === undefined)
        throw fault(file, line.number, `${base}/${quote} on ${date}: ${notARate(rateCell)}`);
      const key = `${date} ${base < quote ? `${base}/${quote}` : `${quote}/${base}`}`;
      const earlier = seen.get(key);
      if (earlier !== undefined)
        throw fault(file, line.number, `${base}/${quote} on ${date} appears twice (also on line ${earlier})`);
      seen.set(key, line.number);
      rates.push({ date, base, quote, value, line: line.number });
    }
    if (rates.length === 0) throw fault(file, undefined, 'the file holds no rates');
    return { format: 'csv', file, rates, skipped: [], defaults: fileDefaults('csv', file) };
  });
}
