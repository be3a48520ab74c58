/** What fixes a conversion's rate when it is not a day's lookup: a rate given by the user, or a period average. */
import { optionInvalid } from '../commonErrors.js';
import { errorFrom } from '../errors.js';
import type { ConvertRequest } from './convertJob.js';
import { parseGivenRates, type GivenRate } from './givenRate.js';
import { parsePeriod, type Period } from './periodAverage.js';

/** A rate the request fixes other than by a day's lookup: given by the user, or a period's average. */
export interface RateBasis {
  readonly given?: readonly GivenRate[];
  readonly period?: Period;
}

function refuseWith(what: string, others: readonly (string | false)[]): void {
  const named = others.filter((o): o is string => o !== false);
  if (named.length === 0) return;
  throw optionInvalid(
    `${what} does not go with ${named.join(', ')}`,
    what === 'a rate given by the user'
      ? 'A given rate is used as given: leave out the rate source, lookup policy, maximum age and average, or leave out the rate.'
      : 'An average is taken over its period: leave out the day, lookup policy and maximum age, or leave out the average.',
  );
}

/**
 * Reads what fixes the rate of a conversion request other than a day's lookup: rates the user
 * gives, or a period to average over; refuses the settings that cannot go with them (a given
 * rate reads no table, so no source, policy, maximum age or average; an average has no day,
 * policy or maximum age).
 *
 * @example
 * rateBasis({ figure: '1 yuan', to: 'USD', rate: '7.10' }).given[0].value.toString() //=> '7.1'
 * rateBasis({ figure: '1 yuan', to: 'USD', average: '2017' }).period //=> { from: '2017-01-01', to: '2017-12-31' }
 * rateBasis({ figure: '1 yuan', to: 'USD', rate: '7.10', source: 'imf' }) // throws OPTION_INVALID
 * rateBasis({ figure: '1 yuan', to: ['USD', 'EUR'], rate: '7.10' }, 2) // throws OPTION_INVALID
 */
export function rateBasis(request: ConvertRequest, targets = 1): RateBasis {
  if (request.rate !== undefined) {
    refuseWith('a rate given by the user', [
      request.source !== undefined && 'a rate source',
      request.policy !== undefined && 'a lookup policy',
      request.maxAgeDays !== undefined && 'a maximum rate age',
      request.average !== undefined && 'an average',
    ]);
    const parsed = typeof request.rate === 'string' ? parseGivenRates(request.rate) : undefined;
    if (parsed !== undefined && !parsed.ok) throw errorFrom(parsed.error);
    const given = parsed?.ok ? parsed.value : (request.rate as readonly GivenRate[]);
    const bare = given.length === 1 && given[0]?.base === null ? given[0] : undefined;
    if (bare !== undefined && targets > 1) {
      throw optionInvalid(
        `one bare rate (${bare.text}) for ${targets} target currencies`,
        'Give each pair its rate: USD/CNY=7.10,EUR/CNY=7.80.',
      );
    }
    return { given };
  }
  if (request.average !== undefined) {
    refuseWith('an average', [
      request.on !== undefined && 'a day (an average is over its period)',
      request.policy !== undefined && 'a lookup policy',
      request.maxAgeDays !== undefined && 'a maximum rate age',
    ]);
    if (typeof request.average !== 'string') return { period: request.average };
    const parsed = parsePeriod(request.average);
    if (!parsed.ok) throw errorFrom(parsed.error);
    return { period: parsed.value };
  }
  return {};
}
