import type { CurrencyCode } from '../money/currency.js';
import type { Decimal } from '../money/decimal.js';

/**
 * The FX market's base-currency priority: a currency in this list is the base against every
 * currency after it and every currency not in it (EUR/USD, GBP/USD, AUD/USD, NZD/USD, USD/CNY,
 * USD/JPY, USD/CAD, USD/CHF, EUR/GBP, GBP/JPY …).
 */
export const MARKET_BASE_ORDER: readonly string[] = ['EUR', 'GBP', 'AUD', 'NZD', 'USD', 'CAD', 'CHF'];

/** Which currency of a pair is the base of its rate, and the rule that decided. */
export interface MarketDirection {
  readonly base: CurrencyCode;
  readonly quote: CurrencyCode;
  readonly rule: string;
}

/** An amount in a currency, as far as the direction needs one. */
export interface AmountIn {
  readonly currency: CurrencyCode;
  readonly amount: Decimal;
}

/**
 * The market direction of the rate between two figures' currencies: the currency ranked first in
 * MARKET_BASE_ORDER is the base; when neither is ranked (CNY and HKD, CNY and JPY), the base is
 * the currency whose unit is worth more by the figures themselves (the smaller amount), so the
 * rate reads 1 or more, as such crosses are usually quoted (JPY per CNY, HKD per CNY); equal
 * amounts fall back to alphabetical order. No division: amounts are compared.
 *
 * @param first - a figure's currency and amount (positive)
 * @param second - the other figure's (positive, another currency)
 * @returns the base, the quote and the rule in words
 *
 * @example
 * const yuan = { currency: CNY, amount: new Decimal('1500000000') };
 * const dollars = { currency: USD, amount: new Decimal('227000000') };
 * marketDirection(yuan, dollars).base //=> 'USD'
 * marketDirection({ currency: JPY, amount: new Decimal('1700') }, { currency: CNY, amount: new Decimal('100') }).base //=> 'CNY'
 */
export function marketDirection(first: AmountIn, second: AmountIn): MarketDirection {
  const rankFirst = MARKET_BASE_ORDER.indexOf(first.currency);
  const rankSecond = MARKET_BASE_ORDER.indexOf(second.currency);
  const convention = `market convention: ${MARKET_BASE_ORDER.join(', ')} are bases, in that order, against any later or unlisted currency`;
  if (rankFirst >= 0 || rankSecond >= 0) {
    const firstIsBase = rankSecond < 0 || (rankFirst >= 0 && rankFirst < rankSecond);
    const [base, quote] = firstIsBase ? [first, second] : [second, first];
    return {
      base: base.currency,
      quote: quote.currency,
      rule: `${base.currency} is the base against ${quote.currency} (${convention})`,
    };
  }
  const order = first.amount.comparedTo(second.amount);
  const firstIsBase = order < 0 || (order === 0 && first.currency < second.currency);
  const [base, quote] = firstIsBase ? [first, second] : [second, first];
  return {
    base: base.currency,
    quote: quote.currency,
    rule:
      order === 0
        ? `${base.currency} is the base against ${quote.currency}: neither is a market base currency and the figures are equal, so alphabetical order decides`
        : `${base.currency} is the base against ${quote.currency}: neither is a market base currency, so the one whose unit is worth more by the figures is the base (the rate reads 1 or more)`,
  };
}
