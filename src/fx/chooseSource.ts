import { DealCalcError } from '../errors.js';
import type { CurrencyCode } from '../money/currency.js';
import { lookupRate, type LookupOptions } from './lookup.js';
import type { IsoDate, RateQuote, RateSource } from './types.js';

/** What choosing a source needs to know of each candidate. */
export interface SourceCandidate {
  readonly id: string;
  readonly pivot: CurrencyCode;
  readonly currencies: readonly CurrencyCode[];
}

/**
 * A loaded source as a candidate for chooseSource, carrying the source along.
 *
 * @example
 * chooseSource([fred, imf].map(sourceCandidate), CNY, USD)?.source.info.name //=> 'Fed H.10 noon buying rate, New York'
 */
export function sourceCandidate(source: RateSource): SourceCandidate & { readonly source: RateSource } {
  return { id: source.info.id, pivot: source.info.pivot, currencies: source.currencies, source };
}

/** Sources in the order they are preferred when the user names none. */
export const DEFAULT_SOURCE_ORDER: readonly string[] = ['fred-h10', 'imf'];

/**
 * Picks the first source, in preference order, that quotes both currencies; null if none does.
 *
 * @example
 * chooseSource([fred, imf], CNY, USD)?.id //=> 'fred-h10'
 * chooseSource([fred, imf], CNY, PLN)?.id //=> 'imf'
 */
export function chooseSource<T extends SourceCandidate>(
  candidates: readonly T[],
  from: CurrencyCode,
  to: CurrencyCode,
  order: readonly string[] = DEFAULT_SOURCE_ORDER,
): T | null {
  return quotingBoth(candidates, from, to, order)[0] ?? null;
}

function quotingBoth<T extends SourceCandidate>(
  candidates: readonly T[],
  from: CurrencyCode,
  to: CurrencyCode,
  order: readonly string[],
): T[] {
  const covers = (source: T, code: CurrencyCode) => code === source.pivot || source.currencies.includes(code);
  return [...candidates]
    .sort((a, b) => rank(order, a.id) - rank(order, b.id))
    .filter((source) => covers(source, from) && covers(source, to));
}

function rank(order: readonly string[], id: string): number {
  const index = order.indexOf(id);
  return index === -1 ? order.length : index;
}

/** A rate from the preferred source that has one, and the sources passed over on the way. */
export interface PreferredRate {
  readonly quote: RateQuote;
  /** Preferred sources that quote both currencies but not on that day, each with the reason. */
  readonly passedOver: readonly { readonly source: string; readonly reason: string }[];
}

const OUTSIDE_COVERAGE = new Set(['RATE_BEFORE_COVERAGE', 'RATE_AFTER_COVERAGE']);

/**
 * Looks a rate up in the first source, in preference order, that quotes both currencies on that
 * day. A source is passed over only when the day lies outside its coverage (and the result says
 * so); a gap it explains, or a rate older than the maximum age, is an answer, not a reason to
 * switch. If no source covers the day, the preferred source's error is thrown.
 *
 * @example
 * lookupPreferred([fred, imf], CNY, USD, '2024-12-16').quote.source.id //=> 'imf' (H.10 ends 2024-11-29)
 */
export function lookupPreferred(
  sources: readonly RateSource[],
  from: CurrencyCode,
  to: CurrencyCode,
  date: IsoDate,
  options: LookupOptions = {},
  order: readonly string[] = DEFAULT_SOURCE_ORDER,
): PreferredRate {
  const candidates = quotingBoth(
    sources.map((source) => ({
      id: source.info.id,
      pivot: source.info.pivot,
      currencies: source.currencies,
      source,
    })),
    from,
    to,
    order,
  );
  if (candidates.length === 0) {
    throw new DealCalcError({
      code: 'CURRENCY_NOT_IN_SOURCE',
      kind: 'data',
      message: `no rate table quotes both ${from} and ${to}`,
      hint: `Sources: ${sources.map((s) => `${s.info.id} (${[s.info.pivot, ...s.currencies].join(' ')})`).join('; ')}.`,
    });
  }
  const passedOver: { source: string; reason: string }[] = [];
  let first: DealCalcError | undefined;
  for (const { source } of candidates) {
    try {
      return { quote: lookupRate(source, from, to, date, options), passedOver };
    } catch (error) {
      if (!(error instanceof DealCalcError) || !OUTSIDE_COVERAGE.has(error.code)) throw error;
      first ??= error;
      passedOver.push({ source: source.info.id, reason: error.message });
    }
  }
  if (!first) throw new Error('unreachable: candidates without a result or an error');
  const others = passedOver.slice(1).map((p) => `${p.reason}.`);
  if (others.length === 0) throw first;
  throw new DealCalcError({ ...first.toInfo(), hint: `${first.hint} Other sources: ${others.join(' ')}` });
}
