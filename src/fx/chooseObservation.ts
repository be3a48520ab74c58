/**
 * Which observation of a series answers a day, under each lookup policy: the day itself, the
 * previous or next published day, the nearer of the two, or a linear interpolation between them.
 */
import { Decimal } from '../money/decimal.js';
import { daysBetween } from './calendar.js';
import type { IsoDate, LookupPolicy, RateSeries } from './types.js';

/** The observation a policy chose for a day the series has no rate on. */
export type ObservationChoice =
  | { readonly kind: 'observed'; readonly index: number; readonly age: number; readonly how: string }
  | {
      readonly kind: 'interpolated';
      readonly value: Decimal;
      readonly between: readonly [IsoDate, IsoDate];
      readonly age: number;
      readonly how: string;
    };

/**
 * Index of the latest observation on or before `date`, or -1 (binary search: dates ascend). A
 * caller that already knows the answer (a batch reads a series' days by number) passes it as
 * `hint`: checked with two rows instead of searched for, and searched for when it is not the answer.
 *
 * @example
 * indexOnOrBefore(fred.series(CNY), '2017-11-18') === indexOnOrBefore(fred.series(CNY), '2017-11-17') //=> true
 * indexOnOrBefore(fred.series(CNY), '2017-11-18', 0) === indexOnOrBefore(fred.series(CNY), '2017-11-18') //=> true
 */
export function indexOnOrBefore(series: RateSeries, date: IsoDate, hint = -1): number {
  if (hint >= 0 && hint < series.size && isLatestOnOrBefore(series, date, hint)) return hint;
  let lo = 0;
  let hi = series.size - 1;
  let found = -1;
  const stride = series.blockRows;
  if (stride !== undefined && stride > 1) {
    // First the block, by its first rows (read at once), then the rows of that block alone.
    let block = -1;
    let first = 0;
    let last = Math.floor(hi / stride);
    while (first <= last) {
      const mid = (first + last) >>> 1;
      if (series.dateAt(mid * stride) <= date) {
        block = mid;
        first = mid + 1;
      } else {
        last = mid - 1;
      }
    }
    if (block === -1) return -1;
    found = block * stride;
    lo = found + 1;
    hi = Math.min(hi, found + stride - 1);
  }
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (series.dateAt(mid) <= date) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Whether row i is the latest on or before `date` (false when a row it reads is damaged: the search says why). */
function isLatestOnOrBefore(series: RateSeries, date: IsoDate, i: number): boolean {
  try {
    return series.dateAt(i) <= date && (i === series.size - 1 || series.dateAt(i + 1) > date);
  } catch {
    return false;
  }
}

/**
 * Chooses the observation for a day without a rate, given the index of the latest one before it
 * (`previous`, never -1 here) and whether one follows. `exact` is the caller's business (it
 * chooses nothing). `age` is how many calendar days the chosen day (or, when interpolating, the
 * farther of the two) lies from the requested day.
 *
 * @example
 * const chus = fred.series(CNY);
 * chooseObservation(chus, '2017-11-18', indexOnOrBefore(chus, '2017-11-18'), 'previous').how
 * //=> 'the latest rate on or before it (policy previous)'
 */
export function chooseObservation(
  series: RateSeries,
  date: IsoDate,
  previous: number,
  policy: Exclude<LookupPolicy, 'exact'>,
): ObservationChoice {
  const prevDate = series.dateAt(previous);
  const hasNext = previous + 1 < series.size;
  const nextDate = hasNext ? series.dateAt(previous + 1) : undefined;
  const prevAge = daysBetween(prevDate, date);
  const nextAge = nextDate === undefined ? Infinity : daysBetween(date, nextDate);
  switch (policy) {
    case 'previous':
      return {
        kind: 'observed',
        index: previous,
        age: prevAge,
        how: 'the latest rate on or before it (policy previous)',
      };
    case 'next':
      return {
        kind: 'observed',
        index: previous + 1,
        age: nextAge,
        how: 'the earliest rate on or after it (policy next)',
      };
    case 'nearest': {
      const tie = nextAge === prevAge;
      return {
        kind: 'observed',
        index: nextAge < prevAge ? previous + 1 : previous,
        age: Math.min(prevAge, nextAge),
        how: tie
          ? `equally close to ${prevDate} and ${nextDate ?? ''}; the earlier is used on a tie (policy nearest)`
          : 'the nearest rate (policy nearest)',
      };
    }
    case 'interpolate': {
      const right = nextDate as IsoDate;
      const v0 = new Decimal(series.valueAt(previous));
      const v1 = new Decimal(series.valueAt(previous + 1));
      // Linear in calendar days, one division: (v0 × (d1 − d) + v1 × (d − d0)) / (d1 − d0).
      const value = v0
        .times(String(nextAge))
        .plus(v1.times(String(prevAge)))
        .div(String(prevAge + nextAge));
      return {
        kind: 'interpolated',
        value,
        between: [prevDate, right],
        age: Math.max(prevAge, nextAge),
        how: `interpolated linearly in calendar days between ${prevDate} (${v0.toString()}) and ${right} (${v1.toString()}) (policy interpolate)`,
      };
    }
  }
}
