import type * as RatesRuns from './ratesRuns.js';

/**
 * The rates subcommands' work (import, export, update, show, charts), loaded on first use: in the
 * bundled CLI it is a chunk of its own (scripts/bundle.mjs), so that `convert` never loads it.
 */
export async function loadRatesRuns(): Promise<typeof RatesRuns> {
  return import('./ratesRuns.js');
}
