import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/node/readImportFile.js';
import { isZip, zipEntries, zipEntryBytes, ZipError } from '../../src/node/unzip.js';
import { caught, ROOT } from '../fx/helpers.js';
import { makeZip } from './zipHelper.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'rates');
const sampleZip = readFileSync(join(FIXTURES, 'ecb-sample.zip'));
const sampleCsv = readFileSync(join(FIXTURES, 'ecb-sample.csv'));

function zipMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof ZipError) return error.message;
    throw error;
  }
  throw new Error('expected a ZipError');
}

describe('unzip', () => {
  it('reads the zip Python’s zipfile wrote (the fixture) back to the file it holds', () => {
    expect(isZip(sampleZip)).toBe(true);
    const [entry] = zipEntries(sampleZip);
    expect(entry?.name).toBe('ecb-sample.csv');
    expect(zipEntryBytes(sampleZip, entry as NonNullable<typeof entry>, 1000).equals(sampleCsv)).toBe(true);
  });

  it('reads stored and deflated entries of an archive made by hand', () => {
    const zip = makeZip([
      { name: 'a.txt', data: Buffer.from('stored'), method: 0 },
      { name: 'b.csv', data: Buffer.from('deflated'.repeat(20)) },
    ]);
    const entries = zipEntries(zip);
    expect(entries.map((e) => [e.name, e.method])).toEqual([
      ['a.txt', 0],
      ['b.csv', 8],
    ]);
    expect(zipEntryBytes(zip, entries[1] as (typeof entries)[number], 1000).toString()).toBe(
      'deflated'.repeat(20),
    );
  });

  it('refuses a truncated archive', () => {
    expect(zipMessage(() => zipEntries(sampleZip.subarray(0, sampleZip.length - 30)))).toBe(
      'not a complete zip archive (its end record is missing: truncated?)',
    );
  });

  it('refuses an entry whose bytes fail their CRC-32', () => {
    const zip = makeZip([{ name: 'x.csv', data: Buffer.from('Date,USD,\n2017-11-14,1.1745,\n'), method: 0 }]);
    zip[40] = zip[40] === 0x31 ? 0x32 : 0x31;
    const [entry] = zipEntries(zip);
    expect(zipMessage(() => zipEntryBytes(zip, entry as NonNullable<typeof entry>, 1000))).toBe(
      'x.csv fails its CRC-32 check (damaged)',
    );
  });

  it('refuses to inflate past the limit (a zip bomb)', () => {
    const zip = makeZip([{ name: 'bomb.csv', data: Buffer.alloc(1_000_000, 48) }]);
    expect(zip.length).toBeLessThan(5000);
    const [entry] = zipEntries(zip);
    expect(zipMessage(() => zipEntryBytes(zip, entry as NonNullable<typeof entry>, 100_000))).toBe(
      'bomb.csv would inflate to 1000000 bytes, more than 100000',
    );
  });

  it('importText opens the one rate file of an archive, and refuses archives with none or several', () => {
    expect(importText(makeZip([{ name: 'r.csv', data: sampleCsv }]), 'ecb', 'r.zip').text).toBe(
      sampleCsv.toString(),
    );
    expect(
      caught(() =>
        importText(
          makeZip([
            { name: 'a.csv', data: sampleCsv },
            { name: 'b.csv', data: sampleCsv },
          ]),
          'ecb',
          'two.zip',
        ),
      ).message,
    ).toBe('two.zip: the archive holds 2 rate files (a.csv, b.csv); one is expected');
    expect(
      caught(() => importText(makeZip([{ name: 'a.png', data: sampleCsv }]), 'ecb', 'img.zip')).code,
    ).toBe('IMPORT_INVALID');
  });

  it('importText refuses bytes that are not UTF-8', () => {
    expect(caught(() => importText(Buffer.from([0x44, 0xff, 0xfe, 0x00]), 'csv', 'bin.csv')).message).toBe(
      'bin.csv: not UTF-8 text (a binary file?)',
    );
  });
});
