/**
 * A pair's rates over a span of days, from one source: every observation in the direction asked
 * for, each day without one explained, and optionally the monthly or yearly averages. The job
 * behind `dealcalc rates show`; the page and `check --chart` draw the same answer.
 */
import { seriesWords } from './seriesWords.js';
import { checkSpan } from './checkSpan.js';
import { DealCalcError, errorFrom } from '../errors.js';
import { optionInvalid } from '../commonErrors.js';
import { Decimal } from '../money/decimal.js';
import { addDays, daysBetween, gapReason } from './calendar.js';
import { indexOnOrBefore } from './chooseObservation.js';
import { crossFactors } from './crossFactors.js';
import { parseCurrencyPair, pairText, type CurrencyPair } from './currencyPair.js';
import { afterCoverage, beforeCoverage, noSourceQuotes, notInSource } from './fxErrors.js';
import { gapsBetween } from './gaps.js';
import { sourcesQuoting, type PassedOver } from './lookupPreferred.js';
import {
  describeDaysWithout,
  seriesAverage,
  type DaysWithout,
  type Period,
  type SeriesAverage,
} from './periodAverage.js';
import type { GapReason, IsoDate, RateSeries, RateSource, RateSources, SourceInfo } from './types.js';
import { checkRequest, checkStore } from '../requestFields.js';

/** What to show. */
export interface RateHistoryRequest {
  /** The pair as written (USD/CNY: 1 USD in CNY) or as read. */
  readonly pair: string | CurrencyPair;
  /** First day; default: 30 days before the last (with `average`: the start of the coverage). */
  readonly from?: IsoDate;
  /** Last day; default: the last day the source quotes the pair. */
  readonly to?: IsoDate;
  /** One source by id; default: the first, in preference order, that quotes the pair in the span. */
  readonly source?: string;
  /** Also average the rates by calendar month or year. */
  readonly average?: 'month' | 'year';
}

/** One day's rate in the direction asked for. */
export interface HistoryPoint {
  readonly date: IsoDate;
  /** Units of the pair's quote per 1 base. */
  readonly value: Decimal;
  /** True when computed (an inverse or a cross, 40 significant digits), false when published as is. */
  readonly derived: boolean;
}

/** A run of consecutive days without a rate, counted by reason, its non-weekend days named. */
export interface HistoryGap {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly days: number;
  readonly weekends: number;
  readonly holidays: number;
  readonly unexplained: number;
  /** The run's holidays and unexplained days, each with its reason (for runs of up to 31 days). */
  readonly reasons: readonly GapReason[];
}

/** One month's or year's average, in the direction asked for. */
export interface HistoryAverage {
  /** The bucket's days inside the span and the coverage. */
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** "2017-11" or "2017". */
  readonly label: string;
  /** Whether the whole calendar month or year lies inside the span and the coverage. */
  readonly complete: boolean;
  /** The average in the pair's direction, derived from the series' means; null when no rate fell in it. */
  readonly value: Decimal | null;
  /** Rates that went in (for a cross, the fewer of the two series'). */
  readonly count: number;
  readonly daysWithout: DaysWithout;
  /** The per-series means the value is derived from. */
  readonly legs: readonly SeriesAverage[];
}

/** The answer: the rates, the gaps, and how the values relate to what was published. */
export interface RateHistory {
  readonly pair: CurrencyPair;
  readonly source: SourceInfo;
  /** direct: a series as published; inverse: 1 / a published series; cross: two series through the pivot. */
  readonly derivation: 'direct' | 'inverse' | 'cross';
  /** In words, e.g. "CHUS as published: 1 USD in CNY". */
  readonly how: string;
  /** The series read, with their coverage. */
  readonly series: readonly {
    readonly id: string;
    readonly base: string;
    readonly quote: string;
    readonly first: IsoDate;
    readonly last: IsoDate;
  }[];
  /** The span shown, after defaults and cutting to the coverage. */
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Why the span differs from the one asked for ('' when it does not). */
  readonly spanNote: string;
  readonly points: readonly HistoryPoint[];
  /** Runs of days without a rate, weekends included (a run of weekend days only is counted, not named). */
  readonly gaps: readonly HistoryGap[];
  /** Every day of the span without a rate, by reason. */
  readonly daysWithout: DaysWithout;
  /** With `average`: one row per calendar month or year of the span. */
  readonly averages?: {
    readonly by: 'month' | 'year';
    readonly method: string;
    readonly rows: readonly HistoryAverage[];
  };
  /** Sources of higher preference that quote the pair but not in the span, and why. */
  readonly passedOver: readonly PassedOver[];
}

/** The most rows a history holds (some 380 years of business days); past it, ask for less. */
export const MAX_HISTORY_POINTS = 100_000;

function readPair(pair: RateHistoryRequest['pair']): CurrencyPair {
  if (typeof pair !== 'string') return pair;
  const parsed = parseCurrencyPair(pair);
  if (!parsed.ok) throw errorFrom(parsed.error);
  return parsed.value;
}

interface Plan {
  readonly source: RateSource;
  readonly series: readonly RateSeries[];
  readonly first: IsoDate;
  readonly last: IsoDate;
}

function planFor(source: RateSource, pair: CurrencyPair): Plan {
  const pivot = source.info.pivot;
  const series: RateSeries[] = [];
  for (const currency of [pair.base, pair.quote]) {
    if (currency === pivot) continue;
    if (!source.currencies.includes(currency)) throw notInSource(source, currency);
    series.push(source.series(currency));
  }
  let first = '';
  let last = '9999-12-31';
  for (const s of series) {
    if (s.dateAt(0) > first) first = s.dateAt(0);
    if (s.dateAt(s.size - 1) < last) last = s.dateAt(s.size - 1);
  }
  return { source, series, first, last };
}

function howOf(plan: Plan, pair: CurrencyPair): { derivation: RateHistory['derivation']; how: string } {
  const [one, two] = plan.series as [RateSeries, RateSeries | undefined];
  // Words for people ("the Fed's yuan series"), not the ids ("CHUS").
  const words = (s: RateSeries) => seriesWords(plan.source.info.id, s.currency);
  if (two === undefined) {
    const published = `1 ${one.base} in ${one.quote}`;
    return one.base === pair.base
      ? { derivation: 'direct', how: `${words(one)} as published: ${published}` }
      : { derivation: 'inverse', how: `1 / ${words(one)} (published as ${published})` };
  }
  return {
    derivation: 'cross',
    how: `cross through ${plan.source.info.pivot}: ${words(one)} (1 ${one.base} in ${one.quote}) and ${words(two)} (1 ${two.base} in ${two.quote}) on days both have a rate`,
  };
}

/**
 * The pair's rate from the published values of the plan's series (one value per series, in the
 * plan's order): as published, its inverse, or the cross through the pivot (crossFactors, one
 * division), exactly as a lookup derives it.
 */
function pairValue(plan: Plan, pair: CurrencyPair, values: readonly Decimal[]): Decimal {
  const [one, two] = plan.series as [RateSeries, RateSeries | undefined];
  const first = values[0] as Decimal;
  if (two === undefined) return one.base === pair.base ? first : new Decimal('1').div(first);
  const leg = (s: RateSeries, value: Decimal) => ({
    seriesId: s.id,
    base: s.base,
    quote: s.quote,
    value,
    requestedDate: '',
    observedDate: '',
    gaps: [],
  });
  // The base's series is the from-leg of a conversion base → quote.
  const baseFirst = one.currency === pair.base;
  const { numerator, denominator } = crossFactors(
    pair.base,
    pair.quote,
    baseFirst ? leg(one, first) : leg(two, values[1] as Decimal),
    baseFirst ? leg(two, values[1] as Decimal) : leg(one, first),
  );
  return numerator.div(denominator);
}

function gapRun(source: RateSource, start: IsoDate, end: IsoDate): HistoryGap | undefined {
  const gaps = gapsBetween(start, end, source.info.calendar);
  if (gaps.span === undefined) return undefined;
  return { ...gaps.span, reasons: gaps.gaps.filter((g) => g.kind !== 'weekend') };
}

/** Days a cross cannot use because only one of its series has a rate: named as such. */
function oneSided(source: RateSource, date: IsoDate, missing: RateSeries, present: RateSeries): GapReason {
  const reason = gapReason(date, source.info.calendar);
  if (reason.kind !== 'unexplained') return reason;
  return {
    date,
    kind: 'unexplained',
    name: `no rate in ${seriesWords(source.info.id, missing.currency)} (${seriesWords(source.info.id, present.currency)} has one)`,
  };
}

function addRun(runs: HistoryGap[], run: HistoryGap | undefined): void {
  if (run !== undefined) runs.push(run);
}

function total(runs: readonly HistoryGap[]): DaysWithout {
  return runs.reduce(
    (t, r) => ({
      days: t.days + r.days,
      weekends: t.weekends + r.weekends,
      holidays: t.holidays + r.holidays,
      unexplained: t.unexplained + r.unexplained,
    }),
    { days: 0, weekends: 0, holidays: 0, unexplained: 0 },
  );
}

function collect(plan: Plan, pair: CurrencyPair, from: IsoDate, to: IsoDate) {
  const points: HistoryPoint[] = [];
  const runs: HistoryGap[] = [];
  const derived = plan.series.length === 2 || plan.series[0]?.base !== pair.base;
  const ranges = plan.series.map((s) => ({
    series: s,
    at: indexOnOrBefore(s, addDays(from, -1)) + 1,
    end: indexOnOrBefore(s, to),
  }));
  let previous = addDays(from, -1);
  for (;;) {
    const next = ranges
      .filter((r) => r.at <= r.end)
      .map((r) => r.series.dateAt(r.at))
      .reduce<IsoDate | undefined>((min, d) => (min === undefined || d < min ? d : min), undefined);
    if (next === undefined) break;
    const on = ranges.map((r) => (r.at <= r.end && r.series.dateAt(r.at) === next ? r.at : -1));
    addRun(runs, gapRun(plan.source, addDays(previous, 1), addDays(next, -1)));
    if (on.every((i) => i >= 0)) {
      const values = ranges.map((r, i) => new Decimal(r.series.valueAt(on[i] as number)));
      points.push({ date: next, value: pairValue(plan, pair, values), derived });
      if (points.length > MAX_HISTORY_POINTS) {
        throw optionInvalid(
          `more than ${MAX_HISTORY_POINTS} rates from ${from} to ${to}`,
          'Ask for a shorter span of days.',
        );
      }
    } else {
      // One series has a rate and the other not: a day the cross cannot be taken.
      const present = ranges.find((_, i) => (on[i] as number) >= 0)?.series as RateSeries;
      const missing = ranges.find((_, i) => (on[i] as number) < 0)?.series as RateSeries;
      const reason = oneSided(plan.source, next, missing, present);
      runs.push({
        from: next,
        to: next,
        days: 1,
        weekends: reason.kind === 'weekend' ? 1 : 0,
        holidays: reason.kind === 'holiday' ? 1 : 0,
        unexplained: reason.kind === 'unexplained' ? 1 : 0,
        reasons: reason.kind === 'weekend' ? [] : [reason],
      });
    }
    previous = next;
    ranges.forEach((r, i) => {
      if ((on[i] as number) >= 0) r.at += 1;
    });
  }
  addRun(runs, gapRun(plan.source, addDays(previous, 1), to));
  return { points, runs: mergeRuns(runs) };
}

/** Joins adjacent runs (a one-sided day next to a closure) into one. */
function mergeRuns(runs: readonly HistoryGap[]): HistoryGap[] {
  const out: HistoryGap[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last !== undefined && addDays(last.to, 1) === run.from) {
      out[out.length - 1] = {
        from: last.from,
        to: run.to,
        days: last.days + run.days,
        weekends: last.weekends + run.weekends,
        holidays: last.holidays + run.holidays,
        unexplained: last.unexplained + run.unexplained,
        reasons: [...last.reasons, ...run.reasons],
      };
    } else out.push(run);
  }
  return out;
}

function buckets(
  from: IsoDate,
  to: IsoDate,
  by: 'month' | 'year',
): { label: string; from: IsoDate; to: IsoDate }[] {
  const out: { label: string; from: IsoDate; to: IsoDate }[] = [];
  let start = by === 'year' ? `${from.slice(0, 4)}-01-01` : `${from.slice(0, 7)}-01`;
  while (start <= to) {
    const year = parseInt(start.slice(0, 4), 10);
    const month = parseInt(start.slice(5, 7), 10);
    const next =
      by === 'year'
        ? `${String(year + 1)}-01-01`
        : month === 12
          ? `${String(year + 1)}-01-01`
          : `${String(year)}-${String(month + 1).padStart(2, '0')}-01`;
    out.push({
      label: by === 'year' ? start.slice(0, 4) : start.slice(0, 7),
      from: start,
      to: addDays(next, -1),
    });
    if (year >= 9999 && (by === 'year' || month === 12)) break;
    start = next;
  }
  return out;
}

function averageRow(
  plan: Plan,
  pair: CurrencyPair,
  bucket: { label: string; from: IsoDate; to: IsoDate },
  span: Period,
): HistoryAverage {
  const from = bucket.from < span.from ? span.from : bucket.from;
  const to = bucket.to > span.to ? span.to : bucket.to;
  const complete = from === bucket.from && to === bucket.to;
  const period = { from, to };
  try {
    const legs = plan.series.map((s) => seriesAverage(plan.source, s, period, { clip: true }));
    const value = pairValue(
      plan,
      pair,
      legs.map((l) => l.mean),
    );
    const counts = legs.map((l) => l.count);
    const fewest = legs.reduce((a, b) => (b.daysWithout.days > a.daysWithout.days ? b : a));
    return {
      label: bucket.label,
      from,
      to,
      complete,
      value,
      count: Math.min(...counts),
      daysWithout: fewest.daysWithout,
      legs,
    };
  } catch (error) {
    if (!(error instanceof DealCalcError) || error.code !== 'RATE_NOT_FOUND') throw error;
    const days = daysBetween(from, to) + 1;
    const run = gapRun(plan.source, from, to);
    return {
      label: bucket.label,
      from,
      to,
      complete,
      value: null,
      count: 0,
      daysWithout: run ?? { days, weekends: 0, holidays: 0, unexplained: days },
      legs: [],
    };
  }
}

function chooseSource(
  store: RateSources,
  pair: CurrencyPair,
  request: RateHistoryRequest,
): { plan: Plan; passedOver: PassedOver[] } {
  if (request.source !== undefined)
    return { plan: planFor(store.source(request.source), pair), passedOver: [] };
  const candidates = sourcesQuoting(store.sources, pair.base, pair.quote);
  if (candidates.length === 0) throw noSourceQuotes(store.sources, pair.base, pair.quote);
  const passedOver: PassedOver[] = [];
  for (const source of candidates) {
    const plan = planFor(source, pair);
    const outside =
      (request.from !== undefined && request.from > plan.last) ||
      (request.to !== undefined && request.to < plan.first);
    if (!outside) return { plan, passedOver };
    passedOver.push({
      source: source.info.id,
      reason: `${source.info.id} quotes ${pairText(pair)} from ${plan.first} to ${plan.last} only`,
    });
  }
  // None covers the span: the preferred source's own error says why.
  return { plan: planFor(candidates[0] as RateSource, pair), passedOver: [] };
}

/**
 * The rates of a pair over a span of days in one source, in the direction asked for, with every
 * day without a rate explained (weekend, a named holiday of the source's calendar, or nothing a
 * rule names), and optionally averaged by month or year (each series' published values
 * averaged, then the pair's rate derived from the means, as for a conversion at an average).
 *
 * @param store - the rate store
 * @param request - the pair, the span, the source and the averaging
 * @returns the points, the gaps, the averages and how the values were derived
 * @throws DealCalcError OPTION_INVALID, CURRENCY_UNKNOWN, DATE_INVALID (input); SOURCE_UNKNOWN,
 *   CURRENCY_NOT_IN_SOURCE, RATE_BEFORE_COVERAGE, RATE_AFTER_COVERAGE (data)
 *
 * @example
 * const h = rateHistory(openShippedStore(), { pair: 'USD/CNY', from: '2017-11-20', to: '2017-11-24' });
 * h.points.map((p) => p.value.toString()) //=> ['6.6245', '6.6265', '6.6086', '6.5998']
 * h.gaps[0].reasons[0].name //=> 'Thanksgiving Day'
 */
export function rateHistory(store: RateSources, request: RateHistoryRequest): RateHistory {
  checkStore('rateHistory', store);
  checkRequest('rateHistory', request, {
    pair: ['text', 'object'],
    from: 'text?',
    to: 'text?',
    source: 'text?',
    average: 'text?',
  });
  const pair = readPair(request.pair);
  checkSpan(request.from, request.to);
  const { plan, passedOver } = chooseSource(store, pair, request);
  const series = plan.series[0] as RateSeries;
  const to = request.to ?? plan.last;
  const from = request.from ?? (request.average ? plan.first : addDays(to, -30));
  if (to < plan.first) throw beforeCoverage(plan.source, series, to);
  if (from > plan.last) throw afterCoverage(plan.source, series, from);
  const shownFrom = from < plan.first ? plan.first : from;
  const shownTo = to > plan.last ? plan.last : to;
  const spanNote = [
    request.from !== undefined && shownFrom !== request.from
      ? `${pairText(pair)} starts on ${plan.first} in ${plan.source.info.id}`
      : '',
    request.to !== undefined && shownTo !== request.to
      ? `${pairText(pair)} ends on ${plan.last} in ${plan.source.info.id}`
      : '',
  ]
    .filter((n) => n !== '')
    .join('; ');
  const { points, runs } = collect(plan, pair, shownFrom, shownTo);
  const { derivation, how } = howOf(plan, pair);
  const history: RateHistory = {
    pair,
    source: plan.source.info,
    derivation,
    how,
    series: plan.series.map((s) => ({
      id: s.id,
      base: s.base,
      quote: s.quote,
      first: s.dateAt(0),
      last: s.dateAt(s.size - 1),
    })),
    from: shownFrom,
    to: shownTo,
    spanNote,
    points,
    gaps: runs,
    daysWithout: total(runs),
    passedOver,
  };
  if (request.average === undefined) return history;
  const span = { from: shownFrom, to: shownTo };
  return {
    ...history,
    averages: {
      by: request.average,
      method:
        derivation === 'direct'
          ? 'arithmetic mean of the published rates, each observed day weighted equally; days without a rate are left out, not filled'
          : `arithmetic mean of each series' published rates in its own direction, each observed day weighted equally, then the ${derivation} derived from the means`,
      rows: buckets(shownFrom, shownTo, request.average).map((b) => averageRow(plan, pair, b, span)),
    },
  };
}

/**
 * The days without a rate of a history, in words (weekends counted, other days named elsewhere).
 *
 * @example
 * describeHistoryGaps(rateHistory(openShippedStore(), { pair: 'USD/CNY', from: '2017-11-20', to: '2017-11-26' }))
 * //=> '3 days without a rate (2 weekend days, 1 holiday)'
 */
export function describeHistoryGaps(history: RateHistory): string {
  return describeDaysWithout(history.daysWithout);
}
