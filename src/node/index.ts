/**
 * dealcalc for Node: the whole library, plus the rate tables on disk: the ones shipped with the
 * package, your own imported ones, and importing or updating them. The file helpers the command
 * line uses (atomic writes, downloads, checksums) stay the package's own.
 *
 * @example
 * import { convert, openShippedStore } from 'dealcalc/node';
 * convert(openShippedStore(), { figure: '1.5 billion yuan', to: 'USD', on: '2017-11-15' }).to.amount.toFixed(2);
 * //=> '226586102.72'
 */
export * from '../index.js';
export { openShippedStore, openStore, type OpenStoreOptions } from './openStore.js';
export { openUserStore } from './userStore.js';
export { importFile, updateRates, type ImportIntoOptions, type UpdateOptions } from './importRates.js';
