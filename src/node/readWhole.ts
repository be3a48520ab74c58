import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { fingerprintMemory } from './fingerprint.js';

/** Files up to this size are read into the one reused memory; a larger one gets a buffer of its own. */
const REUSED_UP_TO = 4 * 1024 * 1024;

let spare: Buffer | undefined;

/** A buffer of at least `length` bytes, reused from call to call: the fingerprinting memory, if asked and there is one. */
function reusedBuffer(length: number, toFingerprint: boolean): Buffer {
  const memory = toFingerprint ? fingerprintMemory(length) : undefined;
  if (memory !== undefined) return Buffer.from(memory.buffer, 0, memory.length);
  if (spare === undefined || spare.length < length) spare = Buffer.allocUnsafe(length);
  return spare;
}

/**
 * The bytes of a file that had `size` bytes when last looked at. A file of a few megabytes at
 * most is read into one memory reused by every such read (the fingerprinting memory when the
 * bytes are to be fingerprinted, so that they are hashed where they lie): a check reads five
 * tables, and fresh memory for each costs more than reading them. The bytes are valid until the
 * next read or fingerprint. A file that grew since is read again whole.
 *
 * @example
 * // package.json has more than 10 bytes: it "grew" since, and is read whole.
 * readWhole('package.json', 10).length > 10 //=> true
 */
export function readWhole(path: string, size: number, toFingerprint = false): Uint8Array {
  if (size > REUSED_UP_TO) return readFileSync(path);
  // One byte more than expected, to see a file that grew.
  const target = reusedBuffer(size + 1, toFingerprint);
  const fd = openSync(path, 'r');
  let got = 0;
  try {
    for (;;) {
      const read = readSync(fd, target, got, size + 1 - got, null);
      if (read === 0) break;
      got += read;
      if (got === size + 1) return readFileSync(path);
    }
  } finally {
    closeSync(fd);
  }
  return target.subarray(0, got);
}
