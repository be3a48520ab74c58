/**
 * Rates a user gives (`--rate 7.10`, `--rate USD/CNY=7.10`): used as given and cited as given by
 * the user, never looked up in, mixed with or crossed through a source. Any job that converts
 * (convert, check, stake, scenario) takes them as `GivenRate`s and asks givenQuote for a rate.
 */
import { optionInvalid } from '../commonErrors.js';
import { DealCalcError, fail, succeed, type Result } from '../errors.js';
import type { CurrencyCode } from '../money/currency.js';
import { Decimal } from '../money/decimal.js';
import { parseCurrencyPair } from './currencyPair.js';
import { isPositiveDecimal } from './table.js';
import type { IsoDate, RateQuote, SourceInfo } from './types.js';
import { MARKET_BASE_ORDER } from './marketDirection.js';
import { checkArgument } from '../requestFields.js';

/** The source id every given rate is cited with; no imported table may take it. */
export const GIVEN_SOURCE_ID = 'given';

/** One rate as the user gave it. */
export interface GivenRate {
  /** 1 base = value quote; both null for a bare number, whose direction the conversion decides. */
  readonly base: CurrencyCode | null;
  readonly quote: CurrencyCode | null;
  readonly value: Decimal;
  /** As written, e.g. "USD/CNY=7.10" or "7.10". */
  readonly text: string;
}

/** A rate quote made of a given rate: a RateQuote whose source is the user, with how it was read. */
export interface GivenQuote extends RateQuote {
  readonly given: {
    /** The rate as written. */
    readonly text: string;
    /** How it was read, e.g. "7.10 read as 1 USD = 7.10 CNY: USD is the market's base currency against CNY (…)". */
    readonly reading: string;
  };
}

const RATE_HINT =
  'Write the rate as a plain positive number (7.10), or with its pair (USD/CNY=7.10: 1 USD = 7.10 CNY); several pairs separated by commas.';

function badRate(message: string): Result<readonly GivenRate[]> {
  return fail(optionInvalid(message, RATE_HINT).toInfo());
}

/**
 * Reads rates given by the user: a bare number ("7.10"), or one or more `BASE/QUOTE=value`
 * separated by commas ("USD/CNY=7.10,EUR/CNY=7.8"). Values are positive plain decimals.
 *
 * @example
 * parseGivenRates('7.10').value[0].base //=> null
 * parseGivenRates('USD/CNY=7.10').value[0].quote //=> 'CNY'
 * parseGivenRates('USD/CNY=-7').error.code //=> 'OPTION_INVALID'
 */
export function parseGivenRates(text: string): Result<readonly GivenRate[]> {
  checkArgument('parseGivenRates', 'text', 'text', text);
  const trimmed = text.trim();
  if (trimmed === '') return badRate('the rate is empty');
  if (trimmed.length > 400) return badRate('the rate is longer than 400 characters');
  const parts = trimmed.split(',').map((p) => p.trim());
  const rates: GivenRate[] = [];
  for (const part of parts) {
    const at = part.indexOf('=');
    const valueText = (at === -1 ? part : part.slice(at + 1)).trim();
    if (!isPositiveDecimal(valueText)) {
      return badRate(`rate "${valueText}" in "${trimmed}" is not a positive plain decimal`);
    }
    if (at === -1) {
      if (parts.length > 1) return badRate(`"${trimmed}": with several rates, name each one's pair`);
      rates.push({ base: null, quote: null, value: new Decimal(valueText), text: part });
      continue;
    }
    const pair = parseCurrencyPair(part.slice(0, at));
    if (!pair.ok) return fail({ ...pair.error, hint: RATE_HINT });
    const { base, quote } = pair.value;
    const twice = rates.find(
      (r) => (r.base === base && r.quote === quote) || (r.base === quote && r.quote === base),
    );
    if (twice) return badRate(`"${trimmed}" gives the ${base}/${quote} rate twice`);
    rates.push({ base, quote, value: new Decimal(valueText), text: part });
  }
  return succeed(rates);
}

function givenSource(date: IsoDate, base: CurrencyCode): SourceInfo {
  return {
    id: GIVEN_SOURCE_ID,
    name: 'rate given by the user',
    meaning: 'a rate given with the request: used as given, not looked up in any table',
    // A given rate has no pivot; its base stands in, so that nothing reads it as a cross.
    pivot: base,
    calendar: 'none',
    attribution: 'the user',
    lastDate: date,
    updateHint: 'give another rate',
  };
}

function noGivenRate(message: string, hint: string): DealCalcError {
  return optionInvalid(message, hint);
}

/** The base a bare rate is read against: the market's base of the two, or none when neither ranks. */
function marketBase(a: CurrencyCode, b: CurrencyCode): CurrencyCode | undefined {
  const ra = MARKET_BASE_ORDER.indexOf(a);
  const rb = MARKET_BASE_ORDER.indexOf(b);
  if (ra < 0 && rb < 0) return undefined;
  return rb < 0 || (ra >= 0 && ra < rb) ? a : b;
}

/**
 * The rate to convert `from` → `to` with, from the rates the user gave: the one whose pair is
 * these two currencies (either way round: USD/CNY=7.10 converts CNY to USD by dividing), or a
 * bare number read in the market's direction (7.10 for CNY and USD is 1 USD = 7.10 CNY). Cited
 * with the source "given" and the day it is used for.
 *
 * @param rates - the rates given (parseGivenRates)
 * @param from - the figure's currency
 * @param to - the target currency
 * @param date - the day the rate is used for (the requested day, else today)
 * @returns a quote that convertFigure and convertAmount take like any other
 * @throws DealCalcError OPTION_INVALID: no given rate converts the pair, or a bare rate whose direction the market does not fix
 *
 * @example
 * const q = givenQuote(parseGivenRates('7.10').value, CNY, USD, '2017-11-15');
 * [q.base, q.quote, q.derivation, q.source.id] //=> ['USD', 'CNY', 'inverse', 'given']
 * convertAmount(new Decimal('1500000000'), q).toFixed(2) //=> '211267605.63'
 * givenQuote(parseGivenRates('USD/CNY=7.10').value, CNY, EUR, '2017-11-15') // throws OPTION_INVALID
 */
export function givenQuote(
  rates: readonly GivenRate[],
  from: CurrencyCode,
  to: CurrencyCode,
  date: IsoDate,
): GivenQuote {
  let base: CurrencyCode;
  let quote: CurrencyCode;
  let rate: GivenRate | undefined;
  let reading: string;
  const bare = rates.length === 1 && rates[0]?.base === null ? rates[0] : undefined;
  if (bare !== undefined) {
    const market = marketBase(from, to);
    if (market === undefined) {
      throw noGivenRate(
        `the rate ${bare.text} does not say which way it goes between ${from} and ${to}`,
        `Write the pair: ${to}/${from}=${bare.text} (1 ${to} = ${bare.text} ${from}) or ${from}/${to}=${bare.text}.`,
      );
    }
    base = market;
    quote = market === from ? to : from;
    rate = bare;
    reading = `${bare.text} read as 1 ${base} = ${bare.text} ${quote}: ${base} is the market's base currency against ${quote} (write ${quote}/${base}=${bare.text} for the other way)`;
  } else {
    rate = rates.find((r) => (r.base === from && r.quote === to) || (r.base === to && r.quote === from));
    if (rate === undefined || rate.base === null || rate.quote === null) {
      const given = rates.map((r) => r.text).join(', ');
      throw noGivenRate(
        `no rate given converts ${from} to ${to} (given: ${given})`,
        `Give the ${from}/${to} rate, e.g. ${to}/${from}=7.10; a given rate is never crossed with another or with a table.`,
      );
    }
    base = rate.base;
    quote = rate.quote;
    reading = `given as 1 ${base} = ${rate.value.toString()} ${quote}`;
  }
  const derivation = base === from ? 'direct' : 'inverse';
  return {
    from,
    to,
    base,
    quote,
    value: rate.value,
    derivation,
    source: givenSource(date, base),
    requestedDate: date,
    observedDate: date,
    policy: 'exact',
    maxAgeDays: 0,
    legs: [
      {
        seriesId: GIVEN_SOURCE_ID,
        base,
        quote,
        value: rate.value,
        requestedDate: date,
        observedDate: date,
        gaps: [],
      },
    ],
    note: `the rate given by the user, not looked up in any table: ${reading}`,
    derivationNote:
      derivation === 'inverse'
        ? `given as 1 ${base} = ${rate.value.toString()} ${quote}; ${from} → ${to} divides by it`
        : '',
    given: { text: rate.text, reading },
  };
}
