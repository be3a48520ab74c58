/**
 * One store over two: the user's own tables (imported and updated) and the tables shipped with
 * dealcalc (read-only). The user's come first in preference: a table the user brought for a pair
 * answers for it before the shipped ones (which still answer for every day and pair it does not
 * cover). A user's source never takes the place of a shipped one by id: if its id is a shipped id
 * (a store made by hand, or a later dealcalc that ships a table the user had imported), it is set
 * aside, named in `setAside`, and never used.
 */
import type { RateSource } from '../fx/types.js';
import type { Manifest, ManifestSource } from './manifest.js';
import { findSource, type RateStore } from './rateStore.js';
import { checkStore } from '../requestFields.js';

/** Where a source's tables are kept. */
export type StoreKind = 'shipped' | 'user';

/** One of the stores a combined store is made of. */
export interface StorePart {
  readonly kind: StoreKind;
  /** The store's folder (or how it is named). */
  readonly origin: string;
  readonly store: RateStore;
}

/** A user's source that is not used, and why. */
export interface SetAsideSource {
  readonly id: string;
  readonly origin: string;
  readonly reason: string;
}

/** The store every command reads: the user's sources first, then the shipped ones. */
export interface CombinedStore extends RateStore {
  readonly parts: readonly StorePart[];
  readonly setAside: readonly SetAsideSource[];
  /** Which part holds a source (undefined for an id no part holds). */
  partOf(id: string): StorePart | undefined;
}

/**
 * Combines the shipped store with the user's: one manifest, one list of sources in preference
 * order (the user's first, then the shipped ones in their own order), each source found by id in
 * the part that holds it.
 *
 * @param shipped - the shipped tables (or a data folder standing in for them)
 * @param user - the user's store, when there is one
 * @returns the combined store
 *
 * @example
 * const mine = rateSourceFromSeries({ id: 'mine', name: 'Mine', meaning: 'house rates', pivot: USD, calendar: 'none', attribution: 'me', lastDate: '2026-01-02', updateHint: 'ask me' }, [seriesFromArrays({ id: 'CNY', currency: CNY, base: USD, quote: CNY }, ['2026-01-02'], ['7.0'])]);
 * const store = combineStores(openShippedStore(), rateStoreFromSources([mine]));
 * store.sources.map((s) => s.info.id) //=> ['mine', 'fred-h10', 'ecb', 'imf']
 * store.partOf('mine').kind //=> 'user'
 */
export function combineStores(shipped: RateStore, user: RateStore | undefined): CombinedStore {
  checkStore('combineStores', shipped, 'shipped');
  if (user !== undefined) checkStore('combineStores', user, 'user');
  const shippedIds = new Set(shipped.sources.map((s) => s.info.id));
  const setAside: SetAsideSource[] = [];
  const userSources: RateSource[] = [];
  const userManifest: ManifestSource[] = [];
  for (const [i, source] of (user?.sources ?? []).entries()) {
    const id = source.info.id;
    if (shippedIds.has(id)) {
      setAside.push({
        id,
        origin: user?.origin ?? '',
        reason: `the user's source "${id}" has the id of a shipped table; the shipped table is used, and the user's is set aside (import it again under another id)`,
      });
      continue;
    }
    userSources.push(source);
    const entry = user?.manifest.sources[i];
    if (entry !== undefined) userManifest.push(entry);
  }
  const parts: StorePart[] = [{ kind: 'shipped', origin: shipped.origin, store: shipped }];
  if (user !== undefined) parts.push({ kind: 'user', origin: user.origin, store: user });
  const sources = [...userSources, ...shipped.sources];
  const manifest: Manifest = { format: 1, sources: [...userManifest, ...shipped.manifest.sources] };
  return {
    origin: user === undefined ? shipped.origin : `${shipped.origin} and ${user.origin}`,
    manifest,
    sources,
    parts,
    setAside,
    source: (id: string) => findSource(sources, id),
    partOf(id: string): StorePart | undefined {
      if (shippedIds.has(id)) return parts[0];
      return userSources.some((s) => s.info.id === id) ? parts[1] : undefined;
    },
  };
}
