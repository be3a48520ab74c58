/**
 * The TARGET calendar: the days the euro system's payment system is closed, on which the ECB
 * publishes no reference rates. From the ECB's own history (eurofxref-hist.csv, 1999-2026):
 * New Year's Day, Good Friday and Easter Monday (from 2000), Labour Day (1 May, from 2000),
 * Christmas Day and 26 December (from 2000), and 31 December in 1999 and 2001 (the changeover
 * years). Weekends are the caller's business (see gapReason).
 */
import type { IsoDate } from './types.js';

function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i += 1) n = n * 10 + (text.charCodeAt(i) - 48);
  return n;
}

/**
 * The day of Easter Sunday in a Gregorian year, as [month, day] (the anonymous Gregorian
 * algorithm, Meeus/Jones/Butcher: integer arithmetic only).
 *
 * @example
 * easterSunday(2017) //=> [4, 16]
 * easterSunday(2024) //=> [3, 31]
 */
export function easterSunday(year: number): readonly [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

function shifted(year: number, month: number, day: number, by: number): string {
  const date = new Date(Date.UTC(year, month - 1, day + by));
  const [m, d] = [date.getUTCMonth() + 1, date.getUTCDate()];
  return `${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * The TARGET closing day that falls on `date`, or undefined.
 *
 * @example
 * targetHoliday('2017-04-14') //=> 'Good Friday'
 * targetHoliday('2017-12-26') //=> '26 December'
 * targetHoliday('1999-04-02') //=> undefined
 * targetHoliday('2017-11-23') //=> undefined
 */
export function targetHoliday(date: IsoDate): string | undefined {
  const year = digits(date, 0, 4);
  const monthDay = date.slice(5);
  if (monthDay === '01-01') return "New Year's Day";
  if (monthDay === '12-25') return 'Christmas Day';
  if (monthDay === '12-31' && (year === 1999 || year === 2001)) return '31 December (TARGET closed)';
  if (year < 2000) return undefined;
  if (monthDay === '05-01') return 'Labour Day';
  if (monthDay === '12-26') return '26 December';
  const [month, day] = easterSunday(year);
  if (monthDay === shifted(year, month, day, -2)) return 'Good Friday';
  if (monthDay === shifted(year, month, day, 1)) return 'Easter Monday';
  return undefined;
}
