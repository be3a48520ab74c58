/**
 * Looking up a dated rate in one source: the day (policy, maximum age, coverage, gaps
 * explained by the source's calendar) and the direction (direct, inverse, or cross through the
 * source's pivot). Every answer carries its provenance; every refusal is a typed error.
 */
import { DealCalcError } from '../errors.js';
import { Decimal } from '../money/decimal.js';
import type { CurrencyCode } from '../money/currency.js';
import { addDays, daysBetween, gapReason, isIsoDate } from './calendar.js';
import type {
  GapReason,
  IsoDate,
  LookupPolicy,
  RateLeg,
  RateQuote,
  RateSeries,
  RateSource,
} from './types.js';

/** How a lookup fills a day without a rate, and how far it may reach. */
export interface LookupOptions {
  /** Default 'previous': the latest rate on or before the day. */
  readonly policy?: LookupPolicy;
  /** The filled day may be at most this many calendar days from the requested one. Default 7. */
  readonly maxAgeDays?: number;
}

/** The default policy: the latest rate on or before the day. */
export const DEFAULT_POLICY: LookupPolicy = 'previous';
/** The default maximum distance, in calendar days, between the requested and the observed day. */
export const DEFAULT_MAX_AGE_DAYS = 7;

const POLICIES: readonly LookupPolicy[] = ['exact', 'previous', 'next', 'nearest', 'interpolate'];
/** No run of this many consecutive days is ever all weekend and holiday. */
const LONGEST_EXPLAINED_CLOSURE = 10;

/**
 * Looks up the rate to convert `from` → `to` on `date` in one source.
 *
 * - Same currency: rate 1, derivation 'direct', no legs, whatever the source holds.
 * - One side is the source's pivot: one series, 'direct' when it is published with `from` as
 *   base (amount × value), 'inverse' when published with `to` as base (amount ÷ value); the
 *   quote's base/quote/value stay as published.
 * - Otherwise 'cross' through the pivot: two legs (from-leg first), each filled on its own;
 *   base = from, quote = to, value = the derived cross (40 significant digits), observedDate =
 *   the earlier leg's day.
 *
 * Throws DealCalcError: DATE_INVALID / OPTION_INVALID (input); CURRENCY_NOT_IN_SOURCE,
 * RATE_BEFORE_COVERAGE, RATE_AFTER_COVERAGE, RATE_NOT_FOUND (exact policy on a gap),
 * RATE_TOO_OLD (filled day more than maxAgeDays away), DATA_CORRUPT (from the source), all 'data'.
 *
 * @example
 * const q = lookupRate(fred, toCurrencyCode('CNY'), toCurrencyCode('USD'), '2017-11-15');
 * [q.base, q.quote, q.value.toString(), q.derivation] //=> ['USD', 'CNY', '6.62', 'inverse']
 * lookupRate(fred, CNY, USD, '2017-11-18').note
 * //=> '2017-11-18 is a Saturday; used 2017-11-17, the latest rate on or before it (policy previous)'
 */
export function lookupRate(
  source: RateSource,
  from: CurrencyCode,
  to: CurrencyCode,
  date: IsoDate,
  options: LookupOptions = {},
): RateQuote {
  const policy = options.policy ?? DEFAULT_POLICY;
  const maxAgeDays = options.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS;
  checkArguments(date, policy, maxAgeDays);
  const info = source.info;
  const common = { from, to, source: info, requestedDate: date, policy, maxAgeDays };

  if (from === to) {
    return {
      ...common,
      base: from,
      quote: to,
      value: new Decimal('1'),
      derivation: 'direct',
      observedDate: date,
      legs: [],
      note: '',
      derivationNote: `same currency: 1 ${from} = 1 ${to}, no rate needed`,
    };
  }

  const pivot = info.pivot;
  for (const currency of [from, to]) {
    if (currency !== pivot && !source.currencies.includes(currency)) throw notInSource(source, currency);
  }

  if (from === pivot || to === pivot) {
    const other = from === pivot ? to : from;
    const series = source.series(other);
    const leg = lookupLeg(source, series, date, policy, maxAgeDays);
    const derivation = series.base === from ? 'direct' : 'inverse';
    const direction =
      derivation === 'inverse'
        ? `${series.id} is published as 1 ${series.base} = ${leg.value.toString()} ${series.quote}; ${from} → ${to} divides by it`
        : '';
    return {
      ...common,
      base: series.base,
      quote: series.quote,
      value: leg.value,
      derivation,
      observedDate: leg.observedDate,
      legs: [leg],
      note: leg.note,
      derivationNote: direction,
    };
  }

  const fromLeg = lookupLeg(source, source.series(from), date, policy, maxAgeDays);
  const toLeg = lookupLeg(source, source.series(to), date, policy, maxAgeDays);
  const { numerator, denominator } = crossFactors(from, to, fromLeg, toLeg);
  const value = numerator.div(denominator);
  const describe = (leg: RateLeg) =>
    `1 ${leg.base} = ${leg.value.toString()} ${leg.quote} (${leg.seriesId}, ${leg.observedDate})`;
  const observedDate = fromLeg.observedDate <= toLeg.observedDate ? fromLeg.observedDate : toLeg.observedDate;
  return {
    ...common,
    base: from,
    quote: to,
    value,
    derivation: 'cross',
    observedDate,
    legs: [fromLeg, toLeg],
    note: joinNote([
      fromLeg.note && `${from} leg: ${fromLeg.note}`,
      toLeg.note && `${to} leg: ${toLeg.note}`,
    ]),
    derivationNote: `cross through ${pivot}: ${describe(fromLeg)} and ${describe(toLeg)}`,
  };
}

/**
 * The cross rate from → to as numerator / denominator products of the two legs' published
 * values, so that a conversion needs at most one division: amount × numerator ÷ denominator.
 *
 * @example
 * // CNY → JPY through USD: CHUS (1 USD = 6.62 CNY) and JPUS (1 USD = 112.89 JPY)
 * crossFactors(CNY, JPY, chusLeg, jpusLeg) //=> { numerator: 112.89, denominator: 6.62 }
 */
export function crossFactors(
  from: CurrencyCode,
  to: CurrencyCode,
  fromLeg: RateLeg,
  toLeg: RateLeg,
): { numerator: Decimal; denominator: Decimal } {
  let numerator = new Decimal('1');
  let denominator = new Decimal('1');
  // From-leg: published as 1 pivot = v from (divide by v), or 1 from = v pivot (multiply).
  if (fromLeg.quote === from) denominator = denominator.times(fromLeg.value);
  else numerator = numerator.times(fromLeg.value);
  // To-leg: published as 1 pivot = v to (multiply), or 1 to = v pivot (divide).
  if (toLeg.quote === to) numerator = numerator.times(toLeg.value);
  else denominator = denominator.times(toLeg.value);
  return { numerator, denominator };
}

interface Leg extends RateLeg {
  readonly note: string;
}

function checkArguments(date: string, policy: LookupPolicy, maxAgeDays: number): void {
  if (!isIsoDate(date)) {
    throw new DealCalcError({
      code: 'DATE_INVALID',
      kind: 'input',
      message: `"${date}" is not a calendar day`,
      hint: 'Write the day as YYYY-MM-DD, e.g. 2017-11-15.',
    });
  }
  if (!POLICIES.includes(policy)) {
    throw new DealCalcError({
      code: 'OPTION_INVALID',
      kind: 'input',
      message: `unknown rate policy "${String(policy)}"`,
      hint: `Use one of: ${POLICIES.join(', ')}.`,
    });
  }
  if (!Number.isSafeInteger(maxAgeDays) || maxAgeDays < 0) {
    throw new DealCalcError({
      code: 'OPTION_INVALID',
      kind: 'input',
      message: `maximum rate age "${String(maxAgeDays)}" is not a whole number of days`,
      hint: 'Give --max-age as a whole number of days, 0 or more (default 7).',
    });
  }
}

function notInSource(source: RateSource, currency: CurrencyCode): DealCalcError {
  const info = source.info;
  const has = [`${info.pivot} (pivot)`, ...source.currencies].join(', ');
  return new DealCalcError({
    code: 'CURRENCY_NOT_IN_SOURCE',
    kind: 'data',
    message: `the ${info.id} source (${info.name}) has no rates for ${currency}`,
    hint: `${info.id} has: ${has}. Try another --source (\`dealcalc rates sources\` lists them).`,
  });
}

/** Index of the latest date on or before `date`, or -1. */
function indexOnOrBefore(series: RateSeries, date: IsoDate): number {
  let lo = 0;
  let hi = series.size - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const d = series.dateAt(mid);
    if (d <= date) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Gap reasons for every day in [start, end] (inclusive, ascending), all of which lack a rate. */
function gapsBetween(start: IsoDate, end: IsoDate, source: RateSource): GapReason[] {
  const gaps: GapReason[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) gaps.push(gapReason(d, source.info.calendar));
  return gaps;
}

function phrase(reason: GapReason, source: RateSource): string {
  switch (reason.kind) {
    case 'weekend':
      return `${reason.date} is a ${reason.name}`;
    case 'holiday':
      return `${reason.date} is ${reason.name} (no ${source.info.id} rate)`;
    default:
      return `no rate on ${reason.date} and no rule names the closure`;
  }
}

function shortPhrase(reason: GapReason): string {
  return reason.kind === 'unexplained' ? `${reason.date} unexplained` : `${reason.date} ${reason.name}`;
}

function joinNote(parts: readonly string[]): string {
  return parts.filter((p) => p !== '').join('; ');
}

function seriesLabel(series: RateSeries): string {
  return `${series.id} (1 ${series.base} in ${series.quote})`;
}

function withNotes(text: string, series: RateSeries): string {
  return series.notes ? `${text} Note on ${series.id}: ${series.notes}` : text;
}

function lookupLeg(
  source: RateSource,
  series: RateSeries,
  date: IsoDate,
  policy: LookupPolicy,
  maxAgeDays: number,
): Leg {
  const info = source.info;
  const first = series.size > 0 ? series.dateAt(0) : undefined;
  const last = series.size > 0 ? series.dateAt(series.size - 1) : undefined;
  if (first === undefined || last === undefined) {
    throw new DealCalcError({
      code: 'DATA_CORRUPT',
      kind: 'data',
      message: `the ${info.id} series ${series.id} holds no rates`,
      hint: 'Reinstall dealcalc, or regenerate the shipped tables with `npm run data`.',
    });
  }
  const base = { seriesId: series.id, base: series.base, quote: series.quote, requestedDate: date };
  const valueAt = (i: number) => new Decimal(series.valueAt(i));

  if (date < first) {
    throw new DealCalcError({
      code: 'RATE_BEFORE_COVERAGE',
      kind: 'data',
      message: `no ${info.id} rate for ${seriesLabel(series)} on ${date}: the series starts on ${first}`,
      hint: withNotes(`Use a date on or after ${first}, or another --source.`, series),
    });
  }

  const i = indexOnOrBefore(series, date);
  const prevDate = series.dateAt(i);
  if (prevDate === date) {
    return { ...base, value: valueAt(i), observedDate: date, gaps: [], note: '' };
  }

  const afterEnd = i === series.size - 1;
  const nextDate = afterEnd ? undefined : series.dateAt(i + 1);

  if (afterEnd) {
    // Past the table's last row: fill only across days the calendar explains (a weekend or a
    // holiday right after the end), or, inside the source's own coverage, a short unexplained gap.
    const span = daysBetween(last, date);
    const explained =
      span < LONGEST_EXPLAINED_CLOSURE &&
      gapsBetween(addDays(last, 1), date, source).every((g) => g.kind !== 'unexplained');
    const insideSource = date <= info.lastDate && span <= maxAgeDays;
    if ((!explained && !insideSource) || policy === 'next' || policy === 'interpolate') {
      const ended =
        last < info.lastDate
          ? `the ${series.id} series ends on ${last} (the source runs to ${info.lastDate})`
          : `the ${info.id} table ends on ${last}`;
      throw new DealCalcError({
        code: 'RATE_AFTER_COVERAGE',
        kind: 'data',
        message: `no ${info.id} rate for ${seriesLabel(series)} on ${date}: ${ended}`,
        hint:
          last < info.lastDate
            ? withNotes(`Use a date on or before ${last}, or another --source.`, series)
            : `Use a date on or before ${last}, or another --source. For newer rates, ${info.updateHint}.`,
      });
    }
  }

  const requestedReason = gapReason(date, info.calendar);
  if (policy === 'exact') {
    const options = [`previous (${prevDate})`, ...(nextDate ? [`next (${nextDate})`] : [])].join(' or ');
    throw new DealCalcError({
      code: 'RATE_NOT_FOUND',
      kind: 'data',
      message: `no ${info.id} rate for ${seriesLabel(series)} on ${date}: ${phrase(requestedReason, source)}`,
      hint: `Use --policy ${options}, or --policy nearest / interpolate, or another date.`,
    });
  }

  const prevAge = daysBetween(prevDate, date);
  const nextAge = nextDate === undefined ? Infinity : daysBetween(date, nextDate);

  if (policy === 'interpolate') {
    const right = nextDate as IsoDate;
    const age = Math.max(prevAge, nextAge);
    if (age > maxAgeDays) throw tooOld(source, series, date, policy, maxAgeDays, [prevDate, right], age);
    const v0 = valueAt(i);
    const v1 = valueAt(i + 1);
    const width = new Decimal(String(prevAge + nextAge));
    // Linear in calendar days, one division: (v0 × (d1 − d) + v1 × (d − d0)) / (d1 − d0).
    const value = v0
      .times(String(nextAge))
      .plus(v1.times(String(prevAge)))
      .div(width);
    const gaps = gapsBetween(addDays(prevDate, 1), addDays(right, -1), source);
    const others = gaps.filter((g) => g.date !== date);
    return {
      ...base,
      value,
      observedDate: date,
      between: [prevDate, right],
      gaps,
      note: joinNote([
        phrase(requestedReason, source),
        `interpolated linearly in calendar days between ${prevDate} (${v0.toString()}) and ${right} (${v1.toString()}) (policy interpolate)`,
        others.length > 0 ? `also no rate on ${others.map(shortPhrase).join(', ')}` : '',
      ]),
    };
  }

  let useNext: boolean;
  let how: string;
  if (policy === 'next') {
    useNext = true;
    how = 'the earliest rate on or after it (policy next)';
  } else if (policy === 'nearest') {
    useNext = nextAge < prevAge;
    how =
      nextAge === prevAge
        ? `equally close to ${prevDate} and ${nextDate ?? ''}; the earlier is used on a tie (policy nearest)`
        : 'the nearest rate (policy nearest)';
  } else {
    useNext = false;
    how = 'the latest rate on or before it (policy previous)';
  }
  const observed = useNext ? (nextDate as IsoDate) : prevDate;
  const age = useNext ? nextAge : prevAge;
  if (age > maxAgeDays) throw tooOld(source, series, date, policy, maxAgeDays, [observed], age);
  const gaps = useNext
    ? gapsBetween(date, addDays(observed, -1), source)
    : gapsBetween(addDays(observed, 1), date, source);
  const others = gaps.filter((g) => g.date !== date);
  return {
    ...base,
    value: valueAt(useNext ? i + 1 : i),
    observedDate: observed,
    gaps,
    note: joinNote([
      phrase(requestedReason, source),
      `used ${observed}, ${how}`,
      others.length > 0 ? `also no rate on ${others.map(shortPhrase).join(', ')}` : '',
    ]),
  };
}

function tooOld(
  source: RateSource,
  series: RateSeries,
  date: IsoDate,
  policy: LookupPolicy,
  maxAgeDays: number,
  observed: readonly IsoDate[],
  age: number,
): DealCalcError {
  const info = source.info;
  const days = observed.join(' and ');
  return new DealCalcError({
    code: 'RATE_TOO_OLD',
    kind: 'data',
    message:
      `no ${info.id} rate for ${seriesLabel(series)} within ${maxAgeDays} days of ${date}: ` +
      `policy ${policy} would use ${days}, ${age} days away`,
    hint:
      `Allow it with --max-age ${age}, or try another --policy` +
      `${policy === 'previous' ? ' (next, nearest)' : ''}, another date or another --source.`,
  });
}
