/**
 * The extra common shares a down round's anti-dilution adjustment gives, as whole shares per
 * holding, so that the tables from that round on, and later rounds' fully diluted counts (and so
 * their prices), count the preferred as converted. Each holding's as-converted count is rounded
 * down (a charter issues no fractional shares on conversion: cash in lieu); the exits use the exact ratio.
 */
import { floor, mul, ratio } from './rational.js';
import type { ToReporting } from './toReporting.js';
import type { RoundResult, Scenario } from './types.js';
import { applyAntiDilution } from './waterfall/antiDilution.js';
import { seriesTerms } from './waterfall/buildModel.js';
import { classLedger } from './waterfall/classLedger.js';

/** Extra common shares of one holding of an adjusted series, beyond its unadjusted conversion. */
export interface ExtraShares {
  readonly holder: string;
  readonly holdingClass: string;
  readonly shares: bigint;
}

/**
 * The anti-dilution extra shares after the rounds run so far.
 *
 * @example
 * // Fund A's 1,000,000 Series A at $1 with a full ratchet; Series B at $0.50 doubles its conversion.
 * const s = unwrap(parseScenario('currency: USD\nclasses: [{ name: Series A, issuePrice: "$1", antiDilution: ratchet }]\nholders:\n  - { name: Founders, shares: 4000000 }\n  - { name: Fund A, class: Series A, shares: 1000000 }\nrounds:\n  - { name: Series B, date: 2020-01-02, pricePerShare: "$0.50", investors: [{ name: Fund B, amount: "$500K" }] }\n'));
 * const usd = (figure) => { const [n, d] = figure.amount.toFraction(); return { amount: { n: BigInt(n.toFixed()), d: BigInt(d.toFixed()) }, use: null }; };
 * antiDilutionShares(s, runScenario([fred], s).rounds, 5000000n, usd) //=> [{ holder: 'Fund A', holdingClass: 'Series A', shares: 1000000n }]
 */
export function antiDilutionShares(
  scenario: Scenario,
  rounds: readonly RoundResult[],
  initialFullyDiluted: bigint,
  convert: ToReporting,
): ExtraShares[] {
  if (!scenario.classes.some((c) => (c.antiDilution ?? null) !== null)) return [];
  const ledger = classLedger(scenario, rounds);
  const unadjusted = seriesTerms(scenario, ledger);
  const adjusted = applyAntiDilution(scenario, ledger, unadjusted, rounds, initialFullyDiluted, convert);
  const extras: ExtraShares[] = [];
  adjusted.forEach((term, i) => {
    const before = unadjusted[i];
    if (before === undefined || (term.antiDilution ?? []).length === 0) return;
    for (const h of ledger.holdings.filter((lot) => lot.holdingClass === term.name)) {
      const count = (r: typeof term.conversionRatio) => floor(mul(ratio(h.shares), r));
      const shares = count(term.conversionRatio) - count(before.conversionRatio);
      if (shares > 0n) extras.push({ holder: h.holder, holdingClass: term.name, shares });
    }
  });
  return extras;
}
