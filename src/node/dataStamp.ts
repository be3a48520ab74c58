import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { shippedDataDir } from './dataDir.js';

/** What the build saw of one shipped table file it verified against the manifest. */
export interface StampedFile {
  readonly size: number;
  readonly mtimeMs: number;
  readonly sha256: string;
}

/** Where the build writes its record of the shipped tables it verified (scripts/stamp-data.cjs). */
export function dataStampPath(): string {
  return join(dirname(shippedDataDir()), 'dist', 'data-stamp.json');
}

let stamp: ReadonlyMap<string, StampedFile> | undefined;

/**
 * The shipped table files the build verified against their sha256, by path relative to the data
 * folder, with the size and modification time they had. A file whose size and time still match
 * is the verified file, so a conversion need not hash it again, nor load OpenSSL to do so (about
 * 12 ms of a 100 ms start). Anything else, a missing or unreadable record included, is hashed.
 *
 * @example
 * shippedStamp() instanceof Map //=> true
 */
export function shippedStamp(): ReadonlyMap<string, StampedFile> {
  if (stamp !== undefined) return stamp;
  const entries = new Map<string, StampedFile>();
  try {
    const json = JSON.parse(readFileSync(dataStampPath(), 'utf8')) as { files?: Record<string, unknown> };
    for (const [file, value] of Object.entries(json.files ?? {})) {
      const v = value as Partial<StampedFile>;
      if (typeof v.size === 'number' && typeof v.mtimeMs === 'number' && typeof v.sha256 === 'string') {
        entries.set(file, { size: v.size, mtimeMs: v.mtimeMs, sha256: v.sha256 });
      }
    }
  } catch {
    // No record (a fresh checkout before a build): every file is hashed.
  }
  stamp = entries;
  return stamp;
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
