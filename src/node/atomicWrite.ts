import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { lazyCrypto } from './lazyCrypto.js';
import { storeWriteFailed } from './nodeErrors.js';

// Still reachable from here for the library's index (the export list is being rewritten).
export { storeWriteFailed };

function code(error: unknown): string {
  return error && typeof error === 'object' && 'code' in error ? String(error.code) : String(error);
}

/** Flushes a folder's entries (the rename) to disk; a file system that cannot is no reason to fail. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a folder; the rename itself is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes a file so that a reader (or a crash, or a kill) sees the old content or the new, never
 * a part: the bytes go to a temporary file in the same folder, are flushed to disk (fsync), and
 * the temporary file is renamed over the target (atomic on POSIX), then the folder is flushed.
 *
 * @param path - the file to write
 * @param data - its new content
 * @throws DealCalcError STORE_WRITE_FAILED naming the path (the temporary file is removed)
 *
 * @example
 * writeFileAtomic('/nonexistent-folder/chart.svg', '<svg/>') // throws STORE_WRITE_FAILED
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  const temp = join(
    dir,
    `.tmp-${basename(path)}-${process.pid}-${lazyCrypto().randomBytes(4).toString('hex')}`,
  );
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw storeWriteFailed(path, code(error));
  }
  syncFolder(dir);
}
