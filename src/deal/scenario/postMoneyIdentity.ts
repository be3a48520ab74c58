/**
 * The post-money identity of a round, computed: the post-money the terms define from its
 * components against price × fully diluted shares, the exact difference explained by the price
 * rounding and each rounded share count.
 */
import {
  add,
  bigToDecimal,
  cmp,
  div,
  mul,
  ratio,
  sign,
  sub,
  sum,
  toDecimal,
  ZERO,
  type Rational,
} from './rational.js';
import type { Instrument } from './prepareInstrument.js';
import type { CurrencyCode } from '../../money/currency.js';
import { checkAmountText, priceText, sharesText } from './figureText.js';
import type { SolverSolution } from './solveRound.js';
import type { PostMoneyIdentity, RoundingEffect, ScenarioRound } from './types.js';

/** What postMoneyIdentity needs of the round. */
export interface IdentityInput {
  readonly round: ScenarioRound;
  readonly currency: CurrencyCode;
  readonly exact: SolverSolution;
  readonly E: Rational;
  readonly p: Rational;
  readonly preMoney: Rational | null;
  readonly newMoney: Rational;
  readonly convention: string | null;
  readonly instruments: readonly Instrument[];
  readonly investors: readonly { readonly investor: { readonly name: string }; readonly amount: Rational }[];
  readonly fullyDiluted: bigint;
  readonly conversionCounts: readonly bigint[];
  readonly poolIncrease: bigint;
  readonly newCounts: readonly bigint[];
}

/**
 * The identity, and the exact post-money and conversion shares it used.
 */
export function postMoneyIdentity(input: IdentityInput): {
  readonly identity: PostMoneyIdentity;
  readonly postMoney: Rational;
  readonly conversionStar: Rational;
  readonly inPreMoney: boolean;
} {
  const { round, exact, E, p, preMoney, newMoney, convention, instruments, investors } = input;
  const { fullyDiluted, conversionCounts, poolIncrease, newCounts } = input;
  const pStar = exact.price;
  const conversionStar = sum(exact.conversionShares);
  const FD = ratio(fullyDiluted);
  const fdStar = add(add(add(E, exact.poolIncrease), conversionStar), exact.newShares);
  const inPreMoney = round.pool?.placement !== 'post-money';
  const components: { label: string; value: Rational }[] = [];
  if (preMoney === null) {
    components.push({ label: 'price × shares before the round', value: mul(pStar, E) });
    if (sign(exact.poolIncrease) > 0)
      components.push({ label: 'pool increase at the price', value: mul(pStar, exact.poolIncrease) });
    if (sign(conversionStar) > 0)
      components.push({ label: 'conversion shares at the price', value: mul(pStar, conversionStar) });
    components.push({ label: 'new money', value: newMoney });
  } else {
    components.push({ label: 'pre-money', value: preMoney });
    if (convention === 'dollars-invested')
      components.push({
        label: 'converting amounts (dollars-invested: the post-money counts them)',
        value: sum(instruments.map((x) => x.amount)),
      });
    components.push({ label: 'new money', value: newMoney });
    if (convention === 'pre-money')
      components.push({
        label: 'conversion shares at the round price (outside the pre-money)',
        value: mul(pStar, conversionStar),
      });
    if (!inPreMoney && sign(exact.poolIncrease) > 0)
      components.push({
        label: 'pool increase at the round price (post-money pool)',
        value: mul(pStar, exact.poolIncrease),
      });
  }
  const postMoney = sum(components.map((c) => c.value));
  if (cmp(postMoney, mul(pStar, fdStar)) !== 0) throw new RangeError('post-money components do not add up');
  const product = mul(p, FD);
  const difference = sub(product, postMoney);
  const priceRounding = mul(sub(p, pStar), FD);
  const effects: RoundingEffect[] = [];
  const effect = (what: string, exactShares: Rational, shares: bigint) => {
    const gap = sub(ratio(shares), exactShares);
    if (sign(gap) !== 0)
      effects.push({
        what,
        exactShares: toDecimal(exactShares),
        shares: bigToDecimal(shares),
        valueAtPrice: toDecimal(mul(gap, pStar)),
      });
  };
  instruments.forEach((x, i) =>
    effect(
      `${x.convertible.name} (conversion)`,
      exact.conversionShares[i] ?? ZERO,
      conversionCounts[i] ?? 0n,
    ),
  );
  effect('pool increase', exact.poolIncrease, poolIncrease);
  investors.forEach(({ investor, amount }, i) =>
    effect(`${investor.name} (new money)`, div(amount, pStar), newCounts[i] ?? 0n),
  );
  const holds = sign(difference) === 0;
  const currency = input.currency;
  const explanation = holds
    ? effects.length === 0 && sign(priceRounding) === 0
      ? 'price × fully diluted shares equals the post-money exactly; nothing was rounded'
      : 'price × fully diluted shares equals the post-money exactly; the rounding effects cancel'
    : `price × fully diluted shares is ${checkAmountText(toDecimal(sign(difference) < 0 ? sub(ZERO, difference) : difference), currency)} ${
        sign(difference) < 0 ? 'below' : 'above'
      } the post-money: ${[
        ...(sign(priceRounding) !== 0
          ? [
              `the price was rounded (${round.rounding.price.text}) from ${priceText(toDecimal(pStar), currency)} to ${priceText(toDecimal(p), currency)}: ${checkAmountText(toDecimal(priceRounding), currency)}`,
            ]
          : []),
        ...effects.map(
          (e) =>
            `${e.what} ${sharesText(e.exactShares)} shares rounded (${round.rounding.shares}) to ${sharesText(e.shares)}: ${checkAmountText(e.valueAtPrice, currency)}`,
        ),
      ].join('; ')}`;
  return {
    postMoney,
    conversionStar,
    inPreMoney,
    identity: {
      pricePerShare: toDecimal(p),
      fullyDilutedShares: bigToDecimal(fullyDiluted),
      product: toDecimal(product),
      postMoney: toDecimal(postMoney),
      components: components.map((c) => ({ label: c.label, value: toDecimal(c.value) })),
      difference: toDecimal(difference),
      holds,
      priceRounding: toDecimal(priceRounding),
      rounding: effects,
      explanation,
    },
  };
}
