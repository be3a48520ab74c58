/**
 * dealcalc for Node: the whole library, plus the rate tables shipped with the package.
 *
 * @example
 * import { convert, openShippedStore } from 'dealcalc/node';
 * convert(openShippedStore(), { figure: '1.5 billion yuan', to: 'USD', on: '2017-11-15' }).to.amount.toFixed(2);
 * //=> '226586102.72'
 */
export * from '../index.js';
export { openRateStoreAt, openShippedStore } from './openStore.js';
export { resolveDataDir, shippedDataDir } from './dataDir.js';
