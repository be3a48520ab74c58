/**
 * The columns of a batch, found in its header row by name: where the dates, amounts and
 * currencies are (by the name as given, else in any letter case), refused when a name matches
 * twice or names two roles; and the keys its rows have in JSON output.
 */
import { errorFrom } from '../errors.js';
import { columnAmbiguous, columnMissing, type ColumnRole } from './batchErrors.js';
import { splitCsvRecord } from './csvCells.js';
import type { BatchRequest } from './types.js';

/** Where each column a conversion reads is, by index in the header (-1: not there). */
export interface BatchColumns {
  readonly header: readonly string[];
  readonly date: number;
  readonly amount: number;
  /** -1 when the amounts name their own currencies. */
  readonly currency: number;
  /** The column naming each row's source, or -1. */
  readonly source: number;
  /** Each header cell as a JSON key (a repeated name numbered: "memo#2"). */
  readonly jsonKeys: readonly string[];
}

/** Where a column is in the header: by its name as given, else by its name in any letter case. */
function columnIndex(header: readonly string[], role: ColumnRole, name: string, required: boolean): number {
  const wanted = name.trim();
  const names = header.map((cell) => cell.trim());
  const exact = names.flatMap((cell, i) => (cell === wanted ? [i] : []));
  if (exact.length > 1) throw columnAmbiguous(role, name, `appears ${exact.length} times in the header row`);
  if (exact.length === 1) return exact[0] as number;
  const lower = wanted.toLowerCase();
  const loose = names.flatMap((cell, i) => (cell.toLowerCase() === lower ? [i] : []));
  if (loose.length > 1) throw columnAmbiguous(role, name, `matches ${loose.length} header cells`);
  if (loose.length === 1) return loose[0] as number;
  if (required) throw columnMissing(role, name, header);
  return -1;
}

function jsonKeys(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((cell) => {
    const count = (seen.get(cell) ?? 0) + 1;
    seen.set(cell, count);
    return JSON.stringify(count === 1 ? cell : `${cell}#${count}`);
  });
}

/**
 * Reads the header row (text) and finds the request's columns in it.
 *
 * @example
 * readColumns('Date,Amount,memo', {}).amount //=> 1
 * readColumns('Date,Amount,memo', {}).currency //=> -1
 */
export function readColumns(
  record: string,
  request: Pick<BatchRequest, 'dateColumn' | 'amountColumn' | 'currencyColumn' | 'sourceColumn'>,
): BatchColumns {
  const parsed = splitCsvRecord(record);
  if (!parsed.ok) throw errorFrom({ ...parsed.error, message: `line 1: ${parsed.error.message}` });
  const header = parsed.value;
  const date = columnIndex(header, 'date', request.dateColumn ?? 'date', true);
  const amount = columnIndex(header, 'amount', request.amountColumn ?? 'amount', true);
  const currency = columnIndex(
    header,
    'currency',
    request.currencyColumn ?? 'currency',
    request.currencyColumn !== undefined,
  );
  if (amount === date)
    throw columnAmbiguous('amount', request.amountColumn ?? 'amount', 'is also the column for the dates');
  if (currency === date || currency === amount) {
    const other = currency === date ? 'dates' : 'amounts';
    throw columnAmbiguous(
      'currency',
      request.currencyColumn ?? 'currency',
      `is also the column for the ${other}`,
    );
  }
  const source =
    request.sourceColumn === undefined ? -1 : columnIndex(header, 'source', request.sourceColumn, true);
  if (source !== -1 && (source === date || source === amount || source === currency)) {
    const other = source === date ? 'dates' : source === amount ? 'amounts' : 'currencies';
    throw columnAmbiguous('source', request.sourceColumn as string, `is also the column for the ${other}`);
  }
  return { header, date, amount, currency, source, jsonKeys: jsonKeys(header) };
}
