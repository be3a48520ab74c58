import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayOfWeek, fromDayNumber, gapReason, toDayNumber } from '../../src/fx/calendar.js';
import { easterSunday, targetHoliday } from '../../src/fx/targetCalendar.js';
import { ECB_HISTORY } from '../cli/ecbFile.js';

describe('easterSunday', () => {
  // Western (Gregorian) Easter dates, as published in any church calendar or almanac.
  it.each([
    [2000, [4, 23]],
    [2008, [3, 23]],
    [2011, [4, 24]],
    [2017, [4, 16]],
    [2019, [4, 21]],
    [2024, [3, 31]],
    [2026, [4, 5]],
    [2038, [4, 25]],
  ])('%i → %j', (year, date) => {
    expect(easterSunday(year)).toEqual(date);
  });
});

describe('targetHoliday: the days the ECB publishes no reference rate', () => {
  it.each([
    ['2017-01-02', undefined],
    ['2018-01-01', "New Year's Day"],
    ['2017-04-14', 'Good Friday'],
    ['2017-04-17', 'Easter Monday'],
    ['2017-05-01', 'Labour Day'],
    ['2017-12-25', 'Christmas Day'],
    ['2017-12-26', '26 December'],
    ['2001-12-31', '31 December (TARGET closed)'],
    ['2002-12-31', undefined],
    // In 1999 TARGET was open on Good Friday and Easter Monday (the ECB has rates on both).
    ['1999-04-02', undefined],
    ['1999-04-05', undefined],
    ['2017-11-23', undefined],
  ])('%s → %s', (date, name) => {
    expect(targetHoliday(date)).toBe(name);
  });

  it('names the gap as a holiday of the ecb-target calendar', () => {
    expect(gapReason('2017-04-14', 'ecb-target')).toEqual({
      date: '2017-04-14',
      kind: 'holiday',
      name: 'Good Friday',
    });
    expect(gapReason('2017-04-14', 'none').kind).toBe('unexplained');
  });

  describe.skipIf(ECB_HISTORY === undefined)(
    'against the ECB history (../shared/data/ecb, not committed; skipped when absent)',
    () => {
      it('every weekday without a rate from 1999-01-04 to 2026-04-13 is a TARGET closing day, and no closing day has a rate', () => {
        const dates = new Set(
          readFileSync(ECB_HISTORY as string, 'utf8')
            .split('\n')
            .slice(1)
            .map((l) => l.slice(0, 10))
            .filter((d) => d !== ''),
        );
        const wrong: string[] = [];
        for (let day = toDayNumber('1999-01-04'); day <= toDayNumber('2026-04-13'); day += 1) {
          const date = fromDayNumber(day);
          const weekday = dayOfWeek(date);
          if (weekday === 0 || weekday === 6) continue;
          if (dates.has(date) === (targetHoliday(date) !== undefined)) wrong.push(date);
        }
        expect(wrong).toEqual([]);
      });
    },
  );
});
