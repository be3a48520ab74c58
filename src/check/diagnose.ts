import { DealCalcError } from '../errors.js';
import type { LookupOptions } from '../fx/lookupPolicy.js';
import { lookupRate } from '../fx/lookupRate.js';
import type { IsoDate, RateSource } from '../fx/types.js';
import type { CurrencyCode } from '../money/currency.js';
import { Decimal } from '../money/decimal.js';
import { CONFUSABLE_GROUPS, confusableWith } from './confusableCurrencies.js';
import { nearestFittingDays } from './nearestFittingDays.js';
import { fractionOf, ratioFraction, type Fraction } from './dayRates.js';
import { fractionPositions, fractionVerdicts } from './insideDays.js';
import { scaledFromDecimal } from './scaledInteger.js';
import { perSourceMemo } from '../fx/perSourceMemo.js';
import type { PairDays } from './pairDays.js';
import { quoteRatio } from './quoteRatio.js';
import { ratioValue, type RateTest } from './rateTest.js';
import type { DatedRate, DateRange, Diagnosis, DiagnosisFinding, RateRatio, RateVerdict } from './types.js';
import { formatRateInProse as formatRate } from '../fx/render/rate.js';

/** The powers of ten a slip multiplies a rate by: a decimal point, a per-100 quote, a scale word. */
export const DIAGNOSIS_FACTORS: readonly number[] = [10, 100, 1000];

const FACTOR_CAUSES: Readonly<Record<number, string>> = {
  10: 'a misplaced decimal point',
  100: 'a rate quoted per 100 units, or a misplaced decimal point',
  1000: 'a scale word slipped (million for billion, thousand for million)',
};

/** What diagnosing one source's reference needs. */
export interface DiagnoseSourceInput {
  readonly source: RateSource;
  /** The reference rate on the date, as an exact ratio, in the implied rate's direction. */
  readonly reference: RateRatio;
  readonly base: CurrencyCode;
  readonly quote: CurrencyCode;
  readonly test: RateTest;
  readonly date: IsoDate;
  readonly lookup: LookupOptions;
  /** The source's observation days for the pair (for the search of other days). */
  readonly days: PairDays;
  /** How far the search of other days goes on either side, in calendar days. */
  readonly searchDays: number;
}

/** What diagnosing one source found, and the days its search of other days covered. */
export interface SourceDiagnosis {
  /** In the order inverted, factor, other-currency, other-date. */
  readonly findings: DiagnosisFinding[];
  readonly searched: DateRange;
}

type Fit = Exclude<RateVerdict, 'inconsistent'>;

function fits(verdictOf: (rate: Fraction) => RateVerdict, rate: Fraction): Fit | null {
  const verdict = verdictOf(rate);
  return verdict === 'inconsistent' ? null : verdict;
}

function describeDay(found: DatedRate, quote: CurrencyCode, base: CurrencyCode): string {
  const away = Math.abs(found.daysAway);
  const when =
    found.daysAway < 0
      ? `${away} days earlier`
      : found.daysAway > 0
        ? `${away} days later`
        : 'the day itself';
  return `${found.date} (${formatRate(found.value)} ${quote} per ${base}, ${when})`;
}

function quotedBy(source: RateSource, code: CurrencyCode): boolean {
  return code === source.info.pivot || source.currencies.includes(code);
}

/** One confusable currency's rate on the date, a trial of the other-currency search. */
interface CurrencyTrial {
  readonly from: CurrencyCode;
  readonly to: CurrencyCode;
  readonly replaces: CurrencyCode;
  readonly currency: CurrencyCode;
  readonly ratio: RateRatio;
  /** The ratio as a fraction of integers, placed against each pair's interval without a product of decimals. */
  readonly fraction: Fraction;
  readonly observedDate: IsoDate;
  readonly shared: string | undefined;
}

// The trials depend on the pair, the date and the lookup only: a story's pairs share them.
const rememberTrials = perSourceMemo<readonly CurrencyTrial[]>(64);

/**
 * The rates on the date that the other-currency search tries, for each side of the pair only the
 * currencies it is confusable with (CONFUSABLE_GROUPS) that the source quotes and has a rate for.
 */
function currencyTrials(input: DiagnoseSourceInput): readonly CurrencyTrial[] {
  const { source, base, quote, date, lookup } = input;
  const key = `${base}/${quote}/${date}/${lookup.policy ?? ''}/${lookup.maxAgeDays ?? ''}`;
  return rememberTrials(source, key, (incomplete) => {
    // The quote figure converted at `currency`'s rate: implied ≈ currency per base; the base
    // figure converted at it: implied ≈ quote per currency.
    const candidates = [
      ...confusableWith(quote).map((currency) => [base, currency, quote, currency] as const),
      ...confusableWith(base).map((currency) => [currency, quote, base, currency] as const),
    ].filter(
      ([from, to, , currency]) =>
        from !== to && currency !== base && currency !== quote && quotedBy(source, currency),
    );
    const trials: CurrencyTrial[] = [];
    for (const [from, to, replaces, currency] of candidates) {
      let rate;
      try {
        rate = lookupRate(source, from, to, date, lookup);
      } catch (error) {
        if (error instanceof DealCalcError && error.kind === 'data' && error.code !== 'DATA_CORRUPT') {
          // A table the page has yet to fetch: this call's trials lack it, the next call's must not.
          if (error.code === 'DATA_NOT_LOADED') incomplete();
          continue;
        }
        throw error;
      }
      const shared = CONFUSABLE_GROUPS.find(
        (group) => group.currencies.includes(currency) && group.currencies.includes(replaces),
      )?.shared;
      const ratio = quoteRatio(rate);
      const fraction = fractionOf(scaledFromDecimal(ratio.numerator), scaledFromDecimal(ratio.denominator));
      trials.push({ from, to, replaces, currency, ratio, fraction, observedDate: rate.observedDate, shared });
    }
    return trials;
  });
}

/** Other currencies' rates on the date that put the rate inside the interval (currencyTrials). */
function otherCurrencyFindings(input: DiagnoseSourceInput): DiagnosisFinding[] {
  const { source, test } = input;
  const id = source.info.id;
  const findings: DiagnosisFinding[] = [];
  const place = fractionPositions(test);
  for (const { from, to, replaces, currency, ratio, fraction, observedDate, shared } of currencyTrials(
    input,
  )) {
    if (place(fraction) !== 0) continue;
    const value = ratioValue(ratio);
    findings.push({
      kind: 'other-currency',
      source: id,
      currency,
      replaces,
      base: from,
      quote: to,
      value,
      observedDate,
      verdict: 'consistent',
      explanation:
        `the figures fit ${id}'s ${from}/${to} rate (${formatRate(value)} ${to} per ${from} on ${observedDate}): ` +
        `the ${replaces} figure may have been converted at the ${currency} rate${shared ? ` (they share ${shared})` : ''}`,
    });
  }
  return findings;
}

/**
 * Looks for the slip that would explain one source's inconsistent reference: the rate inverted;
 * the rate times or divided by 10, 100 or 1000; another currency's rate on the same day (for
 * each side of the pair, the currencies it is confusable with, CONFUSABLE_GROUPS, that the source
 * quotes); the source's own rate on other days (the nearest fitting day before and after, as far
 * as `searchDays`). A single hypothesis (inverted, each factor) counts when it makes the rate
 * consistent or close under the check's tolerance; the many-candidate searches (other currencies,
 * other days) count only when the rate lies inside the interval, as matching dates do, so that
 * chance fits stay rare.
 *
 * @param input - the source, its reference, the tests, the date and how to look rates up
 * @returns the findings, in the order inverted, factor, other-currency, other-date, and the days searched
 *
 * @example
 * const days = pairDays(fred, USD, CNY);
 * const bounds = { low: { quoteAmount: new Decimal('1e9'), baseAmount: new Decimal('6.625e9') }, lowOpen: false, high: { quoteAmount: new Decimal('1e9'), baseAmount: new Decimal('6.615e9') }, highOpen: false };
 * const test = rateTest(bounds, new Decimal('1'));
 * const reference = { numerator: new Decimal('6.62'), denominator: new Decimal('1') };
 * diagnoseSource({ source: fred, reference, base: USD, quote: CNY, test, date: '2017-11-15', lookup: {}, days, searchDays: 30 }).findings[0].kind //=> 'inverted'
 */
export function diagnoseSource(input: DiagnoseSourceInput): SourceDiagnosis {
  const { source, reference, base, quote, test, date, days, searchDays } = input;
  const id = source.info.id;
  const findings: DiagnosisFinding[] = [];
  let said: string | null = null;
  const referenceText = (): string => (said ??= `${formatRate(ratioValue(reference))} ${quote} per ${base}`);
  // Each try placed as integers (fractionVerdicts); its decimal value made only for a finding.
  const verdictOf = fractionVerdicts(test);
  const exact = ratioFraction(reference);

  const inverse = { numerator: reference.denominator, denominator: reference.numerator };
  const inverted = fits(verdictOf, { numerator: exact.denominator, denominator: exact.numerator });
  if (inverted !== null) {
    const value = ratioValue(inverse);
    findings.push({
      kind: 'inverted',
      source: id,
      value,
      verdict: inverted,
      explanation:
        `the figures fit ${id}'s rate inverted (1 / ${referenceText()} = ${formatRate(value)})` +
        `${inverted === 'close' ? ' within the tolerance' : ''}: the conversion may have multiplied where it should have divided`,
    });
  }

  for (const factor of DIAGNOSIS_FACTORS) {
    const times = BigInt(factor);
    for (const [direction, rate] of [
      ['larger', { numerator: exact.numerator * times, denominator: exact.denominator }],
      ['smaller', { numerator: exact.numerator, denominator: exact.denominator * times }],
    ] as const) {
      const verdict = fits(verdictOf, rate);
      if (verdict === null) continue;
      const k = new Decimal(String(factor));
      const ratio =
        direction === 'larger'
          ? { numerator: reference.numerator.times(k), denominator: reference.denominator }
          : { numerator: reference.numerator, denominator: reference.denominator.times(k) };
      const value = ratioValue(ratio);
      findings.push({
        kind: 'factor',
        source: id,
        factor,
        direction,
        value,
        verdict,
        explanation:
          `the implied rate is ${direction === 'larger' ? `${factor} times` : `1/${factor} of`} ${id}'s ` +
          `(${referenceText()} ${direction === 'larger' ? '×' : '÷'} ${factor} = ${formatRate(value)} fits` +
          `${verdict === 'close' ? ' within the tolerance' : ''}): a figure may be off by a factor of ${factor}, e.g. ${FACTOR_CAUSES[factor] ?? 'a slipped digit'}`,
      });
    }
  }

  findings.push(...otherCurrencyFindings(input));

  const nearest = nearestFittingDays(days, test, date, searchDays);
  if (nearest.before !== null || nearest.after !== null) {
    const parts = [nearest.before, nearest.after]
      .filter((found): found is DatedRate => found !== null)
      .map((found) => describeDay(found, quote, base));
    findings.push({
      kind: 'other-date',
      source: id,
      before: nearest.before,
      after: nearest.after,
      searched: nearest.searched,
      explanation:
        `${id}'s rate lies inside the range the figures allow on ${parts.join(' and on ')}, the nearest such ${parts.length === 1 ? 'day' : 'days'}: ` +
        `${nearest.before !== null ? 'a stale rate' : 'a later rate'}, or a conversion made on another day than ${date}`,
    });
  }
  return { findings, searched: nearest.searched };
}

const KIND_ORDER: readonly DiagnosisFinding['kind'][] = [
  'inverted',
  'factor',
  'other-currency',
  'other-date',
];

/**
 * Gathers the findings of every inconsistent source into one diagnosis, ordered by kind
 * (inverted, factor, other-currency, other-date) and then by source preference, with a summary
 * in words; when nothing fits, the summary says what was tried.
 *
 * @param findingsBySource - each source's findings, in source preference order
 * @param tried - what was searched, for the summary when nothing fits: the days searched per source
 * @returns the diagnosis
 *
 * @example
 * summarizeDiagnosis([[]], 'every day from 2010-06-15 to 2020-06-15').summary
 * //=> "No single slip explains it: the rate inverted, the rate times or divided by 10, 100 or 1000, the rates on the date of the currencies that share a sign or a word with either currency, and every day from 2010-06-15 to 2020-06-15 were tried."
 */
export function summarizeDiagnosis(
  findingsBySource: readonly (readonly DiagnosisFinding[])[],
  tried: string,
): Diagnosis {
  const findings = KIND_ORDER.flatMap((kind) =>
    findingsBySource.flatMap((list) => list.filter((finding) => finding.kind === kind)),
  );
  if (findings.length === 0) {
    return {
      findings,
      summary:
        'No single slip explains it: the rate inverted, the rate times or divided by 10, 100 or 1000, the rates on the date of the currencies that share a sign or a word with either currency, ' +
        `and ${tried} were tried.`,
    };
  }
  const said = findings.map((finding) => finding.explanation);
  return {
    findings,
    summary: `Possible explanation${said.length === 1 ? '' : 's'}: ${said.join('; ')}.`,
  };
}
