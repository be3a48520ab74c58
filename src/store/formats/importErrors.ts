/** Errors of import files: each names the file and the line, and says that nothing was written. */
import { errorInfo, hinted, type ErrorInfo } from '../../errors.js';
import type { ImportFormat } from './types.js';

const FORMAT_HINTS: Readonly<Record<ImportFormat, string>> = {
  ecb: "The ecb format is the ECB's eurofxref-hist.csv (Date,USD,JPY,…; N/A where no rate), its zip, the daily eurofxref.csv, or the daily XML (eurofxref-daily.xml).",
  fred: 'The fred format is a CSV as FRED downloads it: DATE (or observation_date), then one column per series such as DEXCHUS; "." or an empty cell for a day without a rate.',
  csv: 'The csv format has the header date,base,quote,rate and one rate per line: 2017-11-15,USD,CNY,6.62 (1 USD = 6.62 CNY).',
  ledger:
    'The ledger format reads P directives as hledger and ledger write them (P 2017-11-15 USD 6.62 CNY) and beancount price lines (2017-11-15 price USD 6.62 CNY).',
};

/**
 * A file that cannot be imported: what is wrong and where. Nothing is written.
 *
 * @example
 * importInvalid('ecb', 'rates.csv', 3, '"2017-02-30" is not a day').message //=> 'rates.csv, line 3: "2017-02-30" is not a day'
 */
export function importInvalid(
  format: ImportFormat,
  file: string,
  line: number | undefined,
  reason: string,
): ErrorInfo {
  return errorInfo({
    code: 'IMPORT_INVALID',
    message: line === undefined ? `${file}: ${reason}` : `${file}, line ${line}: ${reason}`,
    hint: `${FORMAT_HINTS[format]} Nothing was imported.`,
  });
}

/**
 * An import whose rates differ from the store's for days it already holds.
 *
 * @example
 * importConflict('ecb', ['2017-11-14 USD/CNY: 7.7950 in the store, 7.7960 in rates.csv (line 3)'], 1).code //=> 'IMPORT_CONFLICT'
 */
export function importConflict(source: string, examples: readonly string[], count: number): ErrorInfo {
  return errorInfo({
    code: 'IMPORT_CONFLICT',
    message: `${count} rate${count === 1 ? '' : 's'} in the file differ${count === 1 ? 's' : ''} from the ${source} rates already stored: ${examples.join('; ')}${count > examples.length ? '; …' : ''}`,
    ...hinted(
      'Nothing was imported. To let the file win for those days, import it again {replace}; to keep both, import it under another {importAs}.',
    ),
  });
}

/**
 * An id made from a file's name that another file's import already made ("House Rates.csv" and
 * "house_rates.csv" both give house-rates): the two must not silently merge.
 *
 * @example
 * sourceIdTaken('house-rates', 'House Rates.csv', 'house_rates.csv').code //=> 'IMPORT_CONFLICT'
 */
export function sourceIdTaken(id: string, label: string, first: string): ErrorInfo {
  return errorInfo({
    code: 'IMPORT_CONFLICT',
    message: `the source id "${id}", made from the name ${label}, is already the source imported from ${first}`,
    hint: `Name this one with --as ID to keep them apart, or say --as ${id} to add its rates to that source.`,
  });
}

/**
 * A source id an import may not take: a shipped table's, or one dealcalc reserves.
 *
 * @example
 * sourceReserved('fred-h10', 'a shipped table').code //=> 'SOURCE_RESERVED'
 */
export function sourceReserved(id: string, why: string): ErrorInfo {
  return errorInfo({
    code: 'SOURCE_RESERVED',
    message: `the source id "${id}" is ${why}; an imported table never takes its place`,
    ...hinted(
      `Import it under another id, e.g. {importAs=${`my-${id}`.slice(0, 40)}}; the rates of "${id}" stay as they are. Nothing was imported.`,
    ),
  });
}
