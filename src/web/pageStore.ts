/**
 * The rate store of the page: the manifest, and the series files fetched lazily as the core asks
 * for them. The core reads synchronously; a browser fetches asynchronously. So the store's reader
 * answers from the files fetched so far and, for any other, notes it and throws DATA_NOT_LOADED;
 * `run` makes a core call, fetches what the call asked for and did not have, and makes the call
 * again, until a call asks for nothing new. Only that last call's answer is used: an answer given
 * while a table was missing is never shown.
 */
import { errorFrom } from '../errors.js';
import type { CurrencyCode } from '../money/currency.js';
import type { Manifest, ManifestSeries } from '../store/manifest.js';
import { openRateStore, type RateStore } from '../store/rateStore.js';
import { requiredFiles } from '../store/requiredFiles.js';
import { dataNotLoaded } from '../store/storeErrors.js';

/** Fetches a series file and proves it is the bytes the manifest names (its sha256). */
export type SeriesFetcher = (series: ManifestSeries) => Promise<string>;

/** A rate store whose tables are fetched on demand. */
export interface PageStore {
  readonly store: RateStore;
  /**
   * Runs a core call with every table it needs: calls, fetches the files it asked for and
   * lacked, calls again (at most `maxRounds` fetch rounds). The call's error, if the last call
   * throws one, is thrown.
   */
  run<T>(call: (store: RateStore) => T): Promise<T>;
  /** Fetches, ahead of a call, every series of these currencies (of one source, or all). */
  prefetch(currencies: readonly CurrencyCode[], sourceId?: string): Promise<void>;
  /** The files fetched so far, in the order they arrived. */
  loaded(): readonly string[];
}

/** Options of openPageStore. */
export interface PageStoreOptions {
  /** How many fetch rounds one call may need before it is an error (default 8). */
  readonly maxRounds?: number;
  /** How messages name the store (default "the page's rate tables"). */
  readonly origin?: string;
}

/**
 * Opens the page's rate store over a checked manifest. The shipped tables are the rows
 * `npm run data` validated, and every file is checked against the manifest's sha256 before it
 * is used, so the store is opened trusted, as the command line opens the shipped folder.
 *
 * @param manifest - the manifest, checked by parseManifest
 * @param fetchSeries - how the shell fetches one series file (checksum verified)
 * @param options - bounds and naming
 * @returns the store and the runner
 *
 * @example
 * const manifest = openShippedStore().manifest;
 * const tables = openPageStore(manifest, async () => 'date,value\n');
 * tables.loaded() //=> []
 */
export function openPageStore(
  manifest: Manifest,
  fetchSeries: SeriesFetcher,
  options: PageStoreOptions = {},
): PageStore {
  const maxRounds = options.maxRounds ?? 8;
  const texts = new Map<string, string>();
  const inFlight = new Map<string, Promise<void>>();
  const order: string[] = [];
  let asked = new Map<string, ManifestSeries>();

  const store = openRateStore(
    manifest,
    {
      read(series) {
        const text = texts.get(series.file);
        if (text !== undefined) return text;
        asked.set(series.file, series);
        throw errorFrom(dataNotLoaded(series.file));
      },
    },
    { trusted: true, origin: options.origin ?? "the page's rate tables" },
  );

  function load(series: ManifestSeries): Promise<void> {
    if (texts.has(series.file)) return Promise.resolve();
    const pending = inFlight.get(series.file);
    if (pending) return pending;
    const fetching = fetchSeries(series).then(
      (text) => {
        texts.set(series.file, text);
        order.push(series.file);
        inFlight.delete(series.file);
      },
      (error: unknown) => {
        // A failed fetch is not remembered: the next call tries again.
        inFlight.delete(series.file);
        throw error;
      },
    );
    inFlight.set(series.file, fetching);
    return fetching;
  }

  async function run<T>(call: (store: RateStore) => T): Promise<T> {
    for (let round = 0; ; round += 1) {
      // The call is synchronous, so no other call can fill `asked` while this one runs.
      asked = new Map();
      let answer: { value: T } | { error: unknown };
      try {
        answer = { value: call(store) };
      } catch (error) {
        answer = { error };
      }
      const missing = [...asked.values()];
      if (missing.length === 0) {
        if ('error' in answer) throw answer.error;
        return answer.value;
      }
      if (round >= maxRounds) {
        throw errorFrom({
          ...dataNotLoaded(missing.map((s) => s.file).join(', ')),
          message: `the rate tables ${missing.map((s) => s.file).join(', ')} were still not loaded after ${maxRounds} rounds of fetching`,
          hint: 'Reload the page; if it happens again, the tables on this site are incomplete.',
        });
      }
      await Promise.all(missing.map(load));
    }
  }

  return {
    store,
    run,
    async prefetch(currencies, sourceId) {
      await Promise.all(requiredFiles(store, currencies, sourceId).map(load));
    },
    loaded: () => [...order],
  };
}
