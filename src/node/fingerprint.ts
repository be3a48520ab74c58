/**
 * A 64-bit fingerprint of bytes, to recognise a shipped table file the build verified by its
 * sha256 without loading OpenSSL (node:crypto costs about 8 ms of a start; this about 1 ms).
 * It detects corruption, not forgery: anyone who could forge it could as well rewrite the
 * stamp that holds it (dist/data-stamp.json) or the manifest's checksums.
 *
 * The loop runs as a tiny WebAssembly module, built here byte by byte (an interpreted JS loop
 * over 200 KB costs more than loading node:crypto). Per 8-byte little-endian word w (the last
 * padded with zeros): h = (h ^ w) * P; h ^= h >>> 29, from h = SEED.
 */

/**
 * SEED = 0x243f6a8885a308d3 and PRIME = 0x9e3779b97f4a7c15 as WebAssembly writes an i64.const
 * (signed LEB128), written out: computing them with BigInt cost more than the hashing does (a
 * test checks the hash against a BigInt model of its definition).
 */
const SEED_LEB128 = [0xd3, 0x91, 0x8c, 0xad, 0x88, 0xd1, 0xda, 0x9f, 0x24];
const PRIME_LEB128 = [0x95, 0xf8, 0xa9, 0xfa, 0x97, 0xb7, 0xde, 0x9b, 0x9e, 0x7f];

/** An unsigned LEB128 encoding of a small length (as WebAssembly writes section and body sizes). */
function uleb128(value: number): number[] {
  return value < 128 ? [value] : [(value & 0x7f) | 0x80, value >>> 7];
}

/** One step of the hash on the word at $p + offset: $h = ($h ^ word) * $prime; $h ^= $h >>> 29. */
const step = (offset: number): number[] =>
  ([] as number[]).concat(
    [0x20, 0x04, 0x20, 0x01, 0x29, 0x03, offset, 0x85], // $h ^ load64($p + offset)
    [0x20, 0x05, 0x7e, 0x22, 0x04], // $h = … * $prime, kept on the stack
    [0x20, 0x04, 0x42, 0x1d, 0x88, 0x85, 0x21, 0x04], // $h ^= $h >>> 29
  );

/**
 * The module: (func (export "h0") (param $words i32) (result i64)), copies h1 to h3, and
 * (memory (export "m") 1). Four words a turn, then the rest one by one, in four copies that files
 * take in turn: V8 recompiles a WebAssembly function with its optimizing compiler (about 2 ms,
 * for a function that has a millisecond left to run) once it has run some 1.8 million bytes of
 * its code, about 350 KB of data; a check hashes six files, some 650 KB, and each copy stays
 * below that. The parts are joined with concat: spreading arrays in a start's interpreted code
 * cost more than compiling the module.
 */
function moduleBytes(): Uint8Array {
  const body = ([] as number[]).concat(
    [0x02, 0x03, 0x7f, 0x02, 0x7e], // locals: $p $end $end4 i32, $h $prime i64
    [0x42],
    SEED_LEB128,
    [0x21, 0x04], // $h = SEED
    [0x42],
    PRIME_LEB128,
    [0x21, 0x05], // $prime = PRIME
    [0x20, 0x00, 0x41, 0x03, 0x74, 0x21, 0x02], // $end = $words * 8
    [0x20, 0x02, 0x41, 0x60, 0x71, 0x21, 0x03], // $end4 = $end & -32 (whole turns of four)
    [0x02, 0x40, 0x03, 0x40], // block, loop
    [0x20, 0x01, 0x20, 0x03, 0x4f, 0x0d, 0x01], // break when $p >= $end4
    step(0),
    step(8),
    step(16),
    step(24),
    [0x20, 0x01, 0x41, 0x20, 0x6a, 0x21, 0x01], // $p += 32
    [0x0c, 0x00, 0x0b, 0x0b], // continue; end loop, end block
    [0x02, 0x40, 0x03, 0x40], // block, loop
    [0x20, 0x01, 0x20, 0x02, 0x4f, 0x0d, 0x01], // break when $p >= $end
    step(0),
    [0x20, 0x01, 0x41, 0x08, 0x6a, 0x21, 0x01], // $p += 8
    [0x0c, 0x00, 0x0b, 0x0b], // continue; end loop, end block
    [0x20, 0x04, 0x0b], // return $h
  );
  const sized = uleb128(body.length).concat(body);
  const exports = [5].concat(
    [0x02, 0x68, 0x30, 0x00, 0], // "h0", function 0
    [0x02, 0x68, 0x31, 0x00, 1], // "h1", function 1
    [0x02, 0x68, 0x32, 0x00, 2], // "h2", function 2
    [0x02, 0x68, 0x33, 0x00, 3], // "h3", function 3
    [0x01, 0x6d, 0x02, 0x00], // "m", memory 0
  );
  const code = [4].concat(sized, sized, sized, sized);
  return new Uint8Array(
    ([] as number[]).concat(
      [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
      [0x01, 0x06, 0x01, 0x60, 0x01, 0x7f, 0x01, 0x7e], // type: (i32) -> i64
      [0x03, 0x05, 0x04, 0x00, 0x00, 0x00, 0x00], // four functions of that type
      [0x05, 0x03, 0x01, 0x00, 0x01], // one memory, at least 1 page
      [0x07],
      uleb128(exports.length),
      exports,
      [0x0a],
      uleb128(code.length),
      code,
    ),
  );
}

/** What this file uses of the WebAssembly API (Node's type definitions do not declare it). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { readonly exports: unknown };
}

/** Four copies of one hash function, and the memory they read. */
interface Hasher {
  readonly h0: (words: number) => bigint;
  readonly h1: (words: number) => bigint;
  readonly h2: (words: number) => bigint;
  readonly h3: (words: number) => bigint;
  readonly m: WasmMemory;
}

/** Which copy hashes next: files take turns, so that no copy runs long enough to be recompiled. */
let turn = 0;

let hasher: Hasher | null | undefined;

function loadHasher(): Hasher | null {
  if (hasher !== undefined) return hasher;
  try {
    const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
    if (wasm === undefined) throw new Error('no WebAssembly');
    const instance = new wasm.Instance(new wasm.Module(moduleBytes()), {});
    hasher = instance.exports as unknown as Hasher;
  } catch {
    // No WebAssembly here (node --jitless): callers fall back to sha256.
    hasher = null;
  }
  return hasher;
}

/**
 * The fingerprint of some bytes as 16 hex digits, or undefined where WebAssembly is unavailable.
 *
 * @example
 * fingerprint(new TextEncoder().encode('date,value\n')) //=> '4da4efb625555481'
 * fingerprint(new TextEncoder().encode('date,value\n')) === fingerprint(new TextEncoder().encode('date,valuf\n')) //=> false
 */
export function fingerprint(bytes: Uint8Array): string | undefined {
  const hash = loadHasher();
  if (hash === null) return undefined;
  const words = Math.ceil(bytes.length / 8);
  const memory = hasherMemory(hash, words * 8);
  // Bytes read into this memory (fingerprintMemory) are hashed where they are.
  if (bytes.buffer !== memory.buffer || bytes.byteOffset !== 0) memory.set(bytes);
  memory.fill(0, bytes.length, words * 8);
  const copy = [hash.h0, hash.h1, hash.h2, hash.h3][turn++ % 4] as (words: number) => bigint;
  return BigInt.asUintN(64, copy(words)).toString(16).padStart(16, '0');
}

/** The hasher's memory from its start, grown to at least `length` bytes. */
function hasherMemory(hash: Hasher, length: number): Uint8Array {
  const pages = Math.ceil(length / 65536);
  const have = hash.m.buffer.byteLength / 65536;
  if (pages > have) hash.m.grow(pages - have);
  return new Uint8Array(hash.m.buffer, 0, length);
}

/**
 * The fingerprinting memory from its start, at least `length` bytes (rounded up to whole
 * words), to read a file into: fingerprint() then hashes the bytes where they are, and one
 * memory serves every file a run reads. Undefined where WebAssembly is unavailable. Valid until
 * the next call here or to fingerprint(), either of which may grow (and so move) the memory.
 *
 * @example
 * const memory = fingerprintMemory(11);
 * memory?.set(new TextEncoder().encode('date,value\n'));
 * fingerprint(memory.subarray(0, 11)) //=> '4da4efb625555481'
 */
export function fingerprintMemory(length: number): Uint8Array | undefined {
  const hash = loadHasher();
  return hash === null ? undefined : hasherMemory(hash, Math.ceil(length / 8) * 8);
}
