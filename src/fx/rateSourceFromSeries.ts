import type { CurrencyCode } from '../money/currency.js';
import { notInSource } from './fxErrors.js';
import { checkArgument, checkFields } from '../requestFields.js';
import type { RateSeries, RateSource, SourceInfo } from './types.js';

/**
 * A source over series built in memory (seriesFromArrays), for scripts and tests.
 *
 * @example
 * const chus = seriesFromArrays({ id: 'CHUS', currency: CNY, base: USD, quote: CNY }, ['2017-11-15'], ['6.62']);
 * rateSourceFromSeries({ id: 'mine', name: 'My rates', meaning: 'house rates', pivot: USD, calendar: 'none', attribution: 'me', lastDate: '2017-11-15', updateHint: 'ask me' }, [chus]).currencies //=> ['CNY']
 */
export function rateSourceFromSeries(info: SourceInfo, series: readonly RateSeries[]): RateSource {
  checkFields('rateSourceFromSeries', 'info', info, { id: 'text', pivot: 'text' });
  checkArgument('rateSourceFromSeries', 'series', 'list', series);
  const byCurrency = new Map(series.map((s) => [s.currency as string, s]));
  const source: RateSource = {
    info,
    currencies: series.map((s) => s.currency).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    series(currency: CurrencyCode): RateSeries {
      const found = byCurrency.get(currency);
      if (!found) throw notInSource(source, currency);
      return found;
    },
  };
  return source;
}
