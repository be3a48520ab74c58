import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DealCalcError } from '../../src/errors.js';
import { parseImport } from '../../src/store/formats/index.js';
import type { ImportFormat } from '../../src/store/formats/types.js';
import { planImport, type ImportPlan } from '../../src/store/importPlan.js';
import { parseManifest } from '../../src/store/manifest.js';
import { openRateStore, type RateStore } from '../../src/store/rateStore.js';
import { c, caught } from '../fx/helpers.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const SHIPPED = ['fred-h10', 'imf'];

function parsed(format: ImportFormat, text: string, file = 'f') {
  const r = parseImport(format, text, file);
  if (!r.ok) throw new DealCalcError(r.error);
  return r.value;
}

function plan(
  store: RateStore | undefined,
  format: ImportFormat,
  text: string,
  id: string,
  replace = false,
): ImportPlan {
  return planImport(store, parsed(format, text, `${id}.txt`), {
    id,
    replace,
    shippedIds: SHIPPED,
    file: `${id}.txt`,
    fileSha256: sha256(text),
    at: '2026-11-28T09:00:00Z',
    sha256,
  });
}

/** The store a plan makes, opened from its manifest and files in memory. */
function storeOf(
  planned: ImportPlan,
  previous?: Map<string, string>,
): { store: RateStore; files: Map<string, string> } {
  const files = new Map(previous);
  for (const f of planned.files) files.set(f.path, f.text);
  const manifest = parseManifest(planned.manifestText, 'manifest.json');
  if (!manifest.ok) throw new DealCalcError(manifest.error);
  return { store: openRateStore(manifest.value, { read: (s) => files.get(s.file) as string }), files };
}

const csv = (...rows: string[]) => `date,base,quote,rate\n${rows.join('\n')}\n`;

describe('planImport', () => {
  it('makes a new source: one series per currency against the pivot, files named by content', () => {
    const p = plan(undefined, 'csv', csv('2017-11-15,USD,CNY,6.62', '2017-11-15,USD,JPY,113.15'), 'house');
    expect(p.files.map((f) => f.path)).toEqual([
      `house/CNY.${sha256('date,value\n2017-11-15,6.62\n').slice(0, 12)}.csv`,
      `house/JPY.${sha256('date,value\n2017-11-15,113.15\n').slice(0, 12)}.csv`,
    ]);
    const source = p.manifest.sources[0];
    expect([source?.id, source?.pivot, source?.calendar, source?.firstDate, source?.lastDate]).toEqual([
      'house',
      'USD',
      'none',
      '2017-11-15',
      '2017-11-15',
    ]);
    expect(source?.imports).toEqual([
      {
        format: 'csv',
        file: 'house.txt',
        sha256: sha256(csv('2017-11-15,USD,CNY,6.62', '2017-11-15,USD,JPY,113.15')),
        at: '2026-11-28T09:00:00Z',
        added: 2,
        replaced: 0,
        unchanged: 0,
      },
    ]);
    expect(p.summary.created).toBe(true);
  });

  it('adds to a source: new days added, the same value again unchanged, other series kept as they are', () => {
    const first = storeOf(
      plan(undefined, 'csv', csv('2017-11-15,USD,CNY,6.62', '2017-11-15,USD,JPY,113.15'), 'house'),
    );
    const second = plan(
      first.store,
      'csv',
      csv('2017-11-15,USD,CNY,6.6200', '2017-11-16,USD,CNY,6.6273'),
      'house',
    );
    expect([
      second.summary.added,
      second.summary.unchanged,
      second.summary.replaced,
      second.summary.created,
    ]).toEqual([1, 1, 0, false]);
    const after = storeOf(second, first.files).store.source('house');
    const cny = after.series(c('CNY'));
    // The stored text is kept for an unchanged day: rates stay as first published.
    expect([cny.valueAt(0), cny.valueAt(1)]).toEqual(['6.62', '6.6273']);
    expect(second.files.map((f) => f.path.split('/')[1]?.split('.')[0])).toEqual(['CNY']);
    expect(after.series(c('JPY')).valueAt(0)).toBe('113.15');
    expect(storeOf(second, first.files).store.manifest.sources[0]?.imports).toHaveLength(2);
  });

  it('refuses a differing value for a stored day, listing it; --replace lets the file win', () => {
    const first = storeOf(plan(undefined, 'csv', csv('2017-11-15,USD,CNY,6.62'), 'house'));
    const e = caught(() => plan(first.store, 'csv', csv('2017-11-15,USD,CNY,6.63'), 'house'));
    expect(e.code).toBe('IMPORT_CONFLICT');
    expect(e.message).toBe(
      '1 rate in the file differs from the house rates already stored: 2017-11-15 USD/CNY: 6.62 stored, 6.63 in house.txt (line 2)',
    );
    expect(e.hint).toBe(
      'Nothing was imported. To let the file win for those days, import it again letting the file replace the stored rates; to keep both, import it under another source id.',
    );
    const replaced = plan(first.store, 'csv', csv('2017-11-15,USD,CNY,6.63'), 'house', true);
    expect(replaced.summary.replaced).toBe(1);
    expect(storeOf(replaced, first.files).store.source('house').series(c('CNY')).valueAt(0)).toBe('6.63');
  });

  it('never inverts: a pair the other way round from the stored series is refused', () => {
    const first = storeOf(plan(undefined, 'csv', csv('2017-11-15,USD,CNY,6.62'), 'house'));
    const e = caught(() => plan(first.store, 'csv', csv('2017-11-16,CNY,USD,0.15'), 'house'));
    expect(e.code).toBe('IMPORT_INVALID');
    expect(e.message).toMatch(/runs the other way from the stored series CNY \(1 USD in CNY\)/);
    expect(
      caught(() => plan(undefined, 'csv', csv('2017-11-15,USD,CNY,6.62', '2017-11-16,CNY,USD,0.15'), 'house'))
        .message,
    ).toMatch(/line 3: CNY\/USD runs the other way from USD\/CNY on line 2/);
  });

  it('finds the pivot all pairs share, and refuses pairs that share none', () => {
    const p = plan(undefined, 'ledger', 'P 2017-11-15 USD 6.62 CNY\nP 2017-11-15 EUR 1.1786 USD\n', 'mixed');
    expect(p.manifest.sources[0]?.pivot).toBe('USD');
    expect(
      caught(() => plan(undefined, 'csv', csv('2017-11-15,USD,CNY,6.62', '2017-11-15,EUR,GBP,0.89'), 'x'))
        .message,
    ).toMatch(/line 3: EUR\/GBP shares no currency with USD\/CNY \(line 2\)/);
  });

  it.each([
    ['fred-h10', 'SOURCE_RESERVED'],
    ['imf', 'SOURCE_RESERVED'],
    ['given', 'SOURCE_RESERVED'],
    ['all', 'SOURCE_RESERVED'],
    ['ECB', 'OPTION_INVALID'],
    ['my rates', 'OPTION_INVALID'],
    ['../etc', 'OPTION_INVALID'],
    ['x'.repeat(41), 'OPTION_INVALID'],
  ])('refuses the id %j (%s)', (id, code) => {
    expect(caught(() => plan(undefined, 'csv', csv('2017-11-15,USD,CNY,6.62'), id)).code).toBe(code);
  });

  it('an ECB source is EUR-based on the TARGET calendar; a FRED one keeps FRED’s series ids', () => {
    const ecb = plan(undefined, 'ecb', 'Date,USD,CNY,\n2017-11-14,1.1745,7.7950,\n', 'ecb').manifest
      .sources[0];
    expect([ecb?.pivot, ecb?.calendar, ecb?.series.map((s) => s.id)]).toEqual([
      'EUR',
      'ecb-target',
      ['CNY', 'USD'],
    ]);
    const fred = plan(undefined, 'fred', 'DATE,DEXCHUS,DEXUSEU\n2017-11-15,6.62,1.1786\n', 'fred').manifest
      .sources[0];
    expect(fred?.series.map((s) => [s.id, s.base, s.quote])).toEqual([
      ['DEXCHUS', 'USD', 'CNY'],
      ['DEXUSEU', 'EUR', 'USD'],
    ]);
  });
});
