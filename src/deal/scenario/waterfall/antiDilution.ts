/**
 * Price-based anti-dilution on a down round, for a series whose terms say so: each later round
 * priced below the series' conversion price lowers it, by a weighted average,
 * CP2 = CP1 × (A + B) / (A + C) (A: shares outstanding before the round, broad-based on a fully
 * diluted basis with options and the pool, narrow-based a narrower count named by the series'
 * `narrowBase` (terms.ts: NarrowBase);
 * B: the shares the new money would buy at CP1; C: the shares the new money buys), or by full
 * ratchet, CP2 = the round's price. The series then converts at issue price / CP2 common shares a
 * share; the extra shares are shown. Exact: no rounding of CP2.
 */
import { priceText, sharesText } from '../figureText.js';
import type { Decimal } from '../../../money/decimal.js';
import { add, cmp, div, fromDecimal, mul, ratio, sub, sum, toDecimal, type Rational } from '../rational.js';
import type { ToReporting } from '../toReporting.js';
import type { RoundResult, Scenario } from '../types.js';
import type { SeriesTerms } from './buildModel.js';
import type { ClassLedger } from './classLedger.js';
import { NARROW_BASE_DEFAULT, NARROW_BASE_WORDS, type AntiDilution, type NarrowBase } from './terms.js';

/** One adjustment of a series' conversion price. */
export interface AntiDilutionAdjustment {
  readonly round: string;
  readonly method: AntiDilution;
  readonly roundPrice: Decimal;
  readonly oldPrice: Decimal;
  readonly newPrice: Decimal;
  /** Weighted average only (null for a ratchet). */
  readonly a: Decimal | null;
  readonly b: Decimal | null;
  readonly c: Decimal | null;
  /** Common shares the series converts into beyond what it did before. */
  readonly extraShares: Decimal;
  readonly formula: string;
}

/**
 * The series' terms with each down round's adjustment applied to its conversion ratio.
 *
 * @example
 * // Series A: 1,000,000 shares at $1 with a full ratchet; Series B is issued at $0.50.
 * const s = unwrap(parseScenario('currency: USD\nclasses: [{ name: Series A, issuePrice: "$1", antiDilution: ratchet }]\nholders:\n  - { name: Founders, shares: 4000000 }\n  - { name: Fund A, class: Series A, shares: 1000000 }\nrounds:\n  - { name: Series B, date: 2020-01-02, pricePerShare: "$0.50", investors: [{ name: Fund B, amount: "$500K" }] }\n'));
 * const rounds = runScenario([fred], s).rounds;
 * const ledger = classLedger(s, rounds);
 * const usd = (figure) => { const [n, d] = figure.amount.toFraction(); return { amount: { n: BigInt(n.toFixed()), d: BigInt(d.toFixed()) }, use: null }; };
 * const [a] = applyAntiDilution(s, ledger, seriesTerms(s, ledger), rounds, 5000000n, usd);
 * [a.conversionRatio, a.antiDilution?.[0]?.newPrice.toString()] //=> [{ n: 2n, d: 1n }, '0.5']
 */
export function applyAntiDilution(
  scenario: Scenario,
  ledger: ClassLedger,
  terms: readonly SeriesTerms[],
  rounds: readonly RoundResult[],
  initialFullyDiluted: bigint,
  convert: ToReporting,
): SeriesTerms[] {
  return terms.map((term) => {
    const stated = scenario.classes.find((c) => c.name === term.name);
    const method = stated?.antiDilution ?? null;
    const narrowBase: NarrowBase = stated?.narrowBase ?? NARROW_BASE_DEFAULT;
    const narrowA = (j: number, ratioBefore: Rational): Rational => {
      const counts = ledger.classesBefore[j] ?? new Map<string, bigint>();
      if (narrowBase === 'common-and-preferred') return ratio(ledger.issuedBefore[j] ?? 0n);
      if (narrowBase === 'series') return mul(ratio(counts.get(term.name) ?? 0n), ratioBefore);
      return sum(terms.map((other) => mul(ratio(counts.get(other.name) ?? 0n), other.conversionRatio)));
    };
    if (method === null || term.origin === 'shadow') return term;
    const shares = ledger.holdings
      .filter((h) => h.holdingClass === term.name)
      .reduce((a, h) => a + h.shares, 0n);
    const start = term.round === null ? 0 : scenario.rounds.findIndex((r) => r.name === term.round) + 1;
    let cp: Rational | null = null;
    let issuePrice: Rational | null = term.issuedAt;
    const adjustments: AntiDilutionAdjustment[] = [];
    const price = (r: Rational): string => priceText(toDecimal(r), scenario.currency);
    const count = (r: Rational): string => sharesText(toDecimal(r));
    for (let j = start; j < rounds.length; j += 1) {
      const result = rounds[j];
      const round = scenario.rounds[j];
      if (result === undefined || round === undefined) continue;
      if (issuePrice === null && term.issuePrice !== null)
        issuePrice = convert(term.issuePrice, round.date).amount;
      if (issuePrice === null) break;
      cp ??= div(issuePrice, term.conversionRatio);
      const p = fromDecimal(result.pricePerShare);
      if (cmp(p, cp) >= 0) continue;
      const before = div(issuePrice, cp);
      let next: Rational;
      let parts: { a: Rational; b: Rational; c: Rational } | null = null;
      let formula: string;
      if (method === 'ratchet') {
        next = p;
        formula = `full ratchet: CP2 = the round price = ${price(p)}`;
      } else {
        const previous = rounds[j - 1];
        const a =
          method === 'broad'
            ? ratio(previous === undefined ? initialFullyDiluted : BigInt(previous.fullyDiluted.toFixed()))
            : narrowA(j, before);
        const b = div(fromDecimal(result.newMoney), cp);
        const c = ratio(result.newShares.reduce((sum, n) => sum + BigInt(n.shares.toFixed()), 0n));
        next = div(mul(cp, add(a, b)), add(a, c));
        parts = { a, b, c };
        formula = `${method}-based weighted average: CP2 = CP1 × (A + B) / (A + C) = ${price(cp)} × (${count(a)} + ${count(b)}) / (${count(a)} + ${count(c)}) = ${price(next)}; A = ${
          method === 'broad'
            ? 'every share before the round, fully diluted (options and the pool included)'
            : `${NARROW_BASE_WORDS[narrowBase]}${stated?.narrowBase ? '' : ', the default'}`
        }, B = new money / CP1, C = the shares the new money bought`;
      }
      const after = div(issuePrice, next);
      adjustments.push({
        round: round.name,
        method,
        roundPrice: toDecimal(p),
        oldPrice: toDecimal(cp),
        newPrice: toDecimal(next),
        a: parts ? toDecimal(parts.a) : null,
        b: parts ? toDecimal(parts.b) : null,
        c: parts ? toDecimal(parts.c) : null,
        extraShares: toDecimal(mul(ratio(shares), sub(after, before))),
        formula,
      });
      cp = next;
    }
    if (cp === null || issuePrice === null || adjustments.length === 0) return { ...term, antiDilution: [] };
    return { ...term, conversionRatio: div(issuePrice, cp), antiDilution: adjustments };
  });
}
