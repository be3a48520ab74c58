/**
 * The scenario job, whole: read the scenario text, apply each override in order, then run it, or
 * sweep one or two of its values and read the asked-for results at every point.
 */
import { errorFrom } from '../../errors.js';
import { overrideNotAssignment, showWithoutSweep, solveWithSweep } from './scenarioErrors.js';
import { solveScenario, type SolveAnswer } from './solveScenario.js';
import type { RateStore } from '../../store/rateStore.js';
import { applyOverride } from './applyOverride.js';
import { parseScenario } from './parseScenario.js';
import { runScenario } from './runScenario.js';
import { sweepScenario, type SweepResult } from './sweep.js';
import type { ScenarioResult } from './types.js';
import { checkRequest, checkStore } from '../../requestFields.js';

/** A scenario question: the file's text, overrides, and what to sweep and show. */
export interface ScenarioRequest {
  /** The scenario file's text (YAML or JSON). */
  readonly text: string;
  /** Overrides, "PATH=VALUE" each, applied in order: "rounds[0].preMoney=3B". */
  readonly sets?: readonly string[];
  /** One or two sweeps, "PATH=FROM..TO:STEP" each: "rounds[0].preMoney=6M..12M:1M". */
  readonly sweeps?: readonly string[];
  /** Result paths to read at every sweep point: 'holders["Founder A"].percent'. */
  readonly shows?: readonly string[];
  readonly yen?: 'CNY' | 'JPY';
  /** Exit values to divide ("$200M"), replacing the file's `exits`. */
  readonly exits?: readonly string[];
  /** A --solve question: 'investment:Lead=20%' or 'preMoney:Series A=$1.25' (see solveScenario). */
  readonly solve?: string;
  /** Told how far a sweep has got (points done, of total). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A scenario's answer: one run, or a sweep's table or matrix. */
export type ScenarioAnswer =
  | { readonly kind: 'run'; readonly result: ScenarioResult }
  | { readonly kind: 'sweep'; readonly sweep: SweepResult }
  | { readonly kind: 'solve'; readonly solved: SolveAnswer };

function split(assignment: string): [string, string] {
  const at = assignment.indexOf('=');
  if (at <= 0) {
    throw errorFrom(overrideNotAssignment(assignment));
  }
  return [assignment.slice(0, at).trim(), assignment.slice(at + 1)];
}

/**
 * Runs a scenario from its text, with overrides, or sweeps it.
 *
 * @example
 * const text = 'currency: USD\nholders:\n  - { name: Founder, shares: 1000000 }\npool: { shares: 0 }\nrounds:\n  - { name: Seed, date: 2018-01-01, preMoney: "$4M", investors: [{ name: Angel, amount: "$1M" }] }\n';
 * const answer = answerScenario(openShippedStore(), { text });
 * answer.kind === 'run' && answer.result.rounds[0].pricePerShare.toString() //=> '4'
 */
export function answerScenario(store: RateStore, request: ScenarioRequest): ScenarioAnswer {
  checkStore('answerScenario', store);
  checkRequest('answerScenario', request, {
    text: 'text',
    sets: 'texts?',
    sweeps: 'texts?',
    shows: 'texts?',
    yen: 'text?',
    exits: 'texts?',
    solve: 'text?',
    onProgress: 'function?',
  });
  const parsed = parseScenario(request.text, request.yen ? { yen: request.yen } : {});
  if (!parsed.ok) throw errorFrom(parsed.error);
  let scenario = parsed.value;
  // --exit replaces the file's exits (and its single `exit`, if any).
  const hasExit = scenario.document.root.entries.some((entry) => entry.key === 'exit');
  const exitSets =
    (request.exits ?? []).length > 0
      ? [`exits=${JSON.stringify(request.exits)}`, ...(hasExit ? ['exit='] : [])]
      : [];
  for (const assignment of [...exitSets, ...(request.sets ?? [])]) {
    const [path, value] = split(assignment);
    const overridden = applyOverride(scenario, path, value, request.yen ? { yen: request.yen } : {});
    if (!overridden.ok) throw errorFrom(overridden.error);
    scenario = overridden.value;
  }
  const sweeps = request.sweeps ?? [];
  if (request.solve !== undefined) {
    if (sweeps.length > 0) throw errorFrom(solveWithSweep());
    return { kind: 'solve', solved: solveScenario(store.sources, scenario, request.solve) };
  }
  if (sweeps.length === 0) {
    if ((request.shows ?? []).length > 0) {
      throw errorFrom(showWithoutSweep());
    }
    return { kind: 'run', result: runScenario(store.sources, scenario) };
  }
  const shows = request.shows ?? [];
  const sweep = sweepScenario(
    store.sources,
    scenario,
    sweeps,
    shows.length > 0 ? shows : defaultShows(store, scenario, sweeps),
    {
      ...(request.onProgress ? { onProgress: request.onProgress } : {}),
    },
  );
  return { kind: 'sweep', sweep };
}

/**
 * Without shows, a sweep shows every holder's final percentage (from one run of the scenario); a
 * sweep of the exit value shows every holder's payout at it.
 */
function defaultShows(
  store: RateStore,
  scenario: Parameters<typeof runScenario>[1],
  sweeps: readonly string[],
): string[] {
  const result = runScenario(store.sources, scenario);
  if (sweeps.some((sweep) => /^\s*exit\s*=/.test(sweep)))
    return result.holders
      .filter((row) => row.kind === 'holder')
      .map((row) => `exits[0].byHolder[${JSON.stringify(row.holder)}].amount`);
  return result.holders.map((row) => `holders[${JSON.stringify(row.holder)}].percent`);
}
