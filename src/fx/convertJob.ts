/**
 * The conversion job, whole: read the figure and the targets, choose the source and the day
 * ("latest" means the last day of the freshest source that quotes the pair), look the rate up, convert
 * point and interval, and say everything the answer needs to be cited. The command line, scripts
 * and the page all call this; none of them decides anything of it.
 */
import { optionInvalid } from '../commonErrors.js';
import { errorFrom } from '../errors.js';
import { noTargetCurrency } from '../money/currencyErrors.js';
import { figureWithoutCurrency } from '../parse/figureErrors.js';
import { isCurrencyCode, type CurrencyCode } from '../money/currency.js';
import { Decimal } from '../money/decimal.js';
import { parseCurrencyName } from '../parse/parseCurrencyName.js';
import { parseFigure } from '../parse/parseFigure.js';
import type { CurrencyReading, ParseFigureOptions, QuotedFigure } from '../parse/types.js';
import { daysBetween, isIsoDate } from './calendar.js';
import { convertFigure, type FigureConversion } from './convertFigure.js';
import { dateInvalid } from './fxErrors.js';
import { latestPreferred } from './latestPreferred.js';
import { checkLookupArguments, DEFAULT_MAX_AGE_DAYS, DEFAULT_POLICY } from './lookupPolicy.js';
import { lookupPreferred, type PassedOver } from './lookupPreferred.js';
import { lookupRate } from './lookupRate.js';
import type { IsoDate, LookupPolicy, RateQuote, RateSource, RateSources } from './types.js';
import { givenQuote, type GivenRate } from './givenRate.js';
import { averagePreferred, type Period } from './periodAverage.js';
import { rateBasis, type RateBasis } from './rateBasis.js';
import { checkRequest, checkStore } from '../requestFields.js';

/** A latest rate older than this many days is flagged, so the answer itself can say its day. */
export const STALE_AFTER_DAYS = 7;

/** What to convert, to what, and on which day. */
export interface ConvertRequest {
  /** The figure as written ("1.5 billion yuan", "15亿元") or as already read. */
  readonly figure: string | QuotedFigure;
  /** The currency to convert to, as people write it ("USD", "usd", "RMB", "美元", "$"), or several. */
  readonly to: string | readonly string[];
  /** The day of the rate; without it, the last day of the freshest source that quotes the pair. */
  readonly on?: IsoDate;
  /** Today, only to say how old a latest rate is (the core reads no clock). */
  readonly today?: IsoDate;
  /** One source by id; without it, the store's sources in preference order. */
  readonly source?: string;
  /** How a day without a rate is filled (default previous). */
  readonly policy?: LookupPolicy;
  /** How many calendar days away a filled rate may be (default 7). */
  readonly maxAgeDays?: number;
  /** How a lone "¥" is read. */
  readonly yen?: ParseFigureOptions['yen'];
  /** The decimal mark the figures are written with, where their marks read two ways ('decimal-point' | 'decimal-comma'). */
  readonly notation?: ParseFigureOptions['notation'];
  /**
   * Rates the user gives ("7.10", "USD/CNY=7.10,EUR/CNY=7.8", or as read by parseGivenRates):
   * used as given and cited as given by the user; no table is read. Not with source, policy,
   * maxAgeDays or average.
   */
  readonly rate?: string | readonly GivenRate[];
  /**
   * Convert at the average rate over a period ("2017-01-01..2017-12-31", "2017", "2017-03", or
   * as read by parsePeriod) instead of one day's rate. Not with on, policy or maxAgeDays.
   */
  readonly average?: string | Period;
}

/** How old the latest rate is, when no day was asked for. */
export interface LatestRate {
  /** The last day the source quotes the pair: the day looked up. */
  readonly date: IsoDate;
  /** Today as the caller said, and how many days the observation is older (negative: the clock is behind the data). */
  readonly today?: IsoDate;
  readonly ageDays?: number;
  /** More than STALE_AFTER_DAYS old: the answer should say its day. */
  readonly stale: boolean;
}

/** One target's conversion, with how the day and the source were chosen. */
export interface Conversion extends FigureConversion {
  /** Preferred sources that could not answer for that day, and why. */
  readonly passedOver: readonly PassedOver[];
  /** Set when no day was asked for. */
  readonly latest?: LatestRate;
  /** How the target currency was read, when it was not a plain code (its assumption, e.g. a bare "$"). */
  readonly target?: CurrencyReading;
}

/** The answer to a conversion request: the figure as read, and one conversion per target. */
export interface ConvertAnswer {
  readonly figure: QuotedFigure;
  readonly conversions: readonly Conversion[];
}

function readFigure(request: ConvertRequest): QuotedFigure {
  if (typeof request.figure !== 'string') return request.figure;
  const parsed = parseFigure(request.figure, {
    ...(request.yen ? { yen: request.yen } : {}),
    ...(request.notation ? { notation: request.notation } : {}),
  });
  if (!parsed.ok) throw errorFrom(parsed.error);
  return parsed.value;
}

function readTargets(to: ConvertRequest['to'], yen: ParseFigureOptions['yen']): readonly CurrencyReading[] {
  const targets = typeof to === 'string' ? [to] : to;
  if (targets.length === 0) {
    throw noTargetCurrency();
  }
  return targets.map((text) => {
    const reading = parseCurrencyName(text, yen ? { yen } : {});
    if (!reading.ok) throw errorFrom(reading.error);
    return reading.value;
  });
}
function identityQuote(
  currency: CurrencyCode,
  date: IsoDate,
  policy: LookupPolicy,
  maxAgeDays: number,
): RateQuote {
  return {
    from: currency,
    to: currency,
    base: currency,
    quote: currency,
    value: new Decimal('1'),
    derivation: 'identity',
    source: {
      id: 'none',
      name: 'no rate: same currency',
      meaning: '1 unit of a currency is 1 unit of itself',
      pivot: currency,
      calendar: 'none',
      attribution: '',
      lastDate: date,
      updateHint: '',
    },
    requestedDate: date,
    observedDate: date,
    policy,
    maxAgeDays,
    legs: [],
    note: '',
    derivationNote: `same currency: 1 ${currency} = 1 ${currency}, no rate needed`,
  };
}

function latestOf(date: IsoDate, observed: IsoDate, today: IsoDate | undefined): LatestRate {
  if (today === undefined) return { date, stale: false };
  const ageDays = daysBetween(observed, today);
  return { date, today, ageDays, stale: ageDays > STALE_AFTER_DAYS };
}

function convertOne(
  sources: readonly RateSource[],
  figure: QuotedFigure,
  from: CurrencyCode,
  to: CurrencyCode,
  request: ConvertRequest,
  policy: LookupPolicy,
  maxAgeDays: number,
  basis: RateBasis = {},
): Conversion {
  const options = { policy, maxAgeDays };
  if (from === to) {
    const day =
      request.on ??
      request.today ??
      sources.reduce((d, s) => (s.info.lastDate > d ? s.info.lastDate : d), '1000-01-01');
    return { ...convertFigure(figure, identityQuote(from, day, policy, maxAgeDays)), passedOver: [] };
  }
  if (basis.given !== undefined) {
    const day = request.on ?? request.today;
    if (day === undefined) {
      throw optionInvalid(
        'a given rate needs the day it is used for',
        'Give the day (on), or today, with the rate.',
      );
    }
    return { ...convertFigure(figure, givenQuote(basis.given, from, to, day)), passedOver: [] };
  }
  if (basis.period !== undefined) {
    const { quote, passedOver } = averagePreferred(sources, from, to, basis.period);
    return { ...convertFigure(figure, quote), passedOver };
  }
  if (request.on !== undefined) {
    const { quote, passedOver } = lookupPreferred(sources, from, to, request.on, options);
    return { ...convertFigure(figure, quote), passedOver };
  }
  const latest = latestPreferred(sources, from, to);
  const day = latest.date;
  const quote = lookupRate(latest.source, from, to, day, options);
  return {
    ...convertFigure(figure, quote),
    passedOver: latest.passedOver,
    latest: latestOf(day, quote.observedDate, request.today),
  };
}

/**
 * Converts a figure to one or more currencies at a dated reference rate, citing every rate.
 * Every input is checked before any table is read, so a bad option is an input error (exit 2)
 * even when the day is also outside the tables.
 *
 * @param store - the rate store (openShippedStore() in Node, or one a shell opened)
 * @param request - the figure, target(s), day and lookup options
 * @returns the figure as read and one conversion per target, each with its rate's provenance
 * @throws DealCalcError: FIGURE_* and CURRENCY_UNKNOWN, DATE_INVALID, OPTION_INVALID (input);
 *   SOURCE_UNKNOWN, CURRENCY_NOT_IN_SOURCE, RATE_* and DATA_* (data)
 *
 * @example
 * const answer = convertToEach(openShippedStore(), { figure: '1.5 billion yuan', to: ['USD', 'EUR'], on: '2017-11-15' });
 * answer.conversions.map((c) => c.to.amount.toFixed(2)) //=> ['226586102.72', '192119808.99']
 */
export function convertToEach(store: RateSources, request: ConvertRequest): ConvertAnswer {
  checkStore('convert', store);
  checkRequest('convert', request, {
    figure: ['text', 'object'],
    to: ['text', 'texts'],
    on: 'text?',
    today: 'text?',
    source: 'text?',
    policy: 'text?',
    maxAgeDays: 'count?',
    yen: 'text?',
    notation: 'text?',
    rate: ['text?', 'list'],
    average: ['text?', 'object'],
  });
  const figure = readFigure(request);
  const targets = readTargets(request.to, request.yen);
  const policy = request.policy ?? DEFAULT_POLICY;
  const maxAgeDays = request.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS;
  if (request.on !== undefined && !isIsoDate(request.on)) throw dateInvalid(request.on);
  if (request.today !== undefined && !isIsoDate(request.today)) throw dateInvalid(request.today);
  checkLookupArguments(request.on ?? '2000-01-01', policy, maxAgeDays);
  const from = figure.currency?.code;
  if (from === undefined || !isCurrencyCode(from)) {
    throw errorFrom(figureWithoutCurrency(figure.text));
  }
  const basis = rateBasis(request, targets.length);
  // A given rate reads no table: not even a named source is looked for.
  const sources =
    basis.given !== undefined
      ? []
      : request.source === undefined
        ? store.sources
        : [store.source(request.source)];
  const conversions = targets.map((target) => {
    const conversion = convertOne(sources, figure, from, target.code, request, policy, maxAgeDays, basis);
    // Say how the target was read only when it was not written as its code.
    return target.assumption === undefined && target.token === target.code
      ? conversion
      : { ...conversion, target };
  });
  return { figure, conversions };
}

/**
 * Converts a figure to one currency at a dated reference rate, citing the rate: convertToEach
 * for a single target.
 *
 * @example
 * convert(openShippedStore(), { figure: '1.5 billion yuan', to: 'USD', on: '2017-11-15' }).to.amount.toFixed(2)
 * //=> '226586102.72'
 */
export function convert(store: RateSources, request: ConvertRequest & { readonly to: string }): Conversion {
  return convertToEach(store, request).conversions[0] as Conversion;
}
