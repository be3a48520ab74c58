import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/node/fingerprint.js';
import { readWhole } from '../../src/node/readWhole.js';

const dir = mkdtempSync(join(tmpdir(), 'dealcalc-read-whole-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('readWhole', () => {
  it('gives a file its own bytes, even where the memory it reuses held a longer file before', () => {
    const long = file('long.csv', 'date,value\n2017-11-15,6.62\n2017-11-16,6.6188\n');
    const short = file('short.csv', 'date,value\n');
    expect(text(readWhole(long, statSync(long).size))).toBe(readFileSync(long, 'utf8'));
    expect(text(readWhole(short, statSync(short).size))).toBe('date,value\n');
    // The same into the fingerprinting memory, and back.
    expect(text(readWhole(long, statSync(long).size, true))).toBe(readFileSync(long, 'utf8'));
    expect(text(readWhole(short, statSync(short).size, false))).toBe('date,value\n');
    expect(text(readWhole(short, statSync(short).size, true))).toBe('date,value\n');
  });

  it('fingerprints the bytes it read where they lie, as it would a copy of them', () => {
    // The fingerprint of "date,value\n" is pinned in src/node/fingerprint.ts's example.
    const path = file('header.csv', 'date,value\n');
    const bytes = readWhole(path, statSync(path).size, true);
    expect(fingerprint(bytes)).toBe('4da4efb625555481');
    expect(fingerprint(new Uint8Array(Buffer.from('date,value\n')))).toBe('4da4efb625555481');
  });

  it('reads a file that grew since its size was taken whole, not cut to that size', () => {
    const path = file('grows.csv', 'date,value\n');
    const size = statSync(path).size;
    appendFileSync(path, '2017-11-15,6.62\n');
    expect(text(readWhole(path, size))).toBe('date,value\n2017-11-15,6.62\n');
  });

  it('reads a file that shrank since to its end', () => {
    const path = file('shrinks.csv', 'date,value\n');
    expect(text(readWhole(path, 100))).toBe('date,value\n');
  });

  it('reads a file past the reused size into a buffer of its own', () => {
    const big = 'x'.repeat(5 * 1024 * 1024);
    const path = file('big.txt', big);
    const bytes = readWhole(path, statSync(path).size);
    expect(bytes.length).toBe(big.length);
    expect(text(bytes.subarray(0, 3))).toBe('xxx');
  });
});

describe('fingerprint', () => {
  /** The hash as fingerprint.ts defines it, on 64-bit words in BigInt: the model its WebAssembly must match. */
  function model(bytes: Uint8Array): string {
    const mask = (1n << 64n) - 1n;
    let h = 0x243f6a8885a308d3n;
    for (let at = 0; at < bytes.length; at += 8) {
      let word = 0n;
      for (let k = 7; k >= 0; k -= 1) word = (word << 8n) | BigInt(bytes[at + k] ?? 0);
      h = ((h ^ word) * 0x9e3779b97f4a7c15n) & mask;
      h ^= h >> 29n;
    }
    return h.toString(16).padStart(16, '0');
  }

  it('is the hash of its definition, on bytes of any length (the last word padded with zeros)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(fingerprint(bytes)).toBe(model(bytes));
      }),
    );
  });
});
