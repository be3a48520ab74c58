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
import { writeFileAtomic } from './atomicWrite.js';
import { storeBusy, storeNotDedicated, storeWriteFailed } from './nodeErrors.js';
import { MAX_MANIFEST_BYTES, MAX_SERIES_BYTES, readDataFile } from './readDataFile.js';
import { lazyCrypto } from './lazyCrypto.js';
import { checkArgument } from '../requestFields.js';

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
  checkArgument('openUserStore', 'dir', 'text', dir);
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

/** How long a change waits for another live dealcalc to finish with the store before STORE_BUSY. */
export const LOCK_WAIT_MS = 2000;
/** A lock of this version: `.lock.<pid>.<8 hex>`, the holder's process id in its name. */
const LOCK_NAME = /^\.lock\.(\d{1,10})\.[0-9a-f]{8}$/;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The process holding a lock file, from its name (or, for a bare `.lock` of older versions, its content). */
function lockHolder(dir: string, entry: string): number | undefined {
  const named = LOCK_NAME.exec(entry);
  if (named) return parseInt(named[1] as string, 10);
  let text = '';
  try {
    text = readFileSync(join(dir, entry), 'utf8').trim();
  } catch {
    return undefined;
  }
  return /^\d{1,10}$/.test(text) ? parseInt(text, 10) : undefined;
}

/**
 * The live processes other than this one that hold or are taking the store's lock; lock files
 * of processes that are gone (a killed import) are removed on the way. Removing one is safe: no
 * live process ever uses a dead one's file, and a dead process does not come back.
 */
function otherHolders(dir: string, mine: string): number[] {
  const live: number[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry === mine || (entry !== LOCK && !LOCK_NAME.test(entry))) continue;
    const pid = lockHolder(dir, entry);
    if (pid !== undefined && pid !== process.pid && processAlive(pid)) live.push(pid);
    else rmSync(join(dir, entry), { force: true });
  }
  return live;
}

/**
 * Takes the store's lock. Each taker creates its own file (`O_EXCL`, its pid in the name), then
 * looks for any other live taker: if there is one it withdraws its file and tries again a little
 * later. Of two takers, the later to create its file sees the earlier one's, so two can never both
 * hold the lock; a stale lock is never taken by deleting a name another process may have just
 * made, the flaw that lost imports (issue 20).
 *
 * @returns the lock file's name, for unlock
 */
function lock(dir: string, waitMs: number): string {
  const mine = `.lock.${process.pid}.${lazyCrypto().randomBytes(4).toString('hex')}`;
  const path = join(dir, mine);
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
    } catch (error) {
      // Another import that made the folder and failed may have just removed it again: remake it.
      if (code(error) !== 'ENOENT' || Date.now() >= deadline) throw storeWriteFailed(path, code(error));
      mkdirSync(dir, { recursive: true });
      continue;
    }
    const others = otherHolders(dir, mine);
    if (others.length === 0) return mine;
    rmSync(path, { force: true });
    if (Date.now() >= deadline) throw storeBusy(dir, String(others[0]));
    // Two takers that start together both withdraw: random pauses let one of them go first.
    sleep(5 + Math.floor(Math.random() * 40));
  }
}

function unlock(dir: string, mine: string): void {
  rmSync(join(dir, mine), { force: true });
}

/** A temporary file of writeFileAtomic: `.tmp-<final name>-<pid>-<8 hex>`; the final name, or undefined. */
function tempTarget(entry: string): string | undefined {
  return /^\.tmp-(.+)-\d{1,10}-[0-9a-f]{8}$/.exec(entry)?.[1];
}

/** A series file name of the store: `<series>.<12 hex of its sha256>.csv`. */
const SERIES_FILE = /^([A-Za-z0-9][A-Za-z0-9._-]*)\.[0-9a-f]{12}\.csv$/;

/** The series ids each source folder holds, by the manifests' own words (never a guess from the disk). */
function namedFolders(stores: readonly (RateStore | undefined)[]): Map<string, Set<string>> {
  const folders = new Map<string, Set<string>>();
  for (const store of stores) {
    for (const source of store?.manifest.sources ?? []) {
      for (const series of source.series) {
        const slash = series.file.lastIndexOf('/');
        if (slash <= 0) continue;
        const folder = series.file.slice(0, slash);
        const ids = folders.get(folder) ?? new Set<string>();
        const m = SERIES_FILE.exec(series.file.slice(slash + 1));
        if (m) ids.add(m[1] as string);
        folders.set(folder, ids);
      }
    }
  }
  return folders;
}

function entriesOf(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/**
 * Removes what the store itself names and no longer uses: in each source folder the old or new
 * manifest names, the series files of the series ids it names (other than the new manifest's own
 * files) and their temporary files, and the manifest's temporary files. Nothing else is touched:
 * a user's file of the same shape elsewhere stays (issue 20).
 */
function removeUnnamed(dir: string, before: RateStore | undefined, after: RateStore | undefined): void {
  const named = new Set(after?.manifest.sources.flatMap((s) => s.series.map((x) => x.file)) ?? []);
  for (const entry of entriesOf(dir)) {
    if (tempTarget(entry) === MANIFEST) rmSync(join(dir, entry), { force: true });
  }
  const seriesOf = (file: string | undefined) =>
    file === undefined ? undefined : SERIES_FILE.exec(file)?.[1];
  for (const [folder, ids] of namedFolders([before, after])) {
    const path = join(dir, folder);
    for (const file of entriesOf(path)) {
      const id = seriesOf(file) ?? seriesOf(tempTarget(file));
      if (id !== undefined && ids.has(id) && !named.has(`${folder}/${file}`)) {
        rmSync(join(path, file), { force: true });
      }
    }
  }
}

/**
 * A folder the store may write into: one that does not exist or is empty, one that already holds a
 * store (manifest.json), or one holding only what a killed first import leaves (lock files,
 * temporary files, source folders of series files). Any other folder is the user's: an import
 * would mix its files with the user's and its clean-up could take theirs, so it is refused.
 */
function checkDedicated(dir: string): void {
  let isFolder = false;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    return; // none yet, or not reachable: making it says why (STORE_WRITE_FAILED)
  }
  if (!isFolder || existsSync(join(dir, MANIFEST))) return;
  const storeLike = (entry: string, folder: string, depth: number): boolean => {
    // manifest.json too: another import may have made the store since the check above.
    if (entry === MANIFEST || entry === LOCK || LOCK_NAME.test(entry) || tempTarget(entry) !== undefined)
      return true;
    const path = join(folder, entry);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (depth === 0 && stat?.isDirectory() && /^[a-z0-9][a-z0-9._-]*$/.test(entry)) {
      return entriesOf(path).every((inner) => storeLike(inner, path, 1));
    }
    return depth === 1 && stat?.isFile() === true && SERIES_FILE.test(entry);
  };
  const foreign = entriesOf(dir).find((entry) => !storeLike(entry, dir, 0));
  if (foreign === undefined) return;
  throw storeNotDedicated(dir, foreign);
}

/** What a change of the store writes: series files first, then the manifest that names them. */
export interface StoreChange {
  /** Each file's text, or its bytes where given (written instead). */
  readonly files: readonly { readonly path: string; readonly text: string; readonly bytes?: Uint8Array }[];
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
  options: { readonly waitMs?: number } = {},
): T {
  checkDedicated(dir);
  const madeStore = !existsSync(dir);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw storeWriteFailed(dir, code(error));
  }
  const mine = lock(dir, options.waitMs ?? LOCK_WAIT_MS);
  const written: string[] = [];
  const madeFolders: string[] = [];
  let committed = false;
  try {
    const before = openUserStore(dir);
    const change = plan(before);
    for (const file of change.files) {
      const path = join(dir, file.path);
      if (!existsSync(dirname(path))) madeFolders.push(dirname(path));
      try {
        mkdirSync(dirname(path), { recursive: true });
      } catch (error) {
        throw storeWriteFailed(dirname(path), code(error));
      }
      if (!existsSync(path)) written.push(path);
      writeFileAtomic(path, file.bytes ?? file.text);
    }
    writeFileAtomic(join(dir, MANIFEST), change.manifestText);
    committed = true;
    removeUnnamed(dir, before, openUserStore(dir));
    return change;
  } finally {
    // A change that failed takes back what it wrote (files no manifest names, folders it made),
    // so that "nothing was changed" is true and a full disk gets its space back.
    if (!committed) {
      for (const path of written) rmSync(path, { force: true });
      for (const folder of madeFolders.reverse()) rmEmptyFolder(folder);
    }
    unlock(dir, mine);
    if (!committed && madeStore) rmEmptyFolder(dir);
  }
}

function rmEmptyFolder(folder: string): void {
  try {
    if (readdirSync(folder).length === 0) rmSync(folder, { recursive: true, force: true });
  } catch {
    // Already gone, or not ours to judge: leave it.
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
