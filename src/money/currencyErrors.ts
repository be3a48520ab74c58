/**
 * Every CURRENCY_UNKNOWN, one wording each: a code that is not ISO 4217, a word no language's
 * table knows, no currency named at all.
 */
import { errorFrom, errorInfo, type DealCalcError, type ErrorInfo } from '../errors.js';

const ISO_HINT = 'Use a three-letter code such as USD, CNY, EUR, JPY, HKD or GBP.';

/**
 * A text read as a currency code that is not one.
 *
 * @example
 * notIsoCode('XYZ').message //=> '"XYZ" is not an ISO 4217 currency code'
 */
export function notIsoCode(text: string): DealCalcError {
  return errorFrom({
    code: 'CURRENCY_UNKNOWN',
    message: `"${text}" is not an ISO 4217 currency code`,
    hint: ISO_HINT,
  });
}

/**
 * A currency name (code, symbol or word) dealcalc does not know, at its place in the text.
 *
 * @example
 * unknownCurrencyWord('dolars', 0, 6, 'dolars', 'dollars').hint
 * //=> 'Did you mean "dollars"? Use an ISO 4217 code such as USD, CNY, EUR, JPY, HKD or GBP.'
 */
export function unknownCurrencyWord(
  text: string,
  index: number,
  length: number,
  word: string,
  suggestion: string | null,
): ErrorInfo {
  return errorInfo({
    code: 'CURRENCY_UNKNOWN',
    message: `"${word}" is not a currency code, symbol or word dealcalc knows`,
    hint: `${suggestion === null ? '' : `Did you mean "${suggestion}"? `}Use an ISO 4217 code such as USD, CNY, EUR, JPY, HKD or GBP.`,
    position: { input: text, index, length: Math.max(1, length) },
  });
}

/**
 * A conversion asked with no currency to convert to.
 *
 * @example
 * noTargetCurrency().message //=> 'no currency to convert to'
 */
export function noTargetCurrency(): DealCalcError {
  return errorFrom({
    code: 'CURRENCY_UNKNOWN',
    message: 'no currency to convert to',
    hint: 'Name at least one currency, e.g. USD.',
  });
}
