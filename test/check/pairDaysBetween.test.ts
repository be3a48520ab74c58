import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairDays, pairDaysBetween, type PairDays } from '../../src/check/pairDays.js';
import type { RateSource } from '../../src/fx/types.js';
import { openShippedStore } from '../../src/node/openStore.js';
import { c, fred, imf } from '../fx/helpers.js';

const USD = c('USD');
const CNY = c('CNY');
const EUR = c('EUR');
const ecb = (): RateSource => openShippedStore().source('ecb');

/** Each day of a pair's days as "date rate", the rate as its exact ratio of published values. */
function rows(days: PairDays, from = 0, to = days.size - 1): string[] {
  const out: string[] = [];
  for (let i = from; i <= to; i += 1) {
    const { numerator, denominator } = days.ratioAt(i);
    out.push(`${days.dateAt(i)} ${numerator.toString()}/${denominator.toString()}`);
  }
  return out;
}

/** The days of the whole history that fall from `from` to `to`, as rows. */
function wholeBetween(days: PairDays, from: string, to: string): string[] {
  let first = days.indexOnOrBefore(from);
  if (first === -1 || days.dateAt(first) < from) first += 1;
  const last = days.indexOnOrBefore(to);
  return last < first ? [] : rows(days, first, last);
}

describe('pairDaysBetween: the days of a window, without aligning whole histories', () => {
  // Fed H.10 publishes on US business days: Monday 13 to Friday 17 November 2017, nothing on the
  // weekend of the 18th and 19th (FRED series DEXCHUS, shipped as fred-h10/CHUS.csv).
  it('holds the five business days of a week and its weekend for one series', () => {
    const days = pairDaysBetween(fred(), USD, CNY, '2017-11-13', '2017-11-19');
    expect(Array.from({ length: days.size }, (_, i) => days.dateAt(i))).toEqual([
      '2017-11-13',
      '2017-11-14',
      '2017-11-15',
      '2017-11-16',
      '2017-11-17',
    ]);
    expect(days.indexOnOrBefore('2017-11-19')).toBe(4);
    expect(days.indexOnOrBefore('2017-11-12')).toBe(-1);
  });

  it('is empty for a window before the table starts or with its ends reversed', () => {
    expect(pairDaysBetween(fred(), USD, CNY, '1900-01-01', '1900-12-31').size).toBe(0);
    expect(pairDaysBetween(fred(), USD, CNY, '2017-11-17', '2017-11-13').size).toBe(0);
  });

  // The law: a window's days are the whole history's days in those dates, with the same exact
  // rates, for a single series (fred-h10), a cross through the SDR (imf) and through the euro (ecb).
  const cases: readonly (readonly [string, () => RateSource, string, string])[] = [
    ['fred-h10 USD/CNY (one series)', fred, '1981-01-01', '2024-12-31'],
    ['imf USD/CNY (two series, through the SDR)', imf, '1995-01-01', '2025-01-31'],
    ['ecb USD/CNY (two series, through the euro)', ecb, '1999-01-01', '2026-04-30'],
    ['ecb EUR/CNY (one series)', ecb, '1999-01-01', '2026-04-30'],
  ];
  for (const [name, source, start, end] of cases) {
    it(`equals the whole history cut to the window: ${name}`, () => {
      const base = name.includes('EUR/') ? EUR : USD;
      const whole = pairDays(source(), base, CNY);
      const day = fc
        .integer({ min: 0, max: (Date.parse(end) - Date.parse(start)) / 86_400_000 })
        .map((n) => new Date(Date.parse(start) + n * 86_400_000).toISOString().slice(0, 10));
      fc.assert(
        fc.property(day, fc.integer({ min: 0, max: 40 }), (from, length) => {
          const to = new Date(Date.parse(from) + length * 86_400_000).toISOString().slice(0, 10);
          const window = pairDaysBetween(source(), base, CNY, from, to);
          expect(rows(window)).toEqual(wholeBetween(whole, from, to));
        }),
        { numRuns: 200 },
      );
    });
  }
});
