/**
 * SAFEs and notes still outstanding at a sale of the company (no round converted them): each takes
 * the greater of its purchase amount (a note: principal and interest) and the value of the common
 * shares it would convert into at its cap, as the YC safe's Liquidity Event clause says:
 * "the greater of (i) the Purchase Amount (the 'Cash-Out Amount') or (ii) the amount payable on the
 * number of shares of Common Stock equal to the Purchase Amount divided by the Liquidity Price (the
 * 'Conversion Amount')", the Liquidity Price being the cap over the Liquidity Capitalization.
 *
 * Each becomes a one-unit non-participating class: a preference of its cash-out amount, converting
 * into amount / Liquidity Price common shares, so the waterfall's equilibrium decides which it
 * takes. SAFEs rank on par with the junior-most preferred series (the safe: "on par with payments
 * for other Safes and/or Preferred Stock … senior to payments for Common Stock"); a note is debt,
 * repaid before every series.
 *
 * Liquidity Capitalization: every share outstanding at the exit as converted to common and the
 * granted options, not the unallocated pool; for the post-money safe (2018) also the conversion
 * shares of the SAFEs and notes that take their Conversion Amount (a fixed point: with h = Σ amount /
 * cap over the converting post-money safes, L = (E + pre-money conversion shares) / (1 − h)); for the
 * 2013 safe and notes without them.
 */
import { daysBetween } from '../../../fx/calendar.js';
import type { IsoDate } from '../../../fx/types.js';
import { accrue } from '../interest.js';
import {
  add,
  cmp,
  div,
  fromDecimal,
  HUNDRED,
  mul,
  ONE,
  ratio,
  sub,
  sum,
  type Rational,
} from '../rational.js';
import { interestDayMissing } from '../scenarioErrors.js';
import type { ToReporting } from '../toReporting.js';
import type { Scenario, ScenarioConvertible, ScenarioFxUse } from '../types.js';
import type { PreferredInput, WaterfallModel } from './model.js';

/** A convertible outstanding at the exit, as the waterfall sees it. */
export interface UnconvertedInstrument {
  readonly convertible: ScenarioConvertible;
  /** The class name in the payout: "Angel (safe-post, not converted)". */
  readonly name: string;
  /** What it takes in cash: the purchase amount, or a note's principal and interest to the exit. */
  readonly cashOut: Rational;
  readonly cap: Rational | null;
}

/** The class name of an outstanding convertible in an exit's payout. */
export function unconvertedName(c: ScenarioConvertible): string {
  return `${c.name} (${c.type}, not converted)`;
}

/**
 * The outstanding convertibles of a scenario, their amounts in the reporting currency on `date`.
 */
export function unconvertedInstruments(
  scenario: Scenario,
  convert: ToReporting,
  date: IsoDate | null,
  fx: Map<string, ScenarioFxUse>,
): UnconvertedInstrument[] {
  const day = date ?? '1970-01-01';
  const reported = (figure: ScenarioConvertible['amount']) => {
    const r = convert(figure, day);
    if (r.use) fx.set(r.use.path, r.use);
    return r.amount;
  };
  return scenario.convertibles
    .filter((c) => c.convertsIn === null)
    .map((c) => {
      let cashOut = reported(c.amount);
      if (c.interest !== null && c.start !== null) {
        if (date === null) throw interestDayMissing(c.name);
        // Interest stops at maturity when the file says so.
        const past = c.maturity !== null && date > c.maturity && daysBetween(c.maturity, date) > 0;
        const end = past && c.atMaturity === 'interest-stops' && c.maturity !== null ? c.maturity : date;
        cashOut = accrue({
          principal: cashOut,
          rate: div(fromDecimal(c.interest.percent), HUNDRED),
          start: c.start,
          end,
          dayCount: c.dayCount,
          compounding: c.compounding,
          period: c.compoundingPeriod,
        }).amount;
      }
      return {
        convertible: c,
        name: unconvertedName(c),
        cashOut,
        cap: c.cap === null ? null : reported(c.cap),
      };
    });
}

/**
 * The model with the outstanding convertibles added as classes, those in `converting` counted in the
 * post-money safes' Liquidity Capitalization (null when a post-money safe's claims reach 100%).
 */
export function withUnconverted(
  model: WaterfallModel,
  instruments: readonly UnconvertedInstrument[],
  converting: ReadonlySet<string>,
): WaterfallModel | null {
  if (instruments.length === 0) return model;
  const E = add(
    add(model.common.shares, sum(model.options.map((o) => o.shares))),
    sum(model.preferred.map((p) => p.asConverted)),
  );
  const capped = (x: UnconvertedInstrument) => x.cap !== null && converting.has(x.name);
  const preShares = sum(
    instruments
      .filter((x) => capped(x) && x.convertible.type !== 'safe-post')
      .map((x) => div(mul(x.cashOut, E), x.cap ?? ONE)),
  );
  const h = sum(
    instruments
      .filter((x) => capped(x) && x.convertible.type === 'safe-post')
      .map((x) => div(x.cashOut, x.cap ?? ONE)),
  );
  if (cmp(h, ONE) >= 0) return null;
  const postCapitalization = div(add(E, preShares), sub(ONE, h));
  const junior = model.preferred.reduce((a, p) => Math.min(a, p.rank), Number.POSITIVE_INFINITY);
  const safeRank = Number.isFinite(junior) ? junior : 1;
  const senior = model.preferred.reduce((a, p) => Math.max(a, p.rank), 0) + 1;
  const added: PreferredInput[] = instruments.map((x) => {
    const capitalization = x.convertible.type === 'safe-post' ? postCapitalization : E;
    // Shares it would convert into: amount / (cap / capitalization); none without a cap.
    const asConverted = x.cap === null ? ratio(0n) : div(mul(x.cashOut, capitalization), x.cap);
    return {
      name: x.name,
      shares: ONE,
      issuePrice: x.cashOut,
      multiple: ONE,
      participation: 'none',
      capMultiple: null,
      rank: x.convertible.type === 'note' ? senior : safeRank,
      conversionRatio: asConverted,
      members: [{ holder: x.convertible.holder, shares: 1n }],
      preference: x.cashOut,
      asConverted,
      cap: null,
    };
  });
  return { ...model, preferred: [...model.preferred, ...added] };
}
