import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderImpliedText, renderStakeText } from '../../src/deal/render/deal.js';
import { allowedRates } from '../../src/check/render/check.js';
import { Decimal, stake, impliedValuation } from '../../src/index.js';
import { parseFigureOrThrow } from '../../src/parse/parseFigureOrThrow.js';
import { parsePercentOrThrow } from '../../src/parse/parsePercent.js';
import { formatBound } from '../../src/money/format.js';
import type { Interval } from '../../src/quantity/interval.js';
import { impliedView, stakeView } from '../../src/deal/render/dealView.js';
import { intervalText } from '../../src/quantity/intervalText.js';
import { fred } from '../fx/helpers.js';

// Issue 17 item 6: every printed interval end is rounded outward (a low end down, a high end up),
// so what is printed holds the exact interval. "more than $19,990,000" for $1,000,000 is a stake
// below 1,000,000 / 19,990,000 = 5.00250125…%: printed "below 5.01%", never "below 5.00%".

const number = (text: string) => new Decimal(text.replace(/,/g, ''));

/** The numbers after "below", "at most", "more than", "at least" and inside "within [a, b]" in a line. */
function printedBounds(line: string): { above: Decimal[]; below: Decimal[] } {
  const below = [...line.matchAll(/(?:below|at most) ([\d,.]+)/g)].map((m) => number(m[1] as string));
  const above = [...line.matchAll(/(?:more than|at least) ([\d,.]+)/g)].map((m) => number(m[1] as string));
  for (const m of line.matchAll(/within [[(]([\d,.]+)[^,\d]*, ([\d,.]+)/g)) {
    above.push(number(m[1] as string));
    below.push(number(m[2] as string));
  }
  return { above, below };
}

/** Dollars from $1 to $10 million, whole. */
const dollars = fc.integer({ min: 1, max: 10_000_000 });

describe('formatBound: an end rounded outward holds the exact value', () => {
  it('low end ≤ value ≤ high end, at any decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 6 }),
        (units, places, decimals) => {
          const value = new Decimal(`${units}e-${places}`);
          expect(number(formatBound(value, decimals, 'low')).lte(value)).toBe(true);
          expect(number(formatBound(value, decimals, 'high')).gte(value)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the issue\'s case: 5.00250125% is written "5.01" as a high end and "5.00" as a low end', () => {
    const exact = new Decimal('1000000').div('19990000').times('100');
    expect([formatBound(exact, 2, 'high'), formatBound(exact, 2, 'low')]).toEqual(['5.01', '5.00']);
  });
});

describe('stake and implied, in the terminal and on the page: the printed interval holds the exact one', () => {
  it('stake of "$A" at "more than $B": "below X%" with X at or above A / B × 100 (and every other end outward)', () => {
    fc.assert(
      fc.property(dollars, dollars, fc.boolean(), (invest, extra, hedged) => {
        const post = invest + extra;
        const result = stake([fred()], {
          investments: [{ figure: parseFigureOrThrow(`$${invest}`) }],
          valuation: parseFigureOrThrow(`${hedged ? 'more than ' : ''}$${post}`),
          basis: 'post',
          date: '2017-11-15',
        });
        const reading = result.readings[0];
        if (reading === undefined) throw new Error('no reading');
        const exact = reading.stake;
        const lines = [
          renderStakeText(result)
            .split('\n')
            .find((l) => l.trim().startsWith('stake')) ?? '',
          stakeView(result)
            .copyText.split('\n')
            .find((l) => /^\s+stake\s/.test(l)) ?? '',
        ];
        for (const line of lines) {
          const { above, below } = printedBounds(line);
          if (hedged) expect(below.length).toBeGreaterThan(0);
          // Every printed upper bound is at or above the exact high end (the point, as written, included).
          for (const b of below) expect(b.gte(exact.high ?? exact.percent)).toBe(true);
          for (const a of above) expect(a.lte(exact.low ?? exact.percent)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the issue\'s case prints "below 5.01%" in the terminal and on the page', () => {
    const result = stake([fred()], {
      investments: [{ figure: parseFigureOrThrow('$1,000,000') }],
      valuation: parseFigureOrThrow('more than $19,990,000'),
      basis: 'post',
      date: '2017-11-15',
    });
    expect(renderStakeText(result).split('\n')[0]).toBe('  stake        below 5.01%');
    expect(stakeView(result).copyText).toContain('below 5.01%');
  });

  it('implied: "$A for B%" gives a post-money range whose printed ends hold the exact ones', () => {
    fc.assert(
      fc.property(dollars, fc.integer({ min: 1, max: 999 }), (invest, tenths) => {
        const result = impliedValuation([fred()], {
          investment: parseFigureOrThrow(`$${invest} million`),
          stake: parsePercentOrThrow(`${tenths / 10}%`),
          date: '2017-11-15',
        });
        const post = result.postMoney;
        for (const line of [
          renderImpliedText(result).split('\n')[0] ?? '',
          impliedView(result)
            .copyText.split('\n')
            .find((l) => /post-money/.test(l)) ?? '',
        ]) {
          const { above, below } = printedBounds(line);
          expect([above.length, below.length]).toEqual([1, 1]);
          for (const b of below) expect(b.gte(post.high ?? post.amount)).toBe(true);
          for (const a of above) expect(a.lte(post.low ?? post.amount)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('intervals in brackets (check bands, conversion ranges), in the terminal and on the page', () => {
  const end = fc
    .tuple(fc.integer({ min: 1, max: 1_000_000_000 }), fc.integer({ min: 0, max: 9 }))
    .map(([units, places]) => new Decimal(`${units}e-${places}`));
  it('[low, high] written with any decimals holds the exact interval', () => {
    fc.assert(
      fc.property(end, end, fc.integer({ min: 0, max: 6 }), (a, b, decimals) => {
        const interval: Interval = {
          low: Decimal.min(a, b),
          high: Decimal.max(a, b),
          lowOpen: false,
          highOpen: false,
        };
        for (const text of [
          // the check's band, in the terminal and on the page; a conversion's range at any decimals
          allowedRates(interval),
          intervalText(interval, (value, side) => formatBound(value, decimals, side)),
        ]) {
          const m = /^\[([\d,.]+), ([\d,.]+)\]/.exec(text);
          if (m === null) throw new Error(text);
          expect(number(m[1] as string).lte(interval.low as Decimal)).toBe(true);
          expect(number(m[2] as string).gte(interval.high as Decimal)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
