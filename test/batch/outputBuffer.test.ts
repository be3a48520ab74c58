/**
 * writeUnits (src/batch/outputBuffer.ts) writes a converted amount's minor units as `--value`
 * writes the amount: the integer's decimal digits with a point `decimals` from the end and at
 * least one digit before it. Compared with the same text made by BigInt's own decimal writing.
 * copyWords copies four bytes at a time: compared with TypedArray set(), byte for byte.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyWords, writeUnits } from '../../src/batch/outputBuffer.js';

/** The units as text with the point placed by string operations (no number formatting involved). */
function pointed(units: number, decimals: number): string {
  const digits = BigInt(units)
    .toString()
    .padStart(decimals + 1, '0');
  return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

function written(units: number, decimals: number): string {
  const out = new Uint8Array(40).fill(120);
  const end = writeUnits(out, 3, units, decimals);
  // Nothing before `at` is touched.
  expect([...out.subarray(0, 3)]).toEqual([120, 120, 120]);
  return new TextDecoder().decode(out.subarray(3, end));
}

describe('writeUnits', () => {
  it.each([
    [5, 2, '0.05'],
    [1, 0, '1'],
    [100, 2, '1.00'],
    [22658610272, 2, '226586102.72'],
    [99999999, 2, '999999.99'],
    [100000000, 2, '1000000.00'],
    [123, 3, '0.123'],
    [Number.MAX_SAFE_INTEGER, 2, '90071992547409.91'],
    [Number.MAX_SAFE_INTEGER, 0, '9007199254740991'],
  ])('writes %d units with %d decimals as %s', (units, decimals, text) => {
    expect(written(units, decimals)).toBe(text);
  });

  it('writes every safe integer ≥ 1 as its digits, at any number of decimals up to 8', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })),
        fc.integer({ min: 0, max: 8 }),
        (units, decimals) => {
          expect(written(units, decimals)).toBe(pointed(units, decimals));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('copyWords', () => {
  it('copies what set() copies, from any offset of a view into a larger buffer, to any offset', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 0, maxLength: 40 }),
        fc.nat(7),
        fc.nat(40),
        fc.nat(40),
        fc.nat(9),
        (content, offset, a, b, at) => {
          // The source is a view that starts inside its buffer, as a chunk of input is.
          const backing = new Uint8Array(offset + content.length);
          backing.set(content, offset);
          const bytes = backing.subarray(offset);
          const start = Math.min(a, b, content.length);
          const end = Math.min(Math.max(a, b), content.length);
          const expected = new Uint8Array(60).fill(7);
          const actual = new Uint8Array(60).fill(7);
          const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
          const written = copyWords(actual, new DataView(actual.buffer), at, bytes, view, start, end);
          expected.set(bytes.subarray(start, end), at);
          expect(written).toBe(at + end - start);
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('copies "2017-11-15,1500000000,CNY" (25 bytes: six words and a byte) after an offset of 3', () => {
    const bytes = new TextEncoder().encode('2017-11-15,1500000000,CNY');
    const out = new Uint8Array(30);
    const end = copyWords(out, new DataView(out.buffer), 3, bytes, new DataView(bytes.buffer), 0, 25);
    expect(end).toBe(28);
    expect(new TextDecoder().decode(out.subarray(3, end))).toBe('2017-11-15,1500000000,CNY');
  });
});
