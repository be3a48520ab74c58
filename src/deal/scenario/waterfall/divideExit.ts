/**
 * One exit, divided: the equilibrium choices at that exit value, every class's and holder's
 * payout, each with its reason in words, and the check that the payouts add up to the exit.
 */
import type { IsoDate } from '../../../fx/types.js';
import { add, cmp, div, eq, mul, sign, sub, sum, toDecimal, ZERO, type Rational } from '../rational.js';
import { exitLeftOver, noStableChoice } from '../scenarioErrors.js';
import type { ScenarioFxUse } from '../types.js';
import { at, Probe } from './affine.js';
import { totalPaid, type Choices, type Division } from './distribute.js';
import { choosersOf, equilibrium, payoutOf, switched } from './equilibrium.js';
import { divide } from './distribute.js';
import type { WaterfallModel } from './model.js';
import type { ClassPayout, ExitResult } from './result.js';
import { moneyWords, perShareWords } from './words.js';

/**
 * The equilibrium division at an exit value (the probe records where each comparison would flip).
 *
 * @example
 * // 1x non-participating Series A: 1,000,000 shares at $6 (Fund A); 3,000,000 common (Founders).
 * const one = { n: 1n, d: 1n };
 * const model = { currency: 'USD', pool: 0n, options: [], common: { shares: { n: 3000000n, d: 1n }, members: [{ holder: 'Founders', shares: 3000000n }] },
 *   preferred: [{ name: 'Series A', shares: { n: 1000000n, d: 1n }, issuePrice: { n: 6n, d: 1n }, multiple: one, participation: 'none', capMultiple: null, rank: 1, conversionRatio: one, members: [{ holder: 'Fund A', shares: 1000000n }], preference: { n: 6000000n, d: 1n }, asConverted: { n: 1000000n, d: 1n }, cap: null }] };
 * // At a $9M exit Series A takes its $6M preference rather than a quarter of $9M.
 * settle(model, new Probe({ n: 9000000n, d: 1n })).choices //=> { converts: [false], exercises: [] }
 */
export function settle(model: WaterfallModel, probe: Probe): { choices: Choices; division: Division } {
  const found = equilibrium(model, probe);
  if (found === null) throw noStableChoice(toDecimal(probe.x), model.currency);
  if (sign(at(found.division.undistributed, probe.x)) !== 0)
    throw exitLeftOver(
      toDecimal(probe.x),
      model.currency,
      toDecimal(at(found.division.undistributed, probe.x)),
    );
  return found;
}

/** The exit's own text and day. */
export interface ExitMeta {
  readonly text: string;
  readonly path: string;
  readonly date: IsoDate | null;
  readonly fx: readonly ScenarioFxUse[];
  /** Holders in the order of the final table. */
  readonly holderOrder: readonly string[];
}

/**
 * Divides an exit among the classes and holders of a model.
 *
 * @example
 * // 1x non-participating Series A: 1,000,000 shares at $6 (Fund A); 3,000,000 common (Founders).
 * const one = { n: 1n, d: 1n };
 * const model = { currency: 'USD', pool: 0n, options: [], common: { shares: { n: 3000000n, d: 1n }, members: [{ holder: 'Founders', shares: 3000000n }] },
 *   preferred: [{ name: 'Series A', shares: { n: 1000000n, d: 1n }, issuePrice: { n: 6n, d: 1n }, multiple: one, participation: 'none', capMultiple: null, rank: 1, conversionRatio: one, members: [{ holder: 'Fund A', shares: 1000000n }], preference: { n: 6000000n, d: 1n }, asConverted: { n: 1000000n, d: 1n }, cap: null }] };
 * const exit = divideExit(model, { n: 9000000n, d: 1n }, { text: '$9M', path: 'exits[0]', date: null, fx: [], holderOrder: ['Founders', 'Fund A'] });
 * exit.byHolder.map((h) => [h.holder, h.amount.toString()]) //=> [['Founders', '3000000'], ['Fund A', '6000000']]
 */
export function divideExit(model: WaterfallModel, exit: Rational, meta: ExitMeta): ExitResult {
  const probe = new Probe(exit);
  const { choices, division } = settle(model, probe);
  const value = (a: Parameters<typeof at>[0]) => at(a, exit);
  const currency = model.currency;
  const perShare = value(division.perShare);
  const choosers = choosersOf(model);
  const alternative = (kind: 'series' | 'options', index: number): Rational => {
    const chooser = choosers.find((c) => c.kind === kind && c.index === index);
    if (chooser === undefined) return ZERO;
    return value(payoutOf(divide(model, switched(choices, chooser), new Probe(exit)), chooser));
  };
  const rows: {
    payout: ClassPayout;
    amount: Rational;
    members: readonly { holder: string; shares: bigint }[];
    shares: Rational;
  }[] = [];

  model.preferred.forEach((p, i) => {
    const share = division.series[i];
    if (share === undefined) return;
    const amount = value(share.amount);
    const paid = value(share.preferencePaid);
    const short = share.converts ? ZERO : sub(p.preference, paid);
    const each = div(amount, p.shares);
    const preferenceEach = mul(p.multiple, p.issuePrice);
    const tierMates = model.preferred.filter(
      (q, j) => j !== i && q.rank === p.rank && choices.converts[j] !== true,
    );
    let explanation: string;
    if (share.converts) {
      const cap = p.capMultiple === null ? null : mul(p.capMultiple, p.issuePrice);
      explanation = `${p.name} converts: ${perShareWords(each, currency)} a share as common beats its ${
        cap === null
          ? `${perShareWords(preferenceEach, currency)} preference`
          : `cap of ${perShareWords(cap, currency)} a share`
      }`;
    } else {
      const asCommon = div(alternative('series', i), p.shares);
      const owed = `its ${perShareWords(preferenceEach, currency)} a share preference (${moneyWords(p.preference, currency)})`;
      const base =
        sign(short) > 0
          ? `${p.name} takes ${moneyWords(paid, currency)} of ${owed}: short ${moneyWords(short, currency)}${
              tierMates.length > 0
                ? `, sharing pari passu with ${tierMates.map((q) => q.name).join(', ')}`
                : ''
            }`
          : `${p.name} takes ${owed}`;
      const participation = value(share.participation);
      if (p.participation === 'full')
        explanation = `${base}${sign(participation) > 0 ? ` and participates: ${perShareWords(div(participation, p.shares), currency)} a share more as common, ${perShareWords(each, currency)} a share in all` : '; nothing is left to participate in'}`;
      else if (p.participation === 'capped')
        explanation = share.capped
          ? `${base} and stops at its cap: ${perShareWords(each, currency)} a share in all, more than the ${perShareWords(asCommon, currency)} a share it would take as common`
          : `${base}${sign(participation) > 0 ? ` and participates below its cap: ${perShareWords(each, currency)} a share in all` : '; nothing is left to participate in'}`;
      else if (sign(short) > 0) explanation = base;
      else
        explanation = `${base}: ${perShareWords(each, currency)} a share ${
          cmp(asCommon, each) < 0 ? 'beats' : 'is as much as'
        } the ${perShareWords(asCommon, currency)} a share it would take as common`;
    }
    rows.push({
      amount,
      members: p.members,
      shares: p.shares,
      payout: {
        class: p.name,
        kind: 'preferred',
        amount: toDecimal(amount),
        converts: share.converts,
        participates: share.participates,
        capped: share.capped,
        preference: toDecimal(p.preference),
        preferencePaid: toDecimal(paid),
        short: toDecimal(short),
        strike: null,
        shares: toDecimal(p.shares),
        perShare: toDecimal(each),
        explanation,
      },
    });
  });

  const commonAmount = value(division.common);
  const owedAll = sum(
    model.preferred.filter((_, i) => choices.converts[i] !== true).map((p) => p.preference),
  );
  rows.push({
    amount: commonAmount,
    members: model.common.members,
    shares: model.common.shares,
    payout: {
      class: 'common',
      kind: 'common',
      amount: toDecimal(commonAmount),
      converts: false,
      participates: division.commonParticipates,
      capped: false,
      preference: toDecimal(ZERO),
      preferencePaid: toDecimal(ZERO),
      short: toDecimal(ZERO),
      strike: null,
      shares: toDecimal(model.common.shares),
      perShare: toDecimal(perShare),
      explanation: division.commonParticipates
        ? `common takes ${perShareWords(perShare, currency)} a share`
        : `common takes nothing: the exit does not exceed the preferences taken (${moneyWords(owedAll, currency)})`,
    },
  });

  model.options.forEach((o, i) => {
    const amount = value(division.options[i] ?? { c: ZERO, k: ZERO });
    const exercised = choices.exercises[i] === true;
    const strike = perShareWords(o.strike, currency);
    const explanation = exercised
      ? `${o.name} are exercised: common at ${perShareWords(perShare, currency)} a share is above the ${strike} exercise price; they take ${perShareWords(div(amount, o.shares), currency)} a share net (the exercise price is paid in, added to the proceeds and shared; holders are shown net of it)`
      : `${o.name} are not exercised: common would take ${perShareWords(add(div(alternative('options', i), o.shares), o.strike), currency)} a share, not above the ${strike} exercise price`;
    rows.push({
      amount,
      members: o.members,
      shares: o.shares,
      payout: {
        class: 'options',
        kind: 'options',
        amount: toDecimal(amount),
        converts: exercised,
        participates: exercised && division.commonParticipates,
        capped: false,
        preference: toDecimal(ZERO),
        preferencePaid: toDecimal(ZERO),
        short: toDecimal(ZERO),
        strike: toDecimal(o.strike),
        shares: toDecimal(o.shares),
        perShare: toDecimal(div(amount, o.shares)),
        explanation,
      },
    });
  });

  const byHolder = new Map<string, Rational>(meta.holderOrder.map((h) => [h, ZERO]));
  for (const row of rows)
    for (const m of row.members)
      if (sign(row.shares) > 0)
        byHolder.set(
          m.holder,
          add(byHolder.get(m.holder) ?? ZERO, div(mul(row.amount, { n: m.shares, d: 1n }), row.shares)),
        );
  const members = new Set(rows.flatMap((r) => r.members.map((m) => m.holder)));
  const paid = value(totalPaid(division));
  const holderSum = sum([...byHolder.values()]);
  if (!eq(paid, exit) || !eq(holderSum, exit))
    throw new RangeError('the waterfall does not add up to the exit');
  return {
    exit: toDecimal(exit),
    text: meta.text,
    path: meta.path,
    date: meta.date,
    byClass: rows.map((r) => r.payout),
    byHolder: [...byHolder.entries()]
      .filter(([holder]) => members.has(holder))
      .map(([holder, amount]) => ({ holder, amount: toDecimal(amount) })),
    commonPerShare: toDecimal(perShare),
    check: { paid: toDecimal(holderSum), holds: eq(holderSum, exit) },
    fx: meta.fx,
  };
}
