/** The rate store: manifests, sources and series, read through a file reader a shell supplies. */
export {
  parseManifest,
  type ImportRecord,
  type Manifest,
  type ManifestSeries,
  type ManifestSource,
} from './manifest.js';
export {
  openRateStore,
  rateStoreFromSources,
  type OpenRateStoreOptions,
  type RateStore,
  type StoreFiles,
} from './rateStore.js';
export { rateSourceFromSeries } from '../fx/rateSourceFromSeries.js';
export { requiredFiles } from './requiredFiles.js';
export {
  combineStores,
  type CombinedStore,
  type SetAsideSource,
  type StoreKind,
  type StorePart,
} from './combinedStore.js';
export { exportRates, type ExportRequest, type RatesExport } from './exportRates.js';
export {
  checkImportId,
  planImport,
  RESERVED_SOURCE_IDS,
  type ImportOptions,
  type ImportPlan,
  type ImportSummary,
  type PlannedFile,
  type PlannedSeries,
} from './importPlan.js';
export * from './formats/index.js';
