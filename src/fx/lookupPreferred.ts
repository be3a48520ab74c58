import { errorFrom, DealCalcError } from '../errors.js';
import type { CurrencyCode } from '../money/currency.js';
import { noSourceQuotes } from './fxErrors.js';
import type { LookupOptions } from './lookupPolicy.js';
import { latestDate } from './latestDate.js';
import { lookupRate } from './lookupRate.js';
import type { IsoDate, RateQuote, RateSource } from './types.js';
import { checkArgument, checkSources } from '../requestFields.js';

/**
 * Whether a source quotes a currency: as its pivot or with a series of its own.
 *
 * @example
 * quotesCurrency(fred, USD) //=> true
 * quotesCurrency(fred, toCurrencyCode('PLN')) //=> false
 */
export function quotesCurrency(source: RateSource, currency: CurrencyCode): boolean {
  return currency === source.info.pivot || source.currencies.includes(currency);
}

/**
 * The sources, in the order given (the preference order), that quote both currencies.
 *
 * @example
 * sourcesQuoting([fred, imf], CNY, toCurrencyCode('PLN')).map((s) => s.info.id) //=> ['imf']
 */
export function sourcesQuoting(
  sources: readonly RateSource[],
  from: CurrencyCode,
  to: CurrencyCode,
): readonly RateSource[] {
  return sources.filter((source) => quotesCurrency(source, from) && quotesCurrency(source, to));
}

/** A source passed over on the way to the one used, and why. */
export interface PassedOver {
  readonly source: string;
  readonly reason: string;
}

/** A rate from the preferred source that has one, and the sources passed over on the way. */
export interface PreferredRate {
  readonly quote: RateQuote;
  /** Preferred sources that quote both currencies but not on that day, each with the reason. */
  readonly passedOver: readonly PassedOver[];
}

// A source whose series has no rate near the day (RATE_TOO_OLD: the ECB published no ISK from
// 2008-12 to 2018-01) does not cover it either: the next source may.
const OUTSIDE_COVERAGE = new Set(['RATE_BEFORE_COVERAGE', 'RATE_AFTER_COVERAGE', 'RATE_TOO_OLD']);

/**
 * Looks a rate up in the first source, in the order given, that quotes both currencies on that
 * day. A source is passed over only when the day lies outside its coverage, or its nearest rate is
 * older than the maximum age (and the result says so); a gap it explains within that age is an
 * answer, not a reason to switch. If no source covers the day, the preferred source's error is thrown (past the end of
 * every table: the error of the table that ends last), with the others' reasons in its hint.
 *
 * @example
 * lookupPreferred([fred, imf], CNY, USD, '2024-12-16').quote.source.id //=> 'imf'
 * lookupPreferred([fred, imf], CNY, USD, '2024-12-16').passedOver[0].source //=> 'fred-h10'
 */
export function lookupPreferred(
  sources: readonly RateSource[],
  from: CurrencyCode,
  to: CurrencyCode,
  date: IsoDate,
  options: LookupOptions = {},
): PreferredRate {
  checkSources('lookupPreferred', sources);
  checkArgument('lookupPreferred', 'from', 'text', from);
  checkArgument('lookupPreferred', 'to', 'text', to);
  checkArgument('lookupPreferred', 'date', 'text', date);
  checkArgument('lookupPreferred', 'options', 'object', options);
  const candidates = sourcesQuoting(sources, from, to);
  if (candidates.length === 0) throw noSourceQuotes(sources, from, to);
  const passedOver: PassedOver[] = [];
  const errors: DealCalcError[] = [];
  for (const source of candidates) {
    try {
      return { quote: lookupRate(source, from, to, date, options), passedOver };
    } catch (error) {
      if (!(error instanceof DealCalcError) || !OUTSIDE_COVERAGE.has(error.code)) throw error;
      errors.push(error);
      passedOver.push({ source: source.info.id, reason: error.message });
    }
  }
  const lead = leadingError(candidates, errors, from, to);
  const preferred = errors[lead] as DealCalcError;
  const others = passedOver.filter((_, i) => i !== lead).map((p) => `${p.reason}.`);
  if (others.length === 0) throw preferred;
  const info = preferred.toInfo();
  const template = `${info.hintTemplate ?? info.hint} Other sources: ${others.join(' ')}`;
  throw errorFrom({
    ...info,
    hint: `${info.hint} Other sources: ${others.join(' ')}`,
    hintTemplate: template,
  });
}

/**
 * Which source's error leads when none covers the day: past the end of every table, the one whose
 * rates of the pair end last (its last day is the nearest answer, and its hint names it); else
 * the preferred source's.
 */
function leadingError(
  candidates: readonly RateSource[],
  errors: readonly DealCalcError[],
  from: CurrencyCode,
  to: CurrencyCode,
): number {
  if (!errors.every((e) => e.code === 'RATE_AFTER_COVERAGE')) return 0;
  let lead = 0;
  let leadLast = latestDate(candidates[0] as RateSource, from, to);
  for (let i = 1; i < candidates.length; i += 1) {
    const last = latestDate(candidates[i] as RateSource, from, to);
    if (last > leadLast) [lead, leadLast] = [i, last];
  }
  return lead;
}
