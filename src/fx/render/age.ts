import { formatDuration } from 'date-fns/formatDuration';
import { intervalToDuration } from 'date-fns/intervalToDuration';
import type { IsoDate } from '../types.js';

// Local midnight on both ends: intervalToDuration counts calendar units in local time, so both
// days must be read the same way; the time zone then cancels out.
function localDay(date: IsoDate): Date {
  return new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/**
 * How old a rate is, in calendar units, for people: "1 year, 11 months, 30 days".
 *
 * @example
 * describeAge('2024-11-29', '2026-11-28') //=> '1 year, 11 months, 30 days'
 * describeAge('2017-11-17', '2017-11-17') //=> 'the same day'
 */
export function describeAge(observed: IsoDate, today: IsoDate): string {
  const duration = intervalToDuration({ start: localDay(observed), end: localDay(today) });
  const text = formatDuration(duration, { format: ['years', 'months', 'days'], delimiter: ', ' });
  return text === '' ? 'the same day' : text;
}
