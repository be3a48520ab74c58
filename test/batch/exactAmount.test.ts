/**
 * The scaled-integer path against the decimal core, digit for digit. The decimal core is
 * convertAmount (src/fx/convert.ts: amount × value, amount ÷ value, amount × numerator ÷
 * denominator, 40 significant digits, half-even) followed by the --value rounding (valueText,
 * itself kept equal to `convert --value` in batchConversion.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  convertPlainExactly,
  decimalText,
  DECLINED,
  exactRate,
  exactRateOfPublished,
  exactStep,
  exactUnits,
  exactUnitsBig,
  smallStep,
  smallStepInto,
  TOO_LARGE,
  type ExactStep,
} from '../../src/batch/exactAmount.js';
import { valueText } from '../../src/batch/valueText.js';
import { convertAmount } from '../../src/fx/convert.js';
import { lookupRate } from '../../src/fx/lookupRate.js';
import type { RateLeg, RateQuote } from '../../src/fx/types.js';
import type { CurrencyCode } from '../../src/money/currency.js';
import { Decimal } from '../../src/money/decimal.js';
import { roundHalfEven } from '../../src/money/round.js';
import { openShippedStore } from '../../src/node/openStore.js';
import { c, fred } from '../fx/helpers.js';

const ENCODER = new TextEncoder();

const FRED = fred();
const USD = c('USD');

/** The decimal core's answer for a plain amount at a rate, as --value writes it. */
function decimalCore(quote: RateQuote, amount: string, minorUnits: number): string {
  return valueText(convertAmount(new Decimal(amount), quote), minorUnits);
}

function leg(base: string, quote: string, value: string): RateLeg {
  return {
    seriesId: `${base}${quote}`,
    base: base as CurrencyCode,
    quote: quote as CurrencyCode,
    value: new Decimal(value),
    requestedDate: '2017-11-15',
    observedDate: '2017-11-15',
    gaps: [],
  };
}

/** A rate of any derivation, as lookupRate builds them (from → to, legs as published). */
function quoteOf(derivation: RateQuote['derivation'], legs: RateLeg[], from = 'AAA', to = 'BBB'): RateQuote {
  return {
    from: from as CurrencyCode,
    to: to as CurrencyCode,
    base: from as CurrencyCode,
    quote: to as CurrencyCode,
    value: new Decimal('1'),
    derivation,
    source: FRED.info,
    requestedDate: '2017-11-15',
    observedDate: '2017-11-15',
    policy: 'previous',
    maxAgeDays: 7,
    legs,
    note: '',
    derivationNote: '',
  };
}

describe('exactRate', () => {
  // Fed H.10, 2017-11-15: CHUS 6.62 CNY per USD, USEU 1.1794 USD per EUR, JPUS 113.15 JPY per USD.
  it('divides by an inverse rate: CNY → USD at CHUS 6.62 is × 1 ÷ 662 / 10^2', () => {
    const rate = exactRate(lookupRate(FRED, c('CNY'), USD, '2017-11-15'), 2);
    expect(rate).toMatchObject({ numerator: 1n, numeratorScale: 0, denominator: 662n, denominatorScale: 2 });
  });

  it('multiplies by a direct rate: EUR → USD at USEU 1.1794', () => {
    const rate = exactRate(lookupRate(FRED, c('EUR'), USD, '2017-11-15'), 2);
    expect(rate).toMatchObject({ numerator: 11794n, numeratorScale: 4, denominator: 1n });
  });

  it('takes a cross through USD from both legs, never from the rounded cross value: CNY → JPY = × 113.15 ÷ 6.62', () => {
    const rate = exactRate(lookupRate(FRED, c('CNY'), c('JPY'), '2017-11-15'), 0);
    expect(rate).toMatchObject({
      numerator: 11315n,
      numeratorScale: 2,
      denominator: 662n,
      denominatorScale: 2,
    });
  });

  it('is the identity for the same currency', () => {
    expect(exactRate(lookupRate(FRED, USD, USD, '2017-11-15'), 2)).toMatchObject({
      numerator: 1n,
      denominator: 1n,
    });
  });

  it('declines a factor of more than 20 digits (an interpolated rate): the decimal core converts', () => {
    const interpolated = quoteOf('direct', [leg('AAA', 'BBB', '6.6213333333333333333333333333333333333')]);
    expect(exactRate(interpolated, 2)).toBeNull();
  });
});

describe('convertPlainExactly', () => {
  const chus = exactRate(lookupRate(FRED, c('CNY'), USD, '2017-11-15'), 2)!;

  it.each([
    // 1.5e9 / 6.62 = 226,586,102.7190… (DESIGN.md's seed case)
    ['1500000000', '226586102.72'],
    ['-1500000000', '-226586102.72'],
    ['+1500000000', '226586102.72'],
    ['1500000000.00', '226586102.72'],
    // 5 / 6.62 = 0.755287…
    ['5', '0.76'],
    ['.5', '0.08'],
    ['007', '1.06'],
    // 20 digits: the BigInt path; 12345678901234567890 / 6.62 = 1864906178434224756.79…
    ['12345678901234567890', '1864906178434224756.80'],
  ])('converts %s CNY to %s USD at 6.62', (amount, expected) => {
    expect(convertPlainExactly(chus, amount)).toBe(expected);
    expect(decimalCore(lookupRate(FRED, c('CNY'), USD, '2017-11-15'), amount, 2)).toBe(expected);
  });

  it.each([
    ['1.5 billion'],
    ['1,500'],
    ['5.'],
    ['-'],
    [''],
    ['1e9'],
    ['123456789012345678901'], // 21 digits
    ['0'], // zero: the decimal core writes it
    ['0.001'], // below one cent: --value writes three significant figures
  ])('declines %j (the decimal core answers)', (amount) => {
    expect(convertPlainExactly(chus, amount)).toBeNull();
  });

  it('rounds half-even at the minor units, as the core: 0.125 → 0.12, 0.135 → 0.14, 2.5 JPY → 2', () => {
    const identity = (minor: number) =>
      exactRate(quoteOf('identity', [], 'USD', 'USD'), minor) as NonNullable<ReturnType<typeof exactRate>>;
    expect(convertPlainExactly(identity(2), '0.125')).toBe('0.12');
    expect(convertPlainExactly(identity(2), '0.135')).toBe('0.14');
    expect(convertPlainExactly(identity(0), '2.5')).toBe('2');
    expect(convertPlainExactly(identity(0), '3.5')).toBe('4');
    expect(roundHalfEven(new Decimal('0.125'), 2).toFixed(2)).toBe('0.12');
  });
});

describe('exactUnits and exactUnitsBig', () => {
  const step = exactStep(exactRate(lookupRate(FRED, c('CNY'), USD, '2017-11-15'), 2)!, 0);

  it('agree on 1,500,000,000 CNY: 22,658,610,272 cents', () => {
    expect(exactUnits(1500000000, step.smallMultiplier, step.smallDivisor)).toBe(22658610272);
    expect(exactUnitsBig(step, 1500000000n)).toBe(22658610272n);
  });

  it('hand over to BigInt past 2^53, and decline zero', () => {
    expect(exactUnits(2 ** 52, step.smallMultiplier, step.smallDivisor)).toBe(TOO_LARGE);
    expect(exactUnits(0, step.smallMultiplier, step.smallDivisor)).toBe(DECLINED);
    expect(exactUnitsBig(step, 0n)).toBeNull();
  });

  it('declines a quotient that the 40-digit rounding of the decimal core puts on a half-way point', () => {
    // q = A / (10^40 + 1) with A = 1015·10^39 + 101, in cents: 101.5 − 0.5/(10^40 + 1). The exact
    // quotient rounds to 101 cents; decimal.js first rounds it to 40 significant digits, which
    // is 101.5 exactly, then half-even to 102. Digit for digit means 1.02: the fast path must
    // not answer 1.01 here, so it declines and the decimal core answers.
    const divisor = 10n ** 40n + 1n;
    const amount = 1015n * 10n ** 39n + 101n;
    const tie: ExactStep = {
      scale: 0,
      multiplier: 1n,
      divisor,
      checkTies: true,
      smallMultiplier: 0,
      smallDivisor: 0,
    };
    const core = new Decimal(amount.toString()).div(divisor.toString()).div('100');
    expect(roundHalfEven(core, 2).toFixed(2)).toBe('1.02');
    expect((amount * 2n) / divisor / 2n).toBe(101n); // the exact quotient is below 101.5 cents
    expect(exactUnitsBig(tie, amount)).toBeNull();
  });
});

// ---- the property: the scaled-integer path gives the decimal core's result digit for digit ----

const digitsText = (min: number, max: number) =>
  fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`)).filter((d) => /[1-9]/.test(d));

/** A positive published rate: 1 to 10 significant digits, 0 to 8 decimals. */
const rateValue = fc.tuple(digitsText(1, 10), fc.integer({ min: 0, max: 8 })).map(([digits, scale]) => {
  const padded = digits.padStart(scale + 1, '0');
  const cut = padded.length - scale;
  return scale === 0 ? padded : `${padded.slice(0, cut)}.${padded.slice(cut)}`;
});

/** A plain amount as a CSV cell holds it: sign, digits, decimals (some past 15 and up to 20 digits). */
const plainAmount = fc
  .tuple(
    fc.constantFrom('', '-', '+'),
    fc.stringMatching(/^[0-9]{1,14}$/),
    fc.option(fc.stringMatching(/^[0-9]{1,6}$/), { nil: undefined }),
  )
  .map(([sign, whole, fraction]) => `${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}`);
const longAmount = fc.stringMatching(/^[1-9][0-9]{15,19}$/);
/** Amounts near half-way points at 2 decimals: x.xx5, x.xx499…, x.xx500…1. */
const nearHalf = fc
  .tuple(fc.stringMatching(/^[0-9]{1,9}$/), fc.constantFrom('5', '49999', '50001', '500000'))
  .map(([whole, tail]) => `${whole}.${whole.slice(-2).padStart(2, '0')}${tail}`);

const quoteArbitrary = fc.oneof(
  fc.constant(quoteOf('identity', [], 'USD', 'USD')),
  rateValue.map((v) => quoteOf('direct', [leg('AAA', 'USD', v)], 'AAA', 'USD')),
  rateValue.map((v) => quoteOf('inverse', [leg('USD', 'AAA', v)], 'AAA', 'USD')),
  fc
    .tuple(rateValue, rateValue, fc.boolean(), fc.boolean())
    .map(([v1, v2, fromQuoted, toQuoted]) =>
      quoteOf(
        'cross',
        [
          fromQuoted ? leg('USD', 'AAA', v1) : leg('AAA', 'USD', v1),
          toQuoted ? leg('USD', 'BBB', v2) : leg('BBB', 'USD', v2),
        ],
        'AAA',
        'BBB',
      ),
    ),
);

describe('properties', { timeout: 120000 }, () => {
  it('the scaled-integer path equals the decimal core digit for digit, and answers nearly always', () => {
    let answered = 0;
    let asked = 0;
    fc.assert(
      fc.property(
        quoteArbitrary,
        fc.oneof(plainAmount, plainAmount, longAmount, nearHalf),
        fc.constantFrom(0, 2, 2, 3, 4),
        (quote, amount, minorUnits) => {
          const rate = exactRate(quote, minorUnits);
          expect(rate).not.toBeNull();
          const fast = convertPlainExactly(rate!, amount);
          asked += 1;
          if (fast === null) return;
          answered += 1;
          expect(fast).toBe(decimalCore(quote, amount, minorUnits));
        },
      ),
      { numRuns: 20000 },
    );
    // Declined: zero, and results below one minor unit (small amounts at small rates); never the rest.
    expect(answered / asked).toBeGreaterThan(0.9);
  });

  it('the safe-integer and BigInt paths agree wherever both answer', () => {
    fc.assert(
      fc.property(
        quoteArbitrary,
        fc.stringMatching(/^[1-9][0-9]{0,14}$/),
        fc.integer({ min: 0, max: 6 }),
        (quote, digits, scale) => {
          const rate = exactRate(quote, 2)!;
          const step = exactStep(rate, scale);
          const small = exactUnits(parseInt(digits, 10), step.smallMultiplier, step.smallDivisor);
          const big = exactUnitsBig(step, BigInt(digits));
          if (small >= 0 && big !== null) expect(BigInt(small)).toBe(big);
          if (small === DECLINED) expect(big).toBeNull();
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('decimalText, smallStep and smallStepInto on every published rate of the shipped tables (Fed H.10, IMF)', () => {
  const store = openShippedStore();
  const published = new Set<string>();
  for (const source of store.sources)
    for (const currency of source.currencies) {
      const series = source.series(currency);
      for (let i = 0; i < series.size; i += 1) published.add(series.valueAt(i));
    }

  it('writes each value as the Decimal clone does', () => {
    expect(published.size).toBeGreaterThan(10_000);
    const differing = [...published].filter((value) => decimalText(value) !== new Decimal(value).toString());
    expect(differing).toEqual([]);
  }, 60_000);

  it("gives exactStep's small integers for every 20th value, both ways, amounts of 0 to 4 decimals, to 0 and 2 minor units", () => {
    const differing: string[] = [];
    const into = new Float64Array(3);
    const bytes = new Uint8Array(64);
    let i = 0;
    for (const value of published) {
      i += 1;
      if (i % 20 !== 0) continue;
      const text = decimalText(value);
      for (const derivation of ['direct', 'inverse'] as const)
        for (const minorUnits of [0, 2]) {
          const exact = exactRateOfPublished(text, derivation, minorUnits);
          if (exact === null) continue;
          for (let scale = 0; scale <= 4; scale += 1) {
            const step = exactStep({ ...exact, step: null }, scale);
            const [m, d] = smallStep(text, derivation, minorUnits, scale);
            smallStepInto(
              into,
              1,
              bytes,
              0,
              ENCODER.encodeInto(text, bytes).written,
              derivation,
              minorUnits,
              scale,
            );
            if (m !== step.smallMultiplier || d !== step.smallDivisor)
              differing.push(`${text} ${derivation} ${minorUnits} ${scale}`);
            if (into[1] !== step.smallMultiplier || into[2] !== step.smallDivisor)
              differing.push(`into: ${text} ${derivation} ${minorUnits} ${scale}`);
          }
        }
    }
    expect(differing).toEqual([]);
  }, 60_000);

  it('keeps the hand-computed cases: CHUS 6.62 (2017-11-15) inverse to cents', () => {
    expect(smallStep('6.62', 'inverse', 2, 2)).toEqual([100, 662]);
    expect(smallStep('6.62', 'direct', 2, 2)).toEqual([662, 100]);
    expect(smallStep('0.000123456789012345678', 'direct', 2, 0)).toEqual([0, 0]);
    const into = new Float64Array(2);
    smallStepInto(into, 0, ENCODER.encode('x6.62'), 1, 5, 'inverse', 2, 2);
    expect([...into]).toEqual([100, 662]);
    smallStepInto(into, 0, ENCODER.encode('6.6.2'), 0, 5, 'inverse', 2, 2);
    expect([...into]).toEqual([0, 0]);
  });
});
