/**
 * The searches over many days (nearestFittingDays, matchingDateRanges) pass over blocks of days
 * whose lowest and highest rates both lie outside the interval, and read each day's rate once
 * (dayRates). Laws: they find exactly what a plain day-by-day scan with RateTest.position finds,
 * on the shipped Fed H.10 series (one leg) and the IMF cross through the SDR (two legs).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/fx/calendar.js';
import {
  matchingDateRanges,
  nearestFittingDays,
  pairDays,
  rateTest,
  type PairDays,
  type RateTest,
} from '../../src/check/index.js';
import { compareFraction, dayRates, DAYS_PER_BLOCK } from '../../src/check/dayRates.js';
import { Decimal } from '../../src/money/decimal.js';
import { c, fred, imf } from '../fx/helpers.js';

const PAIRS: readonly [string, PairDays][] = [
  ['fred-h10 CNY per USD', pairDays(fred(), c('USD'), c('CNY'))],
  ['imf CNY per USD (a cross)', pairDays(imf(), c('USD'), c('CNY'))],
  ['fred-h10 JPY per EUR (a cross)', pairDays(fred(), c('EUR'), c('JPY'))],
];

/** The nearest inside day before (or on) and after a date, by reading every day. */
function plainSearch(days: PairDays, test: RateTest, date: string, searchDays: number) {
  const inside = (i: number) => test.position(days.ratioAt(i)) === 'inside';
  const earliest = addDays(date, -searchDays);
  const latest = addDays(date, searchDays);
  const start = days.indexOnOrBefore(date);
  let before: string | null = null;
  for (let i = start; i >= 0 && days.dateAt(i) >= earliest; i -= 1) {
    if (inside(i)) {
      before = days.dateAt(i);
      break;
    }
  }
  let after: string | null = null;
  for (let i = start + 1; i < days.size && days.dateAt(i) <= latest; i += 1) {
    if (inside(i)) {
      after = days.dateAt(i);
      break;
    }
  }
  return { before, after };
}

// Rates between 5.5 and 8.5 CNY per USD (and 100..170 JPY per EUR) in steps of 0.0001: the
// intervals fall anywhere from inside the range of a year to beyond every day's rate.
const end = (low: number, span: number) =>
  fc.tuple(fc.integer({ min: low, max: low + span }), fc.integer({ min: 0, max: 3000 }));
const dayOffset = fc.integer({ min: 0, max: 14000 });

describe('the searches over many days', () => {
  for (const [name, days] of PAIRS) {
    const base = name.includes('JPY') ? 1_000_000 : 55_000;
    const span = name.includes('JPY') ? 700_000 : 30_000;
    it(`finds the same nearest fitting days as a day-by-day scan: ${name}`, () => {
      fc.assert(
        fc.property(
          end(base, span),
          fc.boolean(),
          fc.boolean(),
          dayOffset,
          fc.integer({ min: 0, max: 3000 }),
          ([low, width], lowOpen, highOpen, offset, searchDays) => {
            const test = rateTest(
              {
                low: { quoteAmount: new Decimal(`${low}e-4`), baseAmount: new Decimal('1') },
                lowOpen,
                high: { quoteAmount: new Decimal(`${low + width}e-4`), baseAmount: new Decimal('1') },
                highOpen,
              },
              new Decimal('1'),
            );
            const date = addDays('1990-01-01', offset);
            const found = nearestFittingDays(days, test, date, searchDays);
            expect({ before: found.before?.date ?? null, after: found.after?.date ?? null }).toEqual(
              plainSearch(days, test, date, searchDays),
            );
          },
        ),
        { numRuns: 150 },
      );
    });
  }

  it('keeps per block the days of the lowest and the highest rate (fred-h10 CNY per USD)', () => {
    const [, days] = PAIRS[0] as [string, PairDays];
    const rates = dayRates(days);
    for (let block = 0; block * DAYS_PER_BLOCK < days.size; block += 37) {
      const first = block * DAYS_PER_BLOCK;
      const last = Math.min(first + DAYS_PER_BLOCK, days.size);
      for (let i = first; i < last; i += 1) {
        expect(
          compareFraction(rates.fractionAt(rates.lowestIn(block)), rates.fractionAt(i)),
        ).toBeLessThanOrEqual(0);
        expect(
          compareFraction(rates.fractionAt(rates.highestIn(block)), rates.fractionAt(i)),
        ).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('matches the days a day-by-day scan matches (fred-h10, November 2017, 6.60..6.62)', () => {
    const [, days] = PAIRS[0] as [string, PairDays];
    const test = rateTest(
      {
        low: { quoteAmount: new Decimal('6.6'), baseAmount: new Decimal('1') },
        lowOpen: false,
        high: { quoteAmount: new Decimal('6.62'), baseAmount: new Decimal('1') },
        highOpen: false,
      },
      new Decimal('1'),
    );
    // FRED DEXCHUS: 11-13 6.6385, 11-14 6.635, 11-15 6.62, 11-16 6.6273, 11-17 6.6245,
    // 11-20 6.6245, 11-21 6.6265, 11-22 6.6086, 11-24 6.5998 (11-23 was Thanksgiving).
    expect(matchingDateRanges(days, test, '2017-11-13', '2017-11-24')).toEqual([
      ['2017-11-15', '2017-11-15'],
      ['2017-11-22', '2017-11-22'],
    ]);
  });
});
