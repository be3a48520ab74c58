/** Days without a rate: finding them between two days, and saying why in words. */
import { fromDayNumber, gapReason, toDayNumber } from './calendar.js';
import type { CalendarId, GapReason, GapSpan, IsoDate } from './types.js';
import { counted, groupedCount } from '../text/counted.js';

/** Spans longer than this are counted, not listed day by day. */
export const MAX_LISTED_GAPS = 31;

/** The days without a rate in [start, end], listed (up to MAX_LISTED_GAPS) and counted. */
export interface Gaps {
  readonly gaps: readonly GapReason[];
  readonly span: GapSpan | undefined;
}

/**
 * Explains every day in [start, end] (inclusive; all of them lack a rate). Loops on day
 * numbers, not on text: the day after 9999-12-31 would sort before it as text.
 *
 * @example
 * gapsBetween('2017-11-18', '2017-11-19', 'us-federal-reserve').span
 * //=> { from: '2017-11-18', to: '2017-11-19', days: 2, weekends: 2, holidays: 0, unexplained: 0 }
 */
export function gapsBetween(start: IsoDate, end: IsoDate, calendar: CalendarId): Gaps {
  const first = toDayNumber(start);
  const last = toDayNumber(end);
  if (last < first) return { gaps: [], span: undefined };
  const listed: GapReason[] = [];
  let weekends = 0;
  let holidays = 0;
  let unexplained = 0;
  const days = last - first + 1;
  for (let day = first; day <= last; day += 1) {
    const reason = gapReason(fromDayNumber(day), calendar);
    if (reason.kind === 'weekend') weekends += 1;
    else if (reason.kind === 'holiday') holidays += 1;
    else unexplained += 1;
    if (days <= MAX_LISTED_GAPS) listed.push(reason);
  }
  return { gaps: listed, span: { from: start, to: end, days, weekends, holidays, unexplained } };
}

/**
 * Why the requested day has no rate, in words.
 *
 * @example
 * gapPhrase({ date: '2017-11-23', kind: 'holiday', name: 'Thanksgiving Day' }, 'fred-h10')
 * //=> '2017-11-23 is Thanksgiving Day (no fred-h10 rate)'
 */
export function gapPhrase(reason: GapReason, sourceId: string): string {
  switch (reason.kind) {
    case 'weekend':
      return `${reason.date} is a ${reason.name}`;
    case 'holiday':
      return `${reason.date} is ${reason.name} (no ${sourceId} rate)`;
    default:
      return `no rate on ${reason.date} and no rule names the closure`;
  }
}

function shortPhrase(reason: GapReason): string {
  return reason.kind === 'unexplained' ? `${reason.date} unexplained` : `${reason.date} ${reason.name}`;
}

/**
 * The other days without a rate between the requested and the observed day, in words: each day
 * when there are few, else the span and its counts.
 *
 * @example
 * otherGapsPhrase(gapsBetween('2017-11-18', '2017-11-19', 'us-federal-reserve'), '2017-11-19')
 * //=> 'also no rate on 2017-11-18 Saturday'
 */
export function otherGapsPhrase(gaps: Gaps, requested: IsoDate): string {
  const span = gaps.span;
  if (span === undefined) return '';
  if (span.days > MAX_LISTED_GAPS) {
    const counts = [
      span.weekends > 0 ? counted(span.weekends, 'weekend day') : '',
      span.holidays > 0 ? counted(span.holidays, 'holiday') : '',
      span.unexplained > 0 ? `${groupedCount(span.unexplained)} unexplained` : '',
    ].filter((c) => c !== '');
    return `no rate on any of the ${counted(span.days, 'day')} from ${span.from} to ${span.to} (${counts.join(', ')})`;
  }
  const others = gaps.gaps.filter((g) => g.date !== requested);
  return others.length > 0 ? `also no rate on ${others.map(shortPhrase).join(', ')}` : '';
}

/**
 * Joins the non-empty parts of a note with "; ".
 *
 * @example
 * joinNote(['a', '', 'b']) //=> 'a; b'
 */
export function joinNote(parts: readonly string[]): string {
  return parts.filter((p) => p !== '').join('; ');
}
