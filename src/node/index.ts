/**
 * dealcalc for Node: the whole library, plus the rate tables shipped with the package.
 *
 * @example
 * import { convert, openShippedStore } from 'dealcalc/node';
 * convert(openShippedStore(), { figure: '1.5 billion yuan', to: 'USD', on: '2017-11-15' }).to.amount.toFixed(2);
 * //=> '226586102.72'
 */
export * from '../index.js';
export { openRateStoreAt, openShippedStore, openStore, type OpenStoreOptions } from './openStore.js';
export { resolveDataDir, shippedDataDir } from './dataDir.js';
export { resolveUserDir, type UserDirEnvironment, type UserDirOrigin } from './userDir.js';
export { changeUserStore, hasUserStore, openUserStore, sha256Hex, type StoreChange } from './userStore.js';
export { storeWriteFailed, writeFileAtomic } from './atomicWrite.js';
export {
  defaultSourceId,
  importFile,
  UPDATE_ENDPOINTS,
  updateRates,
  updateUrl,
  type ImportIntoOptions,
  type UpdateOptions,
} from './importRates.js';
export { importText, MAX_IMPORT_BYTES, readImportFile, type ImportText } from './readImportFile.js';
export { download, type DownloadLimits } from './download.js';
export { checkStoreFiles, type FileProblem, type StoreFilesStatus } from './checkStoreFiles.js';
