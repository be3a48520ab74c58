import type { CurrencyCode } from '../money/currency.js';
import type { ManifestSeries } from './manifest.js';
import type { RateStore } from './rateStore.js';
import { checkArgument, checkStore } from '../requestFields.js';

/**
 * The series files a question about these currencies may read: for each source (or the one
 * named), the series of every listed currency it holds. A shell that loads tables
 * asynchronously (a browser) fetches these before asking, so that the store's reader can be
 * synchronous; a currency that is a source's pivot needs no file.
 *
 * @param store - the store
 * @param currencies - the currencies of the question, e.g. [CNY, USD]
 * @param sourceId - only this source, when the question names one
 * @returns the series entries, each with its file and sha256
 *
 * @example
 * const store = openShippedStore();
 * requiredFiles(store, [CNY, USD], 'fred-h10').map((s) => s.file) //=> ['fred-h10/CHUS.csv']
 */
export function requiredFiles(
  store: RateStore,
  currencies: readonly CurrencyCode[],
  sourceId?: string,
): readonly ManifestSeries[] {
  checkStore('requiredFiles', store);
  checkArgument('requiredFiles', 'currencies', 'texts', currencies);
  checkArgument('requiredFiles', 'sourceId', 'text?', sourceId);
  // Naming an unknown source is SOURCE_UNKNOWN, as for a lookup.
  if (sourceId !== undefined) store.source(sourceId);
  const sources = store.manifest.sources.filter((s) => sourceId === undefined || s.id === sourceId);
  const files: ManifestSeries[] = [];
  for (const source of sources) {
    for (const series of source.series) if (currencies.includes(series.currency)) files.push(series);
  }
  return files;
}
