/** Import formats: pure parsers from a file's text to validated rates. */
import type { Result } from '../../errors.js';
import { parseEcb } from './ecb.js';
import { parseFred } from './fred.js';
import { parseLedgerPrices } from './ledger.js';
import { parseRateCsv } from './rateCsv.js';
import type { ImportFormat, ParsedImport } from './types.js';
import { checkArgument } from '../../requestFields.js';

export { ECB_DEFAULTS, parseEcb } from './ecb.js';
export { FRED_DEFAULTS, parseFred } from './fred.js';
export { FRED_REFUSED, FRED_SERIES, fredSeries, type FredSeries } from './fredSeries.js';
export { parseLedgerPrices } from './ledger.js';
export { parseRateCsv, RATE_CSV_HEADER } from './rateCsv.js';
export { importConflict, importInvalid, sourceReserved } from './importErrors.js';
export {
  IMPORT_FORMATS,
  type ImportedRate,
  type ImportFormat,
  type ParsedImport,
  type SkippedInput,
  type SourceDefaults,
} from './types.js';

/**
 * Reads an import file's text in a format.
 *
 * @param format - ecb, fred, csv or ledger
 * @param text - the file's text (a zip is opened by the shell first)
 * @param file - how messages name the file
 * @returns the rates read, or IMPORT_INVALID naming the file and line
 *
 * @example
 * parseImport('csv', 'date,base,quote,rate\n2017-11-15,USD,CNY,6.62\n', 'mine.csv').value.rates.length //=> 1
 */
export function parseImport(format: ImportFormat, text: string, file: string): Result<ParsedImport> {
  checkArgument('parseImport', 'format', 'text', format);
  checkArgument('parseImport', 'text', 'text', text);
  checkArgument('parseImport', 'file', 'text', file);
  switch (format) {
    case 'ecb':
      return parseEcb(text, file);
    case 'fred':
      return parseFred(text, file);
    case 'csv':
      return parseRateCsv(text, file);
    case 'ledger':
      return parseLedgerPrices(text, file);
  }
}
