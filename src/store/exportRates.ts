/**
 * Exporting a source's rates for other tools: `P` directives that hledger and ledger read as
 * they are (`P 2017-11-15 USD 6.6200 CNY`), or the csv format `rates import` reads back. Rates
 * go out exactly as published, in the source's direction: never inverted, crossed or rounded
 * (a cross pair exports both legs; hledger and ledger derive crosses themselves).
 */
import { checkSpan } from '../fx/checkSpan.js';
import { errorFrom } from '../errors.js';
import { indexOnOrBefore } from '../fx/chooseObservation.js';
import { addDays } from '../fx/calendar.js';
import { parseCurrencyPair, pairText, type CurrencyPair } from '../fx/currencyPair.js';
import { notInSource } from '../fx/fxErrors.js';
import type { IsoDate, RateSeries, SourceInfo } from '../fx/types.js';
import { RATE_CSV_HEADER } from './formats/rateCsv.js';
import type { RateStore } from './rateStore.js';
import { inline } from '../text/inlineText.js';
import { checkRequest, checkStore } from '../requestFields.js';

/** What to export. */
export interface ExportRequest {
  /** The source's id. */
  readonly source: string;
  /** Only the series this pair needs (one, or two for a cross); default: every series. */
  readonly pair?: string | CurrencyPair;
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  readonly format: 'ledger' | 'csv';
}

/** The exported text and what it holds. */
export interface RatesExport {
  readonly text: string;
  /** How many rates it holds. */
  readonly count: number;
  readonly source: SourceInfo;
  /** The series exported, e.g. ["CHUS"]. */
  readonly series: readonly string[];
}

function readPair(pair: ExportRequest['pair']): CurrencyPair | undefined {
  if (pair === undefined || typeof pair !== 'string') return pair;
  const parsed = parseCurrencyPair(pair);
  if (!parsed.ok) throw errorFrom(parsed.error);
  return parsed.value;
}

/**
 * Writes a source's published rates as ledger `P` directives or as csv rows, sorted by day then
 * series, each value exactly as published.
 *
 * @param store - the rate store
 * @param request - the source, the pair, the span and the format
 * @returns the text, with a comment header naming the source (ledger) or the csv header
 * @throws DealCalcError SOURCE_UNKNOWN, CURRENCY_NOT_IN_SOURCE, DATE_INVALID, OPTION_INVALID, CURRENCY_UNKNOWN
 *
 * @example
 * const out = exportRates(openShippedStore(), { source: 'fred-h10', pair: 'USD/CNY', from: '2017-11-15', to: '2017-11-15', format: 'ledger' });
 * out.text.split('\n').filter((l) => l.startsWith('P')) //=> ['P 2017-11-15 USD 6.62 CNY']
 */
export function exportRates(store: RateStore, request: ExportRequest): RatesExport {
  checkStore('exportRates', store);
  checkRequest('exportRates', request, {
    source: 'text',
    pair: ['text?', 'object'],
    from: 'text?',
    to: 'text?',
    format: 'text',
  });
  checkSpan(request.from, request.to);
  const source = store.source(request.source);
  const pair = readPair(request.pair);
  const pivot = source.info.pivot;
  let currencies = source.currencies;
  if (pair !== undefined) {
    for (const c of [pair.base, pair.quote])
      if (c !== pivot && !source.currencies.includes(c)) throw notInSource(source, c);
    currencies = [pair.base, pair.quote].filter((c) => c !== pivot);
  }
  const series: RateSeries[] = currencies.map((c) => source.series(c));
  const rows: { date: string; series: string; line: string }[] = [];
  for (const s of series) {
    const start = request.from === undefined ? 0 : indexOnOrBefore(s, addDays(request.from, -1)) + 1;
    const end = request.to === undefined ? s.size - 1 : indexOnOrBefore(s, request.to);
    for (let i = start; i <= end; i += 1) {
      const date = s.dateAt(i);
      const value = s.valueAt(i);
      rows.push({
        date,
        series: s.id,
        line:
          request.format === 'ledger'
            ? `P ${date} ${s.base} ${value} ${s.quote}`
            : `${date},${s.base},${s.quote},${value}`,
      });
    }
  }
  rows.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.series < b.series ? -1 : a.series > b.series ? 1 : 0,
  );
  const info = source.info;
  // The days the rates span, as dates (the request's ends when given, else the rates' own).
  const span = `${request.from ?? rows[0]?.date ?? '-'} .. ${request.to ?? rows[rows.length - 1]?.date ?? '-'}`;
  const header =
    request.format === 'ledger'
      ? [
          // Names come from files and manifests: escaped, so none can end the comment and forge a P line.
          `; dealcalc rates export: ${info.id} (${inline(info.name)})${pair ? `, ${pairText(pair)}` : ''}, ${span}, ${rows.length} rates`,
          `; P DATE BASE VALUE QUOTE: 1 BASE = VALUE QUOTE, as published (series ${series.map((s) => s.id).join(', ')})`,
          `; source: ${inline(info.attribution)}`,
        ]
      : [RATE_CSV_HEADER];
  return {
    text: `${[...header, ...rows.map((r) => r.line)].join('\n')}\n`,
    count: rows.length,
    source: info,
    series: series.map((s) => s.id),
  };
}
