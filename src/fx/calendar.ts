/**
 * Calendar days as "YYYY-MM-DD" text, and the calendars that explain days without a rate.
 *
 * Day arithmetic is plain integer arithmetic on day numbers (days since 1970-01-01, via
 * Date.UTC): a day count is an index, not money, and this keeps date-fns off the cold path.
 * Nothing here reads the clock.
 */
import { targetHoliday } from './targetCalendar.js';
import type { CalendarId, GapReason, IsoDate } from './types.js';

const MS_PER_DAY = 86_400_000;
/** Day numbers of 1000-01-01 and 9999-12-31: the days fromDayNumber writes without a Date. */
const FIRST_FOUR_DIGIT_DAY = -354_285;
const LAST_FOUR_DIGIT_DAY = 2_932_896;
const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/**
 * Tells whether a text is a calendar day that exists, written YYYY-MM-DD (years 1000-9999).
 *
 * @example
 * isIsoDate('2017-11-15') //=> true
 * isIsoDate('2017-02-29') //=> false
 * isIsoDate('undefined') //=> false
 */
export function isIsoDate(text: string): boolean {
  // Character arithmetic rather than a regex and a Date: this runs once per row of every table read.
  // The digits are read in line, not through digits(): a check's binary searches call this a few
  // hundred times, enough for V8 to compile a small helper on a second thread in a 50 ms run.
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const y1 = text.charCodeAt(0) - 48;
  const y2 = text.charCodeAt(1) - 48;
  const y3 = text.charCodeAt(2) - 48;
  const y4 = text.charCodeAt(3) - 48;
  const m1 = text.charCodeAt(5) - 48;
  const m2 = text.charCodeAt(6) - 48;
  const d1 = text.charCodeAt(8) - 48;
  const d2 = text.charCodeAt(9) - 48;
  if (y1 < 1 || y1 > 9 || y2 < 0 || y2 > 9 || y3 < 0 || y3 > 9 || y4 < 0 || y4 > 9) return false;
  if (m1 < 0 || m1 > 1 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 3 || d2 < 0 || d2 > 9) return false;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(y1 * 1000 + y2 * 100 + y3 * 10 + y4, month);
}

/** The decimal value of text[start, end) if it is all ASCII digits, else -1. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i += 1) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Whether a year of the Gregorian calendar is a leap year.
 *
 * @example
 * isLeapYear(2000) //=> true
 * isLeapYear(1900) //=> false
 */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * The number of days of a month (1-12) of a year; 0 for a month that does not exist.
 *
 * @example
 * daysInMonth(2024, 2) //=> 29
 * daysInMonth(2023, 2) //=> 28
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_DAYS[month - 1] ?? 0;
}

/**
 * The day number (see toDayNumber) of a day given by its parts, in integer arithmetic: the civil
 * calendar's days with years starting in March, so that a leap day ends the year. The day must exist.
 *
 * @example
 * civilDayNumber(2017, 11, 15) //=> 17485
 * civilDayNumber(1969, 12, 31) //=> -1
 */
export function civilDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The day number of an ISO date: days since 1970-01-01 (negative before). The date must be valid.
 *
 * @example
 * toDayNumber('1970-01-02') //=> 1
 */
export function toDayNumber(date: IsoDate): number {
  return civilDayNumber(digits(date, 0, 4), digits(date, 5, 7), digits(date, 8, 10));
}

/**
 * The day number of a day key YYYYMMDD, or NaN when no such day exists (or its year is before 1000).
 *
 * @example
 * dayNumberOfKey(20171115) //=> 17485
 * dayNumberOfKey(20170229) //=> NaN
 */
export function dayNumberOfKey(key: number): number {
  const year = Math.floor(key / 10000);
  const month = Math.floor(key / 100) % 100;
  const day = key % 100;
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return civilDayNumber(year, month, day);
}

/**
 * The ISO date of a day number (see toDayNumber).
 *
 * @example
 * fromDayNumber(17485) //=> '2017-11-15'
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  // Years 1000-9999 in integer arithmetic (civil from days, years starting in March): gap notes
  // ask for thousands of days; any other day as Date writes it.
  if (!(dayNumber >= FIRST_FOUR_DIGIT_DAY && dayNumber <= LAST_FOUR_DIGIT_DAY))
    return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}

/**
 * The day `days` calendar days after `date` (before, if negative).
 *
 * @example
 * addDays('2017-11-30', 1) //=> '2017-12-01'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Calendar days from `earlier` to `later` (negative if `later` is before `earlier`).
 *
 * @example
 * daysBetween('2017-11-17', '2017-11-20') //=> 3
 */
export function daysBetween(earlier: IsoDate, later: IsoDate): number {
  return toDayNumber(later) - toDayNumber(earlier);
}

/**
 * Day of the week, 0 = Sunday … 6 = Saturday.
 *
 * @example
 * dayOfWeek('2017-11-18') //=> 6
 */
export function dayOfWeek(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * English name of the day of the week.
 *
 * @example
 * weekdayName('2017-11-18') //=> 'Saturday'
 */
export function weekdayName(date: IsoDate): string {
  return WEEKDAY_NAMES[dayOfWeek(date)] ?? '';
}

/**
 * The US Federal Reserve holiday that falls on `date`, or undefined.
 *
 * Rules (Federal Reserve Bank holiday schedule, and the Uniform Monday Holiday Act from 1971):
 * New Year's Day (Jan 1), Birthday of Martin Luther King, Jr. (3rd Monday of January, from
 * 1986), Washington's Birthday (3rd Monday of February), Memorial Day (last Monday of May),
 * Juneteenth National Independence Day (June 19, from 2022: the Fed stayed open on
 * 2021-06-18), Independence Day (July 4), Labor Day (1st Monday of September), Columbus Day
 * (2nd Monday of October), Veterans Day (November 11; the 4th Monday of October 1971-1977),
 * Thanksgiving Day (4th Thursday of November), Christmas Day (December 25).
 * A fixed-date holiday on a Sunday is observed the following Monday ("… (observed)").
 * One on a Saturday: the Reserve Banks stay open the preceding Friday, and the H.10 data has
 * rates on every such Friday up to 2009 (e.g. 2004-12-24, 2009-07-03); from 2010 on it has none
 * (all eight: 2010-12-24, 2010-12-31, 2015-07-03, 2017-11-10, 2020-07-03, 2021-12-24,
 * 2021-12-31, 2023-11-10), as the federal (OPM) calendar observes them. So this calendar,
 * which exists to explain H.10 gaps, observes a Saturday holiday on the Friday from 2010.
 *
 * @example
 * usFederalReserveHoliday('2017-11-23') //=> 'Thanksgiving Day'
 * usFederalReserveHoliday('2023-01-02') //=> "New Year's Day (observed)"
 * usFederalReserveHoliday('2021-12-31') //=> "New Year's Day (observed)"
 * usFederalReserveHoliday('2018-12-05') //=> undefined
 */
export function usFederalReserveHoliday(date: IsoDate): string | undefined {
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 7);
  const day = digits(date, 8, 10);
  const weekday = dayOfWeek(date);
  const monday = weekday === 1;
  const fixed = (m: number, d: number, name: string, from = 0): string | undefined => {
    if (year < from || month !== m) return undefined;
    if (day === d) return name;
    // Sunday holiday observed on Monday.
    if (monday && day === d + 1) return `${name} (observed)`;
    return undefined;
  };
  const nthWeekday = (m: number, wd: number, n: number): boolean =>
    month === m && weekday === wd && day > (n - 1) * 7 && day <= n * 7;
  const lastWeekday = (m: number, wd: number): boolean =>
    month === m && weekday === wd && day + 7 > daysInMonth(year, m);

  // Saturday holiday observed the preceding Friday, from 2010 (see above).
  if (weekday === 5 && year >= 2010) {
    const saturday = fixedHolidayOn(addDays(date, 1));
    if (saturday !== undefined) return `${saturday} (observed)`;
  }

  switch (month) {
    case 1:
      // New Year's Day on a Sunday → Monday Jan 2. (Dec 31 is never a substitute: the Fed opens.)
      return (
        fixed(1, 1, "New Year's Day") ??
        (year >= 1986 && nthWeekday(1, 1, 3) ? 'Birthday of Martin Luther King, Jr.' : undefined)
      );
    case 2:
      return nthWeekday(2, 1, 3) ? "Washington's Birthday" : undefined;
    case 5:
      return lastWeekday(5, 1) ? 'Memorial Day' : undefined;
    case 6:
      return fixed(6, 19, 'Juneteenth National Independence Day', 2022);
    case 7:
      return fixed(7, 4, 'Independence Day');
    case 9:
      return nthWeekday(9, 1, 1) ? 'Labor Day' : undefined;
    case 10:
      if (nthWeekday(10, 1, 2)) return 'Columbus Day';
      if (year >= 1971 && year <= 1977 && nthWeekday(10, 1, 4)) return 'Veterans Day';
      return undefined;
    case 11:
      if (nthWeekday(11, 4, 4)) return 'Thanksgiving Day';
      return year >= 1971 && year <= 1977 ? undefined : fixed(11, 11, 'Veterans Day');
    case 12:
      return fixed(12, 25, 'Christmas Day');
    default:
      return undefined;
  }
}

/** The fixed-date Fed holiday exactly on `date` (no observed-day shifting), or undefined. */
function fixedHolidayOn(date: IsoDate): string | undefined {
  const year = digits(date, 0, 4);
  switch (date.slice(5)) {
    case '01-01':
      return "New Year's Day";
    case '06-19':
      return year >= 2022 ? 'Juneteenth National Independence Day' : undefined;
    case '07-04':
      return 'Independence Day';
    case '11-11':
      return year >= 1971 && year <= 1977 ? undefined : 'Veterans Day';
    case '12-25':
      return 'Christmas Day';
    default:
      return undefined;
  }
}

/**
 * Why a source publishes no rate on `date`: a weekend, a named holiday of its calendar, or
 * nothing a rule names. Call it only for days a series actually lacks (gaps are per series:
 * the rand's H.10 series has rows on some US holidays). 'ecb-target' names the TARGET closing
 * days (see targetCalendar.ts). The 'none' calendar names weekends only.
 *
 * @example
 * gapReason('2017-11-18', 'us-federal-reserve') //=> { date: '2017-11-18', kind: 'weekend', name: 'Saturday' }
 * gapReason('2017-11-23', 'us-federal-reserve') //=> { date: '2017-11-23', kind: 'holiday', name: 'Thanksgiving Day' }
 * gapReason('2018-12-05', 'us-federal-reserve') //=> { date: '2018-12-05', kind: 'unexplained', name: 'no rule names this closure' }
 */
export function gapReason(date: IsoDate, calendarId: CalendarId): GapReason {
  const weekday = dayOfWeek(date);
  if (weekday === 0 || weekday === 6) return { date, kind: 'weekend', name: weekdayName(date) };
  if (calendarId === 'us-federal-reserve') {
    const holiday = usFederalReserveHoliday(date);
    if (holiday !== undefined) return { date, kind: 'holiday', name: holiday };
  }
  if (calendarId === 'ecb-target') {
    const holiday = targetHoliday(date);
    if (holiday !== undefined) return { date, kind: 'holiday', name: holiday };
  }
  return { date, kind: 'unexplained', name: 'no rule names this closure' };
}
