/**
 * The waterfall part of a scenario run: the final table by holder and class, and each exit the
 * file asks about divided, with the breakpoints of the payout lines.
 */
import { toDecimal } from '../rational.js';
import { exitDayMissing, unconvertedUnsolvable } from '../scenarioErrors.js';
import type { ToReporting } from '../toReporting.js';
import type { RoundResult, Scenario, ScenarioFxUse } from '../types.js';
import { Decimal } from '../../../money/decimal.js';
import { applyAntiDilution } from './antiDilution.js';
import { findBreakpoints } from './breakpoints.js';
import { classLedger } from './classLedger.js';
import { buildModel, seriesTerms } from './buildModel.js';
import { divideExit } from './divideExit.js';
import { unconvertedInstruments, withUnconverted } from './unconverted.js';
import type { Breakpoint, ClassTable, ExitResult, ShareClassResult } from './result.js';

/** What the waterfall adds to a scenario's result. */
export interface WaterfallPart {
  readonly classTable: ClassTable;
  readonly exits: readonly ExitResult[];
  readonly breakpoints: readonly Breakpoint[];
  /** How the waterfall reads the terms, in sentences. */
  readonly notes: readonly string[];
}

const UNCONVERTED_RULE =
  'a SAFE or note still outstanding at the exit takes the greater of its purchase amount (a note: principal and interest) and the value of the common shares its cap converts it into (the YC safe’s Cash-Out Amount or Conversion Amount); SAFEs rank with the junior-most preferred series, a note (debt) before every series';

const ADJUSTED_RULE =
  'an anti-dilution adjustment changes the series’ conversion ratio: its extra common shares count in every exit’s as-converted shares and, from the round that triggers it, in the round tables and fully diluted counts, and so in later rounds’ prices (the tables in whole shares, each holding’s as-converted count rounded down as a charter issues no fractional shares on conversion; the exits use the exact ratio)';

const EXIT_RULES = [
  'an exit value is the net proceeds to equity; preferences are paid by seniority (equal ranks pari passu in proportion to their preference amounts), then the rest is shared by as-converted shares',
  'each non-participating or capped series converts exactly when that pays it more, given every other class’s choice (no class gains by switching)',
  'options are exercised when common takes more than their exercise price; the exercise price is paid in and added to the proceeds, and option holders are shown net of it; the unallocated pool takes nothing',
];

/**
 * The waterfall of a scenario whose rounds have run.
 *
 * @example
 * const s = unwrap(parseScenario('currency: USD\nclasses: [{ name: Series A, issuePrice: "$6" }]\nholders:\n  - { name: Founders, shares: 3000000 }\n  - { name: Fund A, class: Series A, shares: 1000000 }\nexits: ["$9M"]\n'));
 * const usd = (figure) => { const [n, d] = figure.amount.toFraction(); return { amount: { n: BigInt(n.toFixed()), d: BigInt(d.toFixed()) }, use: null }; };
 * const part = runWaterfall(s, [], usd, ['Founders', 'Fund A'], 0n);
 * part.exits[0].byHolder.map((h) => [h.holder, h.amount.toString()]) //=> [['Founders', '3000000'], ['Fund A', '6000000']]
 */
export function runWaterfall(
  scenario: Scenario,
  rounds: readonly RoundResult[],
  convert: ToReporting,
  holderOrder: readonly string[],
  pool: bigint,
): WaterfallPart {
  const ledger = classLedger(scenario, rounds);
  const terms = applyAntiDilution(
    scenario,
    ledger,
    seriesTerms(scenario, ledger),
    rounds,
    scenario.holders.reduce((a, h) => a + BigInt(h.shares.toFixed()), BigInt(scenario.pool.shares.toFixed())),
    convert,
  );
  const count = (name: string) =>
    ledger.holdings.filter((h) => h.holdingClass === name).reduce((a, h) => a + h.shares, 0n);
  const classes: ShareClassResult[] = [
    ...(['common', 'options'] as const).map((name): ShareClassResult => ({
      name,
      kind: name,
      origin: name,
      shares: new Decimal(count(name).toString()),
      issuePrice: null,
      preference: null,
      participation: null,
      cap: null,
      seniority: name === 'common' ? 0 : null,
      conversionRatio: null,
      defaults: [],
      antiDilution: [],
    })),
    ...terms.map((t): ShareClassResult => ({
      name: t.name,
      kind: 'preferred',
      origin: t.origin,
      shares: new Decimal(count(t.name).toString()),
      issuePrice: t.issuePrice?.text ?? (t.issuedAt ? toDecimal(t.issuedAt).toString() : null),
      preference: toDecimal(t.multiple),
      participation: t.participation,
      cap: t.capMultiple ? toDecimal(t.capMultiple) : null,
      seniority: t.rank,
      conversionRatio: toDecimal(t.conversionRatio),
      defaults: t.defaults,
      antiDilution: t.antiDilution ?? [],
    })),
  ];
  const classTable: ClassTable = {
    classes,
    holdings: ledger.holdings.map((h) => ({
      holder: h.holder,
      class: h.holdingClass,
      shares: new Decimal(h.shares.toString()),
      strike: h.strike?.text ?? null,
    })),
  };
  const adjusted = terms.some((t) => (t.antiDilution ?? []).length > 0) ? [ADJUSTED_RULE] : [];
  if (scenario.exits.length === 0)
    return { classTable, exits: [], breakpoints: [], notes: [...ledger.notes, ...adjusted] };

  const lastRound = scenario.rounds[scenario.rounds.length - 1];
  const exits: ExitResult[] = [];
  let breakpoints: Breakpoint[] = [];
  scenario.exits.forEach((exit, index) => {
    const date = exit.date ?? lastRound?.date ?? null;
    const fx = new Map<string, ScenarioFxUse>();
    if (date === null && exit.figure.currency !== scenario.currency)
      throw exitDayMissing(exit.figure.path, exit.figure.text, exit.figure.currency);
    const day = date ?? '1970-01-01';
    const reported = convert(exit.figure, day);
    if (reported.use) fx.set(reported.use.path, reported.use);
    const base = buildModel(scenario, ledger, terms, convert, day, fx, pool);
    const unconverted = unconvertedInstruments(scenario, convert, date, fx);
    const meta = { text: exit.figure.text, path: exit.figure.path, date, holderOrder };
    // Which outstanding convertibles take their Conversion Amount decides the post-money safes'
    // Liquidity Capitalization: start from all with a cap, and recount until the choices hold.
    let converting = new Set(unconverted.filter((x) => x.cap !== null).map((x) => x.name));
    let model = base;
    let divided = null;
    for (let round = 0; round <= unconverted.length + 1 && divided === null; round += 1) {
      const next = withUnconverted(base, unconverted, converting);
      if (next === null) throw unconvertedUnsolvable();
      const result = divideExit(next, reported.amount, { ...meta, fx: [...fx.values()] });
      const chose = new Set(
        result.byClass
          .filter((c) => c.converts && unconverted.some((x) => x.name === c.class))
          .map((c) => c.class),
      );
      if ([...chose].every((n) => converting.has(n)) && chose.size === converting.size) {
        divided = result;
        model = next;
      } else converting = chose;
    }
    if (divided === null) throw unconvertedUnsolvable();
    exits.push(divided);
    // The breakpoints of the first exit's day (the lines do not depend on the exit value).
    if (index === 0) breakpoints = findBreakpoints(model);
  });
  const outstanding = scenario.convertibles.some((c) => c.convertsIn === null);
  return {
    classTable,
    exits,
    breakpoints,
    notes: [...ledger.notes, ...adjusted, ...EXIT_RULES, ...(outstanding ? [UNCONVERTED_RULE] : [])],
  };
}
