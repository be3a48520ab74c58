/**
 * One division of an exit, for a given set of choices (which series convert, which options are
 * exercised): preferences by seniority, equal ranks pari passu in proportion to their preference
 * amounts; then the rest, shared by as-converted shares among common, exercised options,
 * converted series and participating series, a capped series stopping at its cap (its excess
 * shared by the others). Exercised options pay their exercise price in: it is added to the
 * proceeds, and the option holders are shown net of it.
 */
import { cmp, div, mul, sign, sum, ZERO } from '../rational.js';
import {
  constant,
  EXIT,
  minus,
  NOTHING,
  over,
  plus,
  times,
  total,
  type Affine,
  type Probe,
} from './affine.js';
import type { WaterfallModel } from './model.js';

/** Which series convert and which options are exercised (by index). */
export interface Choices {
  readonly converts: readonly boolean[];
  readonly exercises: readonly boolean[];
}

/** How one preferred series fared. */
export interface SeriesShare {
  readonly amount: Affine;
  readonly preferencePaid: Affine;
  readonly participation: Affine;
  readonly converts: boolean;
  /** Takes part in the rest (participating or converted) while there is a rest to share. */
  readonly participates: boolean;
  readonly capped: boolean;
  /** Its preference is paid in full (or it converted). */
  readonly paidInFull: boolean;
}

/** One division of the exit. */
export interface Division {
  readonly series: readonly SeriesShare[];
  /** Net of the exercise price; zero when not exercised. */
  readonly options: readonly Affine[];
  readonly common: Affine;
  /** What a common share takes. */
  readonly perShare: Affine;
  /** Whether common shares take anything (there is a rest to share). */
  readonly commonParticipates: boolean;
  /** A rest that no one can take (no shares to share it): must be zero in an answer. */
  readonly undistributed: Affine;
}

/**
 * Divides the exit X (affine, decided at the probe's X) for the given choices.
 *
 * @example
 * // 1x non-participating Series A: 1,000,000 shares at $6; 3,000,000 common; a $9M exit.
 * const one = { n: 1n, d: 1n };
 * const model = { currency: 'USD', pool: 0n, options: [], common: { shares: { n: 3000000n, d: 1n }, members: [] },
 *   preferred: [{ name: 'A', shares: { n: 1000000n, d: 1n }, issuePrice: { n: 6n, d: 1n }, multiple: one, participation: 'none', capMultiple: null, rank: 1, conversionRatio: one, members: [], preference: { n: 6000000n, d: 1n }, asConverted: { n: 1000000n, d: 1n }, cap: null }] };
 * const d = divide(model, { converts: [false], exercises: [] }, new Probe({ n: 9000000n, d: 1n }));
 * at(d.series[0].amount, { n: 9000000n, d: 1n }) //=> { n: 6000000n, d: 1n }
 */
export function divide(model: WaterfallModel, choices: Choices, probe: Probe): Division {
  const { preferred, options } = model;
  const exercised = options.filter((_, i) => choices.exercises[i] === true);
  let remaining: Affine = plus(EXIT, constant(sum(exercised.map((o) => mul(o.strike, o.shares)))));
  const paid: Affine[] = preferred.map(() => NOTHING);
  const ranks = [...new Set(preferred.map((p) => p.rank))].sort((a, b) => b - a);
  for (const rank of ranks) {
    const tier = preferred
      .map((p, i) => ({ p, i }))
      .filter(({ p, i }) => p.rank === rank && choices.converts[i] !== true);
    const owed = sum(tier.map(({ p }) => p.preference));
    if (sign(owed) === 0) continue;
    if (probe.compare(remaining, constant(owed)) >= 0) {
      for (const { p, i } of tier) paid[i] = constant(p.preference);
      remaining = minus(remaining, constant(owed));
    } else {
      // Pari passu: each in proportion to its preference amount.
      for (const { p, i } of tier) paid[i] = times(remaining, div(p.preference, owed));
      remaining = NOTHING;
    }
  }
  const rest = remaining;
  const hasRest = probe.compare(rest, NOTHING) > 0;

  // The rest, by as-converted shares; a capped series stops at its cap.
  const sharing = preferred.map((p, i) => choices.converts[i] === true || p.participation !== 'none');
  const capped = preferred.map(() => false);
  const participation: Affine[] = preferred.map(() => NOTHING);
  let pool = rest;
  let perShare: Affine = NOTHING;
  let undistributed: Affine = NOTHING;
  for (;;) {
    const shares = sum([
      model.common.shares,
      ...exercised.map((o) => o.shares),
      ...preferred.flatMap((p, i) => (sharing[i] && !capped[i] ? [p.asConverted] : [])),
    ]);
    if (sign(shares) === 0) {
      perShare = NOTHING;
      undistributed = pool;
      break;
    }
    perShare = over(pool, shares);
    let more = false;
    preferred.forEach((p, i) => {
      if (!sharing[i] || capped[i] || choices.converts[i] === true || p.cap === null) return;
      const room = minus(constant(p.cap), paid[i] ?? NOTHING);
      if (probe.compare(times(perShare, p.asConverted), room) > 0) {
        capped[i] = true;
        participation[i] = room;
        pool = minus(pool, room);
        more = true;
      }
    });
    if (!more) break;
  }
  preferred.forEach((p, i) => {
    if (sharing[i] && !capped[i]) participation[i] = times(perShare, p.asConverted);
  });
  const series = preferred.map((p, i): SeriesShare => {
    const converts = choices.converts[i] === true;
    const preferencePaid = paid[i] ?? NOTHING;
    return {
      amount: plus(preferencePaid, participation[i] ?? NOTHING),
      preferencePaid,
      participation: participation[i] ?? NOTHING,
      converts,
      participates: (sharing[i] ?? false) && hasRest,
      capped: capped[i] ?? false,
      paidInFull: converts || probe.compare(preferencePaid, constant(p.preference)) >= 0,
    };
  });
  const optionShares = options.map((o, i) =>
    choices.exercises[i] === true ? times(minus(perShare, constant(o.strike)), o.shares) : NOTHING,
  );
  return {
    series,
    options: optionShares,
    common: times(perShare, model.common.shares),
    perShare,
    commonParticipates: hasRest && cmp(model.common.shares, ZERO) > 0,
    undistributed,
  };
}

/** Everything the division pays out (with what no one could take): the exit value itself. */
export const totalPaid = (d: Division): Affine =>
  total([...d.series.map((s) => s.amount), ...d.options, d.common, d.undistributed]);
