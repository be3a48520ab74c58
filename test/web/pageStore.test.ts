import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCurrencyCode } from '../../src/money/currency.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DealCalcError } from '../../src/errors.js';
import { openShippedStore } from '../../src/node/openStore.js';
import type { ManifestSeries } from '../../src/store/manifest.js';
import { checkStory } from '../../src/web/pageJobs.js';
import { INITIAL_STATE } from '../../src/web/pageState.js';
import { openPageStore } from '../../src/web/pageStore.js';
import { openRateStore } from '../../src/store/rateStore.js';
import { seriesText } from '../../src/web/seriesText.js';
import { sha256Hex } from '../../src/web/sha256.js';
import { DATA_DIR, diskPageStore, FOUR_PAIRS, shippedManifest } from './helpers.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('the page store: tables fetched when the core first asks for them (issue 12)', () => {
  // The diagnosis reads the series of several currencies in three sources, a round of fetches each.
  it(
    'scans a story with no table loaded, fetching only the series it reads, and answers as the shipped store does',
    { timeout: 30_000 },
    async () => {
      const { tables, fetched } = diskPageStore();
      const state = { ...INITIAL_STATE, text: FOUR_PAIRS };
      const scan = await tables.run((store) => checkStory(store, state));
      const expected = checkStory(openShippedStore(), state);
      expect(scan.pairs.map((p) => p.check?.verdict)).toEqual(expected.pairs.map((p) => p.check?.verdict));
      expect(scan.pairs.map((p) => p.check?.explanation)).toEqual(
        expected.pairs.map((p) => p.check?.explanation),
      );
      // Exactly the series the same scan reads from disk (the diagnosis tries the currencies a
      // wrong quote may have used), and none twice.
      const read = new Set<string>();
      const recording = openRateStore(
        shippedManifest(),
        { read: (series) => (read.add(series.file), diskText(series)) },
        { trusted: true },
      );
      checkStory(recording, state);
      expect([...fetched].sort()).toEqual([...read].sort());
      expect(fetched).toContain('fred-h10/CHUS.csv');
      expect(new Set(fetched).size).toBe(fetched.length);
      // Once loaded, a second call fetches nothing.
      await tables.run((store) => checkStory(store, { ...state, on: '2017-11-16' }));
      expect(fetched).toHaveLength(read.size);
    },
  );

  it('prefetches what requiredFiles names', async () => {
    const { tables, fetched } = diskPageStore();
    await tables.prefetch([toCurrencyCode('CNY'), toCurrencyCode('USD')], 'fred-h10');
    expect(fetched).toEqual(['fred-h10/CHUS.csv']);
    expect(tables.loaded()).toEqual(['fred-h10/CHUS.csv']);
  });

  it('never answers from a call made while a table was missing: a fetch that fails is the error', async () => {
    const manifest = shippedManifest();
    const tables = openPageStore(manifest, async (series) => {
      throw Object.assign(new Error(`HTTP 404 for ${series.file}`), {});
    });
    const error = await rejection(
      tables.run((store) => checkStory(store, { ...INITIAL_STATE, text: FOUR_PAIRS })),
    );
    expect(String(error)).toMatch(/HTTP 404/);
  });

  it('refuses a table whose bytes do not match the manifest (DATA_CORRUPT)', async () => {
    const tables = openPageStore(shippedManifest(), async (series: ManifestSeries) => {
      const bytes = new TextEncoder().encode('date,value\n2017-11-15,6.99\n');
      return seriesText(series, bytes, createHash('sha256').update(bytes).digest('hex'));
    });
    const error = await rejection(
      tables.run((store) => checkStory(store, { ...INITIAL_STATE, text: FOUR_PAIRS })),
    );
    expect(error instanceof DealCalcError && error.code).toBe('DATA_CORRUPT');
  });

  it('stops after a bounded number of rounds when every call asks for another table (DATA_NOT_LOADED)', async () => {
    const manifest = shippedManifest();
    const fetched: string[] = [];
    const tables = openPageStore(
      manifest,
      async (series) => {
        fetched.push(series.file);
        return diskText(series);
      },
      { maxRounds: 2 },
    );
    const asks = ['CNY', 'HKD', 'JPY', 'EUR'].map(toCurrencyCode);
    let call = 0;
    const error = await rejection(
      tables.run((store) => store.source('fred-h10').series(asks[call++] as never).size),
    );
    expect(error instanceof DealCalcError && [error.code, error.message]).toEqual([
      'DATA_NOT_LOADED',
      'the rate tables fred-h10/JPUS.csv were still not loaded after 2 rounds of fetching',
    ]);
    expect(fetched).toEqual(['fred-h10/CHUS.csv', 'fred-h10/HKUS.csv']);
  });
});

describe('SHA-256 of the page (FIPS 180-4), for pages served without crypto.subtle', () => {
  it('equals node:crypto on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
      }),
      { numRuns: 300 },
    );
  });
});

function diskText(series: ManifestSeries): string {
  const bytes = new Uint8Array(readFileSync(join(DATA_DIR, series.file)));
  return seriesText(series, bytes, sha256Hex(bytes));
}
