/**
 * A series' observations by day number, in dense arrays made a page of days at a time, when a
 * day of the page is first asked for: which observation (if any) falls on a day, one array read
 * instead of a binary search over dates as text. For work that asks a series about thousands of
 * days (a batch of a ledger's rows): the rules that answer a day stay lookupLeg's. A page's rows
 * are found by binary search (where each page starts, kept: a page ends where the next starts)
 * and read in one pass, so a ledger over a few years of a 50-year series reads those years' rows only.
 */
import type { RateSeries } from './types.js';
import { dayNumberOfKey, toDayNumber } from './calendar.js';

/** observedAt's answer for a day whose page holds a row that cannot be read (a damaged table). */
export const DAY_UNREADABLE = -2;

/** Days per page (a power of two: a day's page and place are a shift and a mask). */
const PAGE_SHIFT = 9;
const PAGE_DAYS = 1 << PAGE_SHIFT;

/** Where each day of a series' span stands: day k of the span is day number firstDay + k. */
export interface SeriesDays {
  /** The day number of the first observation. */
  readonly firstDay: number;
  /** The day number of the last observation. */
  readonly lastDay: number;
  /** How many days the span has: lastDay − firstDay + 1. */
  readonly span: number;
  /**
   * For day k of the span (0 ≤ k < span), the index of the observation published that day, or
   * -1; DAY_UNREADABLE when a row of the day's page cannot be read (the lookup names it).
   */
  observedAt(k: number): number;
  /** observedAt of every day of the span (reads every row). */
  readonly observed: Int32Array;
  /** For each day of the span, the index of the latest observation on or before it (reads every row). */
  readonly onOrBefore: Int32Array;
}

const known = new WeakMap<RateSeries, SeriesDays | null>();

/**
 * The series' days (see SeriesDays), made on the first call and kept while the series is; null
 * when its first or last row's date cannot be read (a damaged table).
 *
 * @example
 * const days = seriesDays(fred.series(CNY)); // day 17485 is 2017-11-15, 17488 a Saturday
 * fred.series(CNY).dateAt(days.observedAt(17485 - days.firstDay)) //=> '2017-11-15'
 * days.observedAt(17488 - days.firstDay) //=> -1
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
  let firstDay: number;
  let lastDay: number;
  try {
    firstDay = dayNumberOfRow(series, 0);
    lastDay = dayNumberOfRow(series, series.size - 1);
  } catch {
    return null;
  }
  if (!(lastDay >= firstDay)) return null;
  return new PagedDays(series, firstDay, lastDay);
}

/** See SeriesDays: pages of PAGE_DAYS days, each read when a day of it is first asked for. */
class PagedDays implements SeriesDays {
  readonly span: number;
  private readonly pages: (Int32Array | undefined)[];
  /** For page p, the first row on or after its first day once found (-1 before): page p ends where p + 1 starts. */
  private readonly starts: Int32Array;
  private all: Int32Array | undefined = undefined;
  private latest: Int32Array | undefined = undefined;

  constructor(
    private readonly series: RateSeries,
    readonly firstDay: number,
    readonly lastDay: number,
  ) {
    this.span = lastDay - firstDay + 1;
    this.pages = new Array<Int32Array | undefined>((this.span >> PAGE_SHIFT) + 1).fill(undefined);
    this.starts = new Int32Array(this.pages.length + 1).fill(-1);
  }

  observedAt(k: number): number {
    const index = k >> PAGE_SHIFT;
    const page = this.pages[index] ?? (this.pages[index] = this.readPage(index));
    return page[k & (PAGE_DAYS - 1)] as number;
  }

  get observed(): Int32Array {
    if (this.all === undefined) {
      const all = new Int32Array(this.span);
      for (let k = 0; k < this.span; k += 1) all[k] = this.observedAt(k);
      this.all = all;
    }
    return this.all;
  }

  get onOrBefore(): Int32Array {
    this.latest ??= latestOnOrBefore(this.observed);
    return this.latest;
  }

  /**
   * The observations of page p's days: its rows found by binary search (the first row on or after
   * its first day, the first on or after the next page's), their day numbers read in one pass;
   * every day DAY_UNREADABLE when one of those rows cannot be read.
   */
  private readPage(p: number): Int32Array {
    const page = new Int32Array(PAGE_DAYS).fill(-1);
    const start = this.firstDay + p * PAGE_DAYS;
    try {
      const from = this.pageStart(p);
      const to = this.pageStart(p + 1);
      const numbers = dayNumbersOf(this.series, from, to);
      if (numbers === null) return page.fill(DAY_UNREADABLE);
      for (let i = 0; i < numbers.length; i += 1) {
        const d = (numbers[i] as number) - start;
        // Rows ascend: a day outside the page is a damaged table.
        if (!(d >= 0 && d < PAGE_DAYS)) return page.fill(DAY_UNREADABLE);
        page[d] = from + i;
      }
    } catch {
      return page.fill(DAY_UNREADABLE);
    }
    return page;
  }

  /**
   * The first row on or after page p's first day, found once: searched for between the starts of
   * the nearest pages found before and after it (rows ascend), so a ledger that reads a series'
   * pages in any order takes a few steps for each after the first.
   */
  private pageStart(p: number): number {
    const starts = this.starts;
    const known = starts[p] as number;
    if (known !== -1) return known;
    let below = p - 1;
    while (below >= 0 && starts[below] === -1) below -= 1;
    let above = p + 1;
    while (above < starts.length && starts[above] === -1) above += 1;
    const lo = below >= 0 ? (starts[below] as number) : 0;
    const hi = above < starts.length ? (starts[above] as number) : this.series.size;
    const row = this.firstRowOnOrAfter(this.firstDay + p * PAGE_DAYS, lo, hi);
    starts[p] = row;
    return row;
  }

  /** The first row in [lo, hi) whose day is `day` or later (hi when none): rows ascend. */
  private firstRowOnOrAfter(day: number, from: number, to: number): number {
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const d = dayNumberOfRow(this.series, mid);
      if (!(d === d)) throw new RangeError(`row ${mid} has no readable day`);
      if (d < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The day number of row i (NaN when its date is not a real day; dateAt throws on a damaged row). */
function dayNumberOfRow(series: RateSeries, i: number): number {
  return series.dateCodeAt === undefined
    ? toDayNumber(series.dateAt(i))
    : dayNumberOfKey(series.dateCodeAt(i));
}

/** The day numbers of rows [from, to): in one pass where the series reads them so, else row by row. */
function dayNumbersOf(series: RateSeries, from: number, to: number): Int32Array | null {
  if (series.dayNumbers !== undefined) return series.dayNumbers(from, to);
  const numbers = new Int32Array(to - from);
  for (let i = from; i < to; i += 1) {
    const d = dayNumberOfRow(series, i);
    if (!(d === d)) return null;
    numbers[i - from] = d;
  }
  return numbers;
}

/** For each day of a span, the latest observation on or before it (the span starts on one). */
function latestOnOrBefore(observed: Int32Array): Int32Array {
  const latest = new Int32Array(observed.length);
  let index = 0;
  for (let k = 0; k < observed.length; k += 1) {
    const own = observed[k] as number;
    if (own >= 0) index = own;
    latest[k] = index;
  }
  return latest;
}
