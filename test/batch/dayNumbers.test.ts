/**
 * dayNumberAt (src/batch/dayNumbers.ts) reads a row's date cell as a day number from a table of
 * month starts: the same number as the calendar's toDayNumber (Date.UTC) for every day of
 * 1600-2400 (inside and outside the table's years), NaN for every text that is not a day.
 */
import { describe, expect, it } from 'vitest';
import { dayNumberAt } from '../../src/batch/dayNumbers.js';
import { dayNumberOfKey, fromDayNumber, toDayNumber } from '../../src/fx/calendar.js';

const ENCODER = new TextEncoder();
const at = (text: string) => {
  const bytes = ENCODER.encode(`x,${text},y`);
  return dayNumberAt(bytes, 2, 2 + bytes.length - 4);
};

describe('dayNumberAt', () => {
  it('is toDayNumber for every day of 1600-2400, and of 1000-01-01 and 9999-12-31', () => {
    let wrong = 0;
    for (let n = toDayNumber('1600-01-01'); n <= toDayNumber('2400-12-31'); n += 1)
      if (at(fromDayNumber(n)) !== n) wrong += 1;
    expect(wrong).toBe(0);
    expect(at('1000-01-01')).toBe(toDayNumber('1000-01-01'));
    expect(at('9999-12-31')).toBe(toDayNumber('9999-12-31'));
    // 2017-11-15 is day 17485 since 1970-01-01 (Date.UTC(2017, 10, 15) / 86,400,000).
    expect(at('2017-11-15')).toBe(17485);
  });

  it('is NaN for days that do not exist and for other text', () => {
    for (const text of [
      '2017-02-29',
      '1900-02-29',
      '2100-02-29',
      '2017-13-01',
      '2017-00-10',
      '2017-11-31',
      '2017-11-00',
      '0999-12-31',
      '2017-1-15',
      '2017/11/15',
      '2017-11-1a',
      '２017-11-15',
      '20171115',
      '',
    ])
      expect(at(text), text).toBeNaN();
    expect(at('2000-02-29')).toBe(11016);
  });

  it('agrees with dayNumberOfKey on day keys', () => {
    expect(dayNumberOfKey(20171115)).toBe(17485);
    expect(dayNumberOfKey(20170229)).toBeNaN();
    expect(dayNumberOfKey(25000101)).toBe(toDayNumber('2500-01-01'));
  });
});
