/**
 * A convertible ready to convert in a round: its amount in the reporting currency (with interest
 * to the round's date), and the caps and discount it may use (its own, or, with MFN, those of
 * convertibles issued after it).
 */
import type { IsoDate } from '../../fx/types.js';
import { cmp, div, fromDecimal, HUNDRED, ONE, sign, sub, toDecimal, type Rational } from './rational.js';
import { daysBetween } from '../../fx/calendar.js';
import { accrue, yearFraction } from './interest.js';
import type { SolverInstrument } from './solveRound.js';
import type { ToReporting } from './toReporting.js';
import type {
  PreCapCapitalization,
  ConversionResult,
  Scenario,
  ScenarioConvertible,
  ScenarioFigure,
  ScenarioFxUse,
} from './types.js';

/** Convertibles issued after `c` (by start date, else by their order in the file) and by `date`: those an MFN clause may look to. */
function laterConvertibles(
  c: ScenarioConvertible,
  all: readonly ScenarioConvertible[],
  date: IsoDate,
): ScenarioConvertible[] {
  const position = all.indexOf(c);
  return all.filter((other, index) => {
    if (other === c) return false;
    const after = other.start !== null && c.start !== null ? other.start > c.start : index > position;
    return after && (other.start === null || other.start <= date);
  });
}

/** A convertible prepared for the solver. */
export interface Instrument {
  readonly convertible: ScenarioConvertible;
  readonly principal: Rational;
  readonly amount: Rational;
  readonly accrual: ConversionResult['accrual'];
  readonly maturity: ConversionResult['maturity'];
  readonly warning: string | null;
  readonly solver: SolverInstrument;
  readonly preCapFrom: string | null;
  readonly postCapFrom: string | null;
  readonly discountFrom: string | null;
  /** What its pre-money cap's capitalization counts, in words (null without a pre-money cap). */
  readonly capitalizationRule: string | null;
}

/** What each pre-money cap capitalization counts, in words. */
export const CAPITALIZATION_RULES: Readonly<Record<PreCapCapitalization, string>> = {
  'with-pool-increase':
    "the 2013 safe's Company Capitalization: the shares before the round and the pool increase created in connection with the financing (even one placed after the money), not the converting securities",
  'pre-money-count':
    "the round's pre-money count: the shares before the round, and the pool increase only where the round counts it in the pre-money",
  'without-pool-increase': 'the shares before the round, without the pool increase of the financing',
};

/**
 * Prepares a convertible for the round on `date`; figures in other currencies are converted and
 * their uses recorded in `fx`.
 */
export function prepareInstrument(
  convertible: ScenarioConvertible,
  scenario: Scenario,
  date: IsoDate,
  convert: ToReporting,
  fx: Map<string, ScenarioFxUse>,
): Instrument {
  const reported = (figure: ScenarioFigure) => {
    const r = convert(figure, date);
    if (r.use) fx.set(r.use.path, r.use);
    return r.amount;
  };
  const principal = reported(convertible.amount);
  let amount = principal;
  let accrual: ConversionResult['accrual'] = null;
  const daysPast =
    convertible.maturity !== null && date > convertible.maturity
      ? daysBetween(convertible.maturity, date)
      : 0;
  const stops = daysPast > 0 && convertible.atMaturity === 'interest-stops';
  // Interest stops at maturity when the file says so; otherwise it runs to the conversion.
  const end = stops && convertible.maturity !== null ? convertible.maturity : date;
  const maturity: ConversionResult['maturity'] =
    convertible.maturity === null
      ? null
      : { date: convertible.maturity, atMaturity: convertible.atMaturity, daysPast };
  const warning =
    daysPast === 0 || convertible.maturity === null
      ? null
      : `${convertible.name} converts on ${date}, ${daysPast} days past its maturity (${convertible.maturity}): ${
          stops
            ? 'interest stopped at maturity (atMaturity: interest-stops)'
            : 'the note stayed outstanding and interest ran to the conversion (atMaturity: outstanding)'
        }; the holder could have demanded repayment from the maturity date`;
  if (convertible.interest !== null && convertible.start !== null) {
    const rate = div(fromDecimal(convertible.interest.percent), HUNDRED);
    const accrued = accrue({
      principal,
      rate,
      start: convertible.start,
      end,
      dayCount: convertible.dayCount,
      compounding: convertible.compounding,
      period: convertible.compoundingPeriod,
    });
    amount = accrued.amount;
    accrual = {
      start: convertible.start,
      end,
      days: daysBetween(convertible.start, end),
      years: toDecimal(yearFraction(convertible.start, end, convertible.dayCount)),
      rate: convertible.interest.percent,
      dayCount: convertible.dayCount,
      compounding: convertible.compounding,
      compoundingPeriod: convertible.compoundingPeriod,
      periods: accrued.periods,
      stubYears: toDecimal(accrued.stubYears),
    };
  }
  const sources = [
    convertible,
    ...(convertible.mfn ? laterConvertibles(convertible, scenario.convertibles, date) : []),
  ];
  let preCap: { value: Rational; from: string } | null = null;
  let postCap: { value: Rational; from: string } | null = null;
  let discount: { value: Rational; from: string } | null = null;
  for (const source of sources) {
    if (source.cap !== null) {
      const value = reported(source.cap);
      if (source.type === 'safe-post') {
        if (postCap === null || cmp(value, postCap.value) < 0) postCap = { value, from: source.name };
      } else if (preCap === null || cmp(value, preCap.value) < 0) preCap = { value, from: source.name };
    }
    if (source.discount !== null) {
      const value = div(fromDecimal(source.discount.percent), HUNDRED);
      if (sign(value) > 0 && (discount === null || cmp(value, discount.value) > 0))
        discount = { value, from: source.name };
    }
  }
  return {
    convertible,
    principal,
    amount,
    accrual,
    maturity,
    warning,
    solver: {
      amount,
      delta: discount === null ? ONE : sub(ONE, discount.value),
      preCap: preCap?.value ?? null,
      postCap: postCap?.value ?? null,
      capitalization: convertible.capitalization ?? 'pre-money-count',
    },
    preCapFrom: preCap?.from ?? null,
    postCapFrom: postCap?.from ?? null,
    discountFrom: discount?.from ?? null,
    capitalizationRule:
      preCap === null
        ? null
        : `${CAPITALIZATION_RULES[convertible.capitalization ?? 'pre-money-count']}${
            convertible.capitalizationStated ? '' : ' (the default for a ' + convertible.type + ')'
          }`,
  };
}
