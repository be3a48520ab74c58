/**
 * Writing a batch's output: UTF-8 bytes written in place into one growing buffer (no string per
 * row on the byte path), the rows that failed since the last take, and whether all of it is
 * printable ASCII (then a shell may write the bytes as they are).
 */
import { OutputChunk } from './outputChunk.js';
import type { BatchOutput, RowFailure } from './types.js';

const ENCODER = new TextEncoder();
/** Text of printable ASCII and newlines: what a terminal shows as it is. */
const PRINTABLE_LINES = /^[\x20-\x7e\n]*$/;

/** The output of a batch since the last take() (see the top of this file). */
export class OutputBuffer {
  /** The bytes written so far: bytes[0, length). */
  bytes = new Uint8Array(1 << 16);
  length = 0;
  /** Whether the output since the last take() is printable ASCII and newlines only. */
  printable = true;
  failures: RowFailure[] = [];

  /** @param reuse - each take() is a view of this buffer (valid until the next write), not a copy */
  constructor(private readonly reuse: boolean) {}

  /** Makes room for `more` bytes after `length`, and returns the buffer to write them into. */
  reserve(more: number): Uint8Array {
    const needed = this.length + more;
    if (needed > this.bytes.length) {
      const grown = new Uint8Array(Math.max(needed, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    return this.bytes;
  }

  /** Writes text (a row of the string path, the header) as UTF-8. */
  emit(text: string): void {
    if (this.printable && !PRINTABLE_LINES.test(text)) this.printable = false;
    const out = this.reserve(text.length * 3);
    this.length += ENCODER.encodeInto(text, out.subarray(this.length)).written;
  }

  /** The output since the last take(), and a fresh start. */
  take(): BatchOutput {
    const bytes = this.reuse ? this.bytes.subarray(0, this.length) : this.bytes.slice(0, this.length);
    const out = new OutputChunk(bytes, this.failures, this.printable);
    this.length = 0;
    this.failures = [];
    this.printable = true;
    return out;
  }
}

/**
 * Writes units (≥ 1, a safe integer) as digits, `decimals` of them after a point; returns the end.
 * The units are cut into two parts below 10^8 (exactly: the remainder of a division by 10^8 is
 * exact, and so is the division of what is left), whose digits come from 32-bit integer steps.
 * The digits are written from the end of `scratch` (24 bytes) first.
 *
 * @example
 * const out = new Uint8Array(16);
 * new TextDecoder().decode(out.subarray(0, writeUnits(out, 0, 5, 2, new Uint8Array(24)))) //=> '0.05'
 */
export function writeUnits(
  out: Uint8Array,
  at: number,
  units: number,
  decimals: number,
  scratch: Uint8Array,
): number {
  // At least one digit before the point: 5 units of a cent are 0.05. Zeros go first where the
  // point and the digit before it may be, on every call (a loop first run after thousands of
  // rows would cost the row loop its optimized code); the digits overwrite them.
  const lead = scratch.length - decimals - 1;
  for (let k = lead; k < scratch.length; k += 1) scratch[k] = 48;
  let low = units % 100_000_000;
  let high = (units - low) / 100_000_000;
  let p = scratch.length;
  if (high > 0) {
    for (let k = 0; k < 8; k += 1) {
      scratch[--p] = 48 + (low % 10);
      low = (low / 10) | 0;
    }
    while (high > 0) {
      scratch[--p] = 48 + (high % 10);
      high = (high / 10) | 0;
    }
  } else {
    do {
      scratch[--p] = 48 + (low % 10);
      low = (low / 10) | 0;
    } while (low > 0);
  }
  if (p > lead) p = lead;
  const point = scratch.length - decimals;
  let i = at;
  for (let k = p; k < scratch.length; k += 1) {
    if (k === point) out[i++] = 46;
    out[i++] = scratch[k] as number;
  }
  return i;
}

/**
 * Copies bytes[start, end) to out at `at` (a loop: rows are short, and set() costs a view each).
 *
 * @example
 * const out = new Uint8Array(4);
 * copyBytes(out, 1, new TextEncoder().encode('abc'), 0, 2) //=> 3
 */
export function copyBytes(
  out: Uint8Array,
  at: number,
  bytes: Uint8Array,
  start: number,
  end: number,
): number {
  let i = at;
  for (let k = start; k < end; k += 1) out[i++] = bytes[k] as number;
  return i;
}
