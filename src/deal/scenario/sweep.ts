/**
 * Sensitivity sweeps: run a scenario over a range of one value (a table) or two (a matrix) and
 * read chosen results at each point.
 */
import {
  errorFrom,
  DealCalcError,
  fail,
  succeed,
  unwrap,
  type ErrorInfo,
  type Result,
} from '../../errors.js';
import type { RateSource } from '../../fx/types.js';
import type { CurrencyCode } from '../../money/currency.js';
import { Decimal } from '../../money/decimal.js';
import { parseFigure } from '../../parse/parseFigure.js';
import { applyOverride } from './applyOverride.js';
import { parseScenarioPath } from './path.js';
import { readScenarioPercent } from './readScenarioPercent.js';
import { resultValue, type ScenarioValue } from './resultValue.js';
import { runScenario } from './runScenario.js';
import {
  sweepBoundUnreadable,
  sweepBoundHedged,
  sweepBoundNotPercent,
  sweepBoundNotWhole,
  sweepBoundsReversed,
  sweepCountInvalid,
  sweepCurrenciesMixed,
  sweepKeyNotSweepable,
  sweepNotRange,
  sweepStepNotPositive,
  sweepTooManyPoints,
  sweepTooManySteps,
  sweepWithoutEquals,
} from './scenarioErrors.js';
import type { Scenario } from './types.js';
import { SCENARIO_FIELDS, checkArgument, checkFields, checkSources } from '../../requestFields.js';

/** One swept key: `path=from..to:step`, each bound written as in the file. */
export interface SweepSpec {
  readonly path: string;
  readonly from: string;
  readonly to: string;
  readonly step: string;
}

/**
 * Reads a sweep written `PATH=FROM..TO:STEP` (the form of `--sweep`); the bounds stay text, read
 * later by what the key holds. Pure: no scenario needed.
 *
 * @example
 * parseSweep('rounds[0].preMoney=6M..12M:1M') //=> { ok: true, value: { path: 'rounds[0].preMoney', from: '6M', to: '12M', step: '1M' } }
 * parseSweep('rounds[0].preMoney=6M-12M').ok //=> false
 */
export function parseSweep(text: string): Result<SweepSpec> {
  checkArgument('parseSweep', 'text', 'text', text);
  let depth = 0;
  let quote: string | null = null;
  let equals = -1;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quote !== null) {
      if (char === '\\') i += 1;
      else if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '[') depth += 1;
    else if (char === ']') depth -= 1;
    else if (char === '=' && depth === 0) {
      equals = i;
      break;
    }
  }
  if (equals <= 0) return fail(sweepWithoutEquals(text));
  const path = text.slice(0, equals).trim();
  const parsedPath = parseScenarioPath(path);
  if (!parsedPath.ok) return parsedPath;
  const range = text.slice(equals + 1);
  const dots = range.indexOf('..');
  const colon = range.lastIndexOf(':');
  if (dots <= 0 || colon < dots + 2) return fail(sweepNotRange(range));
  const from = range.slice(0, dots).trim();
  const to = range.slice(dots + 2, colon).trim();
  const step = range.slice(colon + 1).trim();
  if (from === '' || to === '' || step === '') return fail(sweepNotRange(range));
  return succeed({ path, from, to, step });
}

/** What kind of value a key holds, by its name. */
const FIGURE_KEYS = new Set([
  'preMoney',
  'postMoney',
  'pricePerShare',
  'amount',
  'cap',
  'price',
  'exit',
  'issuePrice',
  'strike',
  'take',
]);
const PERCENT_KEYS = new Set(['discount', 'interest']);
const COUNT_KEYS = new Set(['shares', 'maxAge']);

/** The values one sweep takes. */
export interface SweepAxis {
  readonly path: string;
  readonly kind: 'figure' | 'percent' | 'count';
  /** For figures: the currency of the values. */
  readonly currency: CurrencyCode | null;
  readonly values: readonly Decimal[];
  /** Each value as written into the scenario ("7000000 USD", "15%", "500000"). */
  readonly texts: readonly string[];
}

/** One point of a sweep: the axis values, and the shown results there (or why it failed). */
export interface SweepCell {
  readonly at: readonly Decimal[];
  /** In the order of `shows`; null when the scenario failed at this point. */
  readonly values: readonly ScenarioValue[] | null;
  /** The scenario's error at this point (an unsolvable round, say); null when it ran. */
  readonly error: ErrorInfo | null;
}

/** A sweep's answer: a table (one axis) or a matrix (two; cells row-major, first axis outer). */
export interface SweepResult {
  readonly kind: 'table' | 'matrix';
  readonly axes: readonly SweepAxis[];
  readonly shows: readonly string[];
  readonly cells: readonly SweepCell[];
}

/** Options for sweepScenario. */
export interface SweepOptions {
  /** Called after each point with the points done and the total, e.g. to draw progress. */
  readonly onProgress?: (done: number, total: number) => void;
  /** At most this many points in all (default 10,000). */
  readonly maxPoints?: number;
}

function readBound(
  spec: SweepSpec,
  which: 'from' | 'to' | 'step',
  kind: SweepAxis['kind'],
  scenarioCurrency: CurrencyCode,
): { value: Decimal; currency: CurrencyCode | null } {
  const text = spec[which];
  if (kind === 'percent') {
    const percent = readScenarioPercent(text);
    if (percent === null) throw errorFrom(sweepBoundNotPercent(spec.path, which, text));
    return { value: percent, currency: null };
  }
  if (kind === 'count') {
    if (!/^\d+$/.test(text)) throw errorFrom(sweepBoundNotWhole(spec.path, which, text));
    return { value: new Decimal(text), currency: null };
  }
  const figure = parseFigure(text, { requireCurrency: false });
  if (!figure.ok) throw errorFrom(sweepBoundUnreadable(spec.path, which, figure.error));
  if (figure.value.hedge !== null) throw errorFrom(sweepBoundHedged(spec.path, which, text));
  return { value: figure.value.value, currency: figure.value.currency?.code ?? scenarioCurrency };
}

function axisOf(spec: SweepSpec, scenario: Scenario): SweepAxis {
  const segments = unwrap(parseScenarioPath(spec.path));
  const last = segments[segments.length - 1];
  const key = last?.kind === 'key' ? last.key : '';
  const kind: SweepAxis['kind'] | null = FIGURE_KEYS.has(key)
    ? 'figure'
    : PERCENT_KEYS.has(key)
      ? 'percent'
      : COUNT_KEYS.has(key)
        ? 'count'
        : key === 'target'
          ? spec.from.includes('%')
            ? 'percent'
            : 'count'
          : null;
  if (kind === null) throw errorFrom(sweepKeyNotSweepable(spec.path, key || spec.path));
  const from = readBound(spec, 'from', kind, scenario.currency);
  const to = readBound(spec, 'to', kind, scenario.currency);
  const step = readBound(spec, 'step', kind, scenario.currency);
  if (kind === 'figure' && (from.currency !== to.currency || from.currency !== step.currency))
    throw errorFrom(
      sweepCurrenciesMixed(spec.path, String(from.currency), String(to.currency), String(step.currency)),
    );
  if (!step.value.gt('0')) throw errorFrom(sweepStepNotPositive(spec.path, spec.step));
  if (from.value.gt(to.value)) throw errorFrom(sweepBoundsReversed(spec.path, spec.from, spec.to));
  const count = to.value.minus(from.value).div(step.value).floor().plus('1');
  if (count.gt('100000')) throw errorFrom(sweepTooManySteps(spec.path, count.toFixed()));
  const values: Decimal[] = [];
  for (let value = from.value; value.lte(to.value); value = value.plus(step.value)) values.push(value);
  const texts = values.map((value) =>
    kind === 'figure'
      ? `${value.toFixed()} ${from.currency}`
      : kind === 'percent'
        ? `${value.toFixed()}%`
        : value.toFixed(),
  );
  return { path: spec.path, kind, currency: kind === 'figure' ? from.currency : null, values, texts };
}

/**
 * Runs a scenario at every point of one sweep (a table) or two (a matrix) and reads the `shows`
 * (result paths, see resultValue) at each. Each point sets the swept values as if the file said
 * so (applyOverride) and runs the whole scenario; a point whose scenario fails (an unsolvable
 * round at a low valuation, say) keeps its error and the sweep goes on. The values run from
 * FROM by STEP while not above TO (TO itself when a whole number of steps reaches it).
 *
 * @param sweeps - one or two, as objects or as `PATH=FROM..TO:STEP` text; figure bounds without a
 *   currency are in the scenario's currency
 * @param shows - result paths such as `holders["Founder A"].percent`
 * @throws DealCalcError SCENARIO_SWEEP_INVALID (a bad range), SCENARIO_PATH_INVALID (a path that
 *   names nothing)
 *
 * @example
 * const s = unwrap(parseScenario('currency: USD\nholders: [{ name: Founder, shares: 3000000 }]\nrounds: [{ name: A, date: 2018-01-02, preMoney: "$4M", investors: [{ name: Lead, amount: "$1M" }] }]\n'));
 * const table = sweepScenario([fred], s, ['rounds[0].preMoney=3M..4M:1M'], ['holders["Founder"].percent']);
 * table.cells.map((cell) => cell.values[0].toString()) //=> ['75', '80']
 */
export function sweepScenario(
  sources: readonly RateSource[],
  scenario: Scenario,
  sweeps: readonly (SweepSpec | string)[],
  shows: readonly string[],
  options: SweepOptions = {},
): SweepResult {
  checkSources('sweepScenario', sources);
  checkFields('sweepScenario', 'scenario', scenario, SCENARIO_FIELDS);
  checkArgument('sweepScenario', 'sweeps', 'list', sweeps);
  checkArgument('sweepScenario', 'shows', 'texts', shows);
  if (sweeps.length < 1 || sweeps.length > 2) throw errorFrom(sweepCountInvalid(sweeps.length));
  for (const show of shows) unwrap(parseScenarioPath(show));
  const axes = sweeps.map((sweep) =>
    axisOf(typeof sweep === 'string' ? unwrap(parseSweep(sweep)) : sweep, scenario),
  );
  const [first, second] = axes;
  if (first === undefined) throw new RangeError('no axis');
  const points: number[][] =
    second === undefined
      ? first.values.map((_, i) => [i])
      : first.values.flatMap((_, i) => second.values.map((__, j) => [i, j]));
  const limit = options.maxPoints ?? 10000;
  if (points.length > limit) throw errorFrom(sweepTooManyPoints(points.length, limit));
  const cells: SweepCell[] = [];
  for (const point of points) {
    const at = point.map((index, axis) => axes[axis]?.values[index] as Decimal);
    let current: Result<Scenario> = succeed(scenario);
    point.forEach((index, axis) => {
      const spec = axes[axis];
      if (current.ok && spec !== undefined)
        current = applyOverride(current.value, spec.path, spec.texts[index] ?? '');
    });
    let cell: SweepCell;
    if (!current.ok) {
      if (current.error.code === 'SCENARIO_PATH_INVALID') throw errorFrom(current.error);
      cell = { at, values: null, error: current.error };
    } else {
      try {
        const result = runScenario(sources, current.value);
        cell = { at, values: shows.map((show) => unwrap(resultValue(result, show))), error: null };
      } catch (error) {
        if (!(error instanceof DealCalcError) || error.code === 'SCENARIO_PATH_INVALID') throw error;
        cell = { at, values: null, error: error.toInfo() };
      }
    }
    cells.push(cell);
    options.onProgress?.(cells.length, points.length);
  }
  return { kind: second === undefined ? 'table' : 'matrix', axes, shows, cells };
}
