/**
 * `--solve`: the value of one term that reaches a target, exactly. Two questions:
 * - `investment:INVESTOR=PERCENT` — the amount the investor must put in its round to own that
 *   share of the fully diluted shares after the round (its new shares over all of them, exact, before
 *   share rounding), the other investors' money unchanged;
 * - `preMoney:ROUND=PRICE` — the pre-money valuation that gives the round that exact price per share.
 * The rounds before run as usual; the round's terms are solved in closed form (solveRound's
 * preMoneysForPrice, investmentsForOwnership); the answer is set into the scenario and the whole
 * scenario is run with it. No solution, or more than one: SCENARIO_UNSOLVABLE with the reason.
 */
import { errorFrom } from '../../errors.js';
import type { RateSource } from '../../fx/types.js';
import { applyOverride } from './applyOverride.js';
import { div, fromDecimal, HUNDRED, sub, terminates, toDecimal, type Rational } from './rational.js';
import { readScenarioPercent } from './readScenarioPercent.js';
import { roundTerms } from './runRound.js';
import { runRounds, runScenario } from './runScenario.js';
import {
  noInvestmentReaches,
  noPreMoneyReaches,
  noSharesBeforeRound,
  solveAmbiguous,
  solveInvestorUnknown,
  solveNotQuestion,
  solveOnPostMoney,
  solveOnStatedPrice,
  solveRoundUnknown,
  solveTargetNotPercent,
  solveTargetNotPrice,
} from './scenarioErrors.js';
import { investmentsForOwnership, preMoneysForPrice } from './solveRound.js';
import { fullyDilutedOf } from './table.js';
import { toReporting } from './toReporting.js';
import type { Scenario, ScenarioFxUse, ScenarioResult } from './types.js';
import type { Decimal } from '../../money/decimal.js';

/** A solve's answer: the value found, where it was set, and the scenario run with it. */
export interface SolveAnswer {
  readonly question: string;
  /** The document path set (`rounds[0].investors["Lead"].amount`, `rounds[0].preMoney`). */
  readonly path: string;
  /** The exact solution (40 significant digits when it does not terminate). */
  readonly value: Decimal;
  /** True when the value is exact (a terminating decimal); else the run uses it rounded to 10 decimals. */
  readonly exact: boolean;
  /** The value the scenario was run with (the value, or it rounded half-even to 10 decimals). */
  readonly setValue: Decimal;
  readonly result: ScenarioResult;
}

/**
 * Solves one term of a scenario for a target (see the file's two questions).
 *
 * @example
 * const s = unwrap(parseScenario('currency: USD\nholders: [{ name: F, shares: 2000000 }]\nrounds:\n  - { name: A, date: 2018-01-02, preMoney: "$8M", investors: [{ name: Lead, amount: "$1M" }] }\n'));
 * solveScenario([fred], s, 'investment:Lead=20%').value.toString() //=> '2000000'
 * solveScenario([fred], s, 'preMoney:A=$5').value.toString() //=> '10000000'
 */
export function solveScenario(sources: readonly RateSource[], scenario: Scenario, spec: string): SolveAnswer {
  const match = /^\s*(investment|preMoney)\s*:\s*(.+?)\s*=\s*(.+?)\s*$/.exec(spec);
  if (match === null) throw solveNotQuestion(spec);
  const [, kind = '', name = '', targetText = ''] = match;
  const index =
    kind === 'preMoney'
      ? scenario.rounds.findIndex((r) => r.name === name)
      : scenario.rounds.findIndex((r) => r.investors.some((i) => i.name === name));
  const round = scenario.rounds[index];
  if (round === undefined)
    throw kind === 'preMoney' ? solveRoundUnknown(spec, name) : solveInvestorUnknown(spec, name);

  const convert = toReporting(sources, scenario);
  // The rounds before, as runScenario runs them (anti-dilution extra shares included).
  const { state } = runRounds(scenario, convert, index);
  if (fullyDilutedOf(state.table) === 0n) throw noSharesBeforeRound(round.path);
  const fx = new Map<string, ScenarioFxUse>();
  const t = roundTerms(scenario, index, state, convert, fx);

  let path: string;
  let found: Rational[];
  if (kind === 'investment') {
    const percent = readScenarioPercentText(targetText, spec);
    const fraction = div(fromDecimal(percent), HUNDRED);
    if (t.preMoney === null && round.price.basis !== 'pricePerShare') throw solveOnPostMoney(spec);
    const position = round.investors.findIndex((i) => i.name === name);
    const mine = t.investors[position]?.amount;
    if (mine === undefined) throw solveInvestorUnknown(spec, name);
    const others = sub(t.newMoney, mine);
    found = investmentsForOwnership(t.terms, others, fraction);
    path = `rounds[${index}].investors[${JSON.stringify(name)}].amount`;
  } else {
    // The target is read as the file reads a price per share (its currency, its notations).
    const read = applyOverride(scenario, `rounds[${index}].pricePerShare`, targetText);
    const figure = read.ok ? read.value.rounds[index]?.price.figure : undefined;
    if (figure === undefined) throw solveTargetNotPrice(spec, targetText);
    const price = t.reported(figure);
    if (t.terms.price.kind !== 'pre-money') throw solveOnStatedPrice(spec);
    found = preMoneysForPrice(
      { ...t.terms, price: { kind: 'pre-money', value: t.terms.price.value } },
      price,
    );
    path = `rounds[${index}].preMoney`;
  }
  const [only, other] = found;
  if (only === undefined)
    throw kind === 'investment'
      ? noInvestmentReaches(round.path, round.name, name, targetText)
      : noPreMoneyReaches(round.path, round.name, targetText);
  if (other !== undefined)
    throw solveAmbiguous(
      round.path,
      round.name,
      targetText,
      [only, other].map((x) => toDecimal(x)),
      scenario.currency,
    );
  const value = toDecimal(only);
  const exact = terminates(only);
  // A value that does not terminate is set to 10 decimals (a figure's digits are bounded), and said.
  const setValue = exact ? value : value.toDecimalPlaces(10);
  const set = applyOverride(scenario, path, `${setValue.toString()} ${scenario.currency}`);
  if (!set.ok) throw errorFrom(set.error);
  return {
    question: spec,
    path,
    value,
    exact,
    setValue,
    result: runScenario(sources, set.value),
  };
}

function readScenarioPercentText(text: string, spec: string): Decimal {
  const percent = readScenarioPercent(text);
  if (percent === null) throw solveTargetNotPercent(spec, text);
  return percent;
}
