/**
 * Breakpoints, exactly: the exit values where some class's payout line changes slope (a
 * preference is paid in full, a class starts to participate, converts, hits its cap, options are
 * exercised). The waterfall is run on affine values at a probe exit value; the comparisons it
 * makes say on which open interval of exit values the same lines hold. Probing the intervals
 * left uncovered finds every piece, with no search and no rounding; adjacent pieces with the
 * same lines are merged, and each boundary names what changed there.
 */
import { add, cmp, div, mul, ratio, sub, toDecimal, ZERO, type Rational } from '../rational.js';
import { Probe, sameLine, type Affine } from './affine.js';
import { settle } from './divideExit.js';
import type { Choices, Division } from './distribute.js';
import type { WaterfallModel } from './model.js';
import type { Breakpoint } from './result.js';
import { moneyWords, perShareWords } from './words.js';

/** Exit values from `from` to `to` (null: no end) on which the same lines hold. */
export interface Piece {
  readonly from: Rational;
  readonly to: Rational | null;
  readonly choices: Choices;
  readonly division: Division;
}

const FRACTIONS = [ratio(1n, 2n), ratio(1n, 3n), ratio(2n, 3n), ratio(1n, 5n), ratio(4n, 5n), ratio(1n, 7n)];

/** A probe inside (lo, hi), or beyond lo when hi is null, that is not itself a crossing. */
function probeWithin(model: WaterfallModel, lo: Rational, hi: Rational | null): Piece & { span: Probe } {
  for (const f of FRACTIONS) {
    const x =
      hi === null
        ? add(mul(lo, add(ratio(1n), mul(f, ratio(2n)))), add(ratio(1n), f))
        : add(lo, mul(f, sub(hi, lo)));
    const probe = new Probe(x);
    const { choices, division } = settle(model, probe);
    const span = probe.interval();
    if (!span.tied) return { from: span.from ?? ZERO, to: span.to, choices, division, span: probe };
  }
  throw new RangeError('no probe point off the crossings');
}

/**
 * Every piece of the payout lines over exit values from 0 up, in order.
 *
 * @example
 * // 1x non-participating Series A: 1,000,000 shares at $6 (Fund A); 3,000,000 common (Founders).
 * const one = { n: 1n, d: 1n };
 * const model = { currency: 'USD', pool: 0n, options: [], common: { shares: { n: 3000000n, d: 1n }, members: [{ holder: 'Founders', shares: 3000000n }] },
 *   preferred: [{ name: 'Series A', shares: { n: 1000000n, d: 1n }, issuePrice: { n: 6n, d: 1n }, multiple: one, participation: 'none', capMultiple: null, rank: 1, conversionRatio: one, members: [{ holder: 'Fund A', shares: 1000000n }], preference: { n: 6000000n, d: 1n }, asConverted: { n: 1000000n, d: 1n }, cap: null }] };
 * pieces(model).map((p) => [p.from, p.to]) //=> [[{ n: 0n, d: 1n }, { n: 6000000n, d: 1n }], [{ n: 6000000n, d: 1n }, { n: 24000000n, d: 1n }], [{ n: 24000000n, d: 1n }, null]]
 */
export function pieces(model: WaterfallModel): Piece[] {
  const found: Piece[] = [];
  const cover = (lo: Rational, hi: Rational | null, depth: number) => {
    if (depth > 400) throw new RangeError('too many pieces');
    const probe = probeWithin(model, lo, hi);
    const from = cmp(probe.from, lo) > 0 ? probe.from : lo;
    const to = probe.to === null ? hi : hi === null || cmp(probe.to, hi) < 0 ? probe.to : hi;
    found.push({ from, to, choices: probe.choices, division: probe.division });
    if (cmp(from, lo) > 0) cover(lo, from, depth + 1);
    if (to !== null && (hi === null || cmp(to, hi) < 0)) cover(to, hi, depth + 1);
  };
  cover(ZERO, null, 0);
  found.sort((a, b) => cmp(a.from, b.from));
  return found;
}

function lines(division: Division): Affine[] {
  return [...division.series.map((s) => s.amount), ...division.options, division.common];
}

function sameLines(a: Division, b: Division): boolean {
  const left = lines(a);
  const right = lines(b);
  return left.every((line, i) => {
    const other = right[i];
    return other !== undefined && sameLine(line, other);
  });
}

/**
 * The breakpoints of a model's payout lines, in order of exit value, each naming the class and
 * what happens to it there.
 *
 * @example
 * // 1x non-participating Series A: 1,000,000 shares at $6 (Fund A); 3,000,000 common (Founders).
 * const one = { n: 1n, d: 1n };
 * const model = { currency: 'USD', pool: 0n, options: [], common: { shares: { n: 3000000n, d: 1n }, members: [{ holder: 'Founders', shares: 3000000n }] },
 *   preferred: [{ name: 'Series A', shares: { n: 1000000n, d: 1n }, issuePrice: { n: 6n, d: 1n }, multiple: one, participation: 'none', capMultiple: null, rank: 1, conversionRatio: one, members: [{ holder: 'Fund A', shares: 1000000n }], preference: { n: 6000000n, d: 1n }, asConverted: { n: 1000000n, d: 1n }, cap: null }] };
 * findBreakpoints(model).map((b) => [b.exit.toString(), b.class, b.event]) //=> [['6000000', 'Series A', 'preference-paid'], ['6000000', 'common', 'participates'], ['24000000', 'Series A', 'converts']]
 */
export function findBreakpoints(model: WaterfallModel): Breakpoint[] {
  const all = pieces(model);
  const merged: Piece[] = [];
  for (const piece of all) {
    const last = merged[merged.length - 1];
    if (last !== undefined && sameLines(last.division, piece.division))
      merged[merged.length - 1] = { ...last, to: piece.to };
    else merged.push(piece);
  }
  const out: Breakpoint[] = [];
  const currency = model.currency;
  for (let i = 1; i < merged.length; i += 1) {
    const before = merged[i - 1];
    const after = merged[i];
    if (before === undefined || after === undefined) continue;
    const x = after.from;
    const exit = toDecimal(x);
    const at = moneyWords(x, currency);
    const events: Breakpoint[] = [];
    model.preferred.forEach((p, j) => {
      const a = before.division.series[j];
      const b = after.division.series[j];
      if (a === undefined || b === undefined) return;
      if (!a.converts && b.converts)
        events.push({
          exit,
          class: p.name,
          event: 'converts',
          explanation: `from ${at} ${p.name} converts: as common it takes more than its ${
            p.cap === null
              ? `${perShareWords(mul(p.multiple, p.issuePrice), currency)} a share preference`
              : `cap of ${perShareWords(div(p.cap, p.shares), currency)} a share`
          }`,
        });
      else if (a.converts && !b.converts)
        events.push({
          exit,
          class: p.name,
          event: 'slope-changes',
          explanation: `from ${at} ${p.name} stops converting`,
        });
      if (!a.paidInFull && b.paidInFull && !b.converts)
        events.push({
          exit,
          class: p.name,
          event: 'preference-paid',
          explanation: `from ${at} ${p.name}'s preference (${moneyWords(p.preference, currency)}) is paid in full`,
        });
      if (!a.participates && b.participates && !b.converts)
        events.push({
          exit,
          class: p.name,
          event: 'participates',
          explanation: `from ${at} ${p.name} participates: something is left after the preferences`,
        });
      if (!a.capped && b.capped)
        events.push({
          exit,
          class: p.name,
          event: 'capped',
          explanation: `from ${at} ${p.name} is held at its cap (${moneyWords(p.cap ?? ZERO, currency)})`,
        });
    });
    if (!before.division.commonParticipates && after.division.commonParticipates)
      events.push({
        exit,
        class: 'common',
        event: 'participates',
        explanation: `from ${at} common takes a share: the preferences taken are paid`,
      });
    model.options.forEach((o, j) => {
      if (before.choices.exercises[j] !== true && after.choices.exercises[j] === true)
        events.push({
          exit,
          class: o.name,
          event: 'exercised',
          explanation: `from ${at} ${o.name} are exercised: common takes more than the ${perShareWords(o.strike, currency)} exercise price`,
        });
    });
    if (events.length === 0) {
      // A change of slope that no flag names: say which lines bend.
      const names = [...model.preferred.map((p) => p.name), ...model.options.map((o) => o.name), 'common'];
      const a = lines(before.division);
      const b = lines(after.division);
      names.forEach((name, j) => {
        const left = a[j];
        const right = b[j];
        if (left !== undefined && right !== undefined && !sameLine(left, right))
          events.push({
            exit,
            class: name,
            event: 'slope-changes',
            explanation: `from ${at} ${name}'s payout grows at another rate`,
          });
      });
    }
    out.push(...events);
  }
  return out;
}
