import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { DealCalcError } from '../../errors.js';
import type * as RatesRuns from './ratesRuns.js';

/** The bundled rates work, beside the bundled CLI; built by scripts/bundle.mjs. */
const RATES_BUNDLE = 'dealcalc-rates.cjs';
/** Kept out of esbuild's sight, so that the main bundle does not take the rates work in. */
const RATES_SOURCE = './ratesRuns.js';

/**
 * An error of the rates bundle as an error of this one: the two bundles each have their own
 * DealCalcError class, and the command line reports only its own as a dealcalc error.
 */
function adopt(error: unknown): unknown {
  if (error instanceof DealCalcError) return error;
  if (
    error instanceof Error &&
    error.name === 'DealCalcError' &&
    'toInfo' in error &&
    typeof error.toInfo === 'function'
  ) {
    return new DealCalcError((error as DealCalcError).toInfo());
  }
  return error;
}

function adopted<A extends unknown[]>(run: (...args: A) => unknown): (...args: A) => Promise<unknown> {
  return async (...args: A) => {
    try {
      return await run(...args);
    } catch (error) {
      throw adopt(error);
    }
  };
}

let loaded: typeof RatesRuns | undefined;

/**
 * The rates subcommands' work, loaded on first use: from dist/dealcalc-rates.cjs when this runs
 * inside the bundled CLI (dist/dealcalc.cjs), else from the sources (tests, the library).
 *
 * @example
 * typeof (await loadRatesRuns()).runRatesShow //=> 'function'
 */
export async function loadRatesRuns(): Promise<typeof RatesRuns> {
  if (loaded !== undefined) return loaded;
  const here = import.meta.url;
  const runs: typeof RatesRuns = here.endsWith('/dealcalc.cjs')
    ? (createRequire(here)(fileURLToPath(new URL(RATES_BUNDLE, here))) as typeof RatesRuns)
    : ((await import(RATES_SOURCE)) as typeof RatesRuns);
  loaded = {
    runRatesExport: adopted(runs.runRatesExport),
    runRatesImport: adopted(runs.runRatesImport),
    runRatesShow: adopted(runs.runRatesShow),
    runRatesSources: adopted(runs.runRatesSources),
    runRatesUpdate: adopted(runs.runRatesUpdate),
  } as unknown as typeof RatesRuns;
  return loaded;
}
