import type { IsoDate } from '../fx/types.js';
import { insideDays } from './insideDays.js';
import type { PairDays } from './pairDays.js';
import type { RateTest } from './rateTest.js';
import type { DateRange } from './types.js';

/**
 * The days in [from, to] on which a source's rate lies inside the implied interval, as runs of
 * consecutive observation days: a run goes on across days the source publishes no rate
 * (weekends, holidays) and ends at the first observation day whose rate lies outside. So a
 * Friday and the next Monday that both fit are one run; each run starts and ends on an
 * observation day. One pass over the window, no division (insideDays).
 *
 * @param days - the source's observation days for the pair
 * @param test - the implied interval's tests
 * @param from - first day of the window (inclusive)
 * @param to - last day of the window (inclusive)
 * @returns the runs, in date order
 *
 * @example
 * const days = pairDays(fred, USD, CNY);
 * const bounds = { low: { quoteAmount: new Decimal('6.62'), baseAmount: new Decimal('1') }, lowOpen: false, high: null, highOpen: false };
 * matchingDateRanges(days, rateTest(bounds, new Decimal('1')), '2017-11-13', '2017-11-24')
 * //=> [['2017-11-13', '2017-11-21']]
 */
export function matchingDateRanges(days: PairDays, test: RateTest, from: IsoDate, to: IsoDate): DateRange[] {
  const inside = insideDays(days, test);
  const ranges: DateRange[] = [];
  let runStart: IsoDate | null = null;
  let runEnd: IsoDate | null = null;
  // The first day on or after `from`: the one after the latest day before it.
  let before = days.indexOnOrBefore(from);
  if (before >= 0 && days.dateAt(before) === from) before -= 1;
  for (let i = before + 1; i < days.size; i += 1) {
    const date = days.dateAt(i);
    if (date > to) break;
    if (inside(i)) {
      runStart ??= date;
      runEnd = date;
    } else if (runStart !== null && runEnd !== null) {
      ranges.push([runStart, runEnd]);
      runStart = null;
      runEnd = null;
    }
  }
  if (runStart !== null && runEnd !== null) ranges.push([runStart, runEnd]);
  return ranges;
}
