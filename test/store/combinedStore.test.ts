import { describe, expect, it } from 'vitest';
import { lookupPreferred } from '../../src/fx/lookupPreferred.js';
import { seriesFromArrays } from '../../src/fx/table.js';
import { openShippedStore } from '../../src/node/openStore.js';
import { combineStores } from '../../src/store/combinedStore.js';
import { rateSourceFromSeries, rateStoreFromSources } from '../../src/store/rateStore.js';
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

  it('lists the shipped sources first, then the user’s, and says where each is kept', () => {
    const store = combineStores(
      shipped,
      rateStoreFromSources([userSource('house')], '/home/ann/.local/share/dealcalc'),
    );
    expect(store.sources.map((s) => s.info.id)).toEqual(['fred-h10', 'imf', 'house']);
    expect(store.partOf('fred-h10')?.kind).toBe('shipped');
    expect(store.partOf('house')?.origin).toBe('/home/ann/.local/share/dealcalc');
    expect(store.partOf('nope')).toBeUndefined();
  });

  it('answers from a user’s table only where the shipped ones do not cover the day, and says so', () => {
    const store = combineStores(shipped, rateStoreFromSources([userSource('house')]));
    const { quote, passedOver } = lookupPreferred(store.sources, c('CNY'), c('USD'), '2026-01-02');
    expect(quote.source.id).toBe('house');
    expect(passedOver.map((p) => p.source)).toEqual(['fred-h10', 'imf']);
    expect(lookupPreferred(store.sources, c('CNY'), c('USD'), '2017-11-15').quote.source.id).toBe('fred-h10');
  });

  it('sets aside a user’s source with a shipped id: never used in its place, and named', () => {
    const store = combineStores(
      shipped,
      rateStoreFromSources([userSource('fred-h10', '2017-11-15', '9.99'), userSource('house')]),
    );
    expect(store.sources.map((s) => s.info.id)).toEqual(['fred-h10', 'imf', 'house']);
    expect(store.source('fred-h10').info.name).toBe('Fed H.10 noon buying rate, New York');
    expect(store.setAside.map((a) => a.id)).toEqual(['fred-h10']);
    expect(store.manifest.sources.map((s) => s.id)).toEqual(['fred-h10', 'imf', 'house']);
  });

  it('without a user store is the shipped store', () => {
    expect(combineStores(shipped, undefined).sources).toEqual(shipped.sources);
  });
});
