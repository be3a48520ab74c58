/**
 * The exact waterfall inputs of a scenario run: each series' terms (from `classes:`, else the
 * defaults: 1x, non-participating, conversion ratio 1, senior to the series before it unless
 * pari passu), its issue price (stated, else the price of the round that issued it), and every
 * figure in the reporting currency on the exit's day.
 */
import type { IsoDate } from '../../../fx/types.js';
import { Decimal } from '../../../money/decimal.js';
import { fromDecimal, mul, ONE, ratio, type Rational } from '../rational.js';
import { issuePriceMissing, strikeMissing } from '../scenarioErrors.js';
import type { ToReporting } from '../toReporting.js';
import type { Scenario, ScenarioFigure, ScenarioFxUse } from '../types.js';
import type { AntiDilutionAdjustment } from './antiDilution.js';
import type { ClassLedger } from './classLedger.js';
import type { OptionInput, PreferredInput, WaterfallModel } from './model.js';

/** A series' terms as they apply, with the rank decided. */
export interface SeriesTerms {
  readonly name: string;
  readonly origin: 'file' | 'round' | 'shadow';
  readonly round: string | null;
  readonly rank: number;
  readonly multiple: Rational;
  readonly participation: 'none' | 'full' | 'capped';
  readonly capMultiple: Rational | null;
  readonly conversionRatio: Rational;
  readonly issuePrice: ScenarioFigure | null;
  readonly issuedAt: Rational | null;
  /** Each default applied, in words. */
  readonly defaults: readonly string[];
  /** Down-round adjustments of its conversion price (see antiDilution.ts). */
  readonly antiDilution?: readonly AntiDilutionAdjustment[];
}

/**
 * The series in the order they were created, ranked: a stated seniority, else pari passu with the
 * most senior before it when `pariPassu: true`, else one rank above it.
 *
 * @example
 * const s = unwrap(parseScenario('currency: USD\nclasses: [{ name: Series A, issuePrice: "$6" }]\nholders:\n  - { name: Founders, shares: 3000000 }\n  - { name: Fund A, class: Series A, shares: 1000000 }\n'));
 * const terms = seriesTerms(s, classLedger(s, []));
 * terms.map((t) => [t.name, t.rank, t.participation, t.defaults]) //=> [['Series A', 1, 'none', ['senior to the series before it', 'a 1x preference', 'non-participating']]]
 */
export function seriesTerms(scenario: Scenario, ledger: ClassLedger): SeriesTerms[] {
  let highest = 0;
  return ledger.series.map((origin) => {
    const stated =
      scenario.classes.find((c) => c.name === origin.name) ??
      (origin.origin === 'shadow' && origin.round !== null
        ? scenario.classes.find((c) => c.name === origin.round)
        : undefined);
    const defaults: string[] = [];
    let rank: number;
    if (origin.origin === 'shadow') rank = highest;
    else if (stated?.seniority != null) rank = stated.seniority;
    else if (stated?.pariPassu === true) rank = highest;
    else {
      rank = highest + 1;
      defaults.push('senior to the series before it');
    }
    highest = Math.max(highest, rank);
    if (stated?.preference == null) defaults.push('a 1x preference');
    if (stated?.participation == null) defaults.push('non-participating');
    const participation = stated?.participation ?? { kind: 'none' as const };
    return {
      name: origin.name,
      origin: origin.origin,
      round: origin.round,
      rank,
      multiple: stated?.preference ? fromDecimal(stated.preference) : ONE,
      participation: participation.kind,
      capMultiple: participation.kind === 'capped' ? fromDecimal(participation.multiple) : null,
      conversionRatio: stated?.conversionRatio ? fromDecimal(stated.conversionRatio) : ONE,
      issuePrice: origin.origin === 'shadow' ? null : (stated?.issuePrice ?? null),
      issuedAt: origin.issuedAt === null ? null : fromDecimal(new Decimal(origin.issuedAt)),
      defaults,
    };
  });
}

/**
 * The waterfall model of a run at an exit's day.
 *
 * @example
 * const s = unwrap(parseScenario('currency: USD\nclasses: [{ name: Series A, issuePrice: "$6" }]\nholders:\n  - { name: Founders, shares: 3000000 }\n  - { name: Fund A, class: Series A, shares: 1000000 }\n'));
 * // The figures are in the scenario's currency already: the converter passes them through.
 * const usd = (figure) => { const [n, d] = figure.amount.toFraction(); return { amount: { n: BigInt(n.toFixed()), d: BigInt(d.toFixed()) }, use: null }; };
 * const ledger = classLedger(s, []);
 * const model = buildModel(s, ledger, seriesTerms(s, ledger), usd, '2026-01-02', new Map(), 0n);
 * model.preferred.map((p) => [p.name, p.preference, p.asConverted]) //=> [['Series A', { n: 6000000n, d: 1n }, { n: 1000000n, d: 1n }]]
 */
export function buildModel(
  scenario: Scenario,
  ledger: ClassLedger,
  terms: readonly SeriesTerms[],
  convert: ToReporting,
  date: IsoDate,
  fx: Map<string, ScenarioFxUse>,
  pool: bigint,
): WaterfallModel {
  const reported = (figure: ScenarioFigure): Rational => {
    const r = convert(figure, date);
    if (r.use) fx.set(r.use.path, r.use);
    return r.amount;
  };
  const membersOf = (name: string) =>
    ledger.holdings
      .filter((h) => h.holdingClass === name && h.shares > 0n)
      .map((h) => ({ holder: h.holder, shares: h.shares }));
  const preferred: PreferredInput[] = [];
  for (const t of terms) {
    const members = membersOf(t.name);
    const count = members.reduce((a, m) => a + m.shares, 0n);
    if (count === 0n) continue;
    const issuePrice = t.issuePrice ? reported(t.issuePrice) : t.issuedAt;
    if (issuePrice === null) {
      const stated = scenario.classes.find((c) => c.name === t.name);
      throw issuePriceMissing(stated?.path ?? 'classes', t.name);
    }
    const shares = ratio(count);
    preferred.push({
      name: t.name,
      shares,
      issuePrice,
      multiple: t.multiple,
      participation: t.participation,
      capMultiple: t.capMultiple,
      rank: t.rank,
      conversionRatio: t.conversionRatio,
      members,
      preference: mul(mul(t.multiple, issuePrice), shares),
      asConverted: mul(shares, t.conversionRatio),
      cap: t.capMultiple === null ? null : mul(mul(t.capMultiple, issuePrice), shares),
    });
  }
  const common = membersOf('common');
  const grants = ledger.holdings.filter((h) => h.holdingClass === 'options' && h.shares > 0n);
  const options: OptionInput[] = [];
  for (const grant of grants) {
    if (grant.strike === null) throw strikeMissing(grant.holder);
    const strike = reported(grant.strike);
    const name = `options at ${grant.strike.text}`;
    const group = options.find((o) => o.name === name);
    const member = { holder: grant.holder, shares: grant.shares };
    if (group === undefined) options.push({ name, strike, shares: ratio(grant.shares), members: [member] });
    else
      options[options.indexOf(group)] = {
        ...group,
        shares: ratio(group.shares.n + grant.shares),
        members: [...group.members, member],
      };
  }
  return {
    currency: scenario.currency,
    preferred,
    common: { shares: ratio(common.reduce((a, m) => a + m.shares, 0n)), members: common },
    options,
    pool,
  };
}
