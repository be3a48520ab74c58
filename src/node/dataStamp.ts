import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { shippedDataDir } from './dataDir.js';
import { fingerprint } from './fingerprint.js';

/** What the build saw of one shipped table file it verified against the manifest. */
export interface StampedFile {
  readonly size: number;
  readonly mtimeMs: number;
  readonly sha256: string;
  /** Its fingerprint (see fingerprint.ts), to know it again where its time changed (an npm install). */
  readonly fingerprint?: string;
  /** For a series file, where its blocks of rows start (see src/fx/rowBlocks.ts), as writeRowBlocks writes them. */
  readonly blocks?: string;
}

/** Where the build writes its record of the shipped tables it verified (scripts/stamp-data.cjs). */
export function dataStampPath(): string {
  return join(dirname(shippedDataDir()), 'dist', 'data-stamp.json');
}

/** The files a build verified, by path relative to the data folder (a Map is one). */
export interface Stamp {
  get(file: string): StampedFile | undefined;
}

let stamp: Stamp | undefined;

/**
 * The shipped table files the build verified against their sha256, by path relative to the data
 * folder, with the size and modification time they had. A file whose size and time still match
 * is the verified file, so a conversion need not hash it again, nor load OpenSSL to do so (about
 * 12 ms of a 100 ms start). Anything else, a missing or unreadable record included, is hashed.
 * An entry is checked when asked for: a conversion asks for two of some hundred.
 *
 * @example
 * shippedStamp().get('manifest.json')?.size > 0 //=> true
 * shippedStamp().get('no/such.csv') //=> undefined
 */
export function shippedStamp(): Stamp {
  if (stamp !== undefined) return stamp;
  let files: Record<string, unknown> = {};
  try {
    const json = JSON.parse(readFileSync(dataStampPath(), 'utf8')) as { files?: unknown };
    if (typeof json.files === 'object' && json.files !== null) files = json.files as Record<string, unknown>;
  } catch {
    // No record (a fresh checkout before a build): every file is hashed.
  }
  stamp = { get: (file) => (Object.hasOwn(files, file) ? stampedFile(files[file]) : undefined) };
  return stamp;
}

/** A record's entry for one file, if it has the fields a StampedFile needs. */
function stampedFile(value: unknown): StampedFile | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<StampedFile>;
  if (typeof v.size !== 'number' || typeof v.mtimeMs !== 'number' || typeof v.sha256 !== 'string') {
    return undefined;
  }
  return {
    size: v.size,
    mtimeMs: v.mtimeMs,
    sha256: v.sha256,
    ...(typeof v.fingerprint === 'string' ? { fingerprint: v.fingerprint } : {}),
    ...(typeof v.blocks === 'string' ? { blocks: v.blocks } : {}),
  };
}

/**
 * Whether a file's size and time show it is the one the build verified with this checksum.
 *
 * @example
 * isStampedFile({ size: 10, mtimeMs: 5 }, { size: 10, mtimeMs: 5, sha256: 'ab' }, 'ab') //=> true
 * isStampedFile({ size: 10, mtimeMs: 6 }, { size: 10, mtimeMs: 5, sha256: 'ab' }, 'ab') //=> false
 * isStampedFile({ size: 10, mtimeMs: 5 }, { size: 10, mtimeMs: 5, sha256: 'ab' }, 'cd') //=> false
 */
export function isStampedFile(
  stats: { readonly size: number; readonly mtimeMs: number },
  entry: StampedFile | undefined,
  sha256: string,
): boolean {
  return (
    entry !== undefined &&
    entry.sha256 === sha256 &&
    entry.size === stats.size &&
    entry.mtimeMs === stats.mtimeMs
  );
}

/**
 * Whether bytes are the file the build verified with this checksum, known by their size and
 * fingerprint: an installed package's files have the install's time, not the build's (npm sets
 * it), so their time says nothing; their bytes are fingerprinted instead of hashed with sha256.
 * Bytes that do not match are not refused here: the caller checks their sha256 as always.
 *
 * @example
 * const bytes = new TextEncoder().encode('date,value\n');
 * matchesStampedBytes(bytes, { size: 11, mtimeMs: 5, sha256: 'ab', fingerprint: '4da4efb625555481' }, 'ab') //=> true
 * matchesStampedBytes(bytes, { size: 11, mtimeMs: 5, sha256: 'ab', fingerprint: '4da4efb625555481' }, 'cd') //=> false
 * matchesStampedBytes(bytes, { size: 11, mtimeMs: 5, sha256: 'ab', fingerprint: '0000000000000000' }, 'ab') //=> false
 */
export function matchesStampedBytes(
  bytes: Uint8Array,
  entry: StampedFile | undefined,
  sha256: string,
): boolean {
  return (
    entry !== undefined &&
    entry.sha256 === sha256 &&
    entry.fingerprint !== undefined &&
    entry.size === bytes.length &&
    fingerprint(bytes) === entry.fingerprint
  );
}
