/**
 * The user's own rate store: a folder like the shipped data/ (manifest.json in the same format,
 * one `date,value` file per series), written only by imports and updates, read like any other
 * untrusted folder (every checksum checked, every row validated when first read).
 *
 * Layout: `manifest.json`, `<source>/<series>.<sha256 prefix>.csv`, and, during an import,
 * `.lock` and `.tmp-*` files. Series files are named by their content, so an import writes new
 * files beside the old ones and switches to them by replacing manifest.json in one rename: a
 * killed import leaves the old manifest, which names the old files, intact.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { errorFrom, DealCalcError, hinted } from '../errors.js';
import { parseManifest } from '../store/manifest.js';
import { openRateStore, type RateStore } from '../store/rateStore.js';
import { storeWriteFailed, writeFileAtomic } from './atomicWrite.js';
import { MAX_MANIFEST_BYTES, MAX_SERIES_BYTES, readDataFile } from './readDataFile.js';
import { lazyCrypto } from './lazyCrypto.js';

const MANIFEST = 'manifest.json';
const LOCK = '.lock';

function code(error: unknown): string {
  return error && typeof error === 'object' && 'code' in error ? String(error.code) : String(error);
}

/**
 * Opens the user's store in a folder, or undefined when there is none yet (no folder, or no
 * manifest.json in it). Every row is validated when first read: the user's tables are not trusted.
 *
 * @throws DealCalcError DATA_CORRUPT (a damaged manifest), DATA_MISSING (an unreadable one)
 *
 * @example
 * openUserStore('/nonexistent/dealcalc') //=> undefined
 */
export function openUserStore(dir: string): RateStore | undefined {
  try {
    statSync(join(dir, MANIFEST));
  } catch (error) {
    if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') return undefined;
  }
  return ownHint(dir, () => {
    const text = readDataFile(dir, MANIFEST, MAX_MANIFEST_BYTES);
    const manifest = parseManifest(text, join(dir, MANIFEST));
    if (!manifest.ok) throw errorFrom(manifest.error);
    const store = openRateStore(
      manifest.value,
      { read: (series) => readDataFile(dir, series.file, MAX_SERIES_BYTES, series.sha256) },
      { trusted: false, origin: dir },
    );
    const sources = store.sources.map((source) => ({
      ...source,
      series: (currency: Parameters<typeof source.series>[0]) => ownHint(dir, () => source.series(currency)),
    }));
    return {
      ...store,
      sources,
      source: (id: string) => sources.find((s) => s.info.id === id) ?? store.source(id),
    };
  });
}

/**
 * Runs `read` on the user's store, giving a damaged or missing file the hint that fits one's own
 * tables (import again, or move the folder away), not the shipped tables' (reinstall).
 */
function ownHint<T>(dir: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof DealCalcError && (error.code === 'DATA_CORRUPT' || error.code === 'DATA_MISSING')) {
      throw errorFrom({
        ...error.toInfo(),
        ...hinted(
          `These are your own rate tables, in ${dir}: import the file again, {replace}, or move the folder away and import afresh, or name another {userDir}.`,
        ),
      });
    }
    throw error;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return code(error) === 'EPERM';
  }
}

function busy(dir: string, pid: string): DealCalcError {
  return errorFrom({
    code: 'STORE_BUSY',
    message: `another dealcalc (process ${pid}) is changing the rates in ${dir}`,
    ...hinted(`Wait for it to finish and try again; if no dealcalc is running, remove ${join(dir, LOCK)}.`),
  });
}

/** Takes the store's lock (a file holding this process's id), taking over one a dead process left. */
function lock(dir: string): void {
  const path = join(dir, LOCK);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      return;
    } catch (error) {
      if (code(error) !== 'EEXIST') throw storeWriteFailed(path, code(error));
    }
    let holder = '';
    try {
      holder = readFileSync(path, 'utf8').trim();
    } catch {
      continue;
    }
    const pid = /^\d{1,10}$/.test(holder) ? parseInt(holder, 10) : NaN;
    if (Number.isInteger(pid) && pid !== process.pid && processAlive(pid)) throw busy(dir, holder);
    // A lock left by a process that is gone (a killed import): the store is consistent, take it.
    rmSync(path, { force: true });
  }
  throw busy(dir, '?');
}

function unlock(dir: string): void {
  rmSync(join(dir, LOCK), { force: true });
}

/** Removes series files no manifest entry names, and temporary files of killed writes. */
function removeUnnamed(dir: string, named: ReadonlySet<string>): void {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.startsWith('.tmp-')) rmSync(join(dir, entry), { force: true });
  }
  for (const entry of entries) {
    const folder = join(dir, entry);
    if (entry.startsWith('.') || !statSync(folder, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const file of readdirSync(folder)) {
      const relative = `${entry}/${file}`;
      const ours = /^[A-Za-z0-9][A-Za-z0-9._-]*\.[0-9a-f]{12}\.csv$/.test(file) || file.startsWith('.tmp-');
      if (ours && !named.has(relative)) rmSync(join(folder, file), { force: true });
    }
  }
}

/** What a change of the store writes: series files first, then the manifest that names them. */
export interface StoreChange {
  readonly files: readonly { readonly path: string; readonly text: string }[];
  readonly manifestText: string;
}

/**
 * Changes the user's store under its lock: `plan` gets the store as it is now (read after the
 * lock is taken) and returns the files and manifest to write, or throws (then nothing is
 * written). Series files are written first, each atomically; the manifest last, atomically;
 * then files no longer named are removed. A kill at any moment leaves a store that opens: the
 * old one until the manifest's rename, the new one after.
 *
 * @param dir - the user's store (created if missing)
 * @param plan - makes the change from the current store (undefined when it is empty)
 * @returns what plan returned
 * @throws DealCalcError STORE_BUSY, STORE_WRITE_FAILED, and whatever plan throws
 *
 * @example
 * const parsed = parseImport('csv', 'date,base,quote,rate\n2017-11-15,USD,CNY,6.62\n', 'mine.csv').value;
 * const plan = (store) => planImport(store, parsed, { id: 'mine', shippedIds: [], file: 'mine.csv', fileSha256: '0'.repeat(64), at: '2026-11-28T00:00:00Z', sha256: sha256Hex });
 * changeUserStore('/dev/null/dealcalc', plan) // throws STORE_WRITE_FAILED
 */
export function changeUserStore<T extends StoreChange>(
  dir: string,
  plan: (store: RateStore | undefined) => T,
): T {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw storeWriteFailed(dir, code(error));
  }
  lock(dir);
  try {
    const change = plan(openUserStore(dir));
    for (const file of change.files) {
      const path = join(dir, file.path);
      try {
        mkdirSync(dirname(path), { recursive: true });
      } catch (error) {
        throw storeWriteFailed(dirname(path), code(error));
      }
      writeFileAtomic(path, file.text);
    }
    writeFileAtomic(join(dir, MANIFEST), change.manifestText);
    const after = openUserStore(dir);
    removeUnnamed(dir, new Set(after?.manifest.sources.flatMap((s) => s.series.map((x) => x.file)) ?? []));
    return change;
  } finally {
    unlock(dir);
  }
}

/**
 * sha256 of a text's UTF-8 bytes (or of bytes), lower-case hex.
 *
 * @example
 * sha256Hex('') //=> 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 */
export function sha256Hex(data: string | Uint8Array): string {
  return lazyCrypto().createHash('sha256').update(data).digest('hex');
}

/**
 * Whether a folder has a user store in it.
 *
 * @example
 * hasUserStore('/nonexistent/dealcalc') //=> false
 */
export function hasUserStore(dir: string): boolean {
  return existsSync(join(dir, MANIFEST));
}
