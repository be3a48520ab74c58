import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/money/decimal.js';
import {
  intervalContains,
  isPoint,
  mapIncreasing,
  pointInterval,
  type Interval,
} from '../../src/quantity/interval.js';

const d = (text: string) => new Decimal(text);
const closed = (low: string, high: string): Interval => ({
  low: d(low),
  high: d(high),
  lowOpen: false,
  highOpen: false,
});

describe('intervalContains', () => {
  it.each([
    ['the low end of a closed interval', closed('1.45e9', '1.55e9'), '1.45e9', true],
    ['a point above a closed interval', closed('1.45e9', '1.55e9'), '1.5500001e9', false],
    [
      'the open low end of "more than $2 billion"',
      { low: d('2e9'), high: null, lowOpen: true, highOpen: false },
      '2e9',
      false,
    ],
    [
      'anything above "more than $2 billion"',
      { low: d('2e9'), high: null, lowOpen: true, highOpen: false },
      '1e15',
      true,
    ],
    [
      'the open high end of "less than $2 billion"',
      { low: d('0'), high: d('2e9'), lowOpen: false, highOpen: true },
      '2e9',
      false,
    ],
  ] as const)('judges %s', (_name, interval, value, expected) => {
    expect(intervalContains(interval, d(value))).toBe(expected);
  });
});

describe('isPoint', () => {
  it('is true for an exact figure and false for a range', () => {
    expect(isPoint(pointInterval(d('1500000000')))).toBe(true);
    expect(isPoint(closed('1', '2'))).toBe(false);
  });
});

describe('mapIncreasing', () => {
  it('converts "1.5 billion yuan" end by end at 6.6200 CNY per USD (Fed H.10, 2017-11-15)', () => {
    const usd = mapIncreasing(closed('1.45e9', '1.55e9'), (x) => x.div('6.62'));
    expect(usd.low?.toFixed(2)).toBe('219033232.63'); // 1.45e9 / 6.62
    expect(usd.high?.toFixed(2)).toBe('234138972.81'); // 1.55e9 / 6.62
  });

  it('keeps unbounded and open ends', () => {
    const mapped = mapIncreasing({ low: d('2e9'), high: null, lowOpen: true, highOpen: false }, (x) =>
      x.times(2),
    );
    expect(mapped).toMatchObject({ high: null, lowOpen: true, highOpen: false });
    expect(mapped.low?.toString()).toBe('4000000000');
  });

  it('keeps every image of a point of the interval inside the image interval (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.bigInt({ min: 0n, max: 10n ** 6n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        (a, b, t, rate) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const interval = closed(lo.toString(), hi.toString());
          const point = d(lo.toString()).plus(d((hi - lo).toString()).times(d(t.toString()).div('1000000')));
          const f = (x: Decimal) => x.div(d(rate.toString()).div('1000'));
          return intervalContains(interval, point) && intervalContains(mapIncreasing(interval, f), f(point));
        },
      ),
    );
  });
});
