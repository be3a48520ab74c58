/**
 * FRED's CSV download (fredgraph.csv, or a series page's "Download CSV"): a header `DATE` (FRED
 * writes `observation_date` since 2024) followed by one column per series, e.g. DEXCHUS; then a
 * row per day, "." (or, in newer files, an empty cell) where the Fed published no rate.
 */
import { isIsoDate } from '../../fx/calendar.js';
import type { CurrencyCode } from '../../money/currency.js';
import type { Result } from '../../errors.js';
import { asResult, ImportFault } from './fault.js';
import { FRED_REFUSED, FRED_SERIES, fredSeries, type FredSeries } from './fredSeries.js';
import { importInvalid } from './importErrors.js';
import { eachLine, lineCount, MAX_IMPORT_LINES, notARate, rateText, shown } from './lines.js';
import { ImportedRates, parsedColumns } from './importedRates.js';
import type { ParsedImport, SourceDefaults } from './types.js';

const USD = 'USD' as CurrencyCode;

/** What a source of FRED H.10 series is. */
export const FRED_DEFAULTS: SourceDefaults = {
  name: 'FRED H.10 daily rates (imported)',
  meaning:
    'Noon buying rate in New York for cable transfers payable in foreign currencies (Fed H.10 release, via FRED); 1 base = value quote on that business day.',
  calendar: 'us-federal-reserve',
  attribution:
    'Board of Governors of the Federal Reserve System (US), H.10 Foreign Exchange Rates, retrieved from FRED, Federal Reserve Bank of St. Louis',
  updateHint: 'download the newest series from FRED with dealcalc rates update fred',
  pivot: USD,
};

function fault(file: string, line: number | undefined, reason: string): ImportFault {
  return new ImportFault(importInvalid('fred', file, line, reason));
}

function seriesOf(name: string, file: string, column: number): FredSeries {
  const refused = FRED_REFUSED[name.toUpperCase()];
  if (refused !== undefined) throw fault(file, 1, refused);
  const series = fredSeries(name);
  if (series === undefined) {
    throw fault(
      file,
      1,
      `column ${column} "${shown(name)}" is not a FRED H.10 daily series dealcalc knows (${FRED_SERIES.map((s) => s.id).join(', ')})`,
    );
  }
  return series;
}

/** The series the header names (`DATE,DEXCHUS,…`), each once. */
function readHeader(names: readonly string[], header: string, file: string): FredSeries[] {
  if (names[0] !== 'DATE' && names[0] !== 'observation_date') {
    throw fault(
      file,
      1,
      `expected the header "DATE,DEXCHUS" (or observation_date), found "${shown(header)}"`,
    );
  }
  if (names.length < 2) throw fault(file, 1, 'the header names no series');
  const columns = names.slice(1).map((name, i) => seriesOf(name, file, i + 2));
  const ids = new Set<string>();
  for (const s of columns) {
    if (ids.has(s.id)) throw fault(file, 1, `the series ${s.id} appears twice`);
    ids.add(s.id);
  }
  return columns;
}

/**
 * Reads a FRED CSV of one or several H.10 daily series. Every cell is checked: a real day,
 * dates ascending with none twice, a known series, a positive plain decimal or "." (no rate).
 *
 * @param text - the file's text
 * @param file - how messages name it
 * @returns the rates in FRED's direction (DEXCHUS: 1 USD = value CNY; DEXUSEU: 1 EUR = value USD)
 *
 * @example
 * const r = parseFred('DATE,DEXCHUS\n2017-11-15,6.6200\n2017-11-23,.\n', 'DEXCHUS.csv');
 * r.value.rates //=> [{ date: '2017-11-15', base: 'USD', quote: 'CNY', value: '6.6200', line: 2 }]
 * parseFred('DATE,DEXCHUS\n2017-11-15,N/A\n', 'DEXCHUS.csv').error.message //=> 'DEXCHUS.csv, line 2: DEXCHUS on 2017-11-15: "N/A" is not a rate (a positive plain decimal such as 6.62)'
 */
export function parseFred(text: string, file: string): Result<ParsedImport> {
  return asResult(() => {
    if (lineCount(text) > MAX_IMPORT_LINES)
      throw fault(file, undefined, `more than ${MAX_IMPORT_LINES} lines`);
    let names: string[] = [];
    let columns: FredSeries[] = [];
    const rates = new ImportedRates();
    let previous: { date: string; line: number } | undefined;
    eachLine(text, (line, number) => {
      if (number === 1) {
        names = line.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
        columns = readHeader(names, line, file);
        return;
      }
      const cells = line.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
      if (cells.length !== names.length) {
        throw fault(file, number, `${cells.length} cells where the header has ${names.length} columns`);
      }
      const date = cells[0] as string;
      if (!isIsoDate(date)) throw fault(file, number, `"${shown(date)}" is not a day (YYYY-MM-DD)`);
      if (previous !== undefined && date <= previous.date) {
        throw fault(
          file,
          number,
          date === previous.date
            ? `${date} appears twice (also on line ${previous.line})`
            : `${date} comes after ${previous.date} (FRED writes dates ascending)`,
        );
      }
      previous = { date, line: number };
      for (let i = 0; i < columns.length; i += 1) {
        const series = columns[i] as FredSeries;
        const cell = cells[i + 1] as string;
        if (cell === '.' || cell === '') continue;
        const value = rateText(cell);
        if (value === undefined) throw fault(file, number, `${series.id} on ${date}: ${notARate(cell)}`);
        const [base, quote] = series.dollarsPerUnit ? [series.currency, USD] : [USD, series.currency];
        rates.push(date, base, quote, value, number);
      }
    });
    if (names.length === 0) throw fault(file, undefined, 'the file is empty');
    if (rates.length === 0) throw fault(file, undefined, 'the file holds no rates');
    return parsedColumns(
      {
        format: 'fred',
        file,
        skipped: [],
        defaults: FRED_DEFAULTS,
        seriesIds: new Map(columns.map((s) => [s.currency, s.id])),
      },
      rates,
    );
  });
}
