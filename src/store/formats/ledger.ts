/**
 * Market prices as plain-text accounting writes them: hledger's and ledger's `P` directive
 * (`P 2017-11-15 USD 6.62 CNY`, dates also with / or ., an optional time, commodities bare or
 * "quoted", the amount's commodity before or after the number) and beancount's price entry
 * (`2017-11-15 price USD 6.62 CNY`). Other lines (transactions, comments, other directives) are
 * not rates and are passed over; prices of commodities that are not currencies (AAPL, "$") are
 * counted and named in the report.
 */
import { isIsoDate } from '../../fx/calendar.js';
import { isCurrencyCode, type CurrencyCode } from '../../money/currency.js';
import type { Result } from '../../errors.js';
import { asResult, ImportFault } from './fault.js';
import { fileDefaults } from './genericDefaults.js';
import { importInvalid } from './importErrors.js';
import { eachLine, lineCount, MAX_IMPORT_LINES, notARate, rateText, shown } from './lines.js';
import { ImportedRates, parsedColumns } from './importedRates.js';
import type { ParsedImport, SkippedInput } from './types.js';

function fault(file: string, line: number, reason: string): ImportFault {
  return new ImportFault(importInvalid('ledger', file, line, reason));
}

const COMMODITY = String.raw`(?:"[^"]+"|[^\s\d.,;"+-][^\s\d;"]*)`;
const NUMBER = String.raw`[-+]?\d[\d,]*(?:\.\d+)?|[-+]?\.\d+`;
const DATE = String.raw`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}`;
const P_DIRECTIVE = new RegExp(
  String.raw`^P\s+(${DATE})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(${COMMODITY})\s+(.+?)\s*$`,
);
const BEANCOUNT_PRICE = new RegExp(String.raw`^(${DATE})\s+price\s+(${COMMODITY})\s+(.+?)\s*$`);
const AMOUNT_AFTER = new RegExp(String.raw`^(${NUMBER})\s*(${COMMODITY})$`);
const AMOUNT_BEFORE = new RegExp(String.raw`^(${COMMODITY})\s*(${NUMBER})$`);

function isoDay(text: string): string | undefined {
  const [y, m, d] = text.split(/[-/.]/) as [string, string, string];
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

function unquote(commodity: string): string {
  return commodity.startsWith('"') ? commodity.slice(1, -1) : commodity;
}

/** The amount part of a price: number and commodity either way round, a comment cut off. */
function readAmount(text: string): { number: string; commodity: string } | undefined {
  const bare = text.replace(/\s+;.*$/, '').trim();
  const after = AMOUNT_AFTER.exec(bare);
  if (after) return { number: after[1] as string, commodity: unquote(after[2] as string) };
  const before = AMOUNT_BEFORE.exec(bare);
  if (before) return { number: before[2] as string, commodity: unquote(before[1] as string) };
  return undefined;
}

/**
 * Reads the market prices of a hledger, ledger or beancount file. Every `P` directive (and
 * beancount `price`) is checked: a real day, an amount with a commodity, a positive rate, no
 * pair twice on a day. Prices between two currencies (ISO 4217 codes) are rates; prices of
 * other commodities are counted in `skipped`.
 *
 * @example
 * const r = parseLedgerPrices('; prices\nP 2017/11/15 USD 6.62 CNY\n2017-11-16 price USD 6.6188 CNY\nP 2017-11-15 AAPL 170.5 USD\n', 'prices.journal');
 * r.value.rates.map((x) => `${x.date} ${x.base}/${x.quote} ${x.value}`) //=> ['2017-11-15 USD/CNY 6.62', '2017-11-16 USD/CNY 6.6188']
 * r.value.skipped[0].what //=> 'P directives of commodities that are not currencies: AAPL'
 */
export function parseLedgerPrices(text: string, file: string): Result<ParsedImport> {
  return asResult(() => {
    if (lineCount(text) > MAX_IMPORT_LINES)
      throw new ImportFault(importInvalid('ledger', file, undefined, `more than ${MAX_IMPORT_LINES} lines`));
    const rates = new ImportedRates();
    const seen = new Map<string, number>();
    const others = new Map<string, number[]>();
    let otherCount = 0;
    eachLine(text, (t, number) => {
      if (!/^P\s/.test(t) && !/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+price\s/.test(t)) return;
      const match = P_DIRECTIVE.exec(t) ?? BEANCOUNT_PRICE.exec(t);
      if (!match)
        throw fault(file, number, `"${shown(t)}" is not a price directive (P DATE COMMODITY AMOUNT)`);
      const date = isoDay(match[1] as string);
      if (date === undefined) throw fault(file, number, `"${match[1]}" is not a day`);
      const base = unquote(match[2] as string);
      const amount = readAmount(match[3] as string);
      if (amount === undefined) {
        throw fault(
          file,
          number,
          `"${shown((match[3] as string).trim())}" is not an amount with its commodity (6.62 CNY)`,
        );
      }
      if (!isCurrencyCode(base) || !isCurrencyCode(amount.commodity)) {
        const name = isCurrencyCode(base) ? amount.commodity : base;
        const at = others.get(name) ?? [];
        if (at.length < 5) at.push(number);
        others.set(name, at);
        otherCount += 1;
        return;
      }
      const quote: CurrencyCode = amount.commodity;
      if (base === quote) throw fault(file, number, `a price of ${base} in ${base}`);
      const value = rateText(amount.number);
      if (value === undefined)
        throw fault(file, number, `${base}/${quote} on ${date}: ${notARate(amount.number)}`);
      const key = `${date} ${base < quote ? `${base}/${quote}` : `${quote}/${base}`}`;
      const earlier = seen.get(key);
      if (earlier !== undefined)
        throw fault(file, number, `${base}/${quote} on ${date} appears twice (also on line ${earlier})`);
      seen.set(key, number);
      rates.push(date, base, quote, value, number);
    });
    const skipped: SkippedInput[] =
      otherCount === 0
        ? []
        : [
            {
              what: `P directives of commodities that are not currencies: ${[...others.keys()].slice(0, 12).join(', ')}${others.size > 12 ? ', …' : ''}`,
              count: otherCount,
              lines: [...others.values()]
                .flat()
                .sort((a, b) => a - b)
                .slice(0, 5),
            },
          ];
    if (rates.length === 0) {
      throw new ImportFault(
        importInvalid(
          'ledger',
          file,
          undefined,
          otherCount === 0
            ? 'no P directive (P DATE COMMODITY AMOUNT) in the file'
            : `no price between two currencies (ISO 4217 codes); ${skipped[0]?.what ?? ''}`,
        ),
      );
    }
    return parsedColumns({ format: 'ledger', file, skipped, defaults: fileDefaults('ledger', file) }, rates);
  });
}
