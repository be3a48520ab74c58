/** The rate store: manifests, sources and series, read through a file reader a shell supplies. */
export { parseManifest, type Manifest, type ManifestSeries, type ManifestSource } from './manifest.js';
export {
  openRateStore,
  rateSourceFromSeries,
  rateStoreFromSources,
  type OpenRateStoreOptions,
  type RateStore,
  type StoreFiles,
} from './rateStore.js';
export { requiredFiles } from './requiredFiles.js';
