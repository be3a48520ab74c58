/**
 * One round of a scenario, in the order a closing works: convertibles convert, the pool is topped
 * up, new money buys shares at the round price, options are granted, secondaries move shares.
 * The price, pool and conversions come from the exact solution (solveRound); share counts are
 * that solution rounded by the round's named rules; the identities are then computed, not assumed.
 */
import { Decimal } from '../../money/decimal.js';
import {
  bigToDecimal,
  div,
  fromDecimal,
  HUNDRED,
  mul,
  ratio,
  sign,
  sub,
  sum,
  toDecimal,
  roundToInteger,
  ZERO,
  type Rational,
} from './rational.js';
import { convertInstruments } from './convertInstruments.js';
import { issueShares } from './issueShares.js';
import { postMoneyIdentity } from './postMoneyIdentity.js';
import { prepareInstrument } from './prepareInstrument.js';
import { proRataTakes } from './proRata.js';
import { priceFormula } from './priceFormula.js';
import { sharesText } from './figureText.js';
import { roundPrice, SHARE_MODES, text } from './roundRules.js';
import {
  noSharesBeforeRound,
  postMoneyNotAboveNewMoney,
  priceRoundsToZero,
  roundNotSolvable,
  roundPriceAmbiguous,
} from './scenarioErrors.js';
import { explainUnsolvable, solveRound, type SolverTerms } from './solveRound.js';
import { fullyDilutedOf, type CapTable } from './table.js';
import type { ToReporting } from './toReporting.js';
import type { CapTableRow, RoundResult, Scenario, ScenarioFigure, ScenarioFxUse } from './types.js';

/** The cap table between rounds. */
export interface RoundState {
  readonly table: CapTable;
  readonly rows: readonly CapTableRow[];
}

/** A round's terms, exactly, as the solver takes them (and what runRound reports of them). */
export function roundTerms(
  scenario: Scenario,
  index: number,
  before: RoundState,
  convert: ToReporting,
  fx: Map<string, ScenarioFxUse>,
) {
  const round = scenario.rounds[index];
  if (round === undefined) throw new RangeError(`no round ${index}`);
  const reported = (figure: ScenarioFigure) => {
    const r = convert(figure, round.date);
    if (r.use) fx.set(r.use.path, r.use);
    return r.amount;
  };
  const existingShares = fullyDilutedOf(before.table);
  if (existingShares === 0n) throw noSharesBeforeRound(round.path);
  const E = ratio(existingShares);
  const P0 = ratio(before.table.pool);

  const instruments = scenario.convertibles
    .filter((c) => c.convertsIn === index)
    .map((c) => prepareInstrument(c, scenario, round.date, convert, fx));
  const listed = round.investors.map((investor) => ({ investor, amount: reported(investor.amount) }));
  const proRata = proRataTakes(scenario, index, before.table, sum(listed.map((i) => i.amount)), reported);
  const investors = [
    ...listed,
    ...proRata.map((take) => ({
      investor: {
        path: `${round.path}.proRata`,
        name: take.name,
        amount: {
          path: `${round.path}.proRata`,
          text: take.take === null ? 'its pro-rata' : `${take.take.text} of its pro-rata`,
          amount: toDecimal(take.amount),
          currency: scenario.currency,
          assumption: null,
        },
        proRata: true,
      },
      amount: take.amount,
    })),
  ];
  const newMoney = sum(investors.map((i) => i.amount));
  const stated = reported(round.price.figure);

  let preMoney: Rational | null = null;
  if (round.price.basis === 'preMoney') preMoney = stated;
  if (round.price.basis === 'postMoney') {
    preMoney = sub(stated, newMoney);
    if (sign(preMoney) <= 0)
      throw postMoneyNotAboveNewMoney(
        round.path,
        toDecimal(stated),
        toDecimal(newMoney),
        toDecimal(preMoney),
        scenario.currency,
      );
  }
  const convention =
    round.price.basis === 'pricePerShare' ? null : instruments.length === 0 ? null : round.convention;
  const target = round.pool?.target;
  const terms: SolverTerms = {
    existing: E,
    pool: P0,
    newMoney,
    price: preMoney === null ? { kind: 'price', value: stated } : { kind: 'pre-money', value: preMoney },
    convention,
    poolTarget:
      target === undefined
        ? null
        : target.kind === 'shares'
          ? { kind: 'shares', shares: fromDecimal(target.shares) }
          : { kind: 'percent', fraction: div(fromDecimal(target.percent.percent), HUNDRED) },
    placement: round.pool?.placement ?? 'pre-money',
    instruments: instruments.map((i) => i.solver),
  };
  return {
    round,
    reported,
    E,
    P0,
    instruments,
    investors,
    proRata,
    newMoney,
    stated,
    preMoney,
    convention,
    target,
    terms,
  };
}

/**
 * Runs round `index` of a scenario on the table before it.
 *
 * @example
 * const s = parseScenario('currency: USD\nholders: [{ name: F, shares: 2000000 }]\nrounds:\n  - { name: A, date: 2018-01-02, preMoney: "$8M", investors: [{ name: Lead, amount: "$2M" }] }\n');
 * const before = { table: { holders: new Map([['F', 2000000n]]), pool: 0n }, rows: [] };
 * const sameCurrency = (figure) => ({ amount: { n: BigInt(figure.amount.toFixed()), d: 1n }, use: null });
 * s.ok && runRound(s.value, 0, before, sameCurrency).result.pricePerShare.toString() //=> '4'
 */
export function runRound(
  scenario: Scenario,
  index: number,
  before: RoundState,
  convert: ToReporting,
): { readonly result: RoundResult; readonly state: RoundState } {
  const round = scenario.rounds[index];
  if (round === undefined) throw new RangeError(`no round ${index}`);
  const fx = new Map<string, ScenarioFxUse>();
  const reported = (figure: ScenarioFigure) => {
    const r = convert(figure, round.date);
    if (r.use) fx.set(r.use.path, r.use);
    return r.amount;
  };

  const { E, instruments, investors, proRata, newMoney, stated, preMoney, convention, target, terms } =
    roundTerms(scenario, index, before, convert, fx);
  const outcome = solveRound(terms);
  if (!outcome.ok)
    throw outcome.reason === 'ambiguous'
      ? roundPriceAmbiguous(round.path, round.name)
      : roundNotSolvable(round.path, round.name, explainUnsolvable(terms, scenario.currency));
  const exact = outcome.solution;
  const pStar = exact.price;
  const p = roundPrice(pStar, round.rounding.price);
  if (sign(p) <= 0) throw priceRoundsToZero(round.path, round.rounding.price.text, text(pStar));
  const toShares = (value: Rational) => roundToInteger(value, SHARE_MODES[round.rounding.shares]);

  const { conversions, counts: conversionCounts } = convertInstruments(
    instruments,
    exact,
    p,
    round,
    toShares,
  );
  const { table, rows, poolIncrease, newCounts, pool, poolAfterTopUp, fullyDiluted, secondaries } =
    issueShares({
      round,
      before,
      exact,
      p,
      toShares,
      investors,
      conversions,
      conversionCounts,
      reported,
    });
  const { identity, postMoney, conversionStar, inPreMoney } = postMoneyIdentity({
    round,
    currency: scenario.currency,
    exact,
    E,
    p,
    preMoney,
    newMoney,
    convention,
    instruments,
    investors,
    fullyDiluted,
    conversionCounts,
    poolIncrease,
    newCounts,
  });
  const percentSum = rows.reduce((a, row) => a.plus(row.percent), new Decimal('0'));

  const poolRow = rows.find((row) => row.kind === 'pool');
  const targetNote =
    target !== undefined && poolIncrease === 0n && before.table.pool > 0n
      ? `the pool (${sharesText(bigToDecimal(before.table.pool))} shares) already meets the target; a pool is never reduced`
      : null;
  const formula = priceFormula(round.price.basis, convention ?? round.convention, scenario.currency, {
    V: preMoney,
    stated,
    I: newMoney,
    E,
    poolInPreMoney: inPreMoney ? exact.poolIncrease : ZERO,
    conversions: conversionStar,
    converting: sum(instruments.map((x) => x.amount)),
    p: pStar,
  });
  return {
    result: {
      name: round.name,
      date: round.date,
      convention:
        round.price.basis === 'pricePerShare'
          ? 'price-given'
          : (convention ?? round.convention ?? 'no-conversions'),
      formula,
      pricePerShare: toDecimal(p),
      pricePerShareExact: toDecimal(pStar),
      rounding: round.rounding,
      preMoney: toDecimal(preMoney ?? mul(pStar, exact.kPre)),
      postMoney: toDecimal(postMoney),
      effectivePreMoney: toDecimal(mul(p, E)),
      newMoney: toDecimal(newMoney),
      conversions,
      pool: {
        before: bigToDecimal(before.table.pool),
        increase: bigToDecimal(poolIncrease),
        after: bigToDecimal(pool),
        target:
          target === undefined
            ? null
            : target.kind === 'percent'
              ? { kind: 'percent', value: target.percent.percent }
              : { kind: 'shares', value: target.shares },
        placement: round.pool?.placement ?? null,
        percent: poolRow?.percent ?? new Decimal('0'),
        note:
          targetNote ??
          (poolAfterTopUp !== pool
            ? `${sharesText(bigToDecimal(poolAfterTopUp - pool))} options granted from the pool`
            : null),
      },
      newShares: investors.map(({ investor, amount }, i) => ({
        investor: investor.name,
        amount: toDecimal(amount),
        shares: bigToDecimal(newCounts[i] ?? 0n),
      })),
      proRata: proRata.map((take) => {
        const shares = newCounts[investors.findIndex((i) => i.investor.name === take.name)] ?? 0n;
        const row = rows.find((r) => r.kind === 'holder' && r.holder === take.name);
        return {
          holder: take.name,
          percentBefore: toDecimal(mul(take.fraction, HUNDRED)),
          shares: bigToDecimal(shares),
          amount: toDecimal(take.amount),
          allocation: toDecimal(take.allocation),
          take: take.take?.text ?? null,
          // Its allocation is percentBefore of all the new money, so a part of it is that part's share.
          percentOfNewShares: toDecimal(div(mul(mul(take.fraction, HUNDRED), take.amount), take.allocation)),
          percentAfter: row?.percent ?? new Decimal('0'),
        };
      }),
      grants: round.grants.map((g) => ({ holder: g.holder, shares: g.shares })),
      secondaries,
      fullyDiluted: bigToDecimal(fullyDiluted),
      table: rows,
      identities: {
        postMoney: identity,
        percentages: {
          sum: percentSum,
          holds: percentSum.eq('100'),
          method: `100 × shares / fully diluted, to 30 decimals, apportioned by largest remainder so the column sums to exactly 100`,
        },
      },
      fx: [...fx.values()],
    },
    state: { table, rows },
  };
}
