import { optionInvalid } from '../commonErrors.js';
import { errorFrom, DealCalcError } from '../errors.js';
import { combineStores, type CombinedStore } from '../store/combinedStore.js';
import { parseManifest, parseVerifiedManifest, type Manifest } from '../store/manifest.js';
import { openRateStore, type RateStore } from '../store/rateStore.js';
import { resolveDataDir, shippedDataDir } from './dataDir.js';
import { resolveUserDir, type UserDirEnvironment } from './userDir.js';
import { openUserStore } from './userStore.js';
import { readRowBlocks } from '../fx/rowBlocks.js';
import { shippedStamp, type Stamp } from './dataStamp.js';
import {
  isSameFolder,
  MAX_MANIFEST_BYTES,
  MAX_SERIES_BYTES,
  readDataFile,
  readDataFileChecked,
  type CheckedText,
} from './readDataFile.js';
import { checkArgument } from '../requestFields.js';

const stores = new Map<string, RateStore>();

function checkedManifest(text: string, dir: string): Manifest {
  const manifest = parseManifest(text, `${dir}/manifest.json`);
  if (!manifest.ok) throw errorFrom(manifest.error);
  return manifest.value;
}

/**
 * The text of a folder's manifest, and whether it is the shipped one the build checked (the same
 * size and time, else, in an installed package, whose file times npm sets, the same bytes).
 */
function readManifest(dir: string, stamp: Stamp | undefined): CheckedText {
  const entry = stamp?.get('manifest.json');
  if (entry === undefined)
    return { text: readDataFile(dir, 'manifest.json', MAX_MANIFEST_BYTES), matches: false };
  return readDataFileChecked(dir, 'manifest.json', MAX_MANIFEST_BYTES, entry.sha256, stamp);
}

/**
 * Opens the rate store in a folder (its manifest.json and the series files it names). Series are
 * read when a lookup first needs them, each checked against its sha256; the shipped tables are
 * trusted to be the validated bytes `npm run data` wrote, any other folder's rows are validated
 * the first time they are read.
 *
 * @param dir - the folder holding manifest.json
 * @returns the store (one per folder, kept for the life of the process)
 * @throws DealCalcError DATA_MISSING or DATA_CORRUPT
 *
 * @example
 * openRateStoreAt(shippedDataDir()).sources.map((s) => s.info.id) //=> ['fred-h10', 'ecb', 'imf']
 */
export function openRateStoreAt(dir: string): RateStore {
  const cached = stores.get(dir);
  if (cached !== undefined) return cached;
  const trusted = isSameFolder(dir, shippedDataDir());
  const stamp = trusted ? shippedStamp() : undefined;
  const { text, matches } = readManifest(dir, stamp);
  const manifest = matches ? parseVerifiedManifest(text) : checkedManifest(text, dir);
  const store = openRateStore(
    manifest,
    {
      read: (series) => readDataFile(dir, series.file, MAX_SERIES_BYTES, series.sha256, stamp),
      // The blocks the build found in the bytes that have this checksum (read checks the file has it).
      rowBlocks: (series) => {
        const entry = stamp?.get(series.file);
        return entry?.sha256 === series.sha256 && entry.blocks !== undefined
          ? readRowBlocks(entry.blocks)
          : undefined;
      },
    },
    { trusted, origin: dir },
  );
  stores.set(dir, store);
  return store;
}

/**
 * Opens the rate tables shipped with dealcalc (Fed H.10 and IMF).
 *
 * @example
 * convert(openShippedStore(), { figure: '1.5 billion yuan', to: 'USD', on: '2017-11-15' }).to.amount.toFixed(2)
 * //=> '226586102.72'
 */
export function openShippedStore(): RateStore {
  return openRateStoreAt(shippedDataDir());
}

/** Which tables openStore combines. */
export interface OpenStoreOptions {
  /** The folder standing in for the shipped tables (default: DEALCALC_DATA_DIR, else the shipped data/). */
  readonly dataDir?: string;
  /** The user's store (default: DEALCALC_USER_DIR, else $XDG_DATA_HOME/dealcalc, else ~/.local/share/dealcalc); null for none. */
  readonly userDir?: string | null;
  /** The environment to read those defaults from (default: process.env). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

function emptyFolder(what: string, setting: 'dataDir' | 'userDir'): DealCalcError {
  return optionInvalid(`${what} is empty`, `Name the folder, or leave the {${setting}} out for the default.`);
}

/**
 * Opens every rate table a user has, as the command line does: the shipped tables (or a data
 * folder standing in for them) first, then the user's imported and updated tables; a user's
 * source with a shipped id is set aside, never used in its place.
 *
 * @param options - the folders, or the environment that names them
 * @returns the combined store (see combineStores)
 * @throws DealCalcError DATA_MISSING, DATA_CORRUPT, OPTION_INVALID (an empty folder name)
 *
 * @example
 * convert(openStore({ userDir: null }), { figure: '1.5 billion yuan', to: 'USD', on: '2017-11-15' }).to.amount.toFixed(2)
 * //=> '226586102.72'
 */
export function openStore(options: OpenStoreOptions = {}): CombinedStore {
  checkArgument('openStore', 'options', 'object', options);
  const env = options.env ?? process.env;
  const data = resolveDataDir(options.dataDir, env.DEALCALC_DATA_DIR);
  if (data.dir.trim() === '')
    throw emptyFolder(data.origin === 'option' ? 'the data folder' : 'DEALCALC_DATA_DIR', 'dataDir');
  const shipped = openRateStoreAt(data.dir);
  if (options.userDir === null) return combineStores(shipped, undefined);
  const user = resolveUserDir(options.userDir, env as UserDirEnvironment);
  if (user !== undefined && user.dir.trim() === '') {
    throw emptyFolder(user.origin === 'option' ? 'the user rate folder' : 'DEALCALC_USER_DIR', 'userDir');
  }
  return combineStores(shipped, user === undefined ? undefined : openUserStore(user.dir));
}
