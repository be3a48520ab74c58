import { DealCalcError } from '../errors.js';
import { parseManifest } from '../store/manifest.js';
import { openRateStore, type RateStore } from '../store/rateStore.js';
import { shippedDataDir } from './dataDir.js';
import { isSameFolder, MAX_MANIFEST_BYTES, MAX_SERIES_BYTES, readDataFile } from './readDataFile.js';

const stores = new Map<string, RateStore>();

/**
 * Opens the rate store in a folder (its manifest.json and the series files it names). Series are
 * read when a lookup first needs them, each checked against its sha256; the shipped tables are
 * trusted to be the validated bytes `npm run data` wrote, any other folder's rows are validated
 * the first time they are read.
 *
 * @param dir - the folder holding manifest.json
 * @returns the store (one per folder, kept for the life of the process)
 * @throws DealCalcError DATA_MISSING or DATA_CORRUPT
 *
 * @example
 * openRateStoreAt(shippedDataDir()).sources.map((s) => s.info.id) //=> ['fred-h10', 'imf']
 */
export function openRateStoreAt(dir: string): RateStore {
  const cached = stores.get(dir);
  if (cached !== undefined) return cached;
  const text = readDataFile(dir, 'manifest.json', MAX_MANIFEST_BYTES);
  const manifest = parseManifest(text, `${dir}/manifest.json`);
  if (!manifest.ok) throw new DealCalcError(manifest.error);
  const store = openRateStore(
    manifest.value,
    { read: (series) => readDataFile(dir, series.file, MAX_SERIES_BYTES, series.sha256) },
    { trusted: isSameFolder(dir, shippedDataDir()), origin: dir },
  );
  stores.set(dir, store);
  return store;
}

/**
 * Opens the rate tables shipped with dealcalc (Fed H.10 and IMF).
 *
 * @example
 * convert(openShippedStore(), { figure: '1.5 billion yuan', to: 'USD', on: '2017-11-15' }).to.amount.toFixed(2)
 * //=> '226586102.72'
 */
export function openShippedStore(): RateStore {
  return openRateStoreAt(shippedDataDir());
}
