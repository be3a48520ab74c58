import type { CurrencyCode } from './currency.js';
import type { Decimal } from './decimal.js';

/** An exact amount of one currency. Readonly data; operations are standalone functions. */
export interface Money {
  readonly amount: Decimal;
  readonly currency: CurrencyCode;
}
