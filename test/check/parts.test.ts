import { describe, expect, it } from 'vitest';
import {
  impliedRate,
  marketDirection,
  matchingDateRanges,
  nearestFittingDays,
  pairDays,
  rateTest,
  type RateBounds,
} from '../../src/check/index.js';
import { seriesFromArrays } from '../../src/fx/table.js';
import type { RateSource } from '../../src/fx/types.js';
import { Decimal } from '../../src/money/decimal.js';
import { c, fred } from '../fx/helpers.js';

const d = (text: string) => new Decimal(text);
const USD = c('USD');
const CNY = c('CNY');
const XDR = c('XDR');

/** A source made in memory from series of (dates, values), each against `pivot`. */
function source(
  pivot: typeof USD,
  series: Record<string, [readonly string[], readonly string[]]>,
): RateSource {
  const built = Object.fromEntries(
    Object.entries(series).map(([code, [dates, values]]) => [
      code,
      seriesFromArrays({ id: code, currency: c(code), base: pivot, quote: c(code) }, dates, values),
    ]),
  );
  return {
    info: {
      id: 'mem',
      name: 'in memory',
      meaning: 'units per pivot',
      pivot,
      calendar: 'none',
      attribution: 'test',
      lastDate: '2030-01-01',
      updateHint: 'none',
    },
    currencies: Object.keys(series).map(c),
    series: (code) => built[code] as never,
  };
}

describe('marketDirection', () => {
  it.each([
    ['EUR', '100', 'USD', '118', 'EUR'],
    ['USD', '130', 'GBP', '100', 'GBP'],
    ['CNY', '662', 'USD', '100', 'USD'],
    ['USD', '100', 'CAD', '128', 'USD'],
    ['GBP', '100', 'EUR', '113', 'EUR'],
    ['JPY', '14900', 'GBP', '100', 'GBP'],
    ['AUD', '100', 'NZD', '110', 'AUD'],
    // Neither ranked: the one worth more by the figures (the smaller amount) is the base.
    ['JPY', '1709', 'CNY', '100', 'CNY'],
    ['HKD', '118', 'CNY', '100', 'CNY'],
    ['KRW', '1000', 'JPY', '100', 'JPY'],
    // Equal amounts: alphabetical.
    ['HKD', '100', 'CNY', '100', 'CNY'],
  ])('%s %s against %s %s: %s is the base', (a, amountA, b, amountB, base) => {
    const direction = marketDirection(
      { currency: c(a), amount: d(amountA) },
      { currency: c(b), amount: d(amountB) },
    );
    expect(direction.base).toBe(base);
    expect(direction.quote).toBe(base === a ? b : a);
  });
});

describe('impliedRate: open and unbounded ends', () => {
  const closed = (currency: typeof USD, amount: string, low: string, high: string | null) => ({
    currency,
    amount: d(amount),
    low: d(low),
    high: high === null ? null : d(high),
    lowOpen: false,
    highOpen: false,
  });

  it('"less than $5 million" as the base: the rate has no upper bound (the base may be near 0)', () => {
    const base = { ...closed(USD, '5e6', '0', '5e6'), highOpen: true };
    const { implied, bounds } = impliedRate(closed(CNY, '30e6', '29.5e6', '30.5e6'), base);
    expect(implied.high).toBeNull();
    expect(bounds.high).toBeNull();
    // 29.5e6 / 5e6 = 5.9, open because the dollars stay strictly below 5e6.
    expect([implied.low?.toString(), implied.lowOpen]).toEqual(['5.9', true]);
  });

  it('"more than 30 million yuan" as the quote: the rate has no upper bound and an open low end', () => {
    const quote = { ...closed(CNY, '30e6', '30e6', null), lowOpen: true };
    const { implied } = impliedRate(quote, closed(USD, '5e6', '4.5e6', '5.5e6'));
    expect([implied.low?.toString(), implied.lowOpen, implied.high, implied.highOpen]).toEqual([
      d('30e6').div('5.5e6').toString(),
      true,
      null,
      false,
    ]);
  });
});

describe('rateTest: the ends of the verdicts', () => {
  // [6, 7] with a tolerance of 1%: close down to 5.94 and up to 7.07.
  const bounds: RateBounds = {
    low: { quoteAmount: d('6'), baseAmount: d('1') },
    lowOpen: false,
    high: { quoteAmount: d('14'), baseAmount: d('2') },
    highOpen: true,
  };
  const test = rateTest(bounds, d('1'));
  it.each([
    ['6', 'consistent'], // a closed end is inside
    ['7', 'close'], // an open end is outside …
    ['7.07', 'close'], // … and 7 × 1.01 is still close
    ['7.0700001', 'inconsistent'],
    ['5.94', 'close'], // 6 × 0.99
    ['5.9399999', 'inconsistent'],
  ])('%s is %s', (value, verdict) => {
    expect(test.verdict({ numerator: d(value), denominator: d('1') })).toBe(verdict);
  });

  it('places a ratio given as a fraction without dividing: 13 / 2 = 6.5 is inside', () => {
    expect(test.position({ numerator: d('13'), denominator: d('2') })).toBe('inside');
    expect(test.outsideByPct({ numerator: d('5.7'), denominator: d('1') })?.toString()).toBe('5');
  });
});

describe('pairDays', () => {
  it('reads a series published with the pivot as base as the rate (CHUS 2017-11-15: 6.62)', () => {
    const days = pairDays(fred(), USD, CNY);
    const i = days.indexOnOrBefore('2017-11-15');
    expect(days.seriesIds).toEqual(['CHUS']);
    expect(days.ratioAt(i).numerator.toString()).toBe('6.62');
  });

  it('reads a series published the other way as 1 / value (USEU 2017-11-15: 1 EUR = 1.1794 USD)', () => {
    const days = pairDays(fred(), USD, c('EUR'));
    const ratio = days.ratioAt(days.indexOnOrBefore('2017-11-15'));
    expect([ratio.numerator.toString(), ratio.denominator.toString()]).toEqual(['1', '1.1794']);
  });

  it('keeps only the days both legs of a cross published', () => {
    const mem = source(XDR, {
      CNY: [
        ['2020-01-01', '2020-01-02', '2020-01-03'],
        ['9', '9.1', '9.2'],
      ],
      USD: [
        ['2020-01-02', '2020-01-03', '2020-01-04'],
        ['1.3', '1.4', '1.5'],
      ],
    });
    const days = pairDays(mem, USD, CNY);
    expect(Array.from({ length: days.size }, (_, i) => days.dateAt(i))).toEqual(['2020-01-02', '2020-01-03']);
    const ratio = days.ratioAt(0); // CNY per USD = 9.1 / 1.3
    expect([ratio.numerator.toString(), ratio.denominator.toString()]).toEqual(['9.1', '1.3']);
  });
});

describe('matchingDateRanges and nearestFittingDays', () => {
  // Days without a rate (01-04, 01-05) do not break a run; 01-08 (outside) does.
  const mem = source(USD, {
    CNY: [
      ['2020-01-02', '2020-01-03', '2020-01-06', '2020-01-07', '2020-01-08', '2020-01-09', '2020-03-02'],
      ['6.5', '6.6', '6.6', '6.7', '7.5', '6.6', '6.55'],
    ],
  });
  const days = pairDays(mem, USD, CNY);
  const test = rateTest(
    {
      low: { quoteAmount: d('6.55'), baseAmount: d('1') },
      lowOpen: false,
      high: { quoteAmount: d('6.7'), baseAmount: d('1') },
      highOpen: false,
    },
    d('1'),
  );

  it('gives runs of observation days, across days without a rate', () => {
    expect(matchingDateRanges(days, test, '2020-01-01', '2020-01-31')).toEqual([
      ['2020-01-03', '2020-01-07'],
      ['2020-01-09', '2020-01-09'],
    ]);
    expect(matchingDateRanges(days, test, '2020-01-04', '2020-01-06')).toEqual([
      ['2020-01-06', '2020-01-06'],
    ]);
  });

  it('finds the nearest fitting days either side, within the reach', () => {
    const found = nearestFittingDays(days, test, '2020-01-08', 30);
    expect(found.before?.date).toBe('2020-01-07');
    expect(found.after?.date).toBe('2020-01-09');
    const narrow = rateTest(
      {
        ...test.bounds,
        low: { quoteAmount: d('6.54'), baseAmount: d('1') },
        high: { quoteAmount: d('6.56'), baseAmount: d('1') },
      },
      d('1'),
    );
    const far = nearestFittingDays(days, narrow, '2020-01-09', 30);
    expect(far.before).toBeNull(); // 6.5 on 2020-01-02 is outside
    expect(far.after).toBeNull(); // 6.55 on 2020-03-02 is 53 days away
    expect(far.searched).toEqual(['2020-01-02', '2020-02-08']);
    expect(nearestFittingDays(days, narrow, '2020-01-09', 60).after).toEqual({
      date: '2020-03-02',
      value: d('6.55'),
      daysAway: 53,
    });
  });
});
