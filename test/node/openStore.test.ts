import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lookupRate } from '../../src/fx/lookupRate.js';
import { shippedDataDir } from '../../src/node/dataDir.js';
import { openRateStoreAt } from '../../src/node/openStore.js';
import { c, caught, DATA_DIR } from '../fx/helpers.js';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix = 'dealcalc-data-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** A temp data dir holding the manifest and only the named series files (copied). */
function partialCopy(files: readonly string[]): string {
  const dir = tempDir();
  cpSync(join(DATA_DIR, 'manifest.json'), join(dir, 'manifest.json'));
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    cpSync(join(DATA_DIR, file), join(dir, file));
  }
  return dir;
}

describe('shippedDataDir', () => {
  it('is <package root>/data', () => {
    expect(shippedDataDir()).toBe(DATA_DIR);
  });
});

describe('openRateStoreAt', () => {
  it('lists the manifest sources in preference order', () => {
    expect(openRateStoreAt(DATA_DIR).sources.map((s) => s.info.id)).toEqual(['fred-h10', 'ecb', 'imf']);
  });

  it('without a manifest → DATA_MISSING naming it', () => {
    const e = caught(() => openRateStoreAt(tempDir('dealcalc-empty-')));
    expect(e.code).toBe('DATA_MISSING');
    expect(e.kind).toBe('data');
    expect(e.message).toContain('manifest.json');
  });

  it('describes a source from the manifest', () => {
    const fred = openRateStoreAt(DATA_DIR).source('fred-h10');
    expect(fred.info).toMatchObject({
      id: 'fred-h10',
      name: 'Fed H.10 noon buying rate, New York',
      pivot: 'USD',
      calendar: 'us-federal-reserve',
      firstDate: '1971-01-04',
      lastDate: '2024-11-29',
    });
    expect(fred.currencies).toContain('CNY');
    expect(fred.currencies).not.toContain('USD');
  });

  it('reads only the series a lookup needs (the other files may be absent)', () => {
    const fred = openRateStoreAt(partialCopy(['fred-h10/CHUS.csv'])).source('fred-h10');
    expect(lookupRate(fred, c('CNY'), c('USD'), '2017-11-15').value.toString()).toBe('6.62');
    const e = caught(() => fred.series(c('JPY')));
    expect(e.code).toBe('DATA_MISSING');
    expect(e.message).toContain('JPUS.csv');
  });

  it('caches a series once read', () => {
    const fred = openRateStoreAt(DATA_DIR).source('fred-h10');
    expect(fred.series(c('CNY'))).toBe(fred.series(c('CNY')));
  });

  it('an unknown source → SOURCE_UNKNOWN (data: exit 3, DESIGN.md) listing the known ids', () => {
    const e = caught(() => openRateStoreAt(DATA_DIR).source('boe'));
    expect(e.code).toBe('SOURCE_UNKNOWN');
    expect(e.kind).toBe('data');
    expect(e.hint).toContain('fred-h10, ecb, imf');
  });

  it('a series file with one edited row → DATA_CORRUPT (checksum), with a hint to regenerate', () => {
    const dir = partialCopy(['fred-h10/CHUS.csv']);
    const path = join(dir, 'fred-h10/CHUS.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace('2017-11-15,6.62\n', '2017-11-15,6.63\n'));
    const e = caught(() => openRateStoreAt(dir).source('fred-h10').series(c('CNY')));
    expect(e.code).toBe('DATA_CORRUPT');
    expect(e.message).toContain('CHUS.csv');
    expect(e.hint).toContain('npm run data');
  });

  it('a row count that disagrees with the manifest → DATA_CORRUPT', () => {
    const dir = partialCopy(['fred-h10/CHUS.csv']);
    const manifestPath = join(dir, 'manifest.json');
    const text = readFileSync(manifestPath, 'utf8');
    const chusRows = /"id": "CHUS",[\s\S]*?"rows": (\d+)/.exec(text)?.[1] as string;
    writeFileSync(manifestPath, text.replace(`"rows": ${chusRows},`, `"rows": ${Number(chusRows) + 1},`));
    const e = caught(() => openRateStoreAt(dir).source('fred-h10').series(c('CNY')));
    expect(e.code).toBe('DATA_CORRUPT');
    expect(e.message).toContain(`manifest.json says ${Number(chusRows) + 1} rows`);
  });

  it('a manifest that is not JSON → DATA_CORRUPT', () => {
    const dir = partialCopy([]);
    writeFileSync(join(dir, 'manifest.json'), '{ not json');
    expect(caught(() => openRateStoreAt(dir)).code).toBe('DATA_CORRUPT');
  });

  it('a manifest that is a FIFO is refused before it is opened (it would hang)', () => {
    const dir = tempDir();
    // node:fs has no mkfifo; coreutils' is on every Linux this runs on.
    execFileSync('mkfifo', [join(dir, 'manifest.json')]);
    const e = caught(() => openRateStoreAt(dir));
    expect(e.code).toBe('DATA_CORRUPT');
    expect(e.message).toContain('FIFO');
  });

  it('a manifest linked to /dev/zero is refused: it leads outside the folder', () => {
    const dir = tempDir();
    symlinkSync('/dev/zero', join(dir, 'manifest.json'));
    const e = caught(() => openRateStoreAt(dir));
    expect(e.code).toBe('DATA_CORRUPT');
    expect(e.message).toContain('outside the data folder');
  });

  it('a manifest larger than 8 MiB is refused by its size, unread', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'manifest.json'), Buffer.alloc(9 * 1024 * 1024, 32));
    const e = caught(() => openRateStoreAt(dir));
    expect(e.code).toBe('DATA_CORRUPT');
    expect(e.message).toMatch(/bytes, more than/);
  });

  it('a series file linked outside the folder is not read', () => {
    const dir = partialCopy([]);
    mkdirSync(join(dir, 'fred-h10'));
    symlinkSync('/etc/hostname', join(dir, 'fred-h10', 'CHUS.csv'));
    const e = caught(() => openRateStoreAt(dir).source('fred-h10').series(c('CNY')));
    expect(e.code).toBe('DATA_CORRUPT');
    expect(e.message).toContain('outside the data folder');
  });
});
