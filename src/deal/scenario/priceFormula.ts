/**
 * The price formula of a round in words, with its figures.
 */
import { text } from './roundRules.js';
import type { Rational } from './rational.js';
import type { RoundResult } from './types.js';

/**
 * The formula a round's price came from, with the figures put in.
 *
 * @example
 * const one = { n: 1n, d: 1n };
 * priceFormula('pricePerShare', null, { V: null, stated: one, I: one, E: one, poolInPreMoney: one, conversions: one, converting: one, p: one }) //=> 'price per share = 1 (stated)'
 */
export function priceFormula(
  basis: 'preMoney' | 'postMoney' | 'pricePerShare',
  convention: RoundResult['convention'] | null,
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
  if (basis === 'pricePerShare' || x.V === null) return `price per share = ${text(x.p)} (stated)`;
  const pre =
    basis === 'postMoney'
      ? `pre-money = post-money − new money = ${text(x.stated)} − ${text(x.I)} = ${text(x.V)}; `
      : '';
  const count = `${text(x.E)} shares before + ${text(x.poolInPreMoney)} pool increase in the pre-money`;
  switch (convention) {
    case 'percentage-ownership':
      return `${pre}price = pre-money / (shares before + pool increase in the pre-money + conversion shares) = ${text(x.V)} / (${count} + ${text(x.conversions)} conversion shares) = ${text(x.p)}`;
    case 'dollars-invested':
      return `${pre}price = (pre-money + converting amounts) / (shares before + pool increase in the pre-money + conversion shares), i.e. post-money (pre-money + converting amounts + new money) / all fully diluted shares after the round = (${text(x.V)} + ${text(x.converting)}) / (${count} + ${text(x.conversions)} conversion shares) = ${text(x.p)}`;
    default:
      return `${pre}price = pre-money / (shares before + pool increase in the pre-money) = ${text(x.V)} / (${count}) = ${text(x.p)}`;
  }
}
