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
  /** A view of `bytes`, for copyWords. */
  view = new DataView(this.bytes.buffer);
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
      this.view = new DataView(grown.buffer);
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

/** 10^0 … 10^15: a safe integer has at most 16 digits. */
const POWERS_OF_TEN: readonly number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * Writes units (≥ 1, a safe integer) as digits, `decimals` of them after a point; returns the end.
 * The digits are counted first, then written in place from the last: the units are cut into two
 * parts below 10^8 (exactly: the remainder of a division by 10^8 is exact, and so is the division
 * of what is left), whose digits come from 32-bit integer steps. Every step runs for every
 * amount, a small one (0.05) and a large one alike: a step first taken after the row loop was
 * compiled would cost it its optimized code (each did, once a run, before: `decimals + 1` for an
 * amount below one, the upper part's own division for one of more than eight digits).
 *
 * @example
 * const out = new Uint8Array(16);
 * new TextDecoder().decode(out.subarray(0, writeUnits(out, 0, 5, 2))) //=> '0.05'
 */
export function writeUnits(out: Uint8Array, at: number, units: number, decimals: number): number {
  let digits = 1;
  while (digits < 16 && units >= (POWERS_OF_TEN[digits] as number)) digits += 1;
  // At least one digit before the point: 5 units of a cent are 0.05.
  const count = Math.max(digits, decimals + 1);
  const end = at + count + (decimals > 0 ? 1 : 0);
  // Where the point goes (with no decimals, nowhere: past the end).
  const point = decimals > 0 ? end - decimals - 1 : end;
  let low = units % 100_000_000;
  // Below 2^53 / 10^8: a 32-bit integer.
  const high = ((units - low) / 100_000_000) | 0;
  let i = end;
  for (let k = 0; k < count; k += 1) {
    if (i - 1 === point) out[--i] = 46;
    out[--i] = 48 + (low % 10);
    // After the eighth digit, the upper part's.
    low = k === 7 ? high : (low / 10) | 0;
  }
  return end;
}

/**
 * Copies bytes[start, end) to out at `at`, four bytes at a time, through views of both arrays
 * (`out` and `bytes` seen whole): V8 compiles a view's 32-bit read and write to one instruction
 * each, where a byte loop takes a step per byte. Every copy of a row (its line, a rate's tail)
 * goes this way.
 *
 * @example
 * const out = new Uint8Array(8);
 * const bytes = new TextEncoder().encode('abcdef');
 * copyWords(out, new DataView(out.buffer), 1, bytes, new DataView(bytes.buffer), 0, 6) //=> 7
 */
export function copyWords(
  out: Uint8Array,
  outView: DataView,
  at: number,
  bytes: Uint8Array,
  view: DataView,
  start: number,
  end: number,
): number {
  let i = at;
  let k = start;
  for (; k + 4 <= end; k += 4) {
    outView.setUint32(i, view.getUint32(k, true), true);
    i += 4;
  }
  for (; k < end; k += 1) out[i++] = bytes[k] as number;
  return i;
}
