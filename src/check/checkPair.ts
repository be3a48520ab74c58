import { internalError, optionInvalid } from '../commonErrors.js';
import { errorFrom, DealCalcError } from '../errors.js';
import { dateInvalid, noSourceQuotes } from '../fx/fxErrors.js';
import { figureWithoutCurrency } from '../parse/figureErrors.js';
import { sourceUnknown } from '../store/storeErrors.js';
import { figureNotPositive, sameCurrency } from './checkErrors.js';
import { isIsoDate } from '../fx/calendar.js';
import { daysAround } from './daysAround.js';
import { DEFAULT_MAX_AGE_DAYS, DEFAULT_POLICY } from '../fx/lookupPolicy.js';
import { lookupRate } from '../fx/lookupRate.js';
import type { IsoDate, LookupPolicy, RateSource } from '../fx/types.js';
import type { CurrencyCode } from '../money/currency.js';
import { Decimal } from '../money/decimal.js';
import type { QuotedFigure } from '../parse/types.js';
import { diagnoseSource, summarizeDiagnosis } from './diagnose.js';
import { explainCheck } from './explainCheck.js';
import { DEFAULT_ROUNDING_LIMIT_PCT, takeFigure, tightInterval } from './figureTreatment.js';
import { impliedBounds, impliedRateWithTight, type FigureAmounts } from './impliedRate.js';
import { matchingDateRanges } from './matchingDates.js';
import { pairDays, pairDaysBetween } from './pairDays.js';
import { quoteRatio } from './quoteRatio.js';
import { boundsInterval, ratioValue, rateTest, type RateTest } from './rateTest.js';
import type {
  CheckedFigure,
  CheckResult,
  DateRange,
  DiagnosisFinding,
  ExactSides,
  FigureTreatment,
  RateRatio,
  SkippedSource,
  SourceCheck,
  Verdict,
} from './types.js';

/** How a pair is checked. Only `date` is required. */
export interface CheckOptions {
  /** The day of the reference rates (YYYY-MM-DD). */
  readonly date: IsoDate;
  /** A source id to check against one source only; 'all' or absent: every source that quotes the pair. */
  readonly source?: string;
  /** How far outside the implied interval still counts as close, in percent of its nearer end. Default 1. */
  readonly tolerancePct?: Decimal;
  /** Matching dates are searched this many calendar days before and after the date. Default 10. */
  readonly windowDays?: number;
  /** How a day without a rate is filled. Default 'previous'. */
  readonly policy?: LookupPolicy;
  /** How many days away a filled rate may be. Default 7. */
  readonly maxAgeDays?: number;
  /** How far, in calendar days either side, the diagnosis looks for a day whose rate fits. Default 1826 (5 years). */
  readonly searchDays?: number;
  /**
   * How far from its written value a side may be taken for a `consistent` verdict, in percent
   * (default 2): a pair that fits only beyond it is `fits-only-by-rounding`.
   */
  readonly roundingLimitPct?: Decimal;
  /** Takes the first figure ('from'), the second ('to') or both at their written value, without rounding. */
  readonly exact?: ExactSides;
  /**
   * Which figure is the conversion, rounded at its last written digit when written in full:
   * 'second' (default: "X (Y)", two figures given apart) or 'either' (", or", which news writes
   * both ways round: both are).
   */
  readonly converted?: 'second' | 'either';
}

/** The default tolerance, in percent. */
export const DEFAULT_TOLERANCE_PCT = new Decimal('1');
/** The default half-width of the matching-dates window, in days. */
export const DEFAULT_WINDOW_DAYS = 10;
/** The default reach of the diagnosis' search for fitting days: five years either side. */
export const DEFAULT_SEARCH_DAYS = 1826;
/** The widest window or search accepted: a hundred years. */
const MAX_DAYS = 36525;

const VERDICT_RANK: Readonly<Record<Verdict, number>> = {
  consistent: 0,
  close: 1,
  'fits-only-by-rounding': 2,
  inconsistent: 3,
};
const EXACT_SIDES: readonly ExactSides[] = ['from', 'to', 'both'];
const HUNDRED = new Decimal('100');

function optionError(message: string, hint: string): DealCalcError {
  return optionInvalid(message, hint);
}

function checkDays(value: number, what: string, hint: string): number {
  if (!Number.isSafeInteger(value) || value < 0 || value > MAX_DAYS) {
    throw optionError(`${what} "${String(value)}" is not a whole number of days from 0 to ${MAX_DAYS}`, hint);
  }
  return value;
}

function checkedFigure(
  figure: QuotedFigure,
  which: string,
  wanted: FigureTreatment,
  limitPct: Decimal,
): Omit<CheckedFigure, 'role'> {
  const currency = figure.currency;
  if (currency === null) {
    throw errorFrom(figureWithoutCurrency(figure.text));
  }
  const taken = takeFigure(figure, wanted);
  const { low, high, lowOpen, highOpen } = taken.interval;
  if (!figure.value.isPositive() || figure.value.isZero() || low === null || low.isNegative()) {
    throw figureNotPositive(which, figure.text, figure.value.toString(), currency.code);
  }
  return {
    text: figure.text,
    amount: figure.value,
    currency: currency.code,
    low,
    high,
    lowOpen,
    highOpen,
    reading: taken.reading,
    ...(currency.assumption ? { assumption: currency.assumption } : {}),
    quoted: figure,
    treatment: taken.treatment,
    tight: tightInterval(figure, taken.interval, currency.code, limitPct),
  };
}

/** A checked figure with its role; plain literals, not a spread: Node 20's V8 takes microseconds for one. */
function withRole(f: Omit<CheckedFigure, 'role'>, role: CheckedFigure['role']): CheckedFigure {
  const { text, amount, currency, low, high, lowOpen, highOpen, reading, quoted, treatment, tight } = f;
  return f.assumption === undefined
    ? { text, amount, currency, low, high, lowOpen, highOpen, reading, quoted, treatment, tight, role }
    : {
        text,
        amount,
        currency,
        low,
        high,
        lowOpen,
        highOpen,
        reading,
        assumption: f.assumption,
        quoted,
        treatment,
        tight,
        role,
      };
}

/** A figure's currency and amount with its tight interval, the values a right conversion allows. */
function tightAmounts(figure: Omit<CheckedFigure, 'role'>): FigureAmounts {
  const { tight } = figure;
  return {
    currency: figure.currency,
    amount: figure.amount,
    low: tight.low,
    high: tight.high,
    lowOpen: tight.lowOpen,
    highOpen: tight.highOpen,
  };
}

/** The verdict of a reference: the tight interval's test first, then whether the whole interval holds it. */
function verdictOf(tight: RateTest, whole: RateTest, ratio: RateRatio): Verdict {
  const verdict = tight.verdict(ratio);
  if (verdict !== 'inconsistent') return verdict;
  return whole.position(ratio) === 'inside' ? 'fits-only-by-rounding' : 'inconsistent';
}

function quotesBoth(source: RateSource, a: CurrencyCode, b: CurrencyCode): boolean {
  const has = (code: CurrencyCode) => code === source.info.pivot || source.currencies.includes(code);
  return has(a) && has(b);
}

function chosenSources(
  sources: readonly RateSource[],
  wanted: string | undefined,
  base: CurrencyCode,
  quote: CurrencyCode,
): readonly RateSource[] {
  if (wanted !== undefined && wanted !== 'all') {
    const source = sources.find((s) => s.info.id === wanted);
    if (source === undefined) {
      throw errorFrom(
        sourceUnknown(
          wanted,
          sources.map((s) => s.info.id),
        ),
      );
    }
    return [source];
  }
  const quoting = sources.filter((source) => quotesBoth(source, base, quote));
  if (quoting.length === 0) {
    throw noSourceQuotes(sources, base, quote);
  }
  return quoting;
}

/** A reference with what the later steps need of it. */
interface Reference {
  readonly check: SourceCheck;
  readonly ratio: RateRatio;
  readonly source: RateSource;
}

/**
 * Checks a quoted conversion: are two figures in different currencies ("about 1.5 billion yuan",
 * "$227 million") consistent with the reference rates of a date, given how each was rounded?
 *
 * The implied rate is taken in market direction (marketDirection) as a point and as the interval
 * the figures allow. Every source that quotes the pair (or the one named) is looked up on the
 * date with the policy; each reference gets a verdict (consistent inside the interval; close
 * within the tolerance of its nearer end; else inconsistent) and the best verdict wins, the
 * earlier source in preference order on a tie. Matching dates list, per source, the runs of
 * observation days within the window whose rate lies inside the interval. When the best verdict
 * is inconsistent, a diagnosis looks for the slip (inverted rate, a factor of 10/100/1000,
 * another currency's rate, a stale or later rate). All arithmetic is exact (cross-multiplied
 * comparisons; a division only for values shown); rounding happens only in the sentences.
 *
 * @param sources - the rate sources, in preference order
 * @param first - the first figure as written (the original amount, if the text says which)
 * @param second - the other figure (the conversion)
 * @param options - the date, and optionally a source id, tolerance, window, policy, maximum age, search reach
 * @returns everything the check says: figures, implied rate, references, verdict, explanation, matching dates, diagnosis
 * @throws DealCalcError FIGURE_NO_CURRENCY, CHECK_SAME_CURRENCY, CHECK_FIGURE_NOT_POSITIVE,
 *   DATE_INVALID, OPTION_INVALID (input); SOURCE_UNKNOWN, CURRENCY_NOT_IN_SOURCE,
 *   RATE_BEFORE_COVERAGE, RATE_AFTER_COVERAGE, RATE_NOT_FOUND, RATE_TOO_OLD, DATA_CORRUPT (data):
 *   a lookup error is thrown only when no source has a rate, else the source is listed as skipped
 *
 * @example
 * const result = checkPair([fred], parseFigureOrThrow('about 1.5 billion yuan'), parseFigureOrThrow('$227 million'), { date: '2017-11-15' });
 * [result.verdict, result.source, result.implied.base, result.implied.quote] //=> ['consistent', 'fred-h10', 'USD', 'CNY']
 * result.implied.value.toFixed(4) //=> '6.6079'
 * result.references[0].value.toString() //=> '6.62'
 * result.matchingDates['fred-h10'] //=> [['2017-11-06', '2017-11-24']]
 * checkPair([fred], parseFigureOrThrow('$1 million'), parseFigureOrThrow('$2 million'), { date: '2017-11-15' }) // throws CHECK_SAME_CURRENCY
 */
export function checkPair(
  sources: readonly RateSource[],
  first: QuotedFigure,
  second: QuotedFigure,
  options: CheckOptions,
): CheckResult {
  const { date } = options;
  if (!isIsoDate(date)) {
    throw dateInvalid(String(date));
  }
  const tolerancePct = options.tolerancePct ?? DEFAULT_TOLERANCE_PCT;
  if (!tolerancePct.isFinite() || tolerancePct.isNegative()) {
    throw optionError(
      `tolerance "${tolerancePct.toString()}" is not a percentage of 0 or more`,
      'Give the tolerance as a percentage, 0 or more (default 1).',
    );
  }
  const windowDays = checkDays(
    options.windowDays ?? DEFAULT_WINDOW_DAYS,
    'window',
    'Give the window as a whole number of days before and after the date (default 10).',
  );
  const searchDays = checkDays(
    options.searchDays ?? DEFAULT_SEARCH_DAYS,
    'search reach',
    'Give the search reach as a whole number of days (default 1826, five years).',
  );
  const roundingLimitPct = options.roundingLimitPct ?? DEFAULT_ROUNDING_LIMIT_PCT;
  if (!roundingLimitPct.isFinite() || roundingLimitPct.isNegative()) {
    throw optionError(
      `rounding limit "${roundingLimitPct.toString()}" is not a percentage of 0 or more`,
      'Give the rounding limit as a percentage, 0 or more (default 2).',
    );
  }
  const { exact, converted = 'second' } = options;
  if (exact !== undefined && !EXACT_SIDES.includes(exact)) {
    throw optionError(
      `"${String(exact)}" is not a side to take exactly`,
      'Take "from" (the first figure), "to" (the second) or "both" at their written value.',
    );
  }
  const policy = options.policy ?? DEFAULT_POLICY;
  const maxAgeDays = options.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS;
  const lookup = { policy, maxAgeDays };

  const firstTaken: FigureTreatment =
    exact === 'from' || exact === 'both' ? 'exact' : converted === 'either' ? 'converted' : 'as-read';
  const secondTaken: FigureTreatment = exact === 'to' || exact === 'both' ? 'exact' : 'converted';
  const a = checkedFigure(first, 'first', firstTaken, roundingLimitPct);
  const b = checkedFigure(second, 'second', secondTaken, roundingLimitPct);
  if (a.currency === b.currency) {
    throw sameCurrency(a.currency, a.text, b.text);
  }
  const tightBounds = impliedBounds(tightAmounts(a), tightAmounts(b)).bounds;
  const { bounds, baseIndex, implied } = impliedRateWithTight(a, b, boundsInterval(tightBounds));
  const figures: readonly [CheckedFigure, CheckedFigure] = [
    withRole(a, baseIndex === 0 ? 'base' : 'quote'),
    withRole(b, baseIndex === 1 ? 'base' : 'quote'),
  ];
  const { base, quote } = implied;
  // The verdict rests on the tight interval; the whole one tells a fit only by rounding.
  const test = rateTest(tightBounds, tolerancePct);
  const wholeTest = rateTest(bounds, tolerancePct);
  // The implied point over the reference, as one ratio: (quote amount × D) / (base amount × N).
  const [baseFigure, quoteFigure] = baseIndex === 0 ? [a, b] : [b, a];

  const references: Reference[] = [];
  const skipped: SkippedSource[] = [];
  const errors: DealCalcError[] = [];
  for (const source of chosenSources(sources, options.source, base, quote)) {
    let rate;
    try {
      rate = lookupRate(source, base, quote, date, lookup);
    } catch (error) {
      if (!(error instanceof DealCalcError) || error.kind !== 'data' || error.code === 'DATA_CORRUPT')
        throw error;
      errors.push(error);
      skipped.push({ source: source.info.id, code: error.code, reason: error.message });
      continue;
    }
    const ratio = quoteRatio(rate);
    // The percentages need a division each: made when read (a scan's text answer reads none).
    let deviation: Decimal | null = null;
    let outside: { whole: Decimal | null; tight: Decimal | null } | null = null;
    const outsideBy = () =>
      (outside ??= { whole: wholeTest.outsideByPct(ratio), tight: test.outsideByPct(ratio) });
    references.push({
      ratio,
      source,
      check: {
        source: source.info.id,
        sourceName: source.info.name,
        value: ratioValue(ratio),
        base,
        quote,
        requestedDate: date,
        observedDate: rate.observedDate,
        policy,
        note: rate.note,
        derivationNote: rate.derivationNote,
        get deviationPct() {
          deviation ??= quoteFigure.amount
            .times(ratio.denominator)
            .div(baseFigure.amount.times(ratio.numerator))
            .minus('1')
            .times(HUNDRED);
          return deviation;
        },
        get outsideByPct() {
          return outsideBy().whole;
        },
        get outsideTightByPct() {
          return outsideBy().tight;
        },
        verdict: verdictOf(test, wholeTest, ratio),
        rate,
      },
    });
  }
  const [firstError] = errors;
  if (references.length === 0) {
    if (firstError === undefined) {
      throw internalError(
        `no source was checked for ${base}/${quote} on ${date}, and none failed`,
        'the figures and the date',
      );
    }
    const others = errors.slice(1).map((error) => `${error.message}.`);
    if (others.length === 0) throw firstError;
    throw errorFrom({
      ...firstError.toInfo(),
      hint: `${firstError.hint} Other sources: ${others.join(' ')}`,
    });
  }

  const best = references.reduce((winner, candidate) =>
    VERDICT_RANK[candidate.check.verdict] < VERDICT_RANK[winner.check.verdict] ? candidate : winner,
  );

  const window: DateRange = daysAround(date, windowDays);
  const matchingDates: Record<string, readonly DateRange[]> = {};
  for (const { source } of references) {
    // Only the window's days: the whole history is read for a diagnosis alone.
    const days = pairDaysBetween(source, base, quote, window[0], window[1]);
    matchingDates[source.info.id] = matchingDateRanges(days, test, window[0], window[1]);
  }

  let diagnosis = null;
  if (best.check.verdict === 'inconsistent' || best.check.verdict === 'fits-only-by-rounding') {
    const findings: DiagnosisFinding[][] = [];
    const tried: string[] = [];
    for (const { source, ratio } of references) {
      const days = pairDays(source, base, quote);
      const found = diagnoseSource({
        source,
        reference: ratio,
        base,
        quote,
        test,
        date,
        lookup,
        days,
        searchDays,
      });
      findings.push(found.findings);
      tried.push(`${source.info.id}'s rates from ${found.searched[0]} to ${found.searched[1]}`);
    }
    diagnosis = summarizeDiagnosis(findings, tried.join(' and '));
  }

  // The sentences are made when first read: a scan's text answer never reads them, and they
  // were a quarter of the time of a pair's check.
  let explanation: string | null = null;
  const explain = (): string =>
    explainCheck({
      figures,
      implied,
      reference: best.check,
      ratio: best.ratio,
      tolerancePct,
      roundingLimitPct,
      diagnosis,
    });

  return {
    figures,
    implied,
    date,
    policy,
    maxAgeDays,
    tolerancePct,
    roundingLimitPct,
    windowDays,
    references: references.map((reference) => reference.check),
    skipped,
    verdict: best.check.verdict,
    source: best.check.source,
    get explanation() {
      explanation ??= explain();
      return explanation;
    },
    window,
    matchingDates,
    diagnosis,
  };
}
