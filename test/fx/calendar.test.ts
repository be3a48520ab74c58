import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOfWeek,
  daysBetween,
  dayNumberOfKey,
  fromDayNumber,
  gapReason,
  isIsoDate,
  toDayNumber,
  usFederalReserveHoliday,
} from '../../src/fx/calendar.js';
import { seriesDates } from '../../src/fx/table.js';
import type { RateSeries } from '../../src/fx/types.js';
import { c, fred } from './helpers.js';

describe('isIsoDate', () => {
  it('accepts days that exist', () => {
    expect(isIsoDate('2017-11-15')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });
  it('rejects days that do not exist and other text', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2017-13-01')).toBe(false);
    expect(isIsoDate('2017-11-31')).toBe(false);
    expect(isIsoDate('undefined')).toBe(false);
    expect(isIsoDate('2017-1-15')).toBe(false);
  });
});

describe('day arithmetic', () => {
  it('counts calendar days across months, years and leap days', () => {
    expect(addDays('2017-11-30', 1)).toBe('2017-12-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2017-11-17', '2017-11-20')).toBe(3);
    expect(daysBetween('1971-01-04', '2024-11-29')).toBe(19688);
    expect(fromDayNumber(toDayNumber('1969-12-31'))).toBe('1969-12-31');
  });
  it("writes a day number's date as Date writes it: every day of 1600-2400, every 97th of 1000-9999, and past them", () => {
    const byDate = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
    const check = (n: number) => {
      if (fromDayNumber(n) !== byDate(n)) expect(fromDayNumber(n), `day ${n}`).toBe(byDate(n));
    };
    for (let n = toDayNumber('1600-01-01'); n <= toDayNumber('2400-12-31'); n += 1) check(n);
    for (let n = toDayNumber('1000-01-01'); n <= toDayNumber('9999-12-31'); n += 97) check(n);
    for (const n of [-354_286, -354_285, 2_932_896, 2_932_897, -719_468, -719_469]) check(n);
    expect(fromDayNumber(17485)).toBe('2017-11-15');
    expect(fromDayNumber(11016)).toBe('2000-02-29');
  });
  it('counts days as Date.UTC does (ECMA-262 §21.4.1.28 MakeDay): every day of 1600-2400 and every 97th of 1000-9999', () => {
    const byDate = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
    for (let n = Date.UTC(1600, 0, 1) / 86_400_000; n <= Date.UTC(2400, 11, 31) / 86_400_000; n += 1)
      if (toDayNumber(byDate(n)) !== n) expect(toDayNumber(byDate(n)), byDate(n)).toBe(n);
    for (let n = Date.UTC(1000, 0, 1) / 86_400_000; n <= Date.UTC(9999, 11, 31) / 86_400_000; n += 97)
      if (toDayNumber(byDate(n)) !== n) expect(toDayNumber(byDate(n)), byDate(n)).toBe(n);
    expect(dayNumberOfKey(20171115)).toBe(toDayNumber('2017-11-15'));
    expect([dayNumberOfKey(20170229), dayNumberOfKey(9991231), dayNumberOfKey(20171301)]).toEqual([
      NaN,
      NaN,
      NaN,
    ]);
  });
  it('reads back every day it writes: dates are read from 1000-01-01 on (isIsoDate), where the two are inverses', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -354285, max: 2932896 }),
        (day) => toDayNumber(fromDayNumber(day)) === day,
      ),
    );
  });
  it('knows the day of the week', () => {
    expect(dayOfWeek('2017-11-18')).toBe(6);
    expect(dayOfWeek('2017-11-19')).toBe(0);
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1969-12-28')).toBe(0);
  });
});

describe('usFederalReserveHoliday', () => {
  it('names the floating Monday holidays', () => {
    expect(usFederalReserveHoliday('2017-01-16')).toBe('Birthday of Martin Luther King, Jr.');
    expect(usFederalReserveHoliday('1985-01-21')).toBeUndefined(); // before 1986
    expect(usFederalReserveHoliday('2017-02-20')).toBe("Washington's Birthday");
    expect(usFederalReserveHoliday('2017-05-29')).toBe('Memorial Day');
    expect(usFederalReserveHoliday('2017-09-04')).toBe('Labor Day');
    expect(usFederalReserveHoliday('2017-10-09')).toBe('Columbus Day');
    expect(usFederalReserveHoliday('2017-11-23')).toBe('Thanksgiving Day');
  });
  it('moves Veterans Day to the 4th Monday of October in 1971-1977 only', () => {
    expect(usFederalReserveHoliday('1975-10-27')).toBe('Veterans Day');
    expect(usFederalReserveHoliday('1975-11-11')).toBeUndefined();
    expect(usFederalReserveHoliday('1978-11-10')).toBeUndefined();
    expect(usFederalReserveHoliday('1979-11-12')).toBe('Veterans Day (observed)');
  });
  it('has Juneteenth from 2022 only (2021-06-18 has H.10 rates)', () => {
    expect(usFederalReserveHoliday('2022-06-20')).toBe('Juneteenth National Independence Day (observed)');
    expect(usFederalReserveHoliday('2023-06-19')).toBe('Juneteenth National Independence Day');
    expect(usFederalReserveHoliday('2021-06-18')).toBeUndefined();
  });
  it('observes a Sunday holiday on Monday, a Saturday one on Friday from 2010 only', () => {
    expect(usFederalReserveHoliday('2017-01-02')).toBe("New Year's Day (observed)");
    expect(usFederalReserveHoliday('2021-12-31')).toBe("New Year's Day (observed)");
    expect(usFederalReserveHoliday('2017-11-10')).toBe('Veterans Day (observed)');
    expect(usFederalReserveHoliday('2004-12-24')).toBeUndefined();
    expect(usFederalReserveHoliday('2009-07-03')).toBeUndefined();
  });
});

describe('gapReason', () => {
  it('names weekends, holidays, and nothing else', () => {
    expect(gapReason('2017-11-18', 'us-federal-reserve')).toEqual({
      date: '2017-11-18',
      kind: 'weekend',
      name: 'Saturday',
    });
    expect(gapReason('2017-11-23', 'us-federal-reserve')).toEqual({
      date: '2017-11-23',
      kind: 'holiday',
      name: 'Thanksgiving Day',
    });
    expect(gapReason('2018-12-05', 'us-federal-reserve')).toEqual({
      date: '2018-12-05',
      kind: 'unexplained',
      name: 'no rule names this closure',
    });
    expect(gapReason('2017-11-23', 'none').kind).toBe('unexplained');
    expect(gapReason('2017-11-19', 'none')).toEqual({ date: '2017-11-19', kind: 'weekend', name: 'Sunday' });
  });
});

/**
 * The calendar checked against the data: every weekday without a rate in the H.10 series
 * (FRED DEXCHUS, DEXJPUS, DEXUSEU) must be a named holiday, except these one-off closures,
 * which the lookup reports as 'unexplained' (no rule guesses them).
 */
const ONE_OFF_CLOSURES: Record<string, string> = {
  '2001-09-11': 'September 11 attacks',
  '2014-12-26': 'federal offices closed by executive order (day after Christmas)',
  '2017-01-20': 'Inauguration Day (not closed on 2005-01-20 or 2009-01-20, which have rates)',
  '2018-12-05': 'national day of mourning for President George H. W. Bush',
  '2018-12-24': 'federal offices closed by executive order (Christmas Eve)',
  '2019-01-14': 'no H.10 rate; no closure known to us (during the 2018-19 federal shutdown)',
  '2019-02-20': 'no H.10 rate; no closure known to us',
  '2020-11-27': 'no H.10 rate; no closure known to us (day after Thanksgiving)',
  '2020-12-24': 'federal offices closed by executive order (Christmas Eve)',
  '2021-01-20': 'Inauguration Day',
};

/** Series-specific gaps of the yuan series (FRED DEXCHUS) after 1995. */
const CHUS_ONLY_GAPS: Record<string, string> = {
  '1997-09-08': 'no DEXCHUS rate that day (other H.10 series have one)',
};

/** Named holidays on which these series nevertheless have a rate. */
const HOLIDAYS_WITH_RATES: Record<string, string[]> = {
  CHUS: ['2005-09-05', '2007-09-03', '2007-10-08', '2007-11-22'],
  JPUS: ['2007-09-03', '2007-10-08', '2007-11-22'],
  USEU: ['2007-09-03', '2007-10-08', '2007-11-22'],
};

function walk(series: RateSeries, from: string): { unexplained: string[]; holidaysWithRates: string[] } {
  const have = new Set(seriesDates(series));
  const last = series.dateAt(series.size - 1);
  const first = series.dateAt(0);
  const unexplained: string[] = [];
  const holidaysWithRates: string[] = [];
  for (let d = first > from ? first : from; d <= last; d = addDays(d, 1)) {
    const wd = dayOfWeek(d);
    if (wd === 0 || wd === 6) continue;
    if (!have.has(d)) {
      if (gapReason(d, 'us-federal-reserve').kind === 'unexplained') unexplained.push(d);
    } else if (usFederalReserveHoliday(d) !== undefined) {
      holidaysWithRates.push(d);
    }
  }
  return { unexplained, holidaysWithRates };
}

describe('the us-federal-reserve calendar against the H.10 data', () => {
  for (const [code, id] of [
    ['CNY', 'CHUS'],
    ['JPY', 'JPUS'],
    ['EUR', 'USEU'],
  ] as const) {
    it(`explains every weekday without a ${id} rate from 1995 by a rule or a named one-off closure`, () => {
      const series = fred().series(c(code));
      expect(series.id).toBe(id);
      const { unexplained } = walk(series, '1995-01-01');
      const expected = Object.keys({ ...ONE_OFF_CLOSURES, ...(id === 'CHUS' ? CHUS_ONLY_GAPS : {}) }).sort();
      expect(unexplained).toEqual(expected.filter((d) => d >= series.dateAt(0)));
    });

    it(`fires no holiday rule on a day with a ${id} rate, except the listed ones`, () => {
      const { holidaysWithRates } = walk(fred().series(c(code)), '1990-01-01');
      expect(holidaysWithRates).toEqual(HOLIDAYS_WITH_RATES[id]);
    });
  }

  it('finds the yen series complete from 1990 (no extra gaps in 1990-1994)', () => {
    const { unexplained } = walk(fred().series(c('JPY')), '1990-01-01');
    expect(unexplained.filter((d) => d < '1995-01-01')).toEqual([]);
  });

  it('finds the yuan series (DEXCHUS) patchy in 1990-1994: 61 weekdays with no rate and no rule', () => {
    const { unexplained } = walk(fred().series(c('CNY')), '1990-01-01');
    const early = unexplained.filter((d) => d < '1995-01-01');
    expect(early.length).toBe(61);
    expect(early[0]).toBe('1990-11-16');
    expect(early[early.length - 1]).toBe('1994-04-04');
  });

  it('reports the 2018-12-05 closure as unexplained: the CHUS, JPUS and USEU series have no row', () => {
    for (const code of ['CNY', 'JPY', 'EUR'])
      expect(seriesDates(fred().series(c(code)))).not.toContain('2018-12-05');
    expect(gapReason('2018-12-05', 'us-federal-reserve').kind).toBe('unexplained');
  });

  it('has rates on each Friday before a Saturday holiday up to 2009 and none from 2010 (JPUS)', () => {
    const have = new Set(seriesDates(fred().series(c('JPY'))));
    for (const friday of ['1999-12-31', '2004-12-24', '2004-12-31', '2006-11-10', '2009-07-03']) {
      expect(have.has(friday)).toBe(true);
    }
    for (const friday of [
      '2010-12-24',
      '2010-12-31',
      '2015-07-03',
      '2017-11-10',
      '2020-07-03',
      '2021-12-24',
      '2021-12-31',
      '2023-11-10',
    ]) {
      expect(have.has(friday)).toBe(false);
      expect(gapReason(friday, 'us-federal-reserve').kind).toBe('holiday');
    }
  });

  it('treats gaps per series: the rand (SFUS) has rates on US holidays', () => {
    const zar = fred().series(c('ZAR'));
    expect(zar.id).toBe('SFUS');
    expect(seriesDates(zar)).toContain('2017-11-23'); // Thanksgiving Day
    expect(seriesDates(fred().series(c('CNY')))).not.toContain('2017-11-23');
  });
});

describe('isIsoDate (property)', () => {
  it('agrees with Date on every day of 1000-9999 written YYYY-MM-DD', () => {
    const reference = (t: string) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(t)) return false;
      const d = new Date(`${t}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === t && t >= '1000';
    };
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    const text = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    fc.assert(
      fc.property(text, (t) => isIsoDate(t) === reference(t)),
      { numRuns: 5000 },
    );
    // A character that is not a digit where a digit belongs: the neighbours of the digits ('/' and
    // ':'), a full-width digit, a letter, a space.
    const place = fc.constantFrom(...'01234567890123456789012/:a ９');
    const nearlyDates = fc
      .array(place, { minLength: 8, maxLength: 8 })
      .map((c) => `${c.slice(0, 4).join('')}-${c.slice(4, 6).join('')}-${c.slice(6).join('')}`);
    fc.assert(
      fc.property(nearlyDates, (t) => isIsoDate(t) === reference(t)),
      { numRuns: 20000 },
    );
    for (const t of [
      '2017-11-15',
      '0999-12-31',
      '1000-01-01',
      '9999-12-31',
      '2017-1:-15',
      '20/7-11-15',
      '2017-11-1/',
    ])
      expect(isIsoDate(t)).toBe(reference(t));
  });
});
