// Issue 20 item 16: the diagnosis places its tries (the rate inverted, times or divided by 10,
// 100, 1000; other currencies' rates) as fractions of integers (fractionVerdicts), and the search
// of days tests a whole range of blocks at once (DayRates.extremesOver). Both must say what the
// decimal tests and a day-by-day reading say, for any interval and rate.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFraction, dayRates, DAYS_PER_BLOCK, ratioFraction } from '../../src/check/dayRates.js';
import { fractionVerdicts } from '../../src/check/insideDays.js';
import { pairDays } from '../../src/check/pairDays.js';
import { rateTest } from '../../src/check/rateTest.js';
import type { CurrencyCode } from '../../src/money/currency.js';
import { Decimal } from '../../src/money/decimal.js';
import { openShippedStore } from '../../src/node/openStore.js';

const decimal = fc
  .tuple(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 0, max: 6 }))
  .map(([units, places]) => new Decimal(`${units}e-${places}`));

describe('fractionVerdicts', () => {
  it('gives RateTest.verdict for any interval, tolerance and rate (property)', () => {
    fc.assert(
      fc.property(
        decimal,
        decimal,
        decimal,
        decimal,
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 0, max: 300 }),
        decimal,
        decimal,
        (lowQ, lowB, highQ, highB, lowOpen, highOpen, tolerance, n, d) => {
          const bounds = {
            low: { quoteAmount: lowQ, baseAmount: lowB },
            lowOpen,
            high: { quoteAmount: highQ, baseAmount: highB },
            highOpen,
          };
          const test = rateTest(bounds, new Decimal(String(tolerance)));
          const ratio = { numerator: n, denominator: d };
          expect(fractionVerdicts(test)(ratioFraction(ratio))).toBe(test.verdict(ratio));
        },
      ),
    );
  });
});

describe('DayRates.extremesOver', () => {
  const fred = openShippedStore().source('fred-h10');
  const days = pairDays(fred, 'USD' as CurrencyCode, 'CNY' as CurrencyCode);
  const rates = dayRates(days);
  const blocks = Math.ceil(days.size / DAYS_PER_BLOCK);

  it('gives the lowest and highest rate of any run of blocks, as reading each day does (property)', () => {
    fc.assert(
      fc.property(fc.nat(blocks - 1), fc.nat(blocks - 1), (a, b) => {
        const [first, last] = a <= b ? [a, b] : [b, a];
        const [low, high] = rates.extremesOver(first, last);
        const end = Math.min((last + 1) * DAYS_PER_BLOCK, days.size);
        for (let i = first * DAYS_PER_BLOCK; i < end; i += 1) {
          expect(compareFraction(rates.fractionAt(low), rates.fractionAt(i))).toBeLessThanOrEqual(0);
          expect(compareFraction(rates.fractionAt(high), rates.fractionAt(i))).toBeGreaterThanOrEqual(0);
        }
        expect(
          low >= first * DAYS_PER_BLOCK && low < end && high >= first * DAYS_PER_BLOCK && high < end,
        ).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});
