/**
 * One series on one day: the coverage rules, the policy's choice, and the note that explains
 * which day was used and why.
 */
import { errorFrom } from '../errors.js';
import { Decimal } from '../money/decimal.js';
import { addDays, daysBetween } from './calendar.js';
import { chooseObservation, indexOnOrBefore } from './chooseObservation.js';
import { afterCoverage, beforeCoverage, rateNotFound, tooOld } from './fxErrors.js';
import { gapPhrase, gapsBetween, joinNote, otherGapsPhrase, type Gaps } from './gaps.js';
import { gapReason } from './calendar.js';
import type { IsoDate, LookupPolicy, RateLeg, RateSeries, RateSource } from './types.js';
import { dataCorrupt } from './fxErrors.js';

/** A leg and the note that explains its day. */
export interface NotedLeg extends RateLeg {
  readonly note: string;
}

/**
 * A leg as one object literal: Node 20's V8 takes microseconds for `{ ...base, more }` (a cliff
 * Node 22 fixed), and a batch of a million rows looks legs up thousands of times.
 */
function leg(
  series: RateSeries,
  date: IsoDate,
  value: Decimal,
  observedDate: IsoDate,
  gaps: Gaps | null,
  note: string,
  between?: readonly [IsoDate, IsoDate],
): NotedLeg {
  const made: { -readonly [K in keyof NotedLeg]: NotedLeg[K] } = {
    seriesId: series.id,
    base: series.base,
    quote: series.quote,
    requestedDate: date,
    value,
    observedDate,
    gaps: gaps === null ? [] : gaps.gaps,
    note,
  };
  if (between !== undefined) made.between = between;
  if (gaps?.span !== undefined) made.gapSpan = gaps.span;
  return made;
}

/** No run of this many consecutive days is ever all weekend and holiday. */
const LONGEST_EXPLAINED_CLOSURE = 10;

/**
 * Whether a day after the series' last row may be filled from it: only across days the calendar
 * explains (a weekend or holiday right after the end), or, inside the source's own coverage, a
 * short unexplained gap; never by looking forward.
 */
function mayFillAfterEnd(
  source: RateSource,
  last: IsoDate,
  date: IsoDate,
  policy: LookupPolicy,
  maxAgeDays: number,
): boolean {
  if (policy === 'next' || policy === 'interpolate') return false;
  const span = daysBetween(last, date);
  const explained =
    span < LONGEST_EXPLAINED_CLOSURE &&
    gapsBetween(addDays(last, 1), date, source.info.calendar).span?.unexplained === 0;
  const insideSource = date <= source.info.lastDate && span <= maxAgeDays;
  return explained || insideSource;
}

/**
 * Looks up one series on one day under a policy, with the coverage rules and a note.
 * `previousHint`, when the caller knows it, is the index of the latest row on or before the day
 * (see indexOnOrBefore): checked, not trusted, so the answer is the same with or without it.
 *
 * @example
 * lookupLeg(fred, fred.series(CNY), '2017-11-18', 'previous', 7).note
 * //=> '2017-11-18 is a Saturday; used 2017-11-17, the latest rate on or before it (policy previous)'
 */
export function lookupLeg(
  source: RateSource,
  series: RateSeries,
  date: IsoDate,
  policy: LookupPolicy,
  maxAgeDays: number,
  previousHint = -1,
): NotedLeg {
  if (series.size === 0) {
    throw errorFrom(dataCorrupt(`the ${source.info.id} series ${series.id} holds no rates`));
  }
  const first = series.dateAt(0);
  const last = series.dateAt(series.size - 1);
  if (date < first) throw beforeCoverage(source, series, date);

  const previous = indexOnOrBefore(series, date, previousHint);
  const prevDate = series.dateAt(previous);
  if (prevDate === date) {
    return leg(series, date, new Decimal(series.valueAt(previous)), date, null, '');
  }
  const afterEnd = previous === series.size - 1;
  if (afterEnd && !mayFillAfterEnd(source, last, date, policy, maxAgeDays))
    throw afterCoverage(source, series, date);

  const why = gapPhrase(gapReason(date, source.info.calendar), source.info.id);
  if (policy === 'exact') {
    throw rateNotFound(
      source,
      series,
      date,
      why,
      prevDate,
      afterEnd ? undefined : series.dateAt(previous + 1),
    );
  }
  const choice = chooseObservation(series, date, previous, policy);
  if (choice.kind === 'interpolated') {
    const [left, right] = choice.between;
    if (choice.age > maxAgeDays)
      throw tooOld(source, series, date, policy, maxAgeDays, [left, right], choice.age);
    const gaps = gapsBetween(addDays(left, 1), addDays(right, -1), source.info.calendar);
    return leg(
      series,
      date,
      choice.value,
      date,
      gaps,
      joinNote([why, choice.how, otherGapsPhrase(gaps, date)]),
      choice.between,
    );
  }
  const observed = series.dateAt(choice.index);
  if (choice.age > maxAgeDays) throw tooOld(source, series, date, policy, maxAgeDays, [observed], choice.age);
  const gaps =
    observed > date
      ? gapsBetween(date, addDays(observed, -1), source.info.calendar)
      : gapsBetween(addDays(observed, 1), date, source.info.calendar);
  return leg(
    series,
    date,
    new Decimal(series.valueAt(choice.index)),
    observed,
    gaps,
    joinNote([why, `used ${observed}, ${choice.how}`, otherGapsPhrase(gaps, date)]),
  );
}
