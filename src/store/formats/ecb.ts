/**
 * The ECB's euro foreign exchange reference rates, in the forms the ECB publishes them:
 * eurofxref-hist.csv (the whole history: `Date,USD,JPY,…,` newest first, `N/A` where no rate was
 * published), eurofxref.csv (one day: `Date, USD, …` with the date written "13 April 2026"),
 * and the XML of eurofxref-daily.xml, -hist-90d.xml and -hist.xml (`<Cube time="…">` holding
 * `<Cube currency="USD" rate="1.1684"/>`). Every value is units of the currency per 1 EUR.
 */
import { isIsoDate } from '../../fx/calendar.js';
import { isCurrencyCode, type CurrencyCode } from '../../money/currency.js';
import type { Result } from '../../errors.js';
import { asResult, ImportFault } from './fault.js';
import { importInvalid } from './importErrors.js';
import { eachLine, lineCount, MAX_IMPORT_LINES, notARate, rateText, shown } from './lines.js';
import { ImportedRates, parsedColumns } from './importedRates.js';
import type { ImportedRate, ParsedImport, SourceDefaults } from './types.js';

const EUR = 'EUR' as CurrencyCode;

/** What an ECB source is. */
export const ECB_DEFAULTS: SourceDefaults = {
  name: 'ECB euro foreign exchange reference rates',
  meaning:
    'ECB euro foreign exchange reference rate, from the daily concertation of central banks at 14:10 CET, published around 16:00 CET on TARGET business days: 1 EUR = value quote.',
  calendar: 'ecb-target',
  attribution: 'European Central Bank, euro foreign exchange reference rates (Source: ECB)',
  updateHint: 'download the ECB’s newest history with dealcalc rates update ecb',
  pivot: EUR,
};

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function fault(file: string, line: number | undefined, reason: string): ImportFault {
  return new ImportFault(importInvalid('ecb', file, line, reason));
}

/** "2026-04-13", or "13 April 2026" as eurofxref.csv writes it; undefined if neither. */
function ecbDate(cell: string): string | undefined {
  const text = cell.trim();
  if (isIsoDate(text)) return text;
  const m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(text);
  if (!m) return undefined;
  const month = MONTHS.indexOf((m[2] as string).toLowerCase()) + 1;
  const iso = `${m[3]}-${String(month).padStart(2, '0')}-${(m[1] as string).padStart(2, '0')}`;
  return month > 0 && isIsoDate(iso) ? iso : undefined;
}

function checkOrder(
  file: string,
  line: number,
  date: string,
  previous: { date: string; line: number } | undefined,
  direction: { value: number },
): void {
  if (previous === undefined) return;
  if (date === previous.date)
    throw fault(file, line, `${date} appears twice (also on line ${previous.line})`);
  const step = date > previous.date ? 1 : -1;
  if (direction.value === 0) direction.value = step;
  else if (step !== direction.value) {
    throw fault(
      file,
      line,
      `${date} is out of order after ${previous.date} (dates must run one way, newest first as the ECB writes them, or oldest first)`,
    );
  }
}

function parseCsv(text: string, file: string): ImportedRates {
  if (lineCount(text) > MAX_IMPORT_LINES) throw fault(file, undefined, `more than ${MAX_IMPORT_LINES} lines`);
  const rates = new ImportedRates();
  let names: string[] = [];
  const currencies: CurrencyCode[] = [];
  let previous: { date: string; line: number } | undefined;
  const direction = { value: 0 };
  // Line by line: a 64 MiB history's lines as an array took as much memory as its text.
  eachLine(text, (line, number) => {
    if (number === 1) {
      names = readHeader(line, file, currencies);
      return;
    }
    if (line.trim() === '') throw fault(file, number, 'an empty line');
    const cells = line.split(',');
    // The ECB ends each line with a comma: one empty cell more than the header's names.
    if (cells.length === names.length + 1 && (cells[cells.length - 1] as string).trim() === '') cells.pop();
    if (cells.length !== names.length) {
      throw fault(file, number, `${cells.length} cells where the header has ${names.length} columns`);
    }
    const date = ecbDate(cells[0] as string);
    if (date === undefined)
      throw fault(file, number, `"${shown((cells[0] as string).trim())}" is not a day (YYYY-MM-DD)`);
    checkOrder(file, number, date, previous, direction);
    previous = { date, line: number };
    for (let i = 0; i < currencies.length; i += 1) {
      const quote = currencies[i] as CurrencyCode;
      const cell = (cells[i + 1] as string).trim();
      if (cell === 'N/A') continue;
      if (cell === '') {
        throw fault(
          file,
          number,
          `${quote} on ${date}: the cell is empty (the ECB writes N/A for a day without a rate)`,
        );
      }
      const value = rateText(cell);
      if (value === undefined) throw fault(file, number, `${quote} on ${date}: ${notARate(cell)}`);
      rates.push(date, EUR, quote, value, number);
    }
  });
  if (names.length === 0) throw fault(file, undefined, 'the file is empty');
  if (rates.length === 0) throw fault(file, undefined, 'the file holds no rates');
  return rates;
}

/** The header's names (`Date,USD,JPY,…`), its currencies put in `currencies`. */
function readHeader(header: string, file: string, currencies: CurrencyCode[]): string[] {
  const names = header.split(',').map((c) => c.trim());
  if (names[names.length - 1] === '') names.pop();
  if (names[0] !== 'Date')
    throw fault(file, 1, `expected the header "Date,USD,JPY,…", found "${shown(header)}"`);
  for (const [i, name] of names.slice(1).entries()) {
    if (!isCurrencyCode(name))
      throw fault(file, 1, `column ${i + 2} "${shown(name)}" is not an ISO 4217 currency code`);
    if (name === 'EUR') throw fault(file, 1, 'a column for EUR: every ECB rate is already against the euro');
    if (currencies.includes(name)) throw fault(file, 1, `the column ${name} appears twice`);
    currencies.push(name);
  }
  if (currencies.length === 0) throw fault(file, 1, 'the header names no currency');
  return names;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

function parseXml(text: string, file: string): ImportedRate[] {
  if (!/<Cube[\s>]/.test(text))
    throw fault(file, undefined, 'no <Cube> element: not the ECB’s reference-rate XML');
  const rates: ImportedRate[] = [];
  let date: string | undefined;
  let previous: { date: string; line: number } | undefined;
  let seen = new Set<string>();
  const direction = { value: 0 };
  for (const match of text.matchAll(/<Cube\b[^>]*>/g)) {
    const tag = match[0];
    const time = attribute(tag, 'time');
    const currency = attribute(tag, 'currency');
    const rate = attribute(tag, 'rate');
    if (time === undefined && currency === undefined && rate === undefined) continue;
    const line = lineAt(text, match.index);
    if (time !== undefined) {
      if (!isIsoDate(time)) throw fault(file, line, `time="${shown(time)}" is not a day (YYYY-MM-DD)`);
      checkOrder(file, line, time, previous, direction);
      previous = { date: time, line };
      date = time;
      seen = new Set();
      continue;
    }
    if (date === undefined) throw fault(file, line, 'a rate outside a <Cube time="…"> element');
    if (currency === undefined || rate === undefined)
      throw fault(file, line, `${shown(tag)}: a rate needs currency and rate`);
    if (!isCurrencyCode(currency))
      throw fault(file, line, `currency="${shown(currency)}" is not an ISO 4217 code`);
    if (currency === 'EUR')
      throw fault(file, line, 'a rate for EUR: every ECB rate is already against the euro');
    if (seen.has(currency)) throw fault(file, line, `${currency} appears twice on ${date}`);
    seen.add(currency);
    const value = rateText(rate);
    if (value === undefined) throw fault(file, line, `${currency} on ${date}: ${notARate(rate)}`);
    rates.push({ date, base: EUR, quote: currency, value, line });
  }
  if (rates.length === 0) throw fault(file, undefined, 'the file holds no rates');
  return rates;
}

/**
 * Reads an ECB reference-rate file (the CSV history, the daily CSV or the XML; a zip is opened
 * by the shell first). Every value is checked: a real day, dates one way with none twice, a
 * known currency, a positive plain decimal; `N/A` is the ECB's "no rate that day" and is
 * skipped. Returns rates as 1 EUR = value currency.
 *
 * @param text - the file's text
 * @param file - how messages name it
 * @returns the rates, or IMPORT_INVALID naming the file and line
 *
 * @example
 * const r = parseEcb('Date,USD,CNY,\n2017-11-14,1.1745,7.7950,\n2017-11-13,1.1654,N/A,\n', 'hist.csv');
 * r.value.rates.map((x) => `${x.date} ${x.quote} ${x.value}`) //=> ['2017-11-14 USD 1.1745', '2017-11-14 CNY 7.7950', '2017-11-13 USD 1.1654']
 * parseEcb('Date,USD,\n2017-11-14,-1,\n', 'hist.csv').error.message //=> 'hist.csv, line 2: USD on 2017-11-14: rate "-1" is negative'
 */
export function parseEcb(text: string, file: string): Result<ParsedImport> {
  return asResult(() => {
    const trimmed = text.replace(/^\ufeff/, '').trimStart();
    const columns = trimmed.startsWith('<') ? ImportedRates.from(parseXml(text, file)) : parseCsv(text, file);
    return parsedColumns({ format: 'ecb', file, skipped: [], defaults: ECB_DEFAULTS }, columns);
  });
}
