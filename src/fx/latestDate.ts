import type { CurrencyCode } from '../money/currency.js';
import { notInSource } from './fxErrors.js';
import type { IsoDate, RateSeries, RateSource } from './types.js';

function lastRowDate(series: RateSeries): IsoDate {
  return series.dateAt(series.size - 1);
}

/**
 * The last day on which a source quotes the pair: the last row of its one series, or, for a
 * cross, the earlier of the two series' last rows. This is what "the latest rate" means: per
 * series, so a currency whose series ended early (VEF in 2018) still has a latest rate.
 *
 * @example
 * latestDate(fred, CNY, USD) //=> '2024-11-29'
 * latestDate(ecb, CNY, USD) //=> '2026-04-13'
 * latestDate(fred, toCurrencyCode('VEF'), USD) //=> '2018-08-17'
 */
export function latestDate(source: RateSource, from: CurrencyCode, to: CurrencyCode): IsoDate {
  const pivot = source.info.pivot;
  let latest: IsoDate | undefined;
  for (const currency of [from, to]) {
    if (currency === pivot) continue;
    if (!source.currencies.includes(currency)) throw notInSource(source, currency);
    const last = source.lastDateOf?.(currency) ?? lastRowDate(source.series(currency));
    if (latest === undefined || last < latest) latest = last;
  }
  // Same currency, or pivot to pivot: no series constrains the day.
  return latest ?? source.info.lastDate;
}
