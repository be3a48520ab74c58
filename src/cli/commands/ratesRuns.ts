/**
 * The work of `dealcalc rates …`, in one module: the bundled CLI builds it as a file of its own
 * (dist/dealcalc-rates.cjs) and loads it only when a rates subcommand runs (see ratesLoader.ts),
 * so that none of it is read, parsed or compiled by `dealcalc convert`.
 */
export { runRatesExport } from './ratesExportRun.js';
export { runRatesImport } from './ratesImportRun.js';
export { runRatesShow } from './ratesShowRun.js';
export { runRatesSources } from './ratesSourcesRun.js';
export { runRatesUpdate } from './ratesUpdateRun.js';
