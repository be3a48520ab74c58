/**
 * The conversions of a round: each convertible's candidate prices (caps, discount, round price),
 * the lowest (the most shares) after the conversion-price rounding, and its shares.
 */
import { bigToDecimal, cmp, div, mul, ONE, sign, sub, toDecimal, type Rational } from './rational.js';
import type { Instrument } from './prepareInstrument.js';
import { roundingWords, roundPrice } from './roundRules.js';
import { conversionPriceRoundsToZero } from './scenarioErrors.js';
import type { SolverSolution } from './solveRound.js';
import type { ConversionResult, PriceCandidate, ScenarioRound } from './types.js';

/**
 * Converts a round's instruments at the exact solution and the rounded price `p`.
 *
 * @example
 * convertInstruments([], { kPre: { n: 1n, d: 1n }, kPost: { n: 1n, d: 1n }, preCapCounts: [] }, { n: 1n, d: 1n }, { path: 'rounds[0]' }, () => 0n).conversions //=> []
 */
export function convertInstruments(
  instruments: readonly Instrument[],
  exact: Pick<SolverSolution, 'kPre' | 'kPost' | 'preCapCounts'>,
  p: Rational,
  round: Pick<ScenarioRound, 'path' | 'rounding'>,
  toShares: (value: Rational) => bigint,
): { readonly conversions: ConversionResult[]; readonly counts: bigint[] } {
  const conversions: ConversionResult[] = [];
  const conversionCounts: bigint[] = [];
  for (const [index, instrument] of instruments.entries()) {
    const c = instrument.convertible;
    const count = exact.preCapCounts[index] ?? exact.kPre;
    const delta = instrument.solver.delta;
    const candidates: (PriceCandidate & { exactPrice: Rational; rank: number })[] = [];
    const { preCap, postCap } = instrument.solver;
    if (preCap !== null)
      candidates.push({
        term: 'cap',
        price: toDecimal(div(preCap, count)),
        exactPrice: div(preCap, count),
        from: instrument.preCapFrom ?? c.name,
        capitalization: toDecimal(count),
        ...(instrument.capitalizationRule ? { capitalizationRule: instrument.capitalizationRule } : {}),
        rank: 0,
      });
    if (postCap !== null)
      candidates.push({
        term: 'cap',
        price: toDecimal(div(postCap, exact.kPost)),
        exactPrice: div(postCap, exact.kPost),
        from: instrument.postCapFrom ?? c.name,
        capitalization: toDecimal(exact.kPost),
        capitalizationRule:
          'the post-money safe (2018) Company Capitalization: the shares before the round and all the conversion shares, not the pool increase of the financing',
        rank: 0,
      });
    if (cmp(delta, ONE) < 0)
      candidates.push({
        term: 'discount',
        price: toDecimal(mul(delta, p)),
        exactPrice: mul(delta, p),
        from: instrument.discountFrom ?? c.name,
        rank: 1,
      });
    candidates.push({ term: 'round-price', price: toDecimal(p), exactPrice: p, from: c.name, rank: 2 });
    const winner = [...candidates].sort((a, b) => cmp(a.exactPrice, b.exactPrice) || a.rank - b.rank)[0];
    if (winner === undefined) throw new RangeError('no candidate price');
    const price = roundPrice(winner.exactPrice, round.rounding.conversionPrice);
    if (sign(price) <= 0)
      throw conversionPriceRoundsToZero(round.path, round.rounding.conversionPrice.text, c.name);
    const shares = toShares(div(instrument.amount, price));
    conversionCounts.push(shares);
    conversions.push({
      name: c.name,
      holder: c.holder,
      type: c.type,
      principal: toDecimal(instrument.principal),
      interest: toDecimal(sub(instrument.amount, instrument.principal)),
      amount: toDecimal(instrument.amount),
      accrual: instrument.accrual,
      candidates: candidates.map((x) => ({
        term: x.term,
        price: x.price,
        from: x.from,
        ...(x.capitalization ? { capitalization: x.capitalization } : {}),
        ...(x.capitalizationRule ? { capitalizationRule: x.capitalizationRule } : {}),
      })),
      term: winner.term,
      termFrom: winner.from,
      price: toDecimal(price),
      shares: bigToDecimal(shares),
      priceRounding: roundingWords(round.rounding.conversionPrice),
      maturity: instrument.maturity,
      warning: instrument.warning,
    });
  }

  return { conversions, counts: conversionCounts };
}
