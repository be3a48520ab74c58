import { cpSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRowBlocks, rowBlocksOf } from '../../src/fx/rowBlocks.js';
import { isStampedFile, matchesStampedBytes, shippedStamp } from '../../src/node/dataStamp.js';
import { fingerprint } from '../../src/node/fingerprint.js';
import { readDataFile } from '../../src/node/readDataFile.js';
import { caught, DATA_DIR } from '../fx/helpers.js';

const manifest = JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')) as {
  sources: { series: { file: string; sha256: string }[] }[];
};
const chus = manifest.sources[0]?.series.find((s) => s.file === 'fred-h10/CHUS.csv') as {
  file: string;
  sha256: string;
};

describe("the build's stamp of the shipped tables", () => {
  it('records the manifest and every series the build verified (run npm run build first)', () => {
    const stamp = shippedStamp();
    expect(stamp.get('manifest.json')).toBeDefined();
    expect(stamp.get('fred-h10/CHUS.csv')?.sha256).toBe(chus.sha256);
  });

  it("records where each block of a series file's rows starts, as rowBlocksOf finds them in the file", () => {
    const text = readFileSync(join(DATA_DIR, chus.file), 'utf8');
    expect(readRowBlocks(shippedStamp().get(chus.file)?.blocks ?? '')).toEqual(rowBlocksOf(text));
    expect(shippedStamp().get('manifest.json')?.blocks).toBeUndefined();
  });

  it('trusts a file only with the same checksum, size and time', () => {
    const entry = { size: 10, mtimeMs: 5, sha256: 'ab' };
    expect(isStampedFile({ size: 10, mtimeMs: 5 }, entry, 'ab')).toBe(true);
    expect(isStampedFile({ size: 11, mtimeMs: 5 }, entry, 'ab')).toBe(false);
    expect(isStampedFile({ size: 10, mtimeMs: 6 }, entry, 'ab')).toBe(false);
    expect(isStampedFile({ size: 10, mtimeMs: 5 }, entry, 'cd')).toBe(false);
    expect(isStampedFile({ size: 10, mtimeMs: 5 }, undefined, 'ab')).toBe(false);
  });

  it('a file changed after the build (same size, new time) is hashed and refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dealcalc-stamp-'));
    mkdirSync(join(dir, 'fred-h10'));
    cpSync(join(DATA_DIR, chus.file), join(dir, chus.file));
    const path = join(dir, chus.file);
    const stamp = new Map([
      [
        chus.file,
        { ...(shippedStamp().get(chus.file) as { size: number; mtimeMs: number; sha256: string }) },
      ],
    ]);
    // The verified bytes, stamped with their real size and time: read without hashing.
    const stats = { size: readFileSync(path).length };
    utimesSync(path, new Date(1_700_000_000_000), new Date(1_700_000_000_000));
    stamp.set(chus.file, { size: stats.size, mtimeMs: 1_700_000_000_000, sha256: chus.sha256 });
    expect(readDataFile(dir, chus.file, 1 << 26, chus.sha256, stamp).startsWith('date,value')).toBe(true);
    // Damaged afterwards, even keeping the size: the time changed, so it is hashed, and refused.
    writeFileSync(path, readFileSync(path, 'utf8').replace('2017-11-15,6.62\n', '2017-11-15,6.63\n'));
    expect(caught(() => readDataFile(dir, chus.file, 1 << 26, chus.sha256, stamp)).code).toBe('DATA_CORRUPT');
  });

  it('knows an installed file (time set by npm) by size and fingerprint; damaged, it is hashed and refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dealcalc-stamp-'));
    mkdirSync(join(dir, 'fred-h10'));
    cpSync(join(DATA_DIR, chus.file), join(dir, chus.file));
    const path = join(dir, chus.file);
    const bytes = readFileSync(path);
    // The build saw another time: only the fingerprint can recognise the bytes.
    const entry = { size: bytes.length, mtimeMs: 1, sha256: chus.sha256, fingerprint: fingerprint(bytes) };
    expect(shippedStamp().get(chus.file)?.fingerprint).toBe(entry.fingerprint);
    const stamp = new Map([[chus.file, entry]]);
    expect(readDataFile(dir, chus.file, 1 << 26, chus.sha256, stamp).startsWith('date,value')).toBe(true);
    // One digit changed, size kept: the fingerprint differs, so the sha256 decides, and refuses.
    const damaged = Buffer.from(bytes.toString('utf8').replace('2017-11-15,6.62\n', '2017-11-15,6.63\n'));
    expect(damaged.length).toBe(bytes.length);
    expect(matchesStampedBytes(damaged, entry, chus.sha256)).toBe(false);
    writeFileSync(path, damaged);
    expect(caught(() => readDataFile(dir, chus.file, 1 << 26, chus.sha256, stamp)).code).toBe('DATA_CORRUPT');
  });

  it('a fingerprint differs for every single flipped bit of a table (a corruption check)', () => {
    const bytes = readFileSync(join(DATA_DIR, chus.file)).subarray(0, 512);
    const original = fingerprint(bytes);
    const seen = new Set<string | undefined>([original]);
    for (let bit = 0; bit < bytes.length * 8; bit += 1) {
      const copy = Buffer.from(bytes);
      copy[bit >> 3] = (copy[bit >> 3] as number) ^ (1 << (bit & 7));
      seen.add(fingerprint(copy));
    }
    expect(seen.size).toBe(bytes.length * 8 + 1);
  });
});
