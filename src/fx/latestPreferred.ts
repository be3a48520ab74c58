import type { CurrencyCode } from '../money/currency.js';
import { noSourceQuotes } from './fxErrors.js';
import { latestDate } from './latestDate.js';
import { sourcesQuoting, type PassedOver } from './lookupPreferred.js';
import type { IsoDate, RateSource } from './types.js';

/** The source with the freshest rate for a pair, its day, and the staler sources passed over. */
export interface LatestChoice {
  readonly source: RateSource;
  /** The last day the source quotes the pair (latestDate). */
  readonly date: IsoDate;
  /** Sources that quote the pair, but whose last day is older, each with the reason. */
  readonly passedOver: readonly PassedOver[];
}

/**
 * What "the latest rate" of a pair means when no day is asked for: the source whose own rates
 * of the pair end last (per series, see latestDate), the earlier in the order given on a tie.
 * Every other source that quotes the pair is passed over, and the reason says its last day.
 *
 * @param sources - the sources, in preference order
 * @param from - the currency converted from
 * @param to - the currency converted to
 * @returns the freshest source, its last day for the pair, and the sources passed over
 * @throws DealCalcError NO_SOURCE_QUOTES when no source quotes both currencies
 *
 * @example
 * latestPreferred([fred, ecb, imf], CNY, USD).source.info.id //=> 'ecb'
 * latestPreferred([fred, ecb, imf], CNY, USD).date //=> '2026-04-13'
 * latestPreferred([fred, ecb, imf], CNY, USD).passedOver[0].reason
 * //=> "the latest fred-h10 rate for CNY/USD is of 2024-11-29, older than ecb's of 2026-04-13"
 */
export function latestPreferred(
  sources: readonly RateSource[],
  from: CurrencyCode,
  to: CurrencyCode,
): LatestChoice {
  const candidates = sourcesQuoting(sources, from, to);
  if (candidates.length === 0) throw noSourceQuotes(sources, from, to);
  const lastDays = candidates.map((source) => latestDate(source, from, to));
  let best = 0;
  for (let i = 1; i < candidates.length; i += 1) {
    if ((lastDays[i] as IsoDate) > (lastDays[best] as IsoDate)) best = i;
  }
  const source = candidates[best] as RateSource;
  const date = lastDays[best] as IsoDate;
  const passedOver = candidates.flatMap((other, i) =>
    i === best
      ? []
      : [
          {
            source: other.info.id,
            reason:
              lastDays[i] === date
                ? `the latest ${other.info.id} rate for ${from}/${to} is of the same day, ${date}, and ${source.info.id} comes first`
                : `the latest ${other.info.id} rate for ${from}/${to} is of ${lastDays[i]}, older than ${source.info.id}'s of ${date}`,
          },
        ],
  );
  return { source, date, passedOver };
}
