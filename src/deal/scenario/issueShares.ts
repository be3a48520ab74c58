/**
 * The shares a round issues and moves, in the order a closing works: conversion shares, the pool
 * top-up, new shares at the round price, grants from the pool, then secondaries between holders.
 */
import { bigToDecimal, div, HUNDRED, mul, ONE, ratio, sub, toDecimal, type Rational } from './rational.js';
import { addShares } from './roundRules.js';
import { grantOversold, saleOversold, sellerUnknown, sellsToItself } from './scenarioErrors.js';
import type { SolverSolution } from './solveRound.js';
import { fullyDilutedOf, tableRows, type CapTable } from './table.js';
import type { CapTableRow, ConversionResult, RoundResult, ScenarioFigure, ScenarioRound } from './types.js';

/** What issueShares needs of the round. */
export interface IssueInput {
  readonly round: ScenarioRound;
  readonly before: { readonly table: CapTable; readonly rows: readonly CapTableRow[] };
  readonly exact: Pick<SolverSolution, 'poolIncrease'>;
  readonly p: Rational;
  readonly toShares: (value: Rational) => bigint;
  readonly investors: readonly {
    readonly investor: ScenarioRound['investors'][number];
    readonly amount: Rational;
  }[];
  readonly conversions: readonly ConversionResult[];
  readonly conversionCounts: readonly bigint[];
  readonly reported: (figure: ScenarioFigure) => Rational;
}

/**
 * Issues and moves a round's shares; throws SCENARIO_OVERSOLD or SCENARIO_UNKNOWN_HOLDER.
 */
export function issueShares(input: IssueInput) {
  const { round, before, exact, p, toShares, investors, conversions, conversionCounts, reported } = input;
  const poolIncrease = toShares(exact.poolIncrease);
  const newCounts = investors.map(({ amount }) => toShares(div(amount, p)));
  const holders = new Map(before.table.holders);
  let pool = before.table.pool;
  conversions.forEach((conversion, i) => addShares(holders, conversion.holder, conversionCounts[i] ?? 0n));
  pool += poolIncrease;
  investors.forEach(({ investor }, i) => addShares(holders, investor.name, newCounts[i] ?? 0n));
  const fullyDiluted = [...holders.values()].reduce((a, b) => a + b, pool);
  const poolAfterTopUp = pool;
  for (const grant of round.grants) {
    const shares = BigInt(grant.shares.toFixed());
    if (shares > pool) throw grantOversold(grant.path, grant.shares.toFixed(), pool);
    pool -= shares;
    addShares(holders, grant.holder, shares);
  }
  const secondaries: RoundResult['secondaries'][number][] = [];
  for (const sale of round.secondaries) {
    const held = holders.get(sale.seller);
    if (held === undefined) throw sellerUnknown(sale.path, sale.seller, round.name, [...holders.keys()]);
    if (sale.seller === sale.buyer) throw sellsToItself(sale.path, sale.seller);
    const shares = BigInt(sale.shares.toFixed());
    if (shares > held) throw saleOversold(sale.path, sale.seller, shares, held, round.name);
    holders.set(sale.seller, held - shares);
    addShares(holders, sale.buyer, shares);
    const price = reported(sale.price);
    secondaries.push({
      seller: sale.seller,
      buyer: sale.buyer,
      shares: bigToDecimal(shares),
      price: toDecimal(price),
      amount: toDecimal(mul(price, ratio(shares))),
      premiumPercent: toDecimal(mul(sub(div(price, p), ONE), HUNDRED)),
    });
  }
  const table: CapTable = { holders, pool };
  if (fullyDilutedOf(table) !== fullyDiluted)
    throw new RangeError('grants or secondaries changed the share count');
  const rows = tableRows(table, before.rows);

  return { table, rows, poolIncrease, newCounts, pool, poolAfterTopUp, fullyDiluted, secondaries };
}
