import { describe, expect, it } from 'vitest';
import { lookupPreferred } from '../../src/fx/lookupPreferred.js';
import { seriesFromArrays } from '../../src/fx/table.js';
import { openShippedStore } from '../../src/node/openStore.js';
import { combineStores } from '../../src/store/combinedStore.js';
import { rateSourceFromSeries } from '../../src/fx/rateSourceFromSeries.js';
import { rateStoreFromSources } from '../../src/store/rateStore.js';
import { c } from '../fx/helpers.js';

function userSource(id: string, date = '2026-01-02', value = '7.0') {
  return rateSourceFromSeries(
    {
      id,
      name: `user ${id}`,
      meaning: 'house rates',
      pivot: c('USD'),
      calendar: 'none',
      attribution: 'me',
      lastDate: date,
      updateHint: 'ask me',
    },
    [seriesFromArrays({ id: 'CNY', currency: c('CNY'), base: c('USD'), quote: c('CNY') }, [date], [value])],
  );
}

describe('combineStores', () => {
  const shipped = openShippedStore();

  it('lists the user’s sources first (preferred where they quote the pair), then the shipped, and says where each is kept', () => {
    const store = combineStores(
      shipped,
      rateStoreFromSources([userSource('house')], '/home/ann/.local/share/dealcalc'),
    );
    expect(store.sources.map((s) => s.info.id)).toEqual(['house', 'fred-h10', 'ecb', 'imf']);
    expect(store.partOf('fred-h10')?.kind).toBe('shipped');
    expect(store.partOf('house')?.origin).toBe('/home/ann/.local/share/dealcalc');
    expect(store.partOf('nope')).toBeUndefined();
  });

  it('answers from a user’s table first on the days it covers, from the shipped ones elsewhere, and says so', () => {
    // The user's table holds one day, 2026-01-02; the ECB's table also covers that day.
    const store = combineStores(shipped, rateStoreFromSources([userSource('house')]));
    const own = lookupPreferred(store.sources, c('CNY'), c('USD'), '2026-01-02');
    expect(own.quote.source.id).toBe('house');
    expect(own.passedOver).toEqual([]);
    // Before the user's table begins: passed over, and the first shipped table that covers the day answers.
    const old = lookupPreferred(store.sources, c('CNY'), c('USD'), '2017-11-15');
    expect(old.quote.source.id).toBe('fred-h10');
    expect(old.passedOver.map((p) => p.source)).toEqual(['house']);
    // After fred-h10 ends: the ECB's table, fred-h10 and the user's named as passed over.
    const later = lookupPreferred(store.sources, c('CNY'), c('USD'), '2025-06-03');
    expect(later.quote.source.id).toBe('ecb');
    expect(later.passedOver.map((p) => p.source)).toEqual(['house', 'fred-h10']);
  });

  it('sets aside a user’s source with a shipped id: never used in its place, and named', () => {
    const store = combineStores(
      shipped,
      rateStoreFromSources([userSource('fred-h10', '2017-11-15', '9.99'), userSource('house')]),
    );
    expect(store.sources.map((s) => s.info.id)).toEqual(['house', 'fred-h10', 'ecb', 'imf']);
    expect(store.source('fred-h10').info.name).toBe('Fed H.10 noon buying rate, New York');
    expect(store.setAside.map((a) => a.id)).toEqual(['fred-h10']);
    expect(store.manifest.sources.map((s) => s.id)).toEqual(['house', 'fred-h10', 'ecb', 'imf']);
  });

  it('without a user store is the shipped store', () => {
    expect(combineStores(shipped, undefined).sources).toEqual(shipped.sources);
  });
});
