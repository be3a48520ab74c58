/**
 * Pro-rata rights taken automatically. A holder (or an earlier round's investor) with
 * `proRata: true` buys, in every later round with new money, its pro-rata share of the round's
 * new-money shares: the NVCA model Investors' Rights Agreement's Right of First Offer (§4.1) lets a
 * Major Investor buy its "pro rata share" of New Securities, the ratio of the common it holds
 * (as converted) to all the common outstanding and issuable (fully diluted) before the issue; the
 * shares a SAFE or note converts into and the pool's options are Exempted Securities, not New
 * Securities, so they dilute it like every holder.
 *
 * With x_i the holder's fully diluted fraction before the round and N the round's new-money
 * shares (its own included), it buys x_i × N. The other investors buy N0 = I0 / p, so
 * N = N0 / (1 − Σx) and its amount is x_i × I0 / (1 − Σx) at any price: exact, and known before
 * the round is solved (so a pool target or a post-money still solves in closed form).
 *
 * A holder whose right says `take: AMOUNT` buys that amount f_j of its allocation instead (a
 * right is to buy up to its pro-rata share, so f_j may not exceed it). With F = Σ f_j and Σx over
 * the holders taking all of theirs, all the new money is (I0 + F) / (1 − Σx); each allocation is
 * x × that, still known before the price.
 */
import { div, ratio, sub, ONE, sum, mul, sign, toDecimal, type Rational } from './rational.js';
import { proRataOwnsWholeCompany, proRataTakeTooLarge } from './scenarioErrors.js';
import type { CapTable } from './table.js';
import type { Scenario, ScenarioFigure } from './types.js';

/** One holder taking its pro-rata in a round. */
export interface ProRataTake {
  readonly name: string;
  /** Its shares before the round. */
  readonly held: bigint;
  /** Its fully diluted fraction before the round. */
  readonly fraction: Rational;
  /** What it pays: its whole allocation, or the amount its right says it takes. */
  readonly amount: Rational;
  /** Its whole allocation: fraction × all the round's new money. */
  readonly allocation: Rational;
  /** The amount its right says it takes (null: all of its allocation). */
  readonly take: ScenarioFigure | null;
}

/**
 * Who has pro-rata rights at round `index` (holders so marked, and investors so marked in an
 * earlier round), each with the amount it takes (null: all); a later statement of a right replaces
 * an earlier one.
 *
 * @example
 * const s = unwrap(parseScenario('currency: USD\nholders:\n  - { name: Founders, shares: 9000000 }\n  - { name: Fund A, shares: 1000000, proRata: { take: "$50K" } }\nrounds:\n  - { name: Seed, date: 2020-01-02, pricePerShare: "$1", investors: [{ name: Fund B, amount: "$1M", proRata: true }] }\n'));
 * proRataHolders(s, 1).map((r) => [r.name, r.take?.text ?? 'all']) //=> [['Fund A', '$50K'], ['Fund B', 'all']]
 */
export function proRataHolders(
  scenario: Scenario,
  index: number,
): { name: string; take: ScenarioFigure | null }[] {
  const rights = new Map<string, ScenarioFigure | null>();
  const add = (name: string, take: ScenarioFigure | null | undefined) => rights.set(name, take ?? null);
  for (const h of scenario.holders) if (h.proRata) add(h.name, h.proRataTake);
  scenario.rounds
    .slice(0, index)
    .forEach((r) => r.investors.forEach((i) => i.proRata && add(i.name, i.proRataTake)));
  return [...rights].map(([name, take]) => ({ name, take }));
}

/**
 * The pro-rata each right holder takes in round `index`, given the table before it and the
 * money the round's listed investors put in (in the reporting currency; `reported` converts a
 * right's stated take into it at the round's date). A right holder listed among the round's
 * investors invests what the file says instead; one holding nothing takes nothing.
 *
 * @example
 * // Fund A holds 12% (1,200,000 of 10,000,000); the round's other investors put in $2.2M.
 * const s = unwrap(parseScenario('currency: USD\nholders:\n  - { name: Founders, shares: 8800000 }\n  - { name: Fund A, shares: 1200000, proRata: true }\nrounds:\n  - { name: Series B, date: 2020-01-02, pricePerShare: "$2", investors: [{ name: Fund B, amount: "$2.2M" }] }\n'));
 * const [take] = proRataTakes(s, 0, { holders: new Map([['Founders', 8800000n], ['Fund A', 1200000n]]), pool: 0n }, { n: 2200000n, d: 1n }, (f) => fromDecimal(f.amount));
 * [take.name, take.amount] //=> ['Fund A', { n: 300000n, d: 1n }]
 */
export function proRataTakes(
  scenario: Scenario,
  index: number,
  before: CapTable,
  otherMoney: Rational,
  reported: (figure: ScenarioFigure) => Rational,
): ProRataTake[] {
  const round = scenario.rounds[index];
  if (round === undefined) throw new RangeError(`no round ${index}`);
  const fullyDiluted = [...before.holders.values()].reduce((a, b) => a + b, before.pool);
  const takers = proRataHolders(scenario, index)
    .filter((right) => !round.investors.some((i) => i.name === right.name))
    .map((right) => ({ ...right, held: before.holders.get(right.name) ?? 0n }))
    .filter((t) => t.held > 0n && fullyDiluted > 0n)
    .map((t) => ({ ...t, fraction: ratio(t.held, fullyDiluted) }));
  if (takers.length === 0 || sign(otherMoney) === 0) return [];
  const whole = takers.filter((t) => t.take === null);
  const fixed = takers.map((t) => (t.take === null ? null : reported(t.take)));
  const rest = sub(ONE, sum(whole.map((t) => t.fraction)));
  if (sign(rest) <= 0)
    throw proRataOwnsWholeCompany(
      round.path,
      whole.map((t) => t.name),
    );
  const allNewMoney = div(sum([otherMoney, ...fixed.flatMap((f) => (f === null ? [] : [f]))]), rest);
  return takers.map((t, i) => {
    const allocation = mul(t.fraction, allNewMoney);
    const taken = fixed[i] ?? null;
    if (taken !== null && t.take !== null && sign(sub(allocation, taken)) < 0)
      throw proRataTakeTooLarge(
        t.take.path,
        t.name,
        t.take.text,
        round.name,
        toDecimal(allocation),
        scenario.currency,
      );
    return {
      name: t.name,
      held: t.held,
      fraction: t.fraction,
      allocation,
      take: t.take,
      amount: taken ?? allocation,
    };
  });
}
