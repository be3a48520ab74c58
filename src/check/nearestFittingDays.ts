import { daysBetween } from '../fx/calendar.js';
import { daysAround } from './daysAround.js';
import type { IsoDate } from '../fx/types.js';
import { DAYS_PER_BLOCK, dayRates } from './dayRates.js';
import { dayPositions } from './insideDays.js';
import type { PairDays } from './pairDays.js';
import { ratioValue, type RateTest } from './rateTest.js';
import type { DatedRate, DateRange } from './types.js';

/** The nearest fitting days on either side of a date, and the days searched. */
export interface NearestFittingDays {
  readonly before: DatedRate | null;
  readonly after: DatedRate | null;
  /** The days searched: the date ± the search length, cut to the days the source has. */
  readonly searched: DateRange;
}

/**
 * Searches outward from a date for the nearest observation days whose rate lies inside the
 * implied interval: backwards from the date (the date itself included) and forwards from the day
 * after, each a single pass that stops at the first fit or `searchDays` calendar days away. No
 * division; a block of days whose lowest and highest rates both lie on one side of the interval is
 * passed over whole (dayRates), so a search of years without a fit reads a few dozen days.
 *
 * @param days - the source's observation days for the pair
 * @param test - the implied interval's tests
 * @param date - the checked date
 * @param searchDays - how far to look on either side, in calendar days
 * @returns the nearest fits (null where none lies within the search) and the days searched
 *
 * @example
 * const days = pairDays(fred, USD, CNY);
 * const bounds = { low: { quoteAmount: new Decimal('1.45e9'), baseAmount: new Decimal('2.275e8') }, lowOpen: false, high: { quoteAmount: new Decimal('1.55e9'), baseAmount: new Decimal('2.265e8') }, highOpen: false };
 * const found = nearestFittingDays(days, rateTest(bounds, new Decimal('1')), '2015-06-15', 1826);
 * [found.before.date, found.after.date] //=> ['2012-08-06', '2015-08-12']
 */
export function nearestFittingDays(
  days: PairDays,
  test: RateTest,
  date: IsoDate,
  searchDays: number,
): NearestFittingDays {
  const [earliest, latest] = daysAround(date, searchDays);
  const start = days.indexOnOrBefore(date);
  const position = dayPositions(days, test);
  const rates = dayRates(days);
  // A block whose highest rate is below the interval, or whose lowest is above it, has no fit.
  const blockMisses = (block: number) =>
    position(rates.highestIn(block)) === -1 || position(rates.lowestIn(block)) === 1;
  // Days first to last (their whole blocks) hold no fit: first a test of the whole search.
  const noneIn = (first: number, last: number): boolean => {
    if (first > last) return true;
    const [low, high] = rates.extremesOver(
      Math.floor(first / DAYS_PER_BLOCK),
      Math.floor(last / DAYS_PER_BLOCK),
    );
    return position(high) === -1 || position(low) === 1;
  };
  const beforeMisses = noneIn(Math.max(0, days.indexOnOrBefore(earliest)), start);
  const afterMisses = noneIn(start + 1, days.indexOnOrBefore(latest));
  const fit = (index: number): DatedRate => {
    const day = days.dateAt(index);
    return { date: day, value: ratioValue(days.ratioAt(index)), daysAway: daysBetween(date, day) };
  };

  let before: DatedRate | null = null;
  for (let i = beforeMisses ? -1 : start; i >= 0 && days.dateAt(i) >= earliest;) {
    const block = Math.floor(i / DAYS_PER_BLOCK);
    const blockStart = block * DAYS_PER_BLOCK;
    if (blockMisses(block)) {
      i = blockStart - 1;
      continue;
    }
    for (; i >= blockStart && days.dateAt(i) >= earliest; i -= 1) {
      if (position(i) === 0) {
        before = fit(i);
        break;
      }
    }
    if (before !== null || i >= blockStart) break;
  }
  let after: DatedRate | null = null;
  for (let i = afterMisses ? days.size : start + 1; i < days.size && days.dateAt(i) <= latest;) {
    const block = Math.floor(i / DAYS_PER_BLOCK);
    const blockEnd = Math.min((block + 1) * DAYS_PER_BLOCK, days.size);
    if (blockMisses(block)) {
      i = blockEnd;
      continue;
    }
    for (; i < blockEnd && days.dateAt(i) <= latest; i += 1) {
      if (position(i) === 0) {
        after = fit(i);
        break;
      }
    }
    if (after !== null || i < blockEnd) break;
  }

  const first = days.size > 0 ? days.dateAt(0) : date;
  const last = days.size > 0 ? days.dateAt(days.size - 1) : date;
  return {
    before,
    after,
    searched: [earliest > first ? earliest : first, latest < last ? latest : last],
  };
}
