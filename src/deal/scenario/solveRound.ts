/**
 * Solving one priced round exactly, in closed form.
 *
 * A round's terms define its price circularly: the option pool shuffle makes the pool a share of
 * the post-money count that includes the pool itself and the new shares bought at the price it
 * sets; a post-money SAFE owns amount / cap of a capitalization that includes its own shares; a
 * discounted convertible's shares depend on the price, which (percentage-ownership) depends on
 * them. Written in u = 1 / price (shares per unit of money) and ΔP (pool increase), every one of
 * these is linear once each convertible's winning term is known, so the round is two linear
 * equations in two unknowns, solved by Cramer's rule in exact fractions. Which term wins is
 * found by checking each candidate assignment (finitely many; see `assignments`) against the
 * prices it produces: the answer is the assignment that is consistent. No iteration.
 *
 * Notation (all exact fractions):
 *   E  shares before the round (holders + pool), P0 the pool before it, I the new money,
 *   V  the pre-money valuation, t the pool target as a fraction of the post-money count,
 *   π  1 if the pool top-up sits in the pre-money, else 0,
 *   A_i, δ_i = 1 − discount_i, C_i: a convertible's amount (with interest), price factor, cap.
 *   K_pre  = E + π·ΔP                 (the pre-money count)
 *   K_i    = E + ρ_i·ΔP               (what instrument i's pre-money cap divides by: ρ_i = 1 for the 2013
 *                                      safe's Company Capitalization, which counts the pool increase made
 *                                      in connection with the financing wherever it is placed; π for the
 *                                      pre-money count; 0 without the pool increase)
 *   K_post = E + Σ conversion shares  (the YC post-money safe's Company Capitalization: it
 *                                      includes the converting securities, not the pool top-up)
 *   shares_i = A_i·u/δ_i (discount or round price), A_i·K_i/C_i (pre cap), A_i·K_post/C_i (post cap)
 *
 * With g = Σ_pre-cap A/C, g_ρ = Σ_pre-cap ρ·A/C, h = Σ_post-cap A/C, a = Σ_priced A/δ:
 *   K_post = α + β·u + γ·ΔP,  α = E(1+g)/(1−h), β = a/(1−h), γ = g_ρ/(1−h)   (needs h < 1)
 * Price equation, by convention:
 *   pre-money             K_pre = V·u                       (p = V / pre-money count)
 *   percentage-ownership  K_pre + conversions = V·u         (p = V / (pre-money count + conversions))
 *   dollars-invested      K_pre + conversions = (V + Σ A)·u (p = (V + converting amounts + new money) / all the
 *                                                      fully diluted shares after the round: a fixed point, as
 *                                                      the conversions depend on p; linear in u, so exact)
 *   price given           u = 1 / p
 * Pool equation (percent target, when the pool must grow):
 *   P0 + ΔP = t·(K_post + ΔP + I·u)   ⇔   (1 − t)·ΔP − t·(β + I)·u − t·γ·ΔP = t·α − P0
 * (shares target T: ΔP = max(0, T − P0); no target, or already above it: ΔP = 0).
 */
import type { CurrencyCode } from '../../money/currency.js';
import { percentText } from '../../money/percentText.js';
import { amountText } from './figureText.js';
import {
  add,
  cmp,
  div,
  eq,
  mul,
  neg,
  ONE,
  ratio,
  sign,
  sub,
  sum,
  toDecimal,
  ZERO,
  type Rational,
} from './rational.js';
import type { PoolPlacement, PreCapCapitalization, PricingConvention } from './types.js';

/** A converting instrument as the solver sees it (amounts in the reporting currency). */
export interface SolverInstrument {
  /** Amount that converts (principal plus interest). */
  readonly amount: Rational;
  /** 1 − the best discount it may use (1 without one). */
  readonly delta: Rational;
  /** Lowest pre-money cap it may use, or null. */
  readonly preCap: Rational | null;
  /** Lowest post-money cap it may use, or null. */
  readonly postCap: Rational | null;
  /**
   * What its pre-money cap is divided by (default 'pre-money-count'): 'with-pool-increase' (the
   * 2013 safe's Company Capitalization: the shares before the round and the pool increase created in
   * connection with the financing, wherever it is placed), 'pre-money-count' (the round's pre-money
   * count: the pool increase only where it sits in the pre-money), 'without-pool-increase'.
   */
  readonly capitalization?: PreCapCapitalization;
}

/** 1 when the instrument's pre-money cap counts the pool increase, else 0 (π: where the price counts it). */
function poolWeight(x: SolverInstrument, pi: Rational): Rational {
  const rule = x.capitalization ?? 'pre-money-count';
  return rule === 'with-pool-increase' ? ONE : rule === 'without-pool-increase' ? ZERO : pi;
}

function piOf(terms: SolverTerms): Rational {
  return terms.poolTarget !== null && terms.placement === 'pre-money' ? ONE : ZERO;
}

/** The terms of one round, exactly. */
export interface SolverTerms {
  readonly existing: Rational;
  readonly pool: Rational;
  readonly newMoney: Rational;
  /** A pre-money valuation (a stated post-money less the new money), or a price per share. */
  readonly price: { readonly kind: 'pre-money' | 'price'; readonly value: Rational };
  /** Null when no instrument converts or the price is given (then the conventions agree). */
  readonly convention: PricingConvention | null;
  readonly poolTarget:
    | null
    | { readonly kind: 'shares'; readonly shares: Rational }
    | { readonly kind: 'percent'; readonly fraction: Rational };
  readonly placement: PoolPlacement;
  readonly instruments: readonly SolverInstrument[];
}

/** How an instrument converts in a solution. */
export type ConversionClass = 'price' | 'pre-cap' | 'post-cap';

/** The exact solution of a round. */
export interface SolverSolution {
  /** The round price per share, exact. */
  readonly price: Rational;
  readonly poolIncrease: Rational;
  readonly kPre: Rational;
  readonly kPost: Rational;
  /** What each instrument's pre-money cap was divided by (E + its pool weight × ΔP). */
  readonly preCapCounts: readonly Rational[];
  readonly classes: readonly ConversionClass[];
  /** Exact (fractional) shares of each instrument. */
  readonly conversionShares: readonly Rational[];
  /** Exact (fractional) new shares for all the new money. */
  readonly newShares: Rational;
}

/** The solution, or why there is none. */
export type SolveOutcome =
  | { readonly ok: true; readonly solution: SolverSolution }
  | { readonly ok: false; readonly reason: 'none' | 'ambiguous' };

/** Candidate assignments of winning terms: thresholds for one-cap instruments, all three for the rest. */
function assignments(instruments: readonly SolverInstrument[], pi: Rational): ConversionClass[][] {
  // A pre-cap (post-cap) wins exactly when cap / δ ≤ p·K (K its capitalization): sorted by cap / δ,
  // the instruments converting at a cap of one kind and one capitalization are a prefix of that order.
  const order = (kind: 'preCap' | 'postCap', weight: Rational | null) =>
    instruments
      .map((instrument, index) => ({ instrument, index }))
      .filter(
        ({ instrument }) =>
          instrument[kind] !== null &&
          instrument[kind === 'preCap' ? 'postCap' : 'preCap'] === null &&
          (weight === null || eq(poolWeight(instrument, pi), weight)),
      )
      .sort((a, b) =>
        cmp(
          div(a.instrument[kind] ?? ONE, a.instrument.delta),
          div(b.instrument[kind] ?? ONE, b.instrument.delta),
        ),
      )
      .map(({ index }) => index);
  const preWithPool = order('preCap', ONE);
  const preWithout = order('preCap', ZERO);
  const postOnly = order('postCap', null);
  const dual = instruments.flatMap((x, i) => (x.preCap !== null && x.postCap !== null ? [i] : []));
  const result: ConversionClass[][] = [];
  for (let j = 0; j <= preWithPool.length; j += 1) {
    for (let jj = 0; jj <= preWithout.length; jj += 1) {
      for (let k = 0; k <= postOnly.length; k += 1) {
        for (let code = 0; code < 3 ** dual.length; code += 1) {
          const classes: ConversionClass[] = instruments.map(() => 'price');
          preWithPool.slice(0, j).forEach((i) => (classes[i] = 'pre-cap'));
          preWithout.slice(0, jj).forEach((i) => (classes[i] = 'pre-cap'));
          postOnly.slice(0, k).forEach((i) => (classes[i] = 'post-cap'));
          let rest = code;
          for (const i of dual) {
            classes[i] = (['price', 'pre-cap', 'post-cap'] as const)[rest % 3] ?? 'price';
            rest = Math.floor(rest / 3);
          }
          result.push(classes);
        }
      }
    }
  }
  return result;
}

type Regime = 'none' | 'fixed' | 'topup';

function regimes(terms: SolverTerms): Regime[] {
  if (terms.poolTarget === null) return ['none'];
  if (terms.poolTarget.kind === 'shares') return ['fixed'];
  return ['topup', 'none'];
}

function solveAssignment(
  terms: SolverTerms,
  classes: readonly ConversionClass[],
  regime: Regime,
): SolverSolution | null {
  const { existing: E, pool: P0, newMoney: I, instruments } = terms;
  const pick = (cls: ConversionClass) => instruments.filter((_, i) => classes[i] === cls);
  const a = sum(pick('price').map((x) => div(x.amount, x.delta)));
  const g = sum(pick('pre-cap').map((x) => div(x.amount, x.preCap ?? ONE)));
  const h = sum(pick('post-cap').map((x) => div(x.amount, x.postCap ?? ONE)));
  if (cmp(h, ONE) >= 0) return null;
  const pi = piOf(terms);
  // Σ over pre-cap instruments of (A / C)·ρ: the pool increase's share of their conversion shares.
  const gPool = sum(pick('pre-cap').map((x) => mul(div(x.amount, x.preCap ?? ONE), poolWeight(x, pi))));
  const oneMinusH = sub(ONE, h);
  const alpha = div(mul(E, add(ONE, g)), oneMinusH);
  const beta = div(a, oneMinusH);
  const gamma = div(gPool, oneMinusH);
  const converting = sum(instruments.map((x) => x.amount));

  // Price equation c11·u + c12·ΔP = c10.
  let price: [Rational, Rational, Rational];
  if (terms.price.kind === 'price') {
    price = [ONE, ZERO, div(ONE, terms.price.value)];
  } else {
    const V = terms.price.value;
    switch (terms.convention ?? 'pre-money') {
      case 'pre-money':
        price = [neg(V), pi, neg(E)];
        break;
      case 'percentage-ownership':
        price = [sub(beta, V), add(pi, gamma), neg(alpha)];
        break;
      case 'dollars-invested':
        // (V + A + I)·u = K_pre + conversions + ΔP_post + I·u: the I·u and post-money pool cancel.
        price = [sub(beta, add(V, converting)), add(pi, gamma), neg(alpha)];
        break;
    }
  }
  // Pool equation c21·u + c22·ΔP = c20.
  let pool: [Rational, Rational, Rational] = [ZERO, ONE, ZERO];
  const target = terms.poolTarget;
  if (regime === 'fixed' && target?.kind === 'shares') {
    const needed = sub(target.shares, P0);
    pool = [ZERO, ONE, sign(needed) > 0 ? needed : ZERO];
  } else if (regime === 'topup' && target?.kind === 'percent') {
    const t = target.fraction;
    pool = [neg(mul(t, add(beta, I))), sub(sub(ONE, t), mul(t, gamma)), sub(mul(t, alpha), P0)];
  }
  const [c11, c12, c10] = price;
  const [c21, c22, c20] = pool;
  const det = sub(mul(c11, c22), mul(c12, c21));
  if (sign(det) === 0) return null;
  const u = div(sub(mul(c10, c22), mul(c12, c20)), det);
  const poolIncrease = div(sub(mul(c11, c20), mul(c10, c21)), det);
  if (sign(u) <= 0 || sign(poolIncrease) < 0) return null;

  const kPre = add(E, mul(pi, poolIncrease));
  const kPost = add(add(alpha, mul(beta, u)), mul(gamma, poolIncrease));
  if (sign(kPre) <= 0 || sign(kPost) <= 0) return null;
  const p = div(ONE, u);
  if (regime === 'none' && target?.kind === 'percent') {
    // The pool already meets its target without growing.
    const fullyDiluted = add(kPost, mul(I, u));
    if (cmp(mul(target.fraction, fullyDiluted), P0) > 0) return null;
  }
  const conversionShares: Rational[] = [];
  const preCapCounts: Rational[] = [];
  for (const [i, x] of instruments.entries()) {
    const count = add(E, mul(poolWeight(x, pi), poolIncrease));
    preCapCounts.push(count);
    const candidates: [ConversionClass, Rational][] = [['price', mul(x.delta, p)]];
    if (x.preCap !== null) candidates.push(['pre-cap', div(x.preCap, count)]);
    if (x.postCap !== null) candidates.push(['post-cap', div(x.postCap, kPost)]);
    const assigned = candidates.find(([cls]) => cls === classes[i]);
    if (assigned === undefined) return null;
    if (candidates.some(([, other]) => cmp(other, assigned[1]) < 0)) return null;
    conversionShares.push(div(x.amount, assigned[1]));
  }
  return {
    price: p,
    poolIncrease,
    kPre,
    kPost,
    preCapCounts,
    classes,
    conversionShares,
    newShares: mul(I, u),
  };
}

/**
 * Solves a round's price, pool increase and conversions exactly (see the file's equations).
 *
 * @example
 * // Venture Hacks' option pool shuffle: $2M on $8M pre-money, 6M shares, a 20% post-money pool in the pre-money → $1.00.
 * const n = (x) => ({ n: x, d: 1n });
 * const terms = { existing: n(6000000n), pool: n(0n), newMoney: n(2000000n), price: { kind: 'pre-money', value: n(8000000n) }, convention: null, poolTarget: { kind: 'percent', fraction: { n: 1n, d: 5n } }, placement: 'pre-money', instruments: [] };
 * const outcome = solveRound(terms);
 * outcome.ok && outcome.solution.price //=> { n: 1n, d: 1n }
 * outcome.ok && outcome.solution.poolIncrease //=> { n: 2000000n, d: 1n }
 */
export function solveRound(terms: SolverTerms): SolveOutcome {
  const found: SolverSolution[] = [];
  for (const regime of regimes(terms)) {
    for (const classes of assignments(terms.instruments, piOf(terms))) {
      const solution = solveAssignment(terms, classes, regime);
      if (solution === null) continue;
      // Ties (two terms giving the same price) solve to the same point; keep one.
      if (!found.some((s) => eq(s.price, solution.price) && eq(s.poolIncrease, solution.poolIncrease)))
        found.push(solution);
    }
  }
  const [only, other] = found;
  if (only === undefined) return { ok: false, reason: 'none' };
  if (other !== undefined) return { ok: false, reason: 'ambiguous' };
  return { ok: true, solution: only };
}

/**
 * Says, in a sentence, why a round's terms have no solution, from quantities a person can check:
 * the post-money SAFEs' claim at their caps (at 100% or more nothing is left for anyone else), or
 * the pool target (when the round solves without it: the pool, as a share of a post-money that
 * includes the new money and the conversions at the round price, would be worth at least the
 * pre-money, leaving nothing, or less, for the shares before the round).
 *
 * @example
 * const n = (x) => ({ n: x, d: 1n });
 * const terms = { existing: n(1000000n), pool: n(0n), newMoney: n(2000000n), price: { kind: 'pre-money', value: n(8000000n) }, convention: null, poolTarget: { kind: 'percent', fraction: { n: 9n, d: 10n } }, placement: 'pre-money', instruments: [] };
 * explainUnsolvable(terms, 'USD')
 * //=> 'the pool target (90.00% of the post-money count) would be worth at least the pre-money (8,000,000.00 USD), leaving nothing for the shares before the round: 90.00% of the 10,000,000.00 USD post-money is 9,000,000.00 USD, so the pre-money after the pool would be -1,000,000.00 USD'
 */
export function explainUnsolvable(terms: SolverTerms, currency: CurrencyCode): string {
  const percent = (x: Rational) => percentText(toDecimal(mul(x, ratio(100n))));
  const money = (x: Rational) => amountText(toDecimal(x), currency);
  const postClaims = sum(
    terms.instruments.flatMap((x) => (x.postCap !== null ? [div(x.amount, x.postCap)] : [])),
  );
  if (cmp(postClaims, ONE) >= 0)
    return `the post-money SAFEs' amounts are ${percent(postClaims)} of their caps, so at their caps they would own all of the company or more`;
  const target = terms.poolTarget;
  if (target?.kind === 'percent' && solveRound({ ...terms, poolTarget: null }).ok) {
    const base = `the pool target (${percent(target.fraction)} of the post-money count) would be worth at least the ${
      terms.price.kind === 'pre-money'
        ? `pre-money (${money(terms.price.value)})`
        : 'shares before the round at the price'
    }, leaving nothing for the shares before the round`;
    if (terms.price.kind !== 'pre-money' || terms.instruments.length > 0)
      return `${base} (with the new money and the conversions)`;
    const V = terms.price.value;
    const post = add(V, terms.newMoney);
    const poolValue = mul(target.fraction, post);
    return `${base}: ${percent(target.fraction)} of the ${money(post)} post-money is ${money(poolValue)}, so the pre-money after the pool would be ${money(sub(V, poolValue))}`;
  }
  return 'no positive price per share satisfies the pricing convention, the pool target and the convertibles together';
}

/** The quantities every equation of an assignment shares (see the file's notation). */
function shared(terms: SolverTerms, classes: readonly ConversionClass[]) {
  const pick = (cls: ConversionClass) => terms.instruments.filter((_, i) => classes[i] === cls);
  const a = sum(pick('price').map((x) => div(x.amount, x.delta)));
  const g = sum(pick('pre-cap').map((x) => div(x.amount, x.preCap ?? ONE)));
  const h = sum(pick('post-cap').map((x) => div(x.amount, x.postCap ?? ONE)));
  const pi = piOf(terms);
  const gPool = sum(pick('pre-cap').map((x) => mul(div(x.amount, x.preCap ?? ONE), poolWeight(x, pi))));
  if (cmp(h, ONE) >= 0) return null;
  const oneMinusH = sub(ONE, h);
  return {
    pi,
    alpha: div(mul(terms.existing, add(ONE, g)), oneMinusH),
    beta: div(a, oneMinusH),
    gamma: div(gPool, oneMinusH),
    converting: sum(terms.instruments.map((x) => x.amount)),
  };
}

/** Each regime's and assignment's candidate, kept when solveRound at it agrees; distinct values. */
function agreed(
  terms: SolverTerms,
  candidate: (classes: readonly ConversionClass[], regime: Regime) => Rational | null,
  check: (value: Rational) => boolean,
): Rational[] {
  const found: Rational[] = [];
  for (const regime of regimes(terms))
    for (const classes of assignments(terms.instruments, piOf(terms))) {
      const value = candidate(classes, regime);
      if (value === null || sign(value) <= 0 || found.some((f) => eq(f, value))) continue;
      if (check(value)) found.push(value);
    }
  return found;
}

/**
 * The pre-money valuations that give a round the price `price` exactly (closed form per
 * assignment of winning terms: with u = 1 / price known, the pool equation gives ΔP and the
 * convention's price equation is linear in the pre-money; each candidate is checked by solving
 * the round at it). Empty when none does.
 *
 * @example
 * // 2,000,000 shares, no convertibles: a $4 price needs an $8M pre-money.
 * const n = (x) => ({ n: x, d: 1n });
 * const terms = { existing: n(2000000n), pool: n(0n), newMoney: n(2000000n), price: { kind: 'pre-money', value: n(1n) }, convention: null, poolTarget: null, placement: 'pre-money', instruments: [] };
 * preMoneysForPrice(terms, n(4n)) //=> [{ n: 8000000n, d: 1n }]
 */
export function preMoneysForPrice(terms: SolverTerms, price: Rational): Rational[] {
  const u = div(ONE, price);
  return agreed(
    terms,
    (classes, regime) => {
      const q = shared(terms, classes);
      if (q === null) return null;
      const target = terms.poolTarget;
      let poolIncrease = ZERO;
      if (regime === 'fixed' && target?.kind === 'shares') {
        const needed = sub(target.shares, terms.pool);
        poolIncrease = sign(needed) > 0 ? needed : ZERO;
      } else if (regime === 'topup' && target?.kind === 'percent') {
        const t = target.fraction;
        const c22 = sub(sub(ONE, t), mul(t, q.gamma));
        if (sign(c22) === 0) return null;
        // (1 − t − tγ)·ΔP = tα − P0 + t(β + I)·u
        poolIncrease = div(
          add(sub(mul(t, q.alpha), terms.pool), mul(mul(t, add(q.beta, terms.newMoney)), u)),
          c22,
        );
      }
      if (sign(poolIncrease) < 0) return null;
      const counted = add(add(mul(q.beta, u), mul(add(q.pi, q.gamma), poolIncrease)), q.alpha);
      switch (terms.convention ?? 'pre-money') {
        case 'pre-money':
          return div(add(terms.existing, mul(q.pi, poolIncrease)), u);
        case 'percentage-ownership':
          return div(counted, u);
        case 'dollars-invested':
          return sub(div(counted, u), q.converting);
      }
    },
    (value) => {
      const outcome = solveRound({ ...terms, price: { kind: 'pre-money', value } });
      return outcome.ok && eq(outcome.solution.price, price);
    },
  );
}

/**
 * The investments by one investor that buy exactly `fraction` of the fully diluted shares after
 * the round (its new shares over all of them, exact, before share rounding), the other investors'
 * money `others` unchanged. Per assignment three linear equations in u, ΔP and w = the investor's
 * new shares (the price equation, the pool equation, w = fraction × all shares), so the answer is
 * w / u; each candidate is checked by solving the round with it.
 *
 * @example
 * // $8M pre-money on 2,000,000 shares, no one else investing: 20% takes $2M.
 * const n = (x) => ({ n: x, d: 1n });
 * const terms = { existing: n(2000000n), pool: n(0n), newMoney: n(0n), price: { kind: 'pre-money', value: n(8000000n) }, convention: null, poolTarget: null, placement: 'pre-money', instruments: [] };
 * investmentsForOwnership(terms, n(0n), { n: 1n, d: 5n }) //=> [{ n: 2000000n, d: 1n }]
 */
export function investmentsForOwnership(
  terms: SolverTerms,
  others: Rational,
  fraction: Rational,
): Rational[] {
  const ownership = (value: Rational): Rational | null => {
    const outcome = solveRound({ ...terms, newMoney: add(others, value) });
    if (!outcome.ok) return null;
    const s = outcome.solution;
    const all = add(add(s.kPost, s.poolIncrease), s.newShares);
    return div(div(value, s.price), all);
  };
  return agreed(
    terms,
    (classes, regime) => {
      const q = shared(terms, classes);
      if (q === null) return null;
      // Rows: [u, ΔP, w | constant].
      let price: Rational[];
      if (terms.price.kind === 'price') price = [ONE, ZERO, ZERO, div(ONE, terms.price.value)];
      else {
        const V = terms.price.value;
        switch (terms.convention ?? 'pre-money') {
          case 'pre-money':
            price = [neg(V), q.pi, ZERO, neg(terms.existing)];
            break;
          case 'percentage-ownership':
            price = [sub(q.beta, V), add(q.pi, q.gamma), ZERO, neg(q.alpha)];
            break;
          case 'dollars-invested':
            price = [sub(q.beta, add(V, q.converting)), add(q.pi, q.gamma), ZERO, neg(q.alpha)];
            break;
        }
      }
      const target = terms.poolTarget;
      let pool: Rational[] = [ZERO, ONE, ZERO, ZERO];
      if (regime === 'fixed' && target?.kind === 'shares') {
        const needed = sub(target.shares, terms.pool);
        pool = [ZERO, ONE, ZERO, sign(needed) > 0 ? needed : ZERO];
      } else if (regime === 'topup' && target?.kind === 'percent') {
        const t = target.fraction;
        pool = [
          neg(mul(t, add(q.beta, others))),
          sub(sub(ONE, t), mul(t, q.gamma)),
          neg(t),
          sub(mul(t, q.alpha), terms.pool),
        ];
      }
      const f = fraction;
      const own = [
        neg(mul(f, add(q.beta, others))),
        neg(mul(f, add(q.gamma, ONE))),
        sub(ONE, f),
        mul(f, q.alpha),
      ];
      const det3 = (m: Rational[][]) => {
        const [r0 = [], r1 = [], r2 = []] = m;
        const at = (r: Rational[], i: number) => r[i] ?? ZERO;
        return sum([
          mul(at(r0, 0), sub(mul(at(r1, 1), at(r2, 2)), mul(at(r1, 2), at(r2, 1)))),
          neg(mul(at(r0, 1), sub(mul(at(r1, 0), at(r2, 2)), mul(at(r1, 2), at(r2, 0))))),
          mul(at(r0, 2), sub(mul(at(r1, 0), at(r2, 1)), mul(at(r1, 1), at(r2, 0)))),
        ]);
      };
      const rows = [price, pool, own];
      const d = det3(rows.map((r) => r.slice(0, 3)));
      if (sign(d) === 0) return null;
      const column = (k: number) =>
        rows.map((r) => r.map((x, i) => (i === k ? (r[3] ?? ZERO) : x)).slice(0, 3));
      const u = div(det3(column(0)), d);
      const w = div(det3(column(2)), d);
      if (sign(u) <= 0) return null;
      return div(w, u);
    },
    (value) => {
      const got = ownership(value);
      return got !== null && eq(got, fraction);
    },
  );
}
