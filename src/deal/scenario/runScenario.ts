/**
 * Running a whole scenario: every round in order on the table the previous one left.
 */
import type { RateSource } from '../../fx/types.js';
import { runRound, type RoundState } from './runRound.js';
import { tableRows, fullyDilutedOf, PERCENT_DECIMALS } from './table.js';
import { bigToDecimal } from './rational.js';
import { toReporting, type ToReporting } from './toReporting.js';
import { runWaterfall } from './waterfall/runWaterfall.js';
import { antiDilutionShares, type ExtraShares } from './antiDilutionShares.js';
import type {
  CapTableRow,
  OutstandingConvertible,
  RoundResult,
  Scenario,
  ScenarioFigure,
  ScenarioResult,
} from './types.js';
import { SCENARIO_FIELDS, checkFields, checkSources } from '../../requestFields.js';

const READING_RULES = [
  'figures are read at their point value in the scenario\'s terms ("$8M" is exactly 8,000,000); hedged figures are refused',
  'figures in other currencies are converted into the reporting currency at the rate of their round’s date',
  `percentages of the fully diluted shares are given to ${PERCENT_DECIMALS} decimals, apportioned by largest remainder so that each table sums to exactly 100`,
];

/** The extra shares in `now` beyond those in `before`, by holder and class. */
function newExtras(now: readonly ExtraShares[], before: readonly ExtraShares[]): ExtraShares[] {
  return now
    .map((e) => ({
      ...e,
      shares:
        e.shares -
        before
          .filter((b) => b.holder === e.holder && b.holdingClass === e.holdingClass)
          .reduce((a, b) => a + b.shares, 0n),
    }))
    .filter((e) => e.shares !== 0n);
}

/**
 * The first `count` rounds of a scenario, each on the table the one before left, with each down
 * round's anti-dilution extra shares added to its table (so later rounds count them).
 *
 * @example
 * const s = unwrap(parseScenario('currency: USD\nholders: [{ name: F, shares: 2000000 }]\nrounds:\n  - { name: A, date: 2018-01-02, preMoney: "$8M", investors: [{ name: Lead, amount: "$2M" }] }\n'));
 * const usd = (figure) => { const [n, d] = figure.amount.toFraction(); return { amount: { n: BigInt(n.toFixed()), d: BigInt(d.toFixed()) }, use: null }; };
 * runRounds(s, usd, 1).rounds[0].pricePerShare.toString() //=> '4'
 */
export function runRounds(
  scenario: Scenario,
  convert: ToReporting,
  count: number,
): { readonly initialTable: CapTableRow[]; readonly rounds: RoundResult[]; readonly state: RoundState } {
  // A holder listed once per class has one row: the sum of its holdings.
  const holders = new Map<string, bigint>();
  for (const h of scenario.holders)
    holders.set(h.name, (holders.get(h.name) ?? 0n) + BigInt(h.shares.toFixed()));
  const initial = { holders, pool: BigInt(scenario.pool.shares.toFixed()) };
  const initialTable = tableRows(initial, null);
  let state: RoundState = { table: initial, rows: initialTable };
  const rounds: RoundResult[] = [];
  const initialFullyDiluted = fullyDilutedOf(initial);
  // Anti-dilution extra shares already in the table, by holder and class.
  let counted: readonly ExtraShares[] = [];
  for (let index = 0; index < count; index += 1) {
    const step = runRound(scenario, index, state, convert);
    const extras = antiDilutionShares(scenario, [...rounds, step.result], initialFullyDiluted, convert);
    const added = newExtras(extras, counted);
    if (added.length === 0) {
      rounds.push(step.result);
      state = step.state;
      continue;
    }
    // A down round's adjustment: the table from this round on counts the preferred as converted.
    const holders = new Map(step.state.table.holders);
    for (const extra of added) holders.set(extra.holder, (holders.get(extra.holder) ?? 0n) + extra.shares);
    const table = { holders, pool: step.state.table.pool };
    const rows = tableRows(table, state.rows);
    rounds.push({
      ...step.result,
      table: rows,
      fullyDiluted: bigToDecimal(fullyDilutedOf(table)),
      pool: {
        ...step.result.pool,
        percent: rows.find((r) => r.kind === 'pool')?.percent ?? step.result.pool.percent,
      },
      // Its percent after the round counts the adjustment's extra shares too.
      proRata: step.result.proRata.map((t) => ({
        ...t,
        percentAfter:
          rows.find((r) => r.kind === 'holder' && r.holder === t.holder)?.percent ?? t.percentAfter,
      })),
      antiDilutionShares: added.map((e) => ({
        holder: e.holder,
        class: e.holdingClass,
        shares: bigToDecimal(e.shares),
      })),
    });
    state = { table, rows };
    counted = extras;
  }
  return { initialTable, rounds, state };
}

/**
 * Runs a scenario: for each round in order, the convertibles that convert in it convert, the
 * pool is topped up to its target, the new money buys shares at the round price, options are
 * granted and secondaries move shares; figures in other currencies are converted at the round's
 * date (lookupPreferred + convertAmount, with provenance). All or nothing: an unsolvable round,
 * an unknown holder, an oversold secondary or a missing rate throws, and no partial result is
 * returned.
 *
 * The pricing conventions (p = price per share, E = shares before the round, ΔP = pool increase
 * counted in the pre-money, S = conversion shares, A = converting amounts, V = pre-money):
 * - percentage-ownership: p = V / (E + ΔP + S): the new money buys exactly new / (V + new) of the
 *   company; the conversions dilute only the holders before the round (YC's Series A formula).
 * - pre-money: p = V / (E + ΔP): conversions dilute the new investors too.
 * - dollars-invested: post-money = V + new + A, and p = that post-money / all the fully diluted
 *   shares after the round, conversion shares included: p = (V + A) / (E + ΔP + S), a fixed point
 *   (S depends on p) solved exactly.
 * A post-money SAFE converts at min(cap / (E + all conversion shares), discount price, round
 * price) (YC post-money safe, 2018: the capitalization includes the converting securities but not
 * the pool top-up); a pre-money SAFE or note at min(cap / (E + ΔP), discount price, round price).
 *
 * @param sources - rate sources in preference order (used only for figures in other currencies)
 * @param scenario - from parseScenario
 * @returns every round's answer and the final table
 * @throws ScenarioError (a DealCalcError with the key path): SCENARIO_UNSOLVABLE,
 *   SCENARIO_UNKNOWN_HOLDER, SCENARIO_OVERSOLD, SCENARIO_VALUE_INVALID, or a rate error
 *   (RATE_*, CURRENCY_NOT_IN_SOURCE, SOURCE_UNKNOWN) of a figure's conversion
 *
 * @example
 * const s = unwrap(parseScenario('currency: USD\nholders:\n  - { name: Founder A, shares: 1000000 }\n  - { name: Founder B, shares: 1000000 }\nrounds:\n  - name: Series A\n    date: 2018-01-02\n    preMoney: "$8M"\n    pool: { target: "10%", placement: pre-money }\n    convention: percentage-ownership\n    investors: [{ name: Lead, amount: "$2M" }]\n'));
 * const r = runScenario([fred], s);
 * r.rounds[0].pricePerShare.toString() //=> '3.5'
 * r.holders.map((row) => row.shares.toString()) //=> ['1000000', '1000000', '571428', '285714']
 * r.rounds[0].identities.postMoney.difference.toString() //=> '-3'
 */
export function runScenario(sources: readonly RateSource[], scenario: Scenario): ScenarioResult {
  checkSources('runScenario', sources);
  checkFields('runScenario', 'scenario', scenario, SCENARIO_FIELDS);
  const convert = toReporting(sources, scenario);
  const { initialTable, rounds, state } = runRounds(scenario, convert, scenario.rounds.length);
  const outstanding: OutstandingConvertible[] = scenario.convertibles
    .filter((c) => c.convertsIn === null)
    .map((c) => ({
      name: c.name,
      type: c.type,
      amount: { amount: c.amount.amount, currency: c.amount.currency },
      why: 'the scenario has no round for it to convert in',
    }));
  const readings: ScenarioFigure[] = [
    ...scenario.convertibles.flatMap((c) => [c.amount, ...(c.cap ? [c.cap] : [])]),
    ...scenario.rounds.flatMap((r) => [
      r.price.figure,
      ...r.investors.map((i) => i.amount),
      ...r.secondaries.map((s) => s.price),
    ]),
    ...scenario.exits.map((e) => e.figure),
  ];
  const waterfall = runWaterfall(
    scenario,
    rounds,
    convert,
    state.rows.filter((row) => row.kind === 'holder').map((row) => row.holder),
    state.table.pool,
  );
  return {
    name: scenario.name,
    currency: scenario.currency,
    initialTable,
    rounds,
    holders: state.rows,
    fullyDiluted: bigToDecimal(fullyDilutedOf(state.table)),
    outstanding,
    readings,
    assumptions: [...scenario.defaults, ...READING_RULES, ...waterfall.notes],
    classTable: waterfall.classTable,
    exits: waterfall.exits,
    breakpoints: waterfall.breakpoints,
  };
}
