/**
 * Looking up a dated rate in one source, in the direction a conversion needs: direct, inverse,
 * or cross through the source's pivot. Every answer carries its provenance; every refusal is a
 * typed error (see fxErrors.ts).
 */
import { Decimal } from '../money/decimal.js';
import type { CurrencyCode } from '../money/currency.js';
import { crossFactors } from './crossFactors.js';
import { notInSource } from './fxErrors.js';
import { joinNote } from './gaps.js';
import { lookupLeg } from './lookupLeg.js';
import { perSourceMemo } from './perSourceMemo.js';
import {
  checkLookupArguments,
  DEFAULT_MAX_AGE_DAYS,
  DEFAULT_POLICY,
  type LookupOptions,
} from './lookupPolicy.js';
import { seriesWords } from './seriesWords.js';
import type { IsoDate, LookupPolicy, RateLeg, RateQuote, RateSource } from './types.js';
import { checkArgument } from '../requestFields.js';

// A story, a scan or a diagnosis asks for the same rate many times; a quote is never changed.
const rememberRate = perSourceMemo<RateQuote>(4096);

function describeLeg(leg: RateLeg, sourceId: string, pivot: CurrencyCode): string {
  const currency = leg.base === pivot ? leg.quote : leg.base;
  return `1 ${leg.base} = ${leg.value.toString()} ${leg.quote} (${seriesWords(sourceId, currency)}, ${leg.observedDate})`;
}

/**
 * Looks up the rate to convert `from` → `to` on `date` in one source.
 *
 * - Same currency: rate 1, derivation 'identity', no legs, whatever the source holds.
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
 * const q = lookupRate(fred, CNY, USD, '2017-11-15');
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
  checkArgument('lookupRate', 'source', 'object', source);
  checkArgument('lookupRate', 'from', 'text', from);
  checkArgument('lookupRate', 'to', 'text', to);
  checkArgument('lookupRate', 'date', 'text', date);
  checkArgument('lookupRate', 'options', 'object', options);
  const policy = options.policy ?? DEFAULT_POLICY;
  const maxAgeDays = options.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS;
  checkLookupArguments(date, policy, maxAgeDays);
  return rememberRate(source, `${from}${to}${date}${policy}${maxAgeDays}`, () =>
    readRate(source, from, to, date, policy, maxAgeDays),
  );
}

function readRate(
  source: RateSource,
  from: CurrencyCode,
  to: CurrencyCode,
  date: IsoDate,
  policy: LookupPolicy,
  maxAgeDays: number,
): RateQuote {
  const info = source.info;
  // Each return is one object literal: Node 20's V8 takes microseconds for `{ ...common, more }`.

  if (from === to) {
    return {
      from,
      to,
      source: info,
      requestedDate: date,
      policy,
      maxAgeDays,
      base: from,
      quote: to,
      value: new Decimal('1'),
      derivation: 'identity',
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
    const series = source.series(from === pivot ? to : from);
    const leg = lookupLeg(source, series, date, policy, maxAgeDays);
    const derivation = series.base === from ? 'direct' : 'inverse';
    return {
      from,
      to,
      source: info,
      requestedDate: date,
      policy,
      maxAgeDays,
      base: series.base,
      quote: series.quote,
      value: leg.value,
      derivation,
      observedDate: leg.observedDate,
      legs: [leg],
      note: leg.note,
      derivationNote:
        derivation === 'inverse'
          ? `${seriesWords(info.id, series.currency)} is published as 1 ${series.base} = ${leg.value.toString()} ${series.quote}; ${from} → ${to} divides by it`
          : '',
    };
  }

  const fromLeg = lookupLeg(source, source.series(from), date, policy, maxAgeDays);
  const toLeg = lookupLeg(source, source.series(to), date, policy, maxAgeDays);
  const { numerator, denominator } = crossFactors(from, to, fromLeg, toLeg);
  return {
    from,
    to,
    source: info,
    requestedDate: date,
    policy,
    maxAgeDays,
    base: from,
    quote: to,
    value: numerator.div(denominator),
    derivation: 'cross',
    observedDate: fromLeg.observedDate <= toLeg.observedDate ? fromLeg.observedDate : toLeg.observedDate,
    legs: [fromLeg, toLeg],
    note: joinNote([
      fromLeg.note && `${from} leg: ${fromLeg.note}`,
      toLeg.note && `${to} leg: ${toLeg.note}`,
    ]),
    derivationNote: `cross through ${pivot}: ${describeLeg(fromLeg, info.id, pivot)} and ${describeLeg(toLeg, info.id, pivot)}`,
  };
}
