/**
 * The price formula of a round in words, with its figures written at the display rules (amounts
 * and prices with their currency, share counts grouped); the result's other fields keep them whole.
 */
import type { CurrencyCode } from '../../money/currency.js';
import { amountText, priceText, sharesText } from './figureText.js';
import { toDecimal, type Rational } from './rational.js';
import type { RoundResult } from './types.js';

/**
 * The formula a round's price came from, with the figures put in.
 *
 * @example
 * const one = { n: 1n, d: 1n };
 * priceFormula('pricePerShare', null, 'USD', { V: null, stated: one, I: one, E: one, poolInPreMoney: one, conversions: one, converting: one, p: { n: 7n, d: 10n } }) //=> 'price per share = 0.70 USD (stated)'
 */
export function priceFormula(
  basis: 'preMoney' | 'postMoney' | 'pricePerShare',
  convention: RoundResult['convention'] | null,
  currency: CurrencyCode,
  x: {
    V: Rational | null;
    stated: Rational;
    I: Rational;
    E: Rational;
    poolInPreMoney: Rational;
    conversions: Rational;
    converting: Rational;
    p: Rational;
  },
): string {
  const money = (value: Rational) => amountText(toDecimal(value), currency);
  const shares = (value: Rational) => sharesText(toDecimal(value));
  const price = priceText(toDecimal(x.p), currency);
  if (basis === 'pricePerShare' || x.V === null) return `price per share = ${price} (stated)`;
  const pre =
    basis === 'postMoney'
      ? `pre-money = post-money − new money = ${money(x.stated)} − ${money(x.I)} = ${money(x.V)}; `
      : '';
  const count = `${shares(x.E)} shares before + ${shares(x.poolInPreMoney)} pool increase in the pre-money`;
  switch (convention) {
    case 'percentage-ownership':
      return `${pre}price = pre-money / (shares before + pool increase in the pre-money + conversion shares) = ${money(x.V)} / (${count} + ${shares(x.conversions)} conversion shares) = ${price}`;
    case 'dollars-invested':
      return `${pre}price = (pre-money + converting amounts) / (shares before + pool increase in the pre-money + conversion shares), i.e. post-money (pre-money + converting amounts + new money) / all fully diluted shares after the round = (${money(x.V)} + ${money(x.converting)}) / (${count} + ${shares(x.conversions)} conversion shares) = ${price}`;
    default:
      return `${pre}price = pre-money / (shares before + pool increase in the pre-money) = ${money(x.V)} / (${count}) = ${price}`;
  }
}
