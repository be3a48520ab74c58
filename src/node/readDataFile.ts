import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { errorFrom, DealCalcError } from '../errors.js';
import { dataCorrupt, dataMissing } from '../store/storeErrors.js';
import { isStampedFile, matchesStampedBytes, type StampedFile } from './dataStamp.js';
import { lazyCrypto } from './lazyCrypto.js';

/** The largest manifest and series file read; past these a file is refused before it is read. */
export const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;
export const MAX_SERIES_BYTES = 64 * 1024 * 1024;

const realDirs = new Map<string, string>();

/** The largest read buffer kept for the next file (a shipped table is about 250 KB). */
const KEPT_BUFFER_BYTES = 1 << 20;
/**
 * Where files are read, kept from one read to the next: the text returned is a copy, so a
 * command that reads five tables touches this memory once instead of a new buffer's pages for
 * each (a page touched for the first time costs microseconds).
 */
let readBuffer = Buffer.allocUnsafe(0);

/** A file's bytes, read to its end into readBuffer (grown as needed): a view, valid until the next read. */
function readWhole(path: string, size: number, limit: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    let buffer = readBuffer;
    // One byte more than the size: the read that finds the end needs no larger buffer.
    if (buffer.length <= size) buffer = Buffer.allocUnsafe(size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        // The file grew while read: past the limit, the caller refuses it.
        if (length > limit) break;
        const grown = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (buffer.length <= KEPT_BUFFER_BYTES) readBuffer = buffer;
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function reason(error: unknown): string {
  return error && typeof error === 'object' && 'code' in error ? String(error.code) : String(error);
}

function realDir(dir: string): string {
  const cached = realDirs.get(dir);
  if (cached !== undefined) return cached;
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (error) {
    throw errorFrom(dataMissing(dir, reason(error)));
  }
  realDirs.set(dir, real);
  return real;
}

/**
 * Whether a folder is the same folder as another, symbolic links resolved.
 *
 * @example
 * isSameFolder('.', process.cwd()) //=> true
 */
export function isSameFolder(a: string, b: string): boolean {
  try {
    return realDir(a) === realDir(b);
  } catch {
    return false;
  }
}

/**
 * Reads a file of a data folder, refusing before reading anything that could hang, exhaust
 * memory or leave the folder: the path (symbolic links resolved) must stay inside the folder,
 * be a regular file (not a FIFO, device or directory) and be at most `limit` bytes. With a
 * sha256, the bytes must match it, unless a stamp of the build shows the file unchanged since it
 * was verified (same size and time, or, where the time changed, same size and fingerprint).
 *
 * @param dir - the data folder
 * @param file - the path relative to it
 * @param limit - the most bytes accepted
 * @param sha256 - the checksum the bytes must have, if known
 * @param stamp - the files the build verified (the shipped tables only), by path in the folder
 * @returns the text (UTF-8)
 * @throws DealCalcError DATA_MISSING (absent or unreadable) or DATA_CORRUPT (any refusal above)
 *
 * @example
 * readDataFile(shippedDataDir(), 'manifest.json', MAX_MANIFEST_BYTES).startsWith('{') //=> true
 */
export function readDataFile(
  dir: string,
  file: string,
  limit: number,
  sha256?: string,
  stamp?: ReadonlyMap<string, StampedFile>,
): string {
  const root = realDir(dir);
  const shown = join(dir, file);
  let path: string;
  try {
    path = realpathSync(join(root, file));
  } catch (error) {
    throw errorFrom(dataMissing(shown, reason(error)));
  }
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) {
    throw errorFrom(dataCorrupt(`${shown} leads outside the data folder ${dir}; it is not read`));
  }
  let size: number;
  let stamped = false;
  try {
    const stats = statSync(path);
    stamped = sha256 !== undefined && isStampedFile(stats, stamp?.get(file), sha256);
    if (!stats.isFile()) {
      const what = stats.isFIFO() ? 'a FIFO' : stats.isDirectory() ? 'a directory' : 'not a regular file';
      throw errorFrom(dataCorrupt(`${shown} is ${what}; a rate table must be a regular file`));
    }
    size = stats.size;
  } catch (error) {
    if (error instanceof DealCalcError) throw error;
    throw errorFrom(dataMissing(shown, reason(error)));
  }
  if (size > limit) {
    throw errorFrom(dataCorrupt(`${shown} is ${size} bytes, more than the ${limit} a rate table may have`));
  }
  let bytes: Buffer;
  try {
    bytes = readWhole(path, size, limit);
  } catch (error) {
    throw errorFrom(dataMissing(shown, reason(error)));
  }
  if (bytes.length > limit) throw errorFrom(dataCorrupt(`${shown} grew past ${limit} bytes while read`));
  if (sha256 !== undefined && !stamped && !matchesStampedBytes(bytes, stamp?.get(file), sha256)) {
    const digest = lazyCrypto().createHash('sha256').update(bytes).digest('hex');
    if (digest !== sha256) {
      throw errorFrom(dataCorrupt(`${shown} does not match its checksum in manifest.json`));
    }
  }
  return bytes.toString('utf8');
}
