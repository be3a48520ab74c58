import type { Decimal } from '../money/decimal.js';

/** An exact decimal as an integer and a count of decimal places: value = units / 10^places. */
export interface ScaledInteger {
  readonly units: bigint;
  readonly places: number;
}

/**
 * Reads a plain decimal numeral ("6.3738", "0.151", "1450000000") as a scaled integer, exactly.
 *
 * @example
 * scaledFromText('6.3738') //=> { units: 63738n, places: 4 }
 */
export function scaledFromText(text: string): ScaledInteger {
  const point = text.indexOf('.');
  if (point < 0) return { units: BigInt(text), places: 0 };
  return { units: BigInt(text.slice(0, point) + text.slice(point + 1)), places: text.length - point - 1 };
}

/**
 * A Decimal as a scaled integer, exactly (through its plain, never exponential, text).
 *
 * @example
 * scaledFromDecimal(new Decimal('1.45e9')) //=> { units: 1450000000n, places: 0 }
 */
export function scaledFromDecimal(value: Decimal): ScaledInteger {
  return scaledFromText(value.toFixed());
}

const powers: bigint[] = [1n];

/**
 * 10^exponent as a BigInt, kept once computed.
 *
 * @example
 * pow10(3) //=> 1000n
 */
export function pow10(exponent: number): bigint {
  for (let k = powers.length; k <= exponent; k += 1) powers.push((powers[k - 1] as bigint) * 10n);
  return powers[exponent] as bigint;
}

/**
 * Compares two exact fractions of scaled integers, a/b against c/d (b and d positive), by
 * cross-multiplying: a·d against c·b, aligned to the same number of places.
 *
 * @example
 * // 6.3738 / 1 against 1450000000 / 227500000
 * compareFractions(scaledFromText('6.3738'), scaledFromText('1'), scaledFromText('1450000000'), scaledFromText('227500000')) //=> 1
 */
export function compareFractions(
  a: ScaledInteger,
  b: ScaledInteger,
  c: ScaledInteger,
  d: ScaledInteger,
): -1 | 0 | 1 {
  return compareScaled(a.units * d.units, a.places + d.places, c.units * b.units, c.places + b.places);
}

/**
 * Compares x / 10^xPlaces against y / 10^yPlaces.
 *
 * @example
 * compareScaled(662n, 2, 6620n, 3) //=> 0
 */
export function compareScaled(x: bigint, xPlaces: number, y: bigint, yPlaces: number): -1 | 0 | 1 {
  const left = xPlaces < yPlaces ? x * pow10(yPlaces - xPlaces) : x;
  const right = yPlaces < xPlaces ? y * pow10(xPlaces - yPlaces) : y;
  return left < right ? -1 : left > right ? 1 : 0;
}
