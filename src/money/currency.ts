import { DealCalcError } from '../errors.js';

/** An ISO 4217 alphabetic code, checked against Node's Intl data ("USD", "CNY", "XDR"). */
export type CurrencyCode = string & { readonly __currency: unique symbol };

/** What dealcalc knows of a currency, all taken from Intl (no hand-typed table). */
export interface CurrencyInfo {
  readonly code: CurrencyCode;
  /** English name, e.g. "Chinese Yuan". */
  readonly name: string;
  /** Digits after the decimal point in ordinary use (ISO 4217 minor unit), e.g. 2 for USD, 0 for JPY. */
  readonly minorUnits: number;
}

let displayNames: Intl.DisplayNames | undefined;
let currentCodes: ReadonlySet<string> | undefined;
const infoCache = new Map<string, CurrencyInfo>();

function englishName(code: string): string | undefined {
  displayNames ??= new Intl.DisplayNames(['en'], { type: 'currency', fallback: 'none' });
  return displayNames.of(code);
}

/**
 * Tells whether a text is a currency code Intl knows, current (USD) or historical (VEF).
 *
 * @example
 * isCurrencyCode('CNY') //=> true
 * isCurrencyCode('ABC') //=> false
 */
export function isCurrencyCode(text: string): text is CurrencyCode {
  if (!/^[A-Z]{3}$/.test(text)) return false;
  // The list of current codes costs nothing; Intl's display names load ICU locale data
  // (about 9 ms on a cold start), so they are asked only about codes not in that list.
  currentCodes ??= new Set(Intl.supportedValuesOf('currency'));
  return currentCodes.has(text) || englishName(text) !== undefined;
}

/**
 * Reads a currency code (any letter case), or throws CURRENCY_UNKNOWN.
 *
 * @example
 * toCurrencyCode('usd') //=> 'USD'
 */
export function toCurrencyCode(text: string): CurrencyCode {
  const upper = text.trim().toUpperCase();
  if (isCurrencyCode(upper)) return upper;
  throw new DealCalcError({
    code: 'CURRENCY_UNKNOWN',
    kind: 'input',
    message: `"${text}" is not an ISO 4217 currency code`,
    hint: 'Use a three-letter code such as USD, CNY, EUR, JPY, HKD or GBP.',
  });
}

/**
 * Name and minor units of a currency, from Intl.
 *
 * @example
 * currencyInfo(toCurrencyCode('JPY')) //=> { code: 'JPY', name: 'Japanese Yen', minorUnits: 0 }
 */
export function currencyInfo(code: CurrencyCode): CurrencyInfo {
  const cached = infoCache.get(code);
  if (cached) return cached;
  const minorUnits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
    .maximumFractionDigits;
  const info: CurrencyInfo = { code, name: englishName(code) ?? code, minorUnits: minorUnits ?? 2 };
  infoCache.set(code, info);
  return info;
}
