/**
 * Exact rational numbers (BigInt numerator and denominator) for solving rounds.
 *
 * Why not Decimal here: a round's price is a quotient such as $10M / 11M shares, which no
 * finite decimal holds; at 40 digits, 100,000 / (5M / 11M) comes out as 219,999.999…, and
 * rounding that down issues one share too few. The solver therefore works in exact fractions,
 * rounds share counts from the exact value, and hands Decimals to the result. Private to
 * src/deal/scenario.
 */
import { Decimal } from '../../money/decimal.js';

/** A fraction n / d in lowest terms, d > 0. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * Builds n / d in lowest terms.
 *
 * @example
 * ratio(6n, 4n) //=> { n: 3n, d: 2n }
 */
export function ratio(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new RangeError('division by zero');
  if (d === 1n) return { n, d };
  if (n === 0n) return { n, d: 1n };
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

/** 0, 1 and 100 as fractions. */
export const ZERO = ratio(0n);
export const ONE = ratio(1n);
export const HUNDRED = ratio(100n);

/**
 * The exact value of a Decimal (every Decimal is a terminating fraction).
 *
 * @example
 * fromDecimal(new Decimal('-1.25')) //=> { n: -5n, d: 4n }
 */
export function fromDecimal(value: Decimal): Rational {
  const text = value.toFixed();
  const negative = text.startsWith('-');
  const digits = negative ? text.slice(1) : text;
  const [whole = '0', fraction = ''] = digits.split('.');
  const n = BigInt(whole + fraction) * (negative ? -1n : 1n);
  return ratio(n, 10n ** BigInt(fraction.length));
}

/**
 * Decimal text such as "12.5" (validated by the caller) as an exact fraction.
 *
 * @example
 * fromText('12.5') //=> { n: 25n, d: 2n }
 */
export function fromText(text: string): Rational {
  return fromDecimal(new Decimal(text));
}

/** a + b. @example add(ratio(1n, 3n), ratio(1n, 6n)) //=> { n: 1n, d: 2n } */
export function add(a: Rational, b: Rational): Rational {
  if (a.d === b.d) return ratio(a.n + b.n, a.d);
  return ratio(a.n * b.d + b.n * a.d, a.d * b.d);
}
/** a − b. @example sub(ratio(1n), ratio(1n, 4n)) //=> { n: 3n, d: 4n } */
export function sub(a: Rational, b: Rational): Rational {
  if (a.d === b.d) return ratio(a.n - b.n, a.d);
  return ratio(a.n * b.d - b.n * a.d, a.d * b.d);
}
/** a × b. @example mul(ratio(2n, 3n), ratio(3n)) //=> { n: 2n, d: 1n } */
export function mul(a: Rational, b: Rational): Rational {
  // Cancelling across first keeps the numbers (and the final gcd) small.
  // Both in lowest terms with positive denominators, so the product needs no further reduction.
  if (a.n === 0n || b.n === 0n) return { n: 0n, d: 1n };
  const g1 = a.d === 1n || b.n === 1n ? 1n : gcd(b.n, a.d);
  const g2 = b.d === 1n || a.n === 1n ? 1n : gcd(a.n, b.d);
  return { n: (a.n / g2) * (b.n / g1), d: (a.d / g1) * (b.d / g2) };
}
/** a ÷ b (b ≠ 0). @example div(ratio(1n), ratio(3n)) //=> { n: 1n, d: 3n } */
export function div(a: Rational, b: Rational): Rational {
  if (b.n === 0n) throw new RangeError('division by zero');
  return mul(a, b.n < 0n ? { n: -b.d, d: -b.n } : { n: b.d, d: b.n });
}
/** −a. @example neg(ratio(2n)) //=> { n: -2n, d: 1n } */
export function neg(a: Rational): Rational {
  return { n: -a.n, d: a.d };
}
/** The sum of a list. @example sum([ratio(1n, 2n), ratio(1n, 2n)]) //=> { n: 1n, d: 1n } */
export function sum(values: readonly Rational[]): Rational {
  return values.reduce(add, ZERO);
}
/** −1, 0 or 1 as a < b, a = b, a > b. @example cmp(ratio(1n, 3n), ratio(1n, 2n)) //=> -1 */
export function cmp(a: Rational, b: Rational): number {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}
/** Whether a = b. @example eq(ratio(2n, 4n), ratio(1n, 2n)) //=> true */
export function eq(a: Rational, b: Rational): boolean {
  return a.n === b.n && a.d === b.d;
}
/** −1, 0 or 1. @example sign(ratio(-3n)) //=> -1 */
export function sign(a: Rational): number {
  return a.n < 0n ? -1 : a.n > 0n ? 1 : 0;
}
/** The smaller of a and b. @example min(ratio(1n), ratio(2n)) //=> { n: 1n, d: 1n } */
export function min(a: Rational, b: Rational): Rational {
  return cmp(a, b) <= 0 ? a : b;
}
/** The larger of a and b. @example max(ratio(1n), ratio(2n)) //=> { n: 2n, d: 1n } */
export function max(a: Rational, b: Rational): Rational {
  return cmp(a, b) >= 0 ? a : b;
}
/** Whether a is a whole number. @example isInteger(ratio(4n, 2n)) //=> true */
export function isInteger(a: Rational): boolean {
  return a.d === 1n;
}

/** The largest integer ≤ a. @example floor(ratio(-7n, 2n)) //=> -4n */
export function floor(a: Rational): bigint {
  const q = a.n / a.d;
  return a.n < 0n && q * a.d !== a.n ? q - 1n : q;
}
/** The smallest integer ≥ a. @example ceil(ratio(7n, 2n)) //=> 4n */
export function ceil(a: Rational): bigint {
  return -floor(neg(a));
}

/** How a value is brought to a whole number of units (shares, or 10^-k of a currency unit). */
export type IntegerRounding = 'floor' | 'ceil' | 'half-up' | 'half-even';

/**
 * Rounds to an integer by a named rule; half-up rounds halves away from zero.
 *
 * @example
 * roundToInteger(ratio(5n, 2n), 'half-even') //=> 2n
 * roundToInteger(ratio(5n, 2n), 'half-up') //=> 3n
 */
export function roundToInteger(a: Rational, mode: IntegerRounding): bigint {
  switch (mode) {
    case 'floor':
      return floor(a);
    case 'ceil':
      return ceil(a);
    case 'half-up': {
      const down = floor(a);
      const rest = sub(a, ratio(down));
      const half = cmp(rest, ratio(1n, 2n));
      if (half !== 0) return half > 0 ? down + 1n : down;
      return a.n < 0n ? down : down + 1n;
    }
    case 'half-even': {
      const down = floor(a);
      const half = cmp(sub(a, ratio(down)), ratio(1n, 2n));
      if (half !== 0) return half > 0 ? down + 1n : down;
      return down % 2n === 0n ? down : down + 1n;
    }
  }
}

/**
 * Rounds to `decimals` places by a named rule, exactly.
 *
 * @example
 * roundToDecimals(ratio(10n, 11n), 4, 'half-even') //=> { n: 9091n, d: 10000n }
 */
export function roundToDecimals(a: Rational, decimals: number, mode: IntegerRounding): Rational {
  const scale = 10n ** BigInt(decimals);
  return ratio(roundToInteger(mul(a, ratio(scale)), mode), scale);
}

/**
 * Whether the fraction has a finite decimal expansion (no prime factor but 2 and 5 below).
 *
 * @example
 * terminates(ratio(1n, 8n)) //=> true
 * terminates(ratio(1n, 3n)) //=> false
 */
export function terminates(a: Rational): boolean {
  let d = a.d;
  while (d % 2n === 0n) d /= 2n;
  while (d % 5n === 0n) d /= 5n;
  return d === 1n;
}

/** An exact decimal text of a terminating fraction. */
function terminatingText(a: Rational): string {
  let places = 0;
  let scaled = a;
  while (scaled.d !== 1n) {
    scaled = mul(scaled, ratio(10n));
    places += 1;
  }
  const negative = scaled.n < 0n;
  const digits = (negative ? -scaled.n : scaled.n).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places);
  return `${negative ? '-' : ''}${whole}${places > 0 ? `.${fraction}` : ''}`;
}

/**
 * The Decimal nearest a fraction: exact when it terminates (however many digits), else
 * rounded half-even to the 40 significant digits every dealcalc result carries.
 *
 * @example
 * toDecimal(ratio(7n, 2n)).toString() //=> '3.5'
 * toDecimal(ratio(2n, 3n)).toString() //=> '0.6666666666666666666666666666666666666667'
 */
export function toDecimal(a: Rational): Decimal {
  if (terminates(a)) return new Decimal(terminatingText(a));
  return new Decimal(a.n.toString()).div(a.d.toString());
}

/** An integer count as a Decimal. @example bigToDecimal(2857142n).toString() //=> '2857142' */
export function bigToDecimal(value: bigint): Decimal {
  return new Decimal(value.toString());
}
