/**
 * A series' observations by day number, in dense arrays built once per series: which observation
 * (if any) falls on a day, and which is the latest on or before it, each one array read instead of
 * a binary search over dates as text. For work that asks a series about thousands of days (a
 * batch of a ledger's rows): the rules that answer a day stay lookupLeg's.
 */
import type { RateSeries } from './types.js';
import { dayNumberOfKey, toDayNumber } from './calendar.js';

/** Where each day of a series' span stands: day k of the span is day number firstDay + k. */
export interface SeriesDays {
  /** The day number of the first observation. */
  readonly firstDay: number;
  /** The day number of the last observation. */
  readonly lastDay: number;
  /** For each day of the span, the index of the observation published that day, or -1. */
  readonly observed: Int32Array;
  /** For each day of the span, the index of the latest observation on or before it (made when first read). */
  readonly onOrBefore: Int32Array;
}

const known = new WeakMap<RateSeries, SeriesDays | null>();

/**
 * The series' days (see SeriesDays), built on the first call and kept while the series is; null
 * when a row's date cannot be read (a damaged table), so that only lookups that touch that row fail.
 *
 * @example
 * const days = seriesDays(fred.series(CNY)); // day 17485 is 2017-11-15, 17488 a Saturday
 * fred.series(CNY).dateAt(days.observed[17485 - days.firstDay]) //=> '2017-11-15'
 * days.observed[17488 - days.firstDay] //=> -1
 * fred.series(CNY).dateAt(days.onOrBefore[17488 - days.firstDay]) //=> '2017-11-17'
 */
export function seriesDays(series: RateSeries): SeriesDays | null {
  let days = known.get(series);
  if (days === undefined) {
    days = build(series);
    known.set(series, days);
  }
  return days;
}

function build(series: RateSeries): SeriesDays | null {
  if (series.size === 0) return null;
  const dayNumbers = series.dayNumbers?.() ?? dayNumbersOneByOne(series);
  if (dayNumbers === null) return null;
  const size = series.size;
  const firstDay = dayNumbers[0] as number;
  const lastDay = dayNumbers[size - 1] as number;
  const span = lastDay - firstDay + 1;
  const observed = new Int32Array(span).fill(-1);
  for (let i = 0; i < size; i += 1) observed[(dayNumbers[i] as number) - firstDay] = i;
  // Made when first asked for: a batch reads `observed` only.
  let onOrBefore: Int32Array | undefined;
  return {
    firstDay,
    lastDay,
    observed,
    get onOrBefore(): Int32Array {
      onOrBefore ??= latestOnOrBefore(observed);
      return onOrBefore;
    },
  };
}

/** For each day of a span, the latest observation on or before it (the span starts on one). */
function latestOnOrBefore(observed: Int32Array): Int32Array {
  const latest = new Int32Array(observed.length);
  let index = 0;
  for (let k = 0; k < observed.length; k += 1) {
    const own = observed[k] as number;
    if (own !== -1) index = own;
    latest[k] = index;
  }
  return latest;
}

/** The day numbers of a series without dayNumbers(), read row by row; null when a row's date cannot be read. */
function dayNumbersOneByOne(series: RateSeries): Int32Array | null {
  const dayNumbers = new Int32Array(series.size);
  // The date as YYYYMMDD where the series reads it in place (no string per row), else its text.
  const codeAt = series.dateCodeAt?.bind(series);
  try {
    for (let i = 0; i < series.size; i += 1)
      dayNumbers[i] = codeAt === undefined ? toDayNumber(series.dateAt(i)) : dayNumberOfKey(codeAt(i));
  } catch {
    return null;
  }
  return dayNumbers;
}
