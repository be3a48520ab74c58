/**
 * Interest accrued on a convertible note, exactly, under a named day count and compounding.
 *
 * - simple:   amount = principal × (1 + rate × t(start, date))
 * - compound: amount = principal × (1 + rate / m)^n × (1 + rate × t(last period end, date)),
 *   where m is the periods per year (annual 1, semiannual 2, quarterly 4, monthly 12), n the whole
 *   periods elapsed (a period ends on the same day of the month, or the month's last day when that
 *   day does not exist), and the stub after the last whole period accrues simply. Whole periods
 *   keep the result an exact fraction (a fractional power would not be).
 *
 * Day counts t(a, b), as ISDA 2006 §4.16 names them:
 * - actual/365 (Fixed): days / 365;  actual/360: days / 360;
 * - actual/actual (ISDA): the days falling in each calendar year / 365 or 366 for that year;
 * - 30/360 (bond basis): (360 × ΔY + 30 × ΔM + ΔD) / 360, a 31st start counting as the 30th and
 *   a 31st end as the 30th when the start is the 30th or 31st.
 */
import { daysBetween, daysInMonth, isLeapYear } from '../../fx/calendar.js';
import type { IsoDate } from '../../fx/types.js';
import { add, div, mul, ratio, sub, ONE, type Rational } from './rational.js';

/** How a year fraction is counted between two days. */
export type DayCount = 'actual/365' | 'actual/360' | 'actual/actual' | '30/360';
/** Whether interest is added to the principal each period. */
export type Compounding = 'simple' | 'compound';
/** How often compound interest is added to the principal. */
export type CompoundingPeriod = 'annual' | 'semiannual' | 'quarterly' | 'monthly';

export const DAY_COUNTS: readonly DayCount[] = ['actual/365', 'actual/360', 'actual/actual', '30/360'];
export const COMPOUNDINGS: readonly Compounding[] = ['simple', 'compound'];
export const COMPOUNDING_PERIODS: readonly CompoundingPeriod[] = [
  'annual',
  'semiannual',
  'quarterly',
  'monthly',
];

const MONTHS_PER_PERIOD: Record<CompoundingPeriod, number> = {
  annual: 12,
  semiannual: 6,
  quarterly: 3,
  monthly: 1,
};

function parts(date: IsoDate): [number, number, number] {
  return [
    Number.parseInt(date.slice(0, 4), 10),
    Number.parseInt(date.slice(5, 7), 10),
    Number.parseInt(date.slice(8, 10), 10),
  ];
}

function iso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The day `months` calendar months after `date`, on the same day of the month or the month's
 * last day when that day does not exist.
 *
 * @example
 * addMonths('2019-01-31', 1) //=> '2019-02-28'
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return iso(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * The fraction of a year from `start` to `end` under a day count (`end` on or after `start`).
 *
 * @example
 * yearFraction('2016-01-01', '2017-01-01', 'actual/365') //=> { n: 366n, d: 365n }
 * yearFraction('2016-01-01', '2017-01-01', 'actual/actual') //=> { n: 1n, d: 1n }
 * yearFraction('2016-01-31', '2016-02-29', '30/360') //=> { n: 29n, d: 360n }
 */
export function yearFraction(start: IsoDate, end: IsoDate, dayCount: DayCount): Rational {
  switch (dayCount) {
    case 'actual/365':
      return ratio(BigInt(daysBetween(start, end)), 365n);
    case 'actual/360':
      return ratio(BigInt(daysBetween(start, end)), 360n);
    case '30/360': {
      const [y1, m1, d1Raw] = parts(start);
      const [y2, m2, d2Raw] = parts(end);
      const d1 = d1Raw === 31 ? 30 : d1Raw;
      const d2 = d2Raw === 31 && d1 >= 30 ? 30 : d2Raw;
      return ratio(BigInt(360 * (y2 - y1) + 30 * (m2 - m1) + (d2 - d1)), 360n);
    }
    case 'actual/actual': {
      let total = ratio(0n);
      let cursor = start;
      while (cursor < end) {
        const year = Number.parseInt(cursor.slice(0, 4), 10);
        const nextYear = iso(year + 1, 1, 1);
        const stop = nextYear < end ? nextYear : end;
        total = add(total, ratio(BigInt(daysBetween(cursor, stop)), isLeapYear(year) ? 366n : 365n));
        cursor = stop;
      }
      return total;
    }
  }
}

/** The terms interest accrues under. */
export interface AccrualTerms {
  readonly principal: Rational;
  /** Annual rate as a fraction (5% → 0.05). */
  readonly rate: Rational;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly dayCount: DayCount;
  readonly compounding: Compounding;
  readonly period: CompoundingPeriod;
}

/** Principal plus interest, and how it was counted. */
export interface Accrued {
  readonly amount: Rational;
  readonly interest: Rational;
  /** Whole compounding periods (0 for simple interest). */
  readonly periods: number;
  /** Year fraction of the simple part: the whole span (simple) or the stub after the last period (compound). */
  readonly stubYears: Rational;
  /** Where the simple part starts. */
  readonly stubStart: IsoDate;
}

function power(base: Rational, exponent: number): Rational {
  let result = ONE;
  for (let i = 0; i < exponent; i += 1) result = mul(result, base);
  return result;
}

/**
 * Principal plus interest from `start` to `end` (see the file's formulas).
 *
 * @example
 * const terms = { principal: { n: 100000n, d: 1n }, rate: { n: 2n, d: 25n }, start: '2017-03-01', end: '2018-03-01', dayCount: 'actual/365', compounding: 'simple', period: 'annual' };
 * accrue(terms).amount //=> { n: 108000n, d: 1n }
 */
export function accrue(terms: AccrualTerms): Accrued {
  const { principal, rate, start, end, dayCount } = terms;
  if (terms.compounding === 'simple') {
    const years = yearFraction(start, end, dayCount);
    const amount = mul(principal, add(ONE, mul(rate, years)));
    return { amount, interest: sub(amount, principal), periods: 0, stubYears: years, stubStart: start };
  }
  const months = MONTHS_PER_PERIOD[terms.period];
  let periods = 0;
  while (addMonths(start, (periods + 1) * months) <= end) periods += 1;
  const stubStart = addMonths(start, periods * months);
  const perPeriod = div(rate, ratio(BigInt(12 / months)));
  const stubYears = yearFraction(stubStart, end, dayCount);
  const amount = mul(mul(principal, power(add(ONE, perPeriod), periods)), add(ONE, mul(rate, stubYears)));
  return { amount, interest: sub(amount, principal), periods, stubYears, stubStart };
}
