import { describe, expect, it } from 'vitest';
import { MONTH_TABLES, readStoryDate, readStoryDates } from '../../src/check/index.js';

describe('readStoryDate: the forms a date is written in', () => {
  it.each([
    ['2017-11-15', '2017-11-15', 'year-month-day'],
    ['filed 2017/11/15.', '2017-11-15', 'year-month-day'],
    ['BEIJING, Nov. 15, 2017 (Reuters) -', '2017-11-15', 'month-day-year'],
    ['November 15th, 2017', '2017-11-15', 'month-day-year'],
    ['Sept. 5, 2017', '2017-09-05', 'month-day-year'],
    ['15 November 2017', '2017-11-15', 'day-month-year'],
    ['15th of November 2017', '2017-11-15', 'day-month-year'],
    ['Frankfurt, 15. November 2017', '2017-11-15', 'day-month-year'],
    ['15. Nov. 2017', '2017-11-15', 'day-month-year'],
    ['am 3. März 2017', '2017-03-03', 'day-month-year'],
    ['Paris, le 1er novembre 2017', '2017-11-01', 'day-month-year'],
    ['le 4 août 2017', '2017-08-04', 'day-month-year'],
    ['Madrid, 15 de noviembre de 2017', '2017-11-15', 'day-month-year'],
    ['São Paulo, 15 de novembro de 2017', '2017-11-15', 'day-month-year'],
    ['15 نوفمبر 2017', '2017-11-15', 'day-month-year'],
    ['١٥ نوفمبر ٢٠١٧', '2017-11-15', 'day-month-year'], // Arabic-Indic digits
    ['15 تشرين الثاني 2017', '2017-11-15', 'day-month-year'], // Levantine month name
    ['15.11.2017', '2017-11-15', 'day.month.year'],
    ['北京2017年11月15日电', '2017-11-15', '年月日'],
    ['２０１７年１１月１５日', '2017-11-15', '年月日'], // full-width digits
    ['2017 年 11 月 15 日', '2017-11-15', '年月日'],
    ['2017년 11월 15일', '2017-11-15', '년월일'],
  ])('%s → %s (%s)', (text, date, form) => {
    const found = readStoryDate(text);
    expect(found?.date).toBe(date);
    expect(found?.form).toBe(form);
    // The span points at the date as written, in the original text (digits not rewritten).
    expect(text.slice(found?.span.start, found?.span.end)).toBe(found?.text);
  });

  it('names the month as written', () => {
    expect(readStoryDate('BEIJING, Nov. 15, 2017')?.monthName).toBe('Nov');
    expect(readStoryDate('15 تشرين الثاني 2017')?.monthName).toBe('تشرين الثاني');
  });

  it.each([
    ['11/15/2017', 'slashes with two-digit fields: the order of day and month is not stated'],
    ['15/11/2017', 'the same'],
    ['2017-02-30', 'a day that does not exist'],
    ['in July 2017', 'no day'],
    ['raised $410 million in 2017', 'a year alone'],
    ['version 1.15.11.2017', 'inside a longer dotted number'],
    ['3 billion users', 'a count'],
  ])('%s is not a date (%s)', (text) => {
    expect(readStoryDate(text)).toBeNull();
  });
});

describe('readStoryDates: several dates', () => {
  const story =
    'HONG KONG, Nov. 15, 2017 — The start-up, which raised $410 million on 2017-07-11, ' +
    'said on 13 November 2017 that ...';

  it('lists every date in text order; the story date is the first', () => {
    expect(readStoryDates(story).map((d) => [d.date, d.form])).toEqual([
      ['2017-11-15', 'month-day-year'],
      ['2017-07-11', 'year-month-day'],
      ['2017-11-13', 'day-month-year'],
    ]);
    expect(readStoryDate(story)?.date).toBe('2017-11-15');
  });

  it('month names never mean two different months across the language tables', () => {
    const seen = new Map<string, number>();
    for (const table of MONTH_TABLES) {
      table.months.forEach((names, index) => {
        for (const name of names) {
          expect(seen.get(name) ?? index).toBe(index);
          seen.set(name, index);
        }
      });
    }
  });

  it.each([
    ['long digit runs', '1'.repeat(1 << 20)],
    ['digits and spaces', '1 '.repeat(1 << 19)],
    ['dotted digits', '1.1.'.repeat(1 << 18)],
    ['Chinese date prefixes', '2017年11月'.repeat(1 << 17)],
    ['Arabic month fragments', '15 تشرين '.repeat(1 << 17)],
  ])('reads 1 MB of %s in under a second', (_, text) => {
    const start = performance.now();
    readStoryDates(text);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
