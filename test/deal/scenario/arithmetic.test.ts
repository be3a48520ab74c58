/**
 * The exact arithmetic under the scenarios: fractions, day counts and interest, the percent column.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/money/decimal.js';
import { accrue, addMonths, yearFraction, type DayCount } from '../../../src/deal/scenario/interest.js';
import {
  cmp,
  div,
  floor,
  fromDecimal,
  mul,
  ratio,
  roundToDecimals,
  roundToInteger,
  toDecimal,
} from '../../../src/deal/scenario/rational.js';
import { apportionPercents } from '../../../src/deal/scenario/table.js';

describe('exact fractions', () => {
  it('divides without the 40-digit error that would cost a share: $1M at $1M / 7M shares is exactly 7,000,000', () => {
    const price = div(ratio(1000000n), ratio(7000000n));
    expect(floor(div(ratio(1000000n), price))).toBe(7000000n);
    // With 40-digit decimals the price 0.142857…143 is a hair high, and the shares round down to 6,999,999.
    expect(new Decimal('1000000').div(new Decimal('1000000').div('7000000')).floor().toString()).toBe(
      '6999999',
    );
  });

  it.each([
    ['2.5', 'floor', 2n],
    ['2.5', 'ceil', 3n],
    ['2.5', 'half-up', 3n],
    ['2.5', 'half-even', 2n],
    ['3.5', 'half-even', 4n],
    ['-2.5', 'half-up', -3n],
    ['-2.5', 'floor', -3n],
    ['2.4999', 'half-up', 2n],
  ] as const)('rounds %s by %s to %s', (value, mode, expected) => {
    expect(roundToInteger(fromDecimal(new Decimal(value)), mode)).toBe(expected);
  });

  it('rounds prices to decimals: 1.114438… to 4dp is 1.1144', () => {
    expect(
      toDecimal(roundToDecimals(div(ratio(15000000n), ratio(13459705n)), 4, 'half-even')).toString(),
    ).toBe('1.1144');
  });

  it('writes terminating fractions exactly however long, others to 40 digits', () => {
    // 2^-60 has 42 significant digits, more than a 40-digit division keeps.
    expect(toDecimal(ratio(1n, 2n ** 60n)).toString()).toBe(
      '0.000000000000000000867361737988403547205962240695953369140625',
    );
    expect(toDecimal(ratio(1n, 3n)).toString()).toBe('0.3333333333333333333333333333333333333333');
  });

  it('reads back every decimal exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.integer({ min: 0, max: 20 }),
        (units, scale) => {
          const value = new Decimal(`${units}e-${scale}`);
          expect(toDecimal(fromDecimal(value)).eq(value)).toBe(true);
        },
      ),
    );
  });

  it('orders like the numbers they stand for (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -1000n, max: 1000n }),
        fc.bigInt({ min: 1n, max: 1000n }),
        fc.bigInt({ min: -1000n, max: 1000n }),
        fc.bigInt({ min: 1n, max: 1000n }),
        (a, b, c, d) => {
          const sign = cmp(ratio(a, b), ratio(c, d));
          expect(sign).toBe(Math.sign(Number(a * d - c * b)));
          expect(cmp(mul(ratio(a, b), ratio(d, 1n)), ratio(a * d, b))).toBe(0);
        },
      ),
    );
  });
});

describe('day counts (ISDA 2006 §4.16)', () => {
  it.each([
    ['2016-01-01', '2017-01-01', 'actual/365', '366/365'],
    ['2016-01-01', '2017-01-01', 'actual/360', '61/60'],
    ['2016-01-01', '2017-01-01', 'actual/actual', '1'],
    ['2015-07-01', '2016-07-01', 'actual/actual', '184/365 + 182/366'],
    ['2016-01-31', '2016-03-31', '30/360', '1/6'],
    ['2016-01-30', '2016-03-31', '30/360', '1/6'],
    ['2016-01-15', '2016-03-31', '30/360', '76/360'],
  ] as [string, string, DayCount, string][])('%s → %s, %s = %s', (start, end, dayCount, byHand) => {
    const expected: Record<string, [bigint, bigint]> = {
      '366/365': [366n, 365n],
      '61/60': [61n, 60n],
      '1': [1n, 1n],
      '184/365 + 182/366': [184n * 366n + 182n * 365n, 365n * 366n],
      '1/6': [1n, 6n],
      '76/360': [76n, 360n],
    };
    const [n, d] = expected[byHand]!;
    expect(cmp(yearFraction(start, end, dayCount), ratio(n, d))).toBe(0);
  });

  it('adds months, keeping the day or taking the month’s last', () => {
    expect(['2019-01-31', '2020-01-31', '2019-08-31'].map((d) => addMonths(d, 1))).toEqual([
      '2019-02-28',
      '2020-02-29',
      '2019-09-30',
    ]);
    expect(addMonths('2019-11-15', 3)).toBe('2020-02-15');
  });
});

describe('interest', () => {
  const terms = (compounding: 'simple' | 'compound', period: 'annual' | 'quarterly' = 'annual') => ({
    principal: ratio(100000n),
    rate: ratio(10n, 100n),
    start: '2016-01-01',
    end: '2018-07-01',
    dayCount: 'actual/365' as const,
    compounding,
    period,
  });
  it('simple: 100,000 × (1 + 10% × 912/365) = 124,986.30…', () => {
    // 2016-01-01 → 2018-07-01 is 366 + 365 + 181 = 912 days.
    expect(toDecimal(accrue(terms('simple')).amount).toFixed(2)).toBe('124986.30');
  });
  it('compound yearly: 100,000 × 1.1² × (1 + 10% × 181/365) = 127,000.27…', () => {
    const accrued = accrue(terms('compound'));
    expect(accrued.periods).toBe(2);
    expect(accrued.stubStart).toBe('2018-01-01');
    expect(toDecimal(accrued.amount).toFixed(2)).toBe('127000.27');
  });
  it('compound quarterly: 100,000 × 1.025¹⁰ = 128,008.45 at 2018-07-01 (ten whole quarters, no stub)', () => {
    const accrued = accrue(terms('compound', 'quarterly'));
    expect([accrued.periods, accrued.stubStart]).toEqual([10, '2018-07-01']);
    expect(toDecimal(accrued.amount).toFixed(2)).toBe('128008.45');
  });
});

describe('the percent column', () => {
  it('sums to exactly 100 and keeps each row within 10^-30 of its exact value (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 1, maxLength: 12 }),
        (shares) => {
          fc.pre(shares.some((s) => s > 0n));
          const percents = apportionPercents(shares);
          expect(percents.reduce((a, b) => a.plus(b), new Decimal('0')).toString()).toBe('100');
          const total = shares.reduce((a, b) => a + b, 0n);
          shares.forEach((s, i) => {
            const exact = toDecimal(div(ratio(s * 100n), ratio(total)));
            expect(percents[i]!.minus(exact).abs().lte('1e-30')).toBe(true);
          });
        },
      ),
    );
  });
  it('leaves terminating percentages exact', () => {
    expect(apportionPercents([1n, 3n, 4n]).map(String)).toEqual(['12.5', '37.5', '50']);
  });
});
