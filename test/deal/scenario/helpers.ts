import { unwrap } from '../../../src/errors.js';
import type { RateSource } from '../../../src/fx/types.js';
import { parseScenario } from '../../../src/deal/scenario/parseScenario.js';
import { runScenario } from '../../../src/deal/scenario/runScenario.js';
import type { Scenario, ScenarioResult, CapTableRow } from '../../../src/deal/scenario/types.js';
import { fred, imf } from '../../fx/helpers.js';

/** The shipped tables, loaded once. */
export const SOURCES: readonly RateSource[] = [fred(), imf()];

/** A scenario from YAML text (fails the test if it does not read). */
export function scenario(text: string): Scenario {
  return unwrap(parseScenario(text));
}

/** Runs a scenario written in YAML on the shipped tables. */
export function run(text: string): ScenarioResult {
  return runScenario(SOURCES, scenario(text));
}

/** A table as [holder, shares] pairs. */
export function shares(rows: readonly CapTableRow[]): [string, string][] {
  return rows.map((row) => [row.holder, row.shares.toString()]);
}

/** A row's percent rounded half-even to `decimals`, as text. */
export function percentOf(rows: readonly CapTableRow[], holder: string, decimals: number): string {
  const row = rows.find((r) => r.holder === holder);
  if (row === undefined) throw new Error(`no row ${holder}`);
  return row.percent.toFixed(decimals);
}

/** Runs fn and returns the error it throws (fails if it does not throw). */
export function thrown(fn: () => unknown): { code: string; message: string; hint: string; path?: string } {
  try {
    fn();
  } catch (error) {
    return error as { code: string; message: string; hint: string; path?: string };
  }
  throw new Error('expected an error');
}
