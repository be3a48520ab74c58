/**
 * seriesDays (src/fx/seriesDays.ts) reads each observation's day number in integer arithmetic,
 * for speed (a batch builds it for every series its rows touch): the same number as the
 * calendar's toDayNumber (Date.UTC), for every day of 1600-2400, leap days and century years included.
 */
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/fx/calendar.js';
import { DAY_UNREADABLE, seriesDays } from '../../src/fx/seriesDays.js';
import { readVerifiedSeriesCsv, seriesFromArrays } from '../../src/fx/table.js';
import { toCurrencyCode } from '../../src/money/currency.js';
import { openShippedStore } from '../../src/node/openStore.js';

const META = {
  id: 'X',
  currency: toCurrencyCode('CNY'),
  base: toCurrencyCode('USD'),
  quote: toCurrencyCode('CNY'),
};

describe("seriesDays' day numbers", () => {
  it('are toDayNumber for every day of 1600-2400 (a series of all of them, each day observed)', () => {
    const first = toDayNumber('1600-01-01');
    const last = toDayNumber('2400-12-31');
    const dates = Array.from({ length: last - first + 1 }, (_, k) => fromDayNumber(first + k));
    const days = seriesDays(
      seriesFromArrays(
        META,
        dates,
        dates.map(() => '1'),
      ),
    );
    expect(days?.firstDay).toBe(first);
    expect(days?.lastDay).toBe(last);
    // Every day observed, and observed by its own row: the numbers ascend one by one.
    expect(days?.observed.every((index, k) => index === k)).toBe(true);
  });

  it('know 2000-02-29 and 2017-11-15 (day 17485 since 1970-01-01)', () => {
    const days = seriesDays(seriesFromArrays(META, ['2000-02-29', '2017-11-15'], ['1', '2']));
    expect(days?.firstDay).toBe(11016);
    expect(days?.lastDay).toBe(17485);
  });

  it("are the same read from a table's text (its dates read in place as YYYYMMDD), leap days included", () => {
    const first = toDayNumber('1600-01-01');
    const last = toDayNumber('2400-12-31');
    const dates = Array.from({ length: last - first + 1 }, (_, k) => fromDayNumber(first + k));
    const text = `date,value\n${dates.map((d) => `${d},1`).join('\n')}\n`;
    const series = readVerifiedSeriesCsv(text, { ...META, file: 'every-day.csv' });
    expect(series.dateCodeAt?.(0)).toBe(16000101);
    const days = seriesDays(series);
    expect(days?.firstDay).toBe(first);
    expect(days?.lastDay).toBe(last);
    expect(days?.observed.every((index, k) => index === k)).toBe(true);
  });

  it("read in one pass from a shipped table's text: toDayNumber of each row's date, every row of every table", () => {
    const store = openShippedStore();
    let rows = 0;
    for (const source of store.sources) {
      for (const currency of source.currencies) {
        const series = source.series(currency);
        const numbers = series.dayNumbers?.();
        expect(numbers, `${source.info.id} ${currency}`).toBeInstanceOf(Int32Array);
        for (let i = 0; i < series.size; i += 1) {
          if (numbers?.[i] !== toDayNumber(series.dateAt(i)))
            expect(numbers?.[i], `${source.info.id} ${currency} row ${i}`).toBe(
              toDayNumber(series.dateAt(i)),
            );
        }
        rows += series.size;
      }
    }
    expect(rows).toBeGreaterThan(100_000);
  });

  it.each([
    ['a day that does not exist', '2017-02-29,1'],
    ['a month that does not exist', '2017-13-01,1'],
    ['a letter in the year', '2O17-11-15,1'],
    ['no comma after the day', '2017-11-15;1'],
    ['a short row', '2017-11-1'],
  ])(
    'are none from a table with %s: its page of days is left to the lookup (which names the row)',
    (_why, row) => {
      const text = `date,value\n2017-11-14,1\n${row}\n2017-11-16,1\n`;
      const series = readVerifiedSeriesCsv(text, { ...META, file: 'damaged.csv' });
      expect(series.dayNumbers?.()).toBeNull();
      expect(series.dayNumbers?.(0, 1)).toEqual(Int32Array.of(toDayNumber('2017-11-14')));
      expect([...(seriesDays(series)?.observed ?? [])]).toEqual([
        DAY_UNREADABLE,
        DAY_UNREADABLE,
        DAY_UNREADABLE,
      ]);
    },
  );

  it('are none from a table whose first or last row is damaged', () => {
    const text = `date,value\n2017-11-14,1\n2017-11-16;1\n`;
    expect(seriesDays(readVerifiedSeriesCsv(text, { ...META, file: 'damaged.csv' }))).toBeNull();
  });
});

describe("seriesDays' pages", () => {
  it('read one at a time, in any order, give the days read all at once (every day of every FRED CNY row)', () => {
    const series = openShippedStore().source('fred-h10').series(toCurrencyCode('CNY'));
    const lazy = seriesDays(series);
    const numbers = series.dayNumbers?.() as Int32Array;
    const firstDay = numbers[0] as number;
    const whole = new Int32Array((numbers[numbers.length - 1] as number) - firstDay + 1).fill(-1);
    numbers.forEach((day, i) => (whole[day - firstDay] = i));
    expect(lazy?.span).toBe(whole.length);
    // Last day first, then every 37th day (pages out of order), then all.
    const asked = [
      whole.length - 1,
      ...Array.from({ length: whole.length }, (_, k) => (k * 37) % whole.length),
    ];
    for (const k of asked)
      if (lazy?.observedAt(k) !== whole[k]) expect(lazy?.observedAt(k), `day ${k}`).toBe(whole[k]);
    expect(lazy?.observed).toEqual(whole);
  });
});

describe("seriesDays' days", () => {
  // 2017-11-15 (Wednesday), 2017-11-17 (Friday), 2017-11-20 (Monday).
  const days = seriesDays(
    seriesFromArrays(META, ['2017-11-15', '2017-11-17', '2017-11-20'], ['1', '2', '3']),
  );

  it('say which observation each day of the span has, if any', () => {
    expect([...(days?.observed ?? [])]).toEqual([0, -1, 1, -1, -1, 2]);
  });

  it('say which observation is the latest on or before each day', () => {
    expect([...(days?.onOrBefore ?? [])]).toEqual([0, 0, 1, 1, 1, 2]);
  });
});
