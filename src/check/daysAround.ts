import { addDays } from '../fx/calendar.js';
import type { IsoDate } from '../fx/types.js';
import type { DateRange } from './types.js';

// A story's pairs share the day, the window and the search reach: each range is worked out once.
const known = new Map<string, DateRange>();

/**
 * The days from `days` calendar days before `date` to `days` after it, kept once worked out (a
 * scan asks for the same few for every pair; each end took a Date and its ISO text).
 *
 * @param date - the middle day
 * @param days - how far either side, in calendar days
 * @returns the first and the last day
 *
 * @example
 * daysAround('2017-11-15', 10) //=> ['2017-11-05', '2017-11-25']
 */
export function daysAround(date: IsoDate, days: number): DateRange {
  const key = `${date}/${days}`;
  let range = known.get(key);
  if (range === undefined) {
    range = [addDays(date, -days), addDays(date, days)];
    if (known.size >= 64) known.clear();
    known.set(key, range);
  }
  return range;
}
