/**
 * The choices of all convertible holders at once: each non-participating or capped series
 * converts, and each option grant is exercised, exactly when that pays it more given everyone
 * else's choice (an equilibrium: no one gains by switching). Found by switching, one at a time,
 * a holder who gains, the lowest threshold first (the preference or cap a converted share gives
 * up, or the exercise price), which is the order in which they convert as the exit grows.
 */
import { cmp, div, type Rational } from '../rational.js';
import type { Affine, Probe } from './affine.js';
import { divide, type Choices, type Division } from './distribute.js';
import type { WaterfallModel } from './model.js';

/** One holder who chooses: a series (convert or not) or an option grant (exercise or not). */
export interface Chooser {
  readonly kind: 'series' | 'options';
  readonly index: number;
  /** The value a share gives up to switch: preference (or cap) per as-converted share, or the strike. */
  readonly threshold: Rational;
}

/** The choosers of a model. */
export function choosersOf(model: WaterfallModel): Chooser[] {
  return [
    ...model.preferred.flatMap((p, index): Chooser[] =>
      p.participation === 'full'
        ? []
        : [{ kind: 'series', index, threshold: div(p.cap ?? p.preference, p.asConverted) }],
    ),
    ...model.options.map((o, index): Chooser => ({ kind: 'options', index, threshold: o.strike })),
  ];
}

/** The choices with one chooser's switched. */
export function switched(choices: Choices, chooser: Chooser): Choices {
  const flip = (list: readonly boolean[]) => list.map((v, i) => (i === chooser.index ? !v : v));
  return chooser.kind === 'series'
    ? { converts: flip(choices.converts), exercises: choices.exercises }
    : { converts: choices.converts, exercises: flip(choices.exercises) };
}

/** What a chooser is paid in a division. */
export function payoutOf(division: Division, chooser: Chooser): Affine {
  const value =
    chooser.kind === 'series' ? division.series[chooser.index]?.amount : division.options[chooser.index];
  if (value === undefined) throw new RangeError('no such chooser');
  return value;
}

/** Whether the chooser has switched (converts, or exercises). */
export function hasSwitched(choices: Choices, chooser: Chooser): boolean {
  return (chooser.kind === 'series' ? choices.converts : choices.exercises)[chooser.index] === true;
}

/**
 * The equilibrium choices at the probe's exit value and the division they give; null when no
 * equilibrium is reached (the caller says so).
 *
 * @example
 * // 1x non-participating Series A: 1,000,000 shares at $6 (Fund A); 3,000,000 common (Founders).
 * const one = { n: 1n, d: 1n };
 * const model = { currency: 'USD', pool: 0n, options: [], common: { shares: { n: 3000000n, d: 1n }, members: [{ holder: 'Founders', shares: 3000000n }] },
 *   preferred: [{ name: 'Series A', shares: { n: 1000000n, d: 1n }, issuePrice: { n: 6n, d: 1n }, multiple: one, participation: 'none', capMultiple: null, rank: 1, conversionRatio: one, members: [{ holder: 'Fund A', shares: 1000000n }], preference: { n: 6000000n, d: 1n }, asConverted: { n: 1000000n, d: 1n }, cap: null }] };
 * // At $30M a quarter ($7.5M) beats the $6M preference: Series A converts.
 * equilibrium(model, new Probe({ n: 30000000n, d: 1n }))?.choices //=> { converts: [true], exercises: [] }
 */
export function equilibrium(
  model: WaterfallModel,
  probe: Probe,
): { readonly choices: Choices; readonly division: Division } | null {
  const choosers = choosersOf(model);
  let choices: Choices = {
    converts: model.preferred.map(() => false),
    exercises: model.options.map(() => false),
  };
  const limit = 4 * choosers.length + 4;
  for (let step = 0; step <= limit; step += 1) {
    const division = divide(model, choices, probe);
    const gainers = choosers.filter(
      (c) =>
        probe.compare(payoutOf(divide(model, switched(choices, c), probe), c), payoutOf(division, c)) > 0,
    );
    if (gainers.length === 0) return { choices, division };
    const joining = gainers.filter((c) => !hasSwitched(choices, c));
    const pick = (list: Chooser[], lowest: boolean) =>
      list.reduce((best, c) => {
        const order = cmp(c.threshold, best.threshold);
        return (lowest ? order < 0 : order > 0) ? c : best;
      });
    const next = joining.length > 0 ? pick(joining, true) : pick(gainers, false);
    choices = switched(choices, next);
  }
  return null;
}
