import { internalError } from '../commonErrors.js';
import { notIsoCode } from './currencyErrors.js';
import { CURRENCY_TABLE } from './currencyTable.js';
import { checkArgument } from '../requestFields.js';

/** An ISO 4217 alphabetic code that the currency directory knows ("USD", "CNY", "XDR", "VEF"). */
export type CurrencyCode = string & { readonly __currency: unique symbol };

/** What dealcalc knows of a currency: its English name and minor units, from CLDR. */
export interface CurrencyInfo {
  readonly code: CurrencyCode;
  /** English name, e.g. "Chinese Yuan". */
  readonly name: string;
  /** Digits after the decimal point in ordinary use, e.g. 2 for USD, 0 for JPY. */
  readonly minorUnits: number;
}

/**
 * Tells whether a text is a currency code of the directory, current (USD) or historical (VEF).
 * The directory is generated from pinned CLDR data (`src/money/currencyTable.ts`), the same
 * for the library, the command line and the browser, and never asks ICU at run time.
 *
 * @example
 * isCurrencyCode('CNY') //=> true
 * isCurrencyCode('ABC') //=> false
 * isCurrencyCode('cny') //=> false
 */
export function isCurrencyCode(text: string): text is CurrencyCode {
  return text.length === 3 && Object.hasOwn(CURRENCY_TABLE, text);
}

/**
 * Reads a currency code (any letter case, surrounding spaces ignored), or throws CURRENCY_UNKNOWN.
 *
 * @example
 * toCurrencyCode('usd') //=> 'USD'
 * toCurrencyCode('XYZ') // throws CURRENCY_UNKNOWN
 */
export function toCurrencyCode(text: string): CurrencyCode {
  checkArgument('toCurrencyCode', 'text', 'text', text);
  const upper = text.trim().toUpperCase();
  if (isCurrencyCode(upper)) return upper;
  throw notIsoCode(text);
}

/**
 * Name and minor units of a currency: the one currency directory of dealcalc.
 *
 * @example
 * currencyInfo(JPY) //=> { code: 'JPY', name: 'Japanese Yen', minorUnits: 0 }
 */
export function currencyInfo(code: CurrencyCode): CurrencyInfo {
  checkArgument('currencyInfo', 'code', 'text', code);
  const entry = CURRENCY_TABLE[code];
  // A CurrencyCode is only ever made by checking the table, so this is a bug if it happens.
  if (entry === undefined) {
    throw internalError(
      `"${code}" is not in the currency directory`,
      'the call that passed it (make codes with toCurrencyCode or isCurrencyCode)',
    );
  }
  return { code, name: entry[0], minorUnits: entry[1] };
}

/**
 * Every code of the directory, sorted.
 *
 * @example
 * allCurrencyCodes().includes('CNY') //=> true
 */
export function allCurrencyCodes(): readonly CurrencyCode[] {
  return Object.keys(CURRENCY_TABLE) as CurrencyCode[];
}
