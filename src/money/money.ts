import type { CurrencyCode } from './currency.js';
import type { Decimal } from './decimal.js';

/** An exact amount of one currency. Readonly data; operations are standalone functions. */
export interface Money {
  readonly amount: Decimal;
  readonly currency: CurrencyCode;
}

/**
 * Builds a Money value.
 *
 * @example
 * money(new Decimal('1500000000'), toCurrencyCode('CNY')) //=> { amount: 1500000000, currency: 'CNY' }
 */
export function money(amount: Decimal, currency: CurrencyCode): Money {
  return { amount, currency };
}
