/**
 * The fast path of batch conversion: a plain amount ("1500000000", "-12.5") converted at a rate
 * with integers only (BigInt on scaled integers), rounded half-even to the target's minor units,
 * giving digit for digit what the decimal core gives (convertAmount, then the --value rounding).
 *
 * Why it is the same, not just close. The core computes amount × numerator exactly (both have at
 * most 20 digits, so the product fits the 40 significant digits of the Decimal clone), then, if
 * there is a division, one quotient rounded half-even to 40 significant digits (r), then rounds r
 * half-even to the minor units. Here the exact quotient q is compared with the half-way point h
 * between two minor units. Rounding to 40 digits is monotone and leaves h (at most 26 digits) and
 * every multiple of a minor unit in place, so r and q fall on the same side of h, and round alike,
 * unless r lands exactly on h while q does not: that needs |q − h| within half a unit of the 40th
 * digit, which the tie check below detects (conservatively) and declines. Declined amounts, and
 * anything outside the bounds below, go to the decimal core: the fast path never answers alone
 * when it cannot prove the answer.
 */
import { crossFactors } from '../fx/crossFactors.js';
import type { RateQuote } from '../fx/types.js';
import { Decimal } from '../money/decimal.js';

/** At most this many digits in an amount, and in each factor of a rate, on the fast path. */
const MAX_DIGITS = 20;
/** Quotients of more digits than this (in minor units) are declined, so that h has at most 26. */
const QUOTIENT_LIMIT = 10n ** 25n;
/** 10^(40 − 25): the tie check's margin, the most digits a quotient may have taken off 40. */
const TIE_MARGIN = 10n ** 15n;

const POWERS: readonly bigint[] = Array.from({ length: 80 }, (_, i) => 10n ** BigInt(i));

function power(exponent: number): bigint {
  return POWERS[exponent] ?? 10n ** BigInt(exponent);
}

/** The integers to convert an amount of one scale with (see stepFor). */
export interface ExactStep {
  readonly scale: number;
  readonly multiplier: bigint;
  readonly divisor: bigint;
  /** Whether a quotient may lie within the tie check's margin of a half-way point. */
  readonly checkTies: boolean;
  /**
   * The same integers as small JS integers (below 2^30, and so below the tie check's margin), for
   * exactUnits; both 0 when they are larger (then only exactUnitsBig converts).
   */
  readonly smallMultiplier: number;
  readonly smallDivisor: number;
}

/** A rate as integers: amount × numerator / 10^numeratorScale ÷ (denominator / 10^denominatorScale). */
export interface ExactRate {
  readonly numerator: bigint;
  readonly numeratorScale: number;
  readonly denominator: bigint;
  readonly denominatorScale: number;
  /** The target's minor units: the decimals of the answer. */
  readonly minorUnits: number;
  /** The integers for the last amount scale seen (the rows of a file share their decimals). */
  step: ExactStep | null;
}

/** An integer and a decimal scale: value = int / 10^scale. */
interface Scaled {
  readonly int: bigint;
  readonly scale: number;
}

const ONE: Scaled = { int: 1n, scale: 0 };

/** A positive decimal as an integer and a scale (6.6245 → 66245, 4), or null past MAX_DIGITS digits. */
function scaled(value: Decimal): Scaled | null {
  // The configured clone writes plain decimals, never an exponent; a rate is positive.
  return scaledText(value.toString());
}

/** scaled() of a positive decimal's plain text. */
function scaledText(text: string): Scaled | null {
  let dot = -1;
  let lead = -1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 46 && dot === -1) dot = i;
    else if (c < 48 || c > 57) return null;
    else if (lead === -1 && c !== 48) lead = i;
  }
  if (lead === -1) return null;
  const digits = dot === -1 || dot < lead ? text.slice(lead) : text.slice(lead, dot) + text.slice(dot + 1);
  if (digits.length > MAX_DIGITS) return null;
  return { int: BigInt(digits), scale: dot === -1 ? 0 : text.length - dot - 1 };
}

/**
 * The integers to convert with at a looked-up rate, the way convertAmount applies it (direct:
 * × value; inverse: ÷ value; cross: × numerator ÷ denominator of the two legs; identity: × 1),
 * or null when a factor has more than 20 digits (an interpolated rate): the decimal core then
 * converts every row at this rate.
 *
 * @example
 * const rate = exactRate(lookupRate(fred, CNY, USD, '2017-11-15'), 2); // CHUS 6.62, inverse
 * [rate.numerator, rate.denominator, rate.denominatorScale] //=> [1n, 662n, 2]
 */
export function exactRate(quote: RateQuote, minorUnits: number): ExactRate | null {
  const [first, second] = quote.legs;
  let n: Scaled | null = ONE;
  let d: Scaled | null = ONE;
  if (quote.derivation !== 'identity') {
    if (first === undefined) return null;
    if (quote.derivation === 'direct') n = scaled(first.value);
    else if (quote.derivation === 'inverse') d = scaled(first.value);
    else {
      if (second === undefined) return null;
      const factors = crossFactors(quote.from, quote.to, first, second);
      n = scaled(factors.numerator);
      d = scaled(factors.denominator);
    }
  }
  if (n === null || d === null) return null;
  return {
    numerator: n.int,
    numeratorScale: n.scale,
    denominator: d.int,
    denominatorScale: d.scale,
    minorUnits,
    step: null,
  };
}

/**
 * exactRate of a rate read as published from one series (a direct or inverse derivation), given
 * the published value's text as Decimal writes it (decimalText): the same integers, without the
 * Decimal and the quote (the digits exactRate reads are the text's own).
 *
 * @example
 * const rate = exactRateOfPublished('6.62', 'inverse', 2);
 * [rate.numerator, rate.denominator, rate.denominatorScale] //=> [1n, 662n, 2]
 */
export function exactRateOfPublished(
  text: string,
  derivation: 'direct' | 'inverse',
  minorUnits: number,
): ExactRate | null {
  const value = scaledText(text);
  if (value === null) return null;
  const n = derivation === 'direct' ? value : ONE;
  const d = derivation === 'direct' ? ONE : value;
  return {
    numerator: n.int,
    numeratorScale: n.scale,
    denominator: d.int,
    denominatorScale: d.scale,
    minorUnits,
    step: null,
  };
}

/**
 * A positive plain decimal (as published: "6.6200", "0.5", "100") written as the Decimal clone
 * writes it: trailing zeros after the point dropped, and the point with them when none is left.
 * Nothing else changes, since a published value has no leading zero but the one before a point.
 *
 * @example
 * decimalText('6.6200') //=> '6.62'
 * decimalText('100.00') //=> '100'
 * decimalText('0.5') //=> '0.5'
 */
export function decimalText(published: string): string {
  if (published.indexOf('.') === -1) return published;
  let end = published.length;
  while (published.charCodeAt(end - 1) === 48) end -= 1;
  if (published.charCodeAt(end - 1) === 46) end -= 1;
  return end === published.length ? published : published.slice(0, end);
}

/** The largest integer a JS number holds exactly, with every integer below it. */
const SAFE = 2 ** 53 - 1;
/** Multipliers and divisors below this are small integers to V8 (no boxed number per row). */
const SMALL_BIG = 2n ** 30n;

/**
 * The integers for amounts of `scale` decimals: q × 10^minor = A × multiplier ÷ divisor, where A
 * is the amount's digits as an integer; and, when they are small enough, the same as safe JS
 * integers (see exactUnits).
 *
 * @example
 * const step = exactStep(exactRate(lookupRate(fred, CNY, USD, '2017-11-15'), 2), 2);
 * [step.multiplier, step.divisor, step.smallDivisor] //=> [100n, 662n, 662]
 */
export function exactStep(rate: ExactRate, scale: number): ExactStep {
  const cached = rate.step;
  if (cached !== null && cached.scale === scale) return cached;
  const shift = rate.minorUnits + rate.denominatorScale - rate.numeratorScale - scale;
  const multiplier = shift >= 0 ? rate.numerator * power(shift) : rate.numerator;
  const divisor = shift >= 0 ? rate.denominator : rate.denominator * power(-shift);
  const small = multiplier < SMALL_BIG && divisor < SMALL_BIG;
  // parseInt of an integer's digits below 2^30 is exact (and counts are what numbers are for).
  const smallMultiplier = small ? parseInt(multiplier.toString(), 10) : 0;
  const smallDivisor = small ? parseInt(divisor.toString(), 10) : 0;
  const step = {
    scale,
    multiplier,
    divisor,
    checkTies: divisor >= TIE_MARGIN,
    smallMultiplier,
    smallDivisor,
  };
  rate.step = step;
  return step;
}

/** 10^0 … 10^22: every one a JS number holds exactly. */
const SMALL_POWERS: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * exactStep's small multiplier and divisor, [multiplier, divisor], for a rate read as published
 * from one series (see exactRateOfPublished), worked out with JS integers instead of BigInt:
 * [0, 0] when they are not both below 2^30 (then exactUnits declines to TOO_LARGE, as with
 * exactStep's). Exact: the published digits (at most 15) and the powers of ten (at most 10^22)
 * are integers a number holds; a product below 2^30 is exact, and a product at or past 2^30
 * (whose rounding, monotone, keeps it at or past 2^30, a power of two) is refused.
 * test/batch/exactAmount.test.ts compares it with exactStep on every shipped rate.
 *
 * @example
 * smallStep('6.62', 'inverse', 2, 2) //=> [100, 662]
 * smallStep('6.62', 'inverse', 2, 0) //=> [10000, 662]
 * smallStep('123456789012.5', 'direct', 2, 0) //=> [0, 0]
 */
export function smallStep(
  text: string,
  derivation: 'direct' | 'inverse',
  minorUnits: number,
  amountScale: number,
): readonly [number, number] {
  let digits = 0;
  let count = 0;
  let scale = -1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 46 && scale === -1) scale = 0;
    else if (c < 48 || c > 57) return NOT_SMALL;
    else {
      if (count > 0 || c !== 48) count += 1;
      digits = digits * 10 + (c - 48);
      if (scale !== -1) scale += 1;
    }
  }
  writeStep(STEP, 0, digits, count, scale, derivation, minorUnits, amountScale);
  return STEP[0] === 0 ? NOT_SMALL : [STEP[0] as number, STEP[1] as number];
}

/**
 * smallStep of a value written as ASCII in bytes[start, end), written into out[at] (the
 * multiplier) and out[at + 1] (the divisor), both 0 when not small: no string and no array, for
 * a batch that works it out once per (currency, day) in its row loop.
 *
 * @example
 * const out = new Float64Array(2);
 * smallStepInto(out, 0, new TextEncoder().encode('6.62'), 0, 4, 'inverse', 2, 2); // out: [100, 662]
 */
export function smallStepInto(
  out: Float64Array,
  at: number,
  bytes: Uint8Array,
  start: number,
  end: number,
  derivation: 'direct' | 'inverse',
  minorUnits: number,
  amountScale: number,
): void {
  let digits = 0;
  let count = 0;
  let scale = -1;
  for (let i = start; i < end; i += 1) {
    const c = bytes[i] as number;
    if (c === 46 && scale === -1) scale = 0;
    else if (c < 48 || c > 57) count = 16;
    else {
      if (count > 0 || c !== 48) count += 1;
      digits = digits * 10 + (c - 48);
      if (scale !== -1) scale += 1;
    }
  }
  writeStep(out, at, digits, count, scale, derivation, minorUnits, amountScale);
}

/** The step of a value read as `count` significant digits making `digits`, `scale` after its point (-1: none). */
function writeStep(
  out: Float64Array,
  at: number,
  digits: number,
  count: number,
  scale: number,
  derivation: 'direct' | 'inverse',
  minorUnits: number,
  amountScale: number,
): void {
  out[at] = 0;
  out[at + 1] = 0;
  if (count === 0 || count > 15) return;
  const valueScale = scale === -1 ? 0 : scale;
  const direct = derivation === 'direct';
  const n = direct ? digits : 1;
  const d = direct ? 1 : digits;
  // Subtracted, not negated: -0 would cost the row loop its optimized code.
  const shift = direct ? minorUnits - valueScale - amountScale : minorUnits + valueScale - amountScale;
  const power = SMALL_POWERS[Math.abs(shift)];
  if (power === undefined) return;
  const multiplier = shift >= 0 ? n * power : n;
  const divisor = shift >= 0 ? d : d * power;
  if (multiplier < SMALL_LIMIT && divisor < SMALL_LIMIT) {
    out[at] = multiplier;
    out[at + 1] = divisor;
  }
}

/** Where smallStep works its answer out before making the pair it returns. */
const STEP = new Float64Array(2);
const SMALL_LIMIT = 2 ** 30;
const NOT_SMALL: readonly [number, number] = [0, 0];

/** exactUnits' answer when the amount is too large for safe integers (ask exactUnitsBig). */
export const TOO_LARGE = -2;
/** exactUnits' answer when the fast path cannot prove the answer (ask the decimal core). */
export const DECLINED = -1;

/**
 * The converted amount in minor units, rounded half-even: A × multiplier ÷ divisor for an amount
 * A given as a safe integer (its sign apart), with a step's small multiplier and divisor (both
 * below 2^30): the scaled-integer path without BigInt. Every step is exact. The product is
 * checked against 2^53 − divisor (a product past it rounds to a number past it, so the check
 * itself is exact); below that bound the product, quotient × divisor and the remainder are
 * integers a JS number holds exactly. The floating quotient is within one of the true one (its
 * relative error is below 2^-53 of a value below 2^53) and is corrected by the remainder's sign.
 * A divisor below 2^30 < 10^15 leaves no remainder within the tie check's margin. Returns
 * DECLINED for zero and below one minor unit (--value writes three significant figures there:
 * the decimal core's case), TOO_LARGE past the bound or without small integers.
 *
 * @example
 * const step = exactStep(exactRate(lookupRate(fred, CNY, USD, '2017-11-15'), 2), 0);
 * exactUnits(1500000000, step.smallMultiplier, step.smallDivisor) //=> 22658610272
 * exactUnits(0, step.smallMultiplier, step.smallDivisor) //=> -1
 */
export function exactUnits(amount: number, multiplier: number, divisor: number): number {
  const product = amount * multiplier;
  if (multiplier === 0 || product > SAFE - divisor) return TOO_LARGE;
  // Every step below is taken on every row (a divisor of 1 and a tie too): a step first taken
  // after thousands of rows would cost the row loop its optimized code.
  let quotient = Math.floor(product / divisor);
  let remainder = product - quotient * divisor;
  const correction = (remainder < 0 ? -1 : 0) + (remainder >= divisor ? 1 : 0);
  quotient += correction;
  remainder -= correction * divisor;
  if (quotient === 0) return DECLINED;
  const twice = remainder + remainder - divisor;
  const odd = quotient % 2;
  return quotient + (twice > 0 ? 1 : 0) + (twice === 0 ? odd : 0);
}

/**
 * exactUnits for any amount, in BigInt: with the tie check for large divisors (see the top of
 * this file). Returns null when the answer cannot be proven here.
 *
 * @example
 * const step = exactStep(exactRate(lookupRate(fred, CNY, USD, '2017-11-15'), 2), 0);
 * exactUnitsBig(step, 150000000000000000000n) //=> 2265861027190332326284n
 */
export function exactUnitsBig(step: ExactStep, amount: bigint): bigint | null {
  const product = amount * step.multiplier;
  let quotient = product;
  if (step.divisor !== 1n) {
    quotient = product / step.divisor;
    if (quotient === 0n) return null;
    const remainder = product - quotient * step.divisor;
    if (remainder !== 0n) {
      const twice = remainder + remainder - step.divisor;
      if (step.checkTies && twice !== 0n && (twice < 0n ? -twice : twice) * TIE_MARGIN <= step.divisor)
        return null;
      if (twice > 0n || (twice === 0n && (quotient & 1n) === 1n)) quotient += 1n;
    }
  }
  if (quotient === 0n || quotient >= QUOTIENT_LIMIT) return null;
  return quotient;
}

/**
 * Converts a plain amount (digits, an optional sign and decimal point, at most 20 digits) at an
 * exact rate and writes it as `convert --value` does: half-even at the target's minor units, no
 * grouping. Returns null when the text is not a plain amount, or the answer cannot be proven
 * here (zero or below one minor unit, which --value writes to three significant figures; more
 * than 25 digits; a quotient too close to a half-way point): the caller then asks the decimal core.
 *
 * @example
 * const rate = exactRate(lookupRate(fred, CNY, USD, '2017-11-15'), 2);
 * convertPlainExactly(rate, '1500000000') //=> '226586102.72'
 * convertPlainExactly(rate, '-1500000000') //=> '-226586102.72'
 * convertPlainExactly(rate, '1.5 billion') //=> null
 */
export function convertPlainExactly(rate: ExactRate, text: string): string | null {
  const length = text.length;
  let i = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === 45 || first === 43) {
    negative = first === 45;
    i = 1;
  }
  let dot = -1;
  for (let j = i; j < length; j += 1) {
    const c = text.charCodeAt(j);
    if (c >= 48 && c <= 57) continue;
    if (c !== 46 || dot !== -1) return null;
    dot = j;
  }
  const digitCount = length - i - (dot === -1 ? 0 : 1);
  if (digitCount === 0 || digitCount > MAX_DIGITS || dot === length - 1) return null;
  const digits = dot === -1 ? text.slice(i) : text.slice(i, dot) + text.slice(dot + 1);
  const step = exactStep(rate, dot === -1 ? 0 : length - dot - 1);
  let units: string;
  const small =
    digitCount <= 15 ? exactUnits(parseInt(digits, 10), step.smallMultiplier, step.smallDivisor) : TOO_LARGE;
  if (small === DECLINED) return null;
  if (small === TOO_LARGE) {
    const big = exactUnitsBig(step, BigInt(digits));
    if (big === null) return null;
    units = big.toString();
  } else units = String(small);
  return writeMinorUnits(units, rate.minorUnits, negative);
}

function writeMinorUnits(units: string, decimals: number, negative: boolean): string {
  const sign = negative ? '-' : '';
  if (decimals === 0) return sign + units;
  const padded = units.length > decimals ? units : '0'.repeat(decimals + 1 - units.length) + units;
  const cut = padded.length - decimals;
  return `${sign}${padded.slice(0, cut)}.${padded.slice(cut)}`;
}
