/**
 * Day numbers (days since 1970-01-01) of date cells read in place: every row of a batch asks for
 * one, so the common years are read from a table of month starts (no division per row), the rest
 * worked out from the civil calendar.
 */
import { civilDayNumber, dayNumberOfKey, isLeapYear } from '../fx/calendar.js';

/** The years the table holds: [FIRST_YEAR, FIRST_YEAR + YEARS). */
const FIRST_YEAR = 1900;
const YEARS = 300;
/** The day number of the first of each month of the table's years, by (year − FIRST_YEAR) × 12 + month − 1. */
const MONTH_STARTS = new Int32Array(YEARS * 12);
/** How many days each of those months has. */
const MONTH_LENGTHS = new Uint8Array(YEARS * 12);
/** The days of January to December in a common year. */
const COMMON_MONTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// Each month starts where the one before ends: one civilDayNumber for all (the table is made at
// every batch's start, where 3,600 calls of it cost milliseconds before V8 compiles them).
let monthStart = civilDayNumber(FIRST_YEAR, 1, 1);
for (let y = 0; y < YEARS; y += 1) {
  const leap = isLeapYear(FIRST_YEAR + y);
  for (let m = 0; m < 12; m += 1) {
    const length = m === 1 && leap ? 29 : (COMMON_MONTHS[m] as number);
    MONTH_STARTS[y * 12 + m] = monthStart;
    MONTH_LENGTHS[y * 12 + m] = length;
    monthStart += length;
  }
}

/**
 * The day number of a date cell bytes[start, end) written YYYY-MM-DD (ten characters, digits and
 * dashes), or NaN for any other text or a day that does not exist: what dayNumberOfKey gives of
 * the cell's day key, read in place.
 *
 * @example
 * dayNumberAt(new TextEncoder().encode('x,2017-11-15'), 2, 12) //=> 17485
 * dayNumberAt(new TextEncoder().encode('2017-02-29'), 0, 10) //=> NaN
 */
export function dayNumberAt(bytes: Uint8Array, start: number, end: number): number {
  if (end - start !== 10 || bytes[start + 4] !== 45 || bytes[start + 7] !== 45) return NaN;
  const y0 = (bytes[start] as number) - 48;
  const y1 = (bytes[start + 1] as number) - 48;
  const y2 = (bytes[start + 2] as number) - 48;
  const y3 = (bytes[start + 3] as number) - 48;
  const m0 = (bytes[start + 5] as number) - 48;
  const m1 = (bytes[start + 6] as number) - 48;
  const d0 = (bytes[start + 8] as number) - 48;
  const d1 = (bytes[start + 9] as number) - 48;
  if (!(isDigit(y0) && isDigit(y1) && isDigit(y2) && isDigit(y3))) return NaN;
  if (!(isDigit(m0) && isDigit(m1) && isDigit(d0) && isDigit(d1))) return NaN;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  const y = year - FIRST_YEAR;
  if (y < 0 || y >= YEARS) return dayNumberOfKey(year * 10000 + month * 100 + day);
  if (month < 1 || month > 12) return NaN;
  const slot = y * 12 + month - 1;
  if (day < 1 || day > (MONTH_LENGTHS[slot] as number)) return NaN;
  return (MONTH_STARTS[slot] as number) + day - 1;
}

function isDigit(value: number): boolean {
  return value >= 0 && value <= 9;
}
