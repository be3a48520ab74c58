import { errorFrom } from '../errors.js';
import type { CurrencyCode } from '../money/currency.js';
import { rateSourceFromSeries } from './rateSourceFromSeries.js';
import { givenQuote, GIVEN_SOURCE_ID, parseGivenRates } from './givenRate.js';
import { seriesFromArrays } from './table.js';
import type { IsoDate, RateSource } from './types.js';

/**
 * Rates the user gives, as sources a job can look up like any table: one source per pair the
 * job converts, holding the given rate on the day, in the market's direction, named as given by
 * the user. A job that takes sources (check, stake, implied) then cites the rate as given.
 *
 * @param text - the rates as written: "7.10", or "USD/CNY=7.10,EUR/CNY=7.8"
 * @param pairs - the currency pairs the job converts (from, to)
 * @param date - the day the rates are for
 * @returns one source per pair (a pair of one currency needs none)
 * @throws DealCalcError OPTION_INVALID when the text is not rates, or no given rate converts a pair
 *
 * @example
 * const [given] = givenSources('USD/CNY=7.10', [[CNY, USD]], '2017-11-15');
 * lookupRate(given, CNY, USD, '2017-11-15').value.toString() //=> '7.1'
 * given.info.attribution //=> 'given by the user'
 */
export function givenSources(
  text: string,
  pairs: readonly (readonly [CurrencyCode, CurrencyCode])[],
  date: IsoDate,
): RateSource[] {
  const rates = parseGivenRates(text);
  if (!rates.ok) throw errorFrom(rates.error);
  const sources: RateSource[] = [];
  const seen = new Set<string>();
  for (const [from, to] of pairs) {
    if (from === to) continue;
    const quote = givenQuote(rates.value, from, to, date);
    const key = `${quote.base}/${quote.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const series = seriesFromArrays(
      { id: GIVEN_SOURCE_ID, currency: quote.quote, base: quote.base, quote: quote.quote },
      [date],
      [quote.value.toString()],
    );
    sources.push(
      rateSourceFromSeries(
        {
          id: GIVEN_SOURCE_ID,
          name: `a rate given by the user (${quote.given.text})`,
          meaning: quote.given.reading,
          pivot: quote.base,
          calendar: 'none',
          attribution: 'given by the user',
          firstDate: date,
          lastDate: date,
          updateHint: 'give the rate of another day',
        },
        [series],
      ),
    );
  }
  return sources;
}
