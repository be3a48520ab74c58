/**
 * The check job, whole: read the two figures of a quoted conversion as written ("about 1.5
 * billion yuan ($227 million)", or two figures apart), choose the day (the story's, or the latest
 * the sources quote the pair on, said as an assumption), and check the pair against every source.
 */
import { optionInvalid } from '../commonErrors.js';
import { errorFrom } from '../errors.js';
import { Decimal } from '../money/decimal.js';
import { latestPreferred } from '../fx/latestPreferred.js';
import type { IsoDate, LookupPolicy } from '../fx/types.js';
import { findFigures } from '../parse/findFigures.js';
import { figureWithoutCurrency } from '../parse/figureErrors.js';
import { parseFigure } from '../parse/parseFigure.js';
import { addDays } from '../fx/calendar.js';
import { GIVEN_SOURCE_ID } from '../fx/givenRate.js';
import { givenSources } from '../fx/givenSources.js';
import { rateHistory } from '../fx/rateHistory.js';
import type { ChartSpec } from '../render/chart.js';
import { historyChart } from '../render/historyChart.js';
import type { ParseFigureOptions, QuotedFigure } from '../parse/types.js';
import type { RateStore } from '../store/rateStore.js';
import { readRoundingLimit, readTolerance } from './readTolerance.js';
import { checkPair } from './checkPair.js';
import { noFiguresToCheck, notAPair } from './checkErrors.js';
import type { CheckResult, ExactSides } from './types.js';
import { checkRequest, checkStore } from '../requestFields.js';

/** What to check: one text holding the pair, or the two figures apart. */
export interface CheckRequest {
  /** "about 1.5 billion yuan ($227 million)": a figure and its conversion in parentheses. */
  readonly text?: string;
  /** The two figures, each as written. */
  readonly figures?: readonly [string, string];
  /** The story's day; without it, the latest day the preferred source quotes the pair. */
  readonly on?: IsoDate;
  /** One source id, or 'all' (default). */
  readonly source?: string;
  /** How far outside the interval, in percent of its nearer end, is still "close" (default 1). */
  readonly tolerancePct?: string;
  /** How far from its written value a figure may be taken for "consistent", in percent (default 2). */
  readonly roundingLimitPct?: string;
  /** Takes the first figure ('from'), the converted one ('to') or both at their written value. */
  readonly exact?: ExactSides;
  /** Days before and after the day to list fitting days for (default 10). */
  readonly windowDays?: number;
  readonly policy?: LookupPolicy;
  readonly maxAgeDays?: number;
  readonly yen?: ParseFigureOptions['yen'];
  /** The decimal mark the figures are written with, where their marks read two ways ('decimal-point' | 'decimal-comma'). */
  readonly notation?: ParseFigureOptions['notation'];
  /** A rate the user gives ("7.10", "USD/CNY=7.10"): the one reference, cited as given, no table read. */
  readonly rate?: string;
  /** Today, the day a given rate is for when no day is given (the core reads no clock). */
  readonly today?: IsoDate;
  /** Also chart the reference rate this many days around the day, with the band the quote allows. */
  readonly chartDays?: number;
}

/** A check with how its day was chosen, and its chart when asked for. */
export interface CheckAnswer extends CheckResult {
  /** Set when no day was given: the day used and why. */
  readonly dayAssumption?: string;
  /** The best source's rate around the day, the band the figures allow, the day marked. */
  readonly chart?: ChartSpec;
}

/** How a pair's figures are taken: the rounding limit and the sides taken exactly. */
interface PairSettings {
  readonly roundingLimitPct?: Decimal;
  readonly exact?: ExactSides;
}

/** A check against a rate the user gives: no table read, the rate cited as given. */
function checkGiven(
  rate: string,
  first: QuotedFigure,
  second: QuotedFigure,
  request: CheckRequest,
  tolerancePct: Decimal | undefined,
  pairSettings: PairSettings,
): CheckAnswer {
  if (
    request.source !== undefined ||
    request.policy !== undefined ||
    request.maxAgeDays !== undefined ||
    request.chartDays !== undefined
  ) {
    throw optionInvalid(
      'a rate given together with a rate table setting',
      'Check against the rate you give, or against the tables (a {source}, a {policy}, a {maxAgeDays}, a chart), not both.',
    );
  }
  const day = request.on ?? request.today;
  if (day === undefined) {
    throw optionInvalid('a given rate needs a day', "Give the story's {date}.");
  }
  const pair = [first.currency?.code, second.currency?.code] as const;
  if (pair[0] === undefined || pair[1] === undefined) {
    throw errorFrom(figureWithoutCurrency(pair[0] === undefined ? first.text : second.text));
  }
  const result = checkPair(givenSources(rate, [[pair[0], pair[1]]], day), first, second, {
    date: day,
    source: GIVEN_SOURCE_ID,
    ...(tolerancePct === undefined ? {} : { tolerancePct }),
    ...(request.windowDays === undefined ? {} : { windowDays: request.windowDays }),
    ...pairSettings,
  });
  return request.on === undefined
    ? { ...result, dayAssumption: `no day given: the given rate is taken for today, ${day}` }
    : result;
}

/**
 * A check's chart: its best source's rate from `days` before to `days` after the day, with the
 * band of rates the quoted figures allow and the day (and the implied rate) marked. The command
 * line draws it in a terminal or as SVG; the page draws the same.
 *
 * @example
 * const check = checkQuote(openShippedStore(), { text: 'about 1.5 billion yuan ($227 million)', on: '2017-11-15', source: 'fred-h10' });
 * checkChart(openShippedStore(), check, 30).band.label //=> 'the rates the quoted figures allow'
 */
export function checkChart(store: RateStore, check: CheckResult, days: number): ChartSpec {
  const { implied, date } = check;
  const history = rateHistory(store, {
    pair: `${implied.base}/${implied.quote}`,
    from: addDays(date, -days),
    to: addDays(date, days),
    source: check.source,
  });
  return {
    ...historyChart(history),
    band: {
      low: implied.low,
      high: implied.high,
      lowOpen: implied.lowOpen,
      highOpen: implied.highOpen,
      label: 'the rates the quoted figures allow',
    },
    markers: [{ date, label: "the story's day (○ the quote's implied rate)", value: implied.value }],
  };
}

/** The reading options of a request: how a lone "¥" is read, and the decimal mark. */
function readingOf(request: CheckRequest): ParseFigureOptions {
  return {
    ...(request.yen ? { yen: request.yen } : {}),
    ...(request.notation ? { notation: request.notation } : {}),
  };
}

function figureOf(text: string, reading: ParseFigureOptions): QuotedFigure {
  const parsed = parseFigure(text, reading);
  if (!parsed.ok) throw errorFrom(parsed.error);
  return parsed.value;
}

/**
 * Splits a quoted conversion into its two figures: "X (Y)" (or full-width brackets) by its
 * brackets, so that a misspelt figure gets its own error; any other form ("X, or Y", "X（约合Y）")
 * by the figures found in it, when there are exactly two.
 */
function splitPair(text: string, reading: ParseFigureOptions): [string, string] {
  const open = text.search(/[(（]/);
  const close = Math.max(text.lastIndexOf(')'), text.lastIndexOf('）'));
  if (open === -1 && close === -1) {
    const found = findFigures(text, reading).figures;
    if (found.length !== 2) throw notAPair(text);
    return [found[0]?.text ?? '', found[1]?.text ?? ''];
  }
  if (open <= 0 || close < open || text.slice(close + 1).trim() !== '') {
    throw notAPair(text, 'brackets');
  }
  return [text.slice(0, open), text.slice(open + 1, close)];
}

/**
 * Checks a quoted conversion against the reference rates of its day, in every source that
 * quotes the pair (or the one named): the implied rate and its interval, a verdict per source,
 * the days whose rates fit, and when it does not fit, what probably went wrong.
 *
 * @param store - the rate store
 * @param request - the pair as written, the day and the options
 * @returns the check, with how the day was chosen
 * @throws DealCalcError: FIGURE_* and CHECK_* (input); RATE_* and DATA_* (data)
 *
 * @example
 * const check = checkQuote(openShippedStore(), { text: 'about 1.5 billion yuan ($227 million)', on: '2017-11-15', source: 'fred-h10' });
 * [check.verdict, check.implied.value.toFixed(4)] //=> ['consistent', '6.6079']
 */
export function checkQuote(store: RateStore, request: CheckRequest): CheckAnswer {
  checkStore('checkQuote', store);
  checkRequest('checkQuote', request, {
    text: 'text?',
    figures: 'texts?',
    on: 'text?',
    source: 'text?',
    tolerancePct: 'text?',
    roundingLimitPct: 'text?',
    exact: 'text?',
    windowDays: 'count?',
    policy: 'text?',
    maxAgeDays: 'count?',
    yen: 'text?',
    notation: 'text?',
    rate: 'text?',
    today: 'text?',
    chartDays: 'count?',
  });
  const texts =
    request.figures ?? (request.text !== undefined ? splitPair(request.text, readingOf(request)) : undefined);
  if (texts === undefined) {
    throw noFiguresToCheck();
  }
  const first = figureOf(texts[0], readingOf(request));
  const second = figureOf(texts[1], readingOf(request));
  const tolerancePct = readTolerance(request.tolerancePct);
  const roundingLimitPct = readRoundingLimit(request.roundingLimitPct);
  const pairSettings: PairSettings = {
    ...(roundingLimitPct === undefined ? {} : { roundingLimitPct }),
    ...(request.exact === undefined ? {} : { exact: request.exact }),
  };
  if (
    request.windowDays !== undefined &&
    (!Number.isSafeInteger(request.windowDays) || request.windowDays < 0 || request.windowDays > 3660)
  ) {
    throw optionInvalid(
      `window "${request.windowDays}" is not a number of days from 0 to 3660`,
      'Give the window in days, e.g. 10.',
    );
  }
  if (request.rate !== undefined)
    return checkGiven(request.rate, first, second, request, tolerancePct, pairSettings);
  const sources =
    request.source === undefined || request.source === 'all' ? store.sources : [store.source(request.source)];
  let date = request.on;
  let dayAssumption: string | undefined;
  if (date === undefined) {
    const a = first.currency?.code;
    const b = second.currency?.code;
    if (a === undefined || b === undefined)
      throw errorFrom(figureWithoutCurrency(a === undefined ? first.text : second.text));
    const latest = latestPreferred(sources, a, b);
    date = latest.date;
    dayAssumption = `no day given: checked against the latest rates (${date}, the last day ${latest.source.info.id} quotes the pair, the freshest source that does); give the story's day for a meaningful check`;
  }
  const result = checkPair(sources, first, second, {
    date,
    source: request.source ?? 'all',
    ...(tolerancePct === undefined ? {} : { tolerancePct }),
    ...(request.windowDays === undefined ? {} : { windowDays: request.windowDays }),
    ...(request.policy === undefined ? {} : { policy: request.policy }),
    ...(request.maxAgeDays === undefined ? {} : { maxAgeDays: request.maxAgeDays }),
    ...pairSettings,
  });
  const chart = request.chartDays === undefined ? undefined : checkChart(store, result, request.chartDays);
  return {
    ...result,
    ...(dayAssumption === undefined ? {} : { dayAssumption }),
    ...(chart === undefined ? {} : { chart }),
  };
}
