import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkPair,
  compareFractions,
  insideDays,
  pairDays,
  rateTest,
  scaledFromDecimal,
  type RateBounds,
  type Verdict,
} from '../../src/check/index.js';
import { seriesFromArrays } from '../../src/fx/table.js';
import type { RateSource } from '../../src/fx/types.js';
import { Decimal } from '../../src/money/decimal.js';
import type { QuotedFigure } from '../../src/parse/types.js';
import { c, fred } from '../fx/helpers.js';

const USD = c('USD');
const CNY = c('CNY');
const RANK: Record<Verdict, number> = {
  consistent: 0,
  close: 1,
  'fits-only-by-rounding': 2,
  inconsistent: 3,
};
const DATES = ['2017-11-13', '2017-11-14', '2017-11-15', '2017-11-16', '2017-11-17'];

/** A one-series source made in memory: yuan per dollar on five days. */
function yuanSource(values: readonly string[]): RateSource {
  const series = seriesFromArrays({ id: 'TEST', currency: CNY, base: USD, quote: CNY }, DATES, values);
  return {
    info: {
      id: 'test',
      name: 'a test table',
      meaning: 'yuan per US dollar',
      pivot: USD,
      calendar: 'none',
      attribution: 'made up for a property test',
      lastDate: '2017-11-17',
      updateHint: 'none',
    },
    currencies: [CNY],
    series: () => series,
  };
}

/** A figure with a given point and interval, as the parser would return it. */
function figure(
  currency: typeof USD,
  value: Decimal,
  low: Decimal,
  high: Decimal | null,
  lowOpen = false,
  highOpen = false,
): QuotedFigure {
  return {
    text: `${value.toString()} ${currency}`,
    span: { start: 0, end: 1 },
    value,
    currency: { code: currency, token: currency, span: { start: 0, end: 1 } },
    scale: null,
    hedge: null,
    decimals: value.decimalPlaces(),
    notation: { decimalMark: '.', groupMark: ',', languages: ['en'] },
    ambiguity: null,
    range: null,
    interval: { low, high, lowOpen, highOpen },
    reading: 'made up for a property test',
  };
}

/** A positive decimal with up to four decimals, from 0.0001 to 100000. */
const rate = fc.integer({ min: 1, max: 1_000_000_000 }).map((n) => new Decimal(`${n}e-4`));
/** A figure's own rounding, as a fraction of it: 0 to 4%. */
const rounding = fc.integer({ min: 0, max: 40_000 }).map((n) => new Decimal(`${n}e-6`));
/** A non-negative widening, from 0 to about the figure's own size. */
const widen = fc.integer({ min: 0, max: 1_000_000 }).map((n) => new Decimal(`${n}e-6`));

describe('checkPair: properties', () => {
  it('widening either figure never makes a verdict worse (so consistent stays consistent)', () => {
    const seen = new Set<Verdict>();
    fc.assert(
      fc.property(
        fc.array(rate, { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 9_500, max: 10_500 }),
        fc.tuple(rounding, rounding, rounding, rounding),
        fc.tuple(widen, widen, widen, widen),
        fc.boolean(),
        (values, dollarUnits, noise, half, extra, unboundHigh) => {
          const source = yuanSource(values.map((v) => v.toString()));
          const dollars = new Decimal(`${dollarUnits}e6`);
          // The yuan figure within ±5% of the dollars at the day's rate, so all three verdicts occur.
          const yuan = dollars.times(values[2]!).times(new Decimal(`${noise}e-4`));
          // Half-widths as fractions of each figure (below 1, so the low ends stay positive).
          const [dl, dh, yl, yh] = half.map((h) => h.div(2));
          const narrowDollars = figure(
            USD,
            dollars,
            dollars.times(Decimal.sub(1, dl!)),
            dollars.times(Decimal.add(1, dh!)),
          );
          const narrowYuan = figure(
            CNY,
            yuan,
            yuan.times(Decimal.sub(1, yl!)),
            yuan.times(Decimal.add(1, yh!)),
          );
          const [el, eh, fl, fh] = extra.map((e) => e.div(2));
          const lowerOf = (f: QuotedFigure, by: Decimal) =>
            (f.interval.low as Decimal).times(Decimal.sub(1, by));
          const wideDollars = figure(
            USD,
            dollars,
            lowerOf(narrowDollars, el!),
            unboundHigh ? null : (narrowDollars.interval.high as Decimal).times(Decimal.add(1, eh!)),
          );
          const wideYuan = figure(
            CNY,
            yuan,
            lowerOf(narrowYuan, fl!),
            (narrowYuan.interval.high as Decimal).times(Decimal.add(1, fh!)),
          );
          const options = { date: '2017-11-15', windowDays: 2 };
          const before = checkPair([source], narrowYuan, narrowDollars, options);
          seen.add(before.verdict);
          for (const [first, second] of [
            [wideYuan, narrowDollars],
            [narrowYuan, wideDollars],
            [wideYuan, wideDollars],
          ] as const) {
            const after = checkPair([source], first, second, options);
            expect(RANK[after.verdict]).toBeLessThanOrEqual(RANK[before.verdict]);
            if (before.verdict === 'consistent') expect(after.verdict).toBe('consistent');
            // Every day that fitted still fits.
            const days = (ranges: readonly (readonly [string, string])[]) =>
              DATES.filter((d) => ranges.some(([from, to]) => from <= d && d <= to));
            const fitted = days(before.matchingDates.test ?? []);
            expect(days(after.matchingDates.test ?? [])).toEqual(expect.arrayContaining(fitted));
          }
        },
      ),
      { numRuns: 300 },
    );
    // About 65 consistent, 40 close and 195 inconsistent in 300 runs.
    expect([...seen].sort()).toEqual(['close', 'consistent', 'inconsistent']);
  }, 30_000);
});

describe('insideDays: the same answer as RateTest.position, exactly', () => {
  const days = pairDays(fred(), USD, CNY);
  // A bound near a published value, so that ties and near-ties are tried.
  const near = fc.tuple(
    fc.integer({ min: 0, max: days.size - 1 }),
    fc.integer({ min: -3, max: 3 }),
    fc.integer({ min: 1, max: 999 }),
  );

  it('on CHUS (Fed H.10, data/fred-h10/CHUS.csv) against bounds set at, just beside and across published values', () => {
    fc.assert(
      fc.property(near, near, fc.boolean(), fc.boolean(), (a, b, lowOpen, highOpen) => {
        const bound = ([index, nudge, base]: [number, number, number]) => {
          const value = new Decimal(days.legs[0]!.valueAt(index)).plus(new Decimal(`${nudge}e-4`));
          const baseAmount = new Decimal(`${base}e6`);
          return { quoteAmount: value.times(baseAmount), baseAmount };
        };
        const [lowEnd, highEnd] = [bound(a), bound(b)].sort((x, y) =>
          x.quoteAmount.div(x.baseAmount).comparedTo(y.quoteAmount.div(y.baseAmount)),
        );
        const bounds: RateBounds = { low: lowEnd!, lowOpen, high: highEnd!, highOpen };
        const test = rateTest(bounds, new Decimal('1'));
        const inside = insideDays(days, test);
        for (const index of [a[0], b[0], Math.min(a[0], b[0]) + 1]) {
          if (index >= days.size) continue;
          expect(inside(index)).toBe(test.position(days.ratioAt(index)) === 'inside');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('compareFractions agrees with Decimal division on exact values', () => {
    const scaled = fc
      .tuple(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: -6, max: 8 }))
      .map(([n, e]) => new Decimal(`${n}e${e}`));
    const positive = scaled.filter((d) => !d.isZero());
    fc.assert(
      fc.property(scaled, positive, scaled, positive, (a, b, x, y) => {
        const expected = a.times(y).comparedTo(x.times(b));
        const s = scaledFromDecimal;
        expect(compareFractions(s(a), s(b), s(x), s(y))).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
