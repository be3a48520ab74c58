import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/money/decimal.js';
import { describeRounding, roundHalfEven, roundSignificant } from '../../src/money/round.js';

describe('roundHalfEven', () => {
  it.each([
    ['2.5', 0, '2'],
    ['3.5', 0, '4'],
    ['-2.5', 0, '-2'],
    ['1.005', 2, '1'], // exact decimal 1.005 is a tie: rounds to the even 1.00
    ['1.015', 2, '1.02'],
    ['226586102.715', 2, '226586102.72'],
  ] as const)('rounds %s to %i decimals as %s', (value, decimals, expected) => {
    expect(roundHalfEven(new Decimal(value), decimals).toString()).toBe(expected);
  });

  it('moves a value by at most half a unit of the last kept decimal', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 0, max: 6 }),
        (n, d) => {
          const value = new Decimal(n.toString()).div('1000000');
          const rounded = roundHalfEven(value, d);
          return rounded.minus(value).abs().lte(new Decimal('10').pow(-d).div('2'));
        },
      ),
    );
  });
});

describe('roundSignificant', () => {
  it('keeps four significant digits half-even', () => {
    expect(roundSignificant(new Decimal('226586102.72'), 4).toString()).toBe('226600000');
  });
});

describe('describeRounding', () => {
  it('names the rule and the decimals', () => {
    expect(describeRounding({ mode: 'half-even', decimals: 2 })).toBe('rounded half-even to 2 decimals');
  });
});
