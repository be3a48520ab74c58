import { realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { errorFrom, DealCalcError } from '../errors.js';
import { dataCorrupt, dataMissing } from '../store/storeErrors.js';
import { isStampedFile, matchesStampedBytes, type Stamp } from './dataStamp.js';
import { lazyCrypto } from './lazyCrypto.js';
import { readWhole } from './readWhole.js';

/** The largest manifest and series file read; past these a file is refused before it is read. */
export const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;
export const MAX_SERIES_BYTES = 64 * 1024 * 1024;

const realDirs = new Map<string, string>();

function reason(error: unknown): string {
  return error && typeof error === 'object' && 'code' in error ? String(error.code) : String(error);
}

function realDir(dir: string): string {
  const cached = realDirs.get(dir);
  if (cached !== undefined) return cached;
  let real: string;
  try {
    real = realpathSync.native(dir);
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
  stamp?: Stamp,
): string {
  const { text, matches } = readDataFileChecked(dir, file, limit, sha256, stamp);
  if (sha256 !== undefined && !matches) {
    throw errorFrom(dataCorrupt(`${join(dir, file)} does not match its checksum in manifest.json`));
  }
  return text;
}

/** A data file's text, and whether its bytes have the checksum asked for. */
export interface CheckedText {
  readonly text: string;
  readonly matches: boolean;
}

/**
 * Reads a file of a data folder as readDataFile does, but bytes that do not match the sha256
 * are not refused: it says whether they match (the same size and time, the same fingerprint, or
 * the same sha256, tried in that order), for a caller that then checks the text another way.
 *
 * @example
 * const entry = shippedStamp().get('manifest.json');
 * readDataFileChecked(shippedDataDir(), 'manifest.json', MAX_MANIFEST_BYTES, entry.sha256, shippedStamp()).matches //=> true
 * readDataFileChecked(shippedDataDir(), 'manifest.json', MAX_MANIFEST_BYTES, 'ab').matches //=> false
 */
export function readDataFileChecked(
  dir: string,
  file: string,
  limit: number,
  sha256?: string,
  stamp?: Stamp,
): CheckedText {
  const root = realDir(dir);
  const shown = join(dir, file);
  let path: string;
  try {
    // The system's realpath: one call, where Node's own walks and stats each folder on the way.
    path = realpathSync.native(join(root, file));
  } catch (error) {
    throw errorFrom(dataMissing(shown, reason(error)));
  }
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) {
    throw errorFrom(dataCorrupt(`${shown} leads outside the data folder ${dir}; it is not read`));
  }
  // The build's record of this file, read once (each get checks the entry's fields).
  const entry = stamp?.get(file);
  let size: number;
  let stamped = false;
  try {
    const stats = statSync(path);
    stamped = sha256 !== undefined && isStampedFile(stats, entry, sha256);
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
  let bytes: Uint8Array;
  try {
    // Into the fingerprinting memory only where the fingerprint is to be checked: elsewhere (a
    // checkout, whose files keep their times) its WebAssembly need not even be compiled.
    const toFingerprint = sha256 !== undefined && !stamped && entry?.fingerprint !== undefined;
    bytes = readWhole(path, size, toFingerprint);
  } catch (error) {
    throw errorFrom(dataMissing(shown, reason(error)));
  }
  if (bytes.length > limit) throw errorFrom(dataCorrupt(`${shown} grew past ${limit} bytes while read`));
  const matches =
    sha256 !== undefined &&
    (stamped ||
      matchesStampedBytes(bytes, entry, sha256) ||
      lazyCrypto().createHash('sha256').update(bytes).digest('hex') === sha256);
  return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'), matches };
}
