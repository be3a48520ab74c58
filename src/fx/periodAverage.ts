/**
 * Period averages: the arithmetic mean of a series' published rates over a span of days, as
 * annual reports and filings translate at (IAS 21 allows an average rate for a period when
 * rates do not fluctuate significantly). Each series is averaged in the direction its source
 * publishes it; an inverse or cross rate is then derived from the means, never averaged itself,
 * and the answer says so, with how many rates went in and which days had none.
 */
import { seriesWords } from './seriesWords.js';
import { DealCalcError, fail, succeed, type Result } from '../errors.js';
import type { CurrencyCode } from '../money/currency.js';
import { Decimal } from '../money/decimal.js';
import { addDays, daysBetween, isIsoDate } from './calendar.js';
import { indexOnOrBefore } from './chooseObservation.js';
import { crossFactors } from './crossFactors.js';
import { afterCoverage, beforeCoverage, noRatesInPeriod, noSourceQuotes, notInSource } from './fxErrors.js';
import { optionInvalid } from '../commonErrors.js';
import { gapsBetween } from './gaps.js';
import { sourcesQuoting, type PassedOver } from './lookupPreferred.js';
import type { IsoDate, RateLeg, RateQuote, RateSeries, RateSource } from './types.js';
import { counted } from '../text/counted.js';

/** A span of calendar days, both ends included. */
export interface Period {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** Days of a period without a rate, counted by reason. */
export interface DaysWithout {
  readonly days: number;
  readonly weekends: number;
  readonly holidays: number;
  readonly unexplained: number;
}

/** One series averaged over a period, in its published direction (1 base = mean quote). */
export interface SeriesAverage {
  readonly seriesId: string;
  readonly base: CurrencyCode;
  readonly quote: CurrencyCode;
  /** The sum of the published values, exact. */
  readonly sum: Decimal;
  /** sum / count (40 significant digits). */
  readonly mean: Decimal;
  /** How many published rates went in. */
  readonly count: number;
  /** The first and last observation days used. */
  readonly first: IsoDate;
  readonly last: IsoDate;
  /** The period's days without a published rate, by reason. */
  readonly daysWithout: DaysWithout;
}

/** How an average rate was taken, for citing it. */
export interface AverageInfo {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** In words: the arithmetic mean of the published values in the source's direction, then derived. */
  readonly method: string;
  /** One average per series used: one for a direct or inverse rate, two for a cross (from-leg first). */
  readonly legs: readonly SeriesAverage[];
}

/** A RateQuote whose value is a period average: it converts like any other and cites the average. */
export interface AverageQuote extends RateQuote {
  readonly average: AverageInfo;
}

const PERIOD_HINT =
  'Write the period as FROM..TO (2017-01-01..2017-12-31), a year (2017) or a month (2017-03).';

function badPeriod(message: string): Result<Period> {
  return fail(optionInvalid(message, PERIOD_HINT).toInfo());
}

function lastDayOfMonth(year: string, month: string): IsoDate {
  // The day before the first of the next month: no month-length table to get wrong.
  const next =
    month === '12'
      ? `${String(parseInt(year, 10) + 1)}-01-01`
      : `${year}-${String(parseInt(month, 10) + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

/**
 * Reads a period: `FROM..TO` (two days, FROM not after TO), a year (`2017`) or a month
 * (`2017-03`).
 *
 * @example
 * parsePeriod('2017-01-01..2017-12-31').value //=> { from: '2017-01-01', to: '2017-12-31' }
 * parsePeriod('2017').value //=> { from: '2017-01-01', to: '2017-12-31' }
 * parsePeriod('2016-02').value //=> { from: '2016-02-01', to: '2016-02-29' }
 * parsePeriod('2017-12-31..2017-01-01').ok //=> false
 */
export function parsePeriod(text: string): Result<Period> {
  const trimmed = text.trim();
  if (/^\d{4}$/.test(trimmed) && trimmed >= '1000') {
    return succeed({ from: `${trimmed}-01-01`, to: `${trimmed}-12-31` });
  }
  const month = /^(\d{4})-(\d{2})$/.exec(trimmed);
  if (month && isIsoDate(`${trimmed}-01`)) {
    const [, y, m] = month as unknown as [string, string, string];
    return succeed({ from: `${trimmed}-01`, to: lastDayOfMonth(y, m) });
  }
  const parts = trimmed.split('..');
  if (parts.length !== 2) return badPeriod(`"${trimmed.slice(0, 60)}" is not a period`);
  const [from, to] = parts.map((p) => p.trim()) as [string, string];
  for (const day of [from, to]) {
    if (!isIsoDate(day))
      return badPeriod(`"${day.slice(0, 40)}" in the period is not a day written YYYY-MM-DD`);
  }
  if (to < from) return badPeriod(`the period ${from}..${to} ends before it starts`);
  return succeed({ from, to });
}

function countWithout(total: DaysWithout, start: IsoDate, end: IsoDate, source: RateSource): DaysWithout {
  const span = gapsBetween(start, end, source.info.calendar).span;
  if (span === undefined) return total;
  return {
    days: total.days + span.days,
    weekends: total.weekends + span.weekends,
    holidays: total.holidays + span.holidays,
    unexplained: total.unexplained + span.unexplained,
  };
}

/** No run of this many days after a series' last rate is ever all weekend and holiday. */
const LONGEST_EXPLAINED_CLOSURE = 10;

/**
 * Averages one series over a period: the arithmetic mean of every published value from `from`
 * to `to`. The period must lie inside the series' coverage (a period that starts before its
 * first rate, or runs past its last beyond a weekend or holiday, would be an average of part of
 * it); with `clip`, it is cut to the coverage instead (for monthly and yearly tables).
 *
 * @throws DealCalcError RATE_BEFORE_COVERAGE, RATE_AFTER_COVERAGE, RATE_NOT_FOUND (no rate in the period)
 *
 * @example
 * const a = seriesAverage(fred, fred.series(CNY), { from: '2017-11-13', to: '2017-11-17' });
 * [a.count, a.sum.toString(), a.mean.toString()] //=> [5, '33.1453', '6.62906']
 */
export function seriesAverage(
  source: RateSource,
  series: RateSeries,
  period: Period,
  options: { readonly clip?: boolean } = {},
): SeriesAverage {
  const firstDate = series.dateAt(0);
  const lastDate = series.dateAt(series.size - 1);
  let { from, to } = period;
  if (from < firstDate) {
    if (!options.clip || to < firstDate) throw beforeCoverage(source, series, from);
    from = firstDate;
  }
  if (to > lastDate) {
    const tail = gapsBetween(addDays(lastDate, 1), to, source.info.calendar).span;
    const explained = daysBetween(lastDate, to) < LONGEST_EXPLAINED_CLOSURE && tail?.unexplained === 0;
    if (!explained && (!options.clip || from > lastDate)) throw afterCoverage(source, series, to);
    if (!explained) to = lastDate;
  }
  const start = indexOnOrBefore(series, addDays(from, -1)) + 1;
  const end = indexOnOrBefore(series, to);
  if (end < start) {
    throw noRatesInPeriod(source, series, from, to);
  }
  let sum = new Decimal('0');
  let without: DaysWithout = { days: 0, weekends: 0, holidays: 0, unexplained: 0 };
  let previous = addDays(from, -1);
  for (let i = start; i <= end; i += 1) {
    const date = series.dateAt(i);
    sum = sum.plus(series.valueAt(i));
    without = countWithout(without, addDays(previous, 1), addDays(date, -1), source);
    previous = date;
  }
  without = countWithout(without, addDays(previous, 1), to, source);
  const count = end - start + 1;
  return {
    seriesId: series.id,
    base: series.base,
    quote: series.quote,
    sum,
    mean: sum.div(String(count)),
    count,
    first: series.dateAt(start),
    last: series.dateAt(end),
    daysWithout: without,
  };
}

/**
 * The days without a rate, in words.
 *
 * @example
 * describeDaysWithout({ days: 3, weekends: 2, holidays: 1, unexplained: 0 }) //=> '3 days without a rate (2 weekend days, 1 holiday)'
 */
export function describeDaysWithout(without: DaysWithout): string {
  if (without.days === 0) return 'a rate on every day';
  const parts = [
    without.weekends > 0 ? counted(without.weekends, 'weekend day') : '',
    without.holidays > 0 ? counted(without.holidays, 'holiday') : '',
    without.unexplained > 0 ? `${without.unexplained} unexplained` : '',
  ].filter((p) => p !== '');
  return `${counted(without.days, 'day')} without a rate (${parts.join(', ')})`;
}

function legOf(average: SeriesAverage, period: Period): RateLeg {
  return {
    seriesId: average.seriesId,
    base: average.base,
    quote: average.quote,
    value: average.mean,
    requestedDate: period.to,
    observedDate: average.last,
    gaps: [],
  };
}

// The series in words, as every other note names it ("the Fed's yuan series"); the JSON keeps seriesId.
function legText(a: SeriesAverage, source: RateSource): string {
  const currency = a.base === source.info.pivot ? a.quote : a.base;
  return `${seriesWords(source.info.id, currency)} (1 ${a.base} in ${a.quote}): mean of ${counted(a.count, 'published rate')} from ${a.first} to ${a.last}, ${describeDaysWithout(a.daysWithout)}`;
}

/**
 * The average rate to convert `from` → `to` over a period in one source: each series' published
 * values averaged (arithmetic mean, every observed day weighted equally), then the rate derived
 * from the means as a lookup derives it from daily values (inverse: divide by the mean; cross:
 * the two means through the pivot).
 *
 * @param source - the source
 * @param from - the currency converted from
 * @param to - the currency converted to
 * @param period - the days, both ends included
 * @returns a quote (value, legs holding the means) with `average` saying how it was taken
 * @throws DealCalcError CURRENCY_NOT_IN_SOURCE, RATE_BEFORE_COVERAGE, RATE_AFTER_COVERAGE, RATE_NOT_FOUND
 *
 * @example
 * const q = averageRate(fred, CNY, USD, { from: '2017-11-13', to: '2017-11-19' });
 * [q.value.toString(), q.derivation, q.average.legs[0].count] //=> ['6.62906', 'inverse', 5]
 */
export function averageRate(
  source: RateSource,
  from: CurrencyCode,
  to: CurrencyCode,
  period: Period,
): AverageQuote {
  const info = source.info;
  const pivot = info.pivot;
  for (const currency of [from, to]) {
    if (currency !== pivot && !source.currencies.includes(currency)) throw notInSource(source, currency);
  }
  const common = {
    from,
    to,
    source: info,
    requestedDate: period.to,
    policy: 'exact' as const,
    maxAgeDays: 0,
    note: '',
  };
  const method =
    'arithmetic mean of the published rates in the source’s direction, each observed day weighted equally; days without a rate are left out, not filled';
  if (from === pivot || to === pivot) {
    const series = source.series(from === pivot ? to : from);
    const average = seriesAverage(source, series, period);
    const derivation = series.base === from ? 'direct' : 'inverse';
    return {
      ...common,
      base: series.base,
      quote: series.quote,
      value: average.mean,
      derivation,
      observedDate: average.last,
      legs: [legOf(average, period)],
      derivationNote:
        derivation === 'inverse'
          ? `${legText(average, source)}; ${from} → ${to} divides by the mean`
          : legText(average, source),
      average: { from: period.from, to: period.to, method, legs: [average] },
    };
  }
  const fromAverage = seriesAverage(source, source.series(from), period);
  const toAverage = seriesAverage(source, source.series(to), period);
  const fromLeg = legOf(fromAverage, period);
  const toLeg = legOf(toAverage, period);
  const { numerator, denominator } = crossFactors(from, to, fromLeg, toLeg);
  return {
    ...common,
    base: from,
    quote: to,
    value: numerator.div(denominator),
    derivation: 'cross',
    observedDate: fromAverage.last <= toAverage.last ? fromAverage.last : toAverage.last,
    legs: [fromLeg, toLeg],
    derivationNote: `cross through ${pivot} of the two means: ${legText(fromAverage, source)}; ${legText(toAverage, source)}`,
    average: {
      from: period.from,
      to: period.to,
      method: `${method}; the cross rate is derived from the two means`,
      legs: [fromAverage, toAverage],
    },
  };
}

const OUTSIDE_COVERAGE = new Set(['RATE_BEFORE_COVERAGE', 'RATE_AFTER_COVERAGE']);

/**
 * The average rate from the first source, in the order given, that quotes both currencies over
 * the whole period; sources whose coverage does not hold the period are passed over and named.
 *
 * @example
 * averagePreferred([fred, imf], CNY, USD, { from: '2017-01-01', to: '2017-12-31' }).quote.value.toFixed(4) //=> '6.7569'
 */
export function averagePreferred(
  sources: readonly RateSource[],
  from: CurrencyCode,
  to: CurrencyCode,
  period: Period,
): { readonly quote: AverageQuote; readonly passedOver: readonly PassedOver[] } {
  const candidates = sourcesQuoting(sources, from, to);
  if (candidates.length === 0) throw noSourceQuotes(sources, from, to);
  const passedOver: PassedOver[] = [];
  let first: DealCalcError | undefined;
  for (const source of candidates) {
    try {
      return { quote: averageRate(source, from, to, period), passedOver };
    } catch (error) {
      if (!(error instanceof DealCalcError) || !OUTSIDE_COVERAGE.has(error.code)) throw error;
      first ??= error;
      passedOver.push({ source: source.info.id, reason: error.message });
    }
  }
  throw first as DealCalcError;
}
