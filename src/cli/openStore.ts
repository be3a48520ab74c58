import { optionInvalid } from '../commonErrors.js';
import { DealCalcError } from '../errors.js';
import { openStore } from '../node/openStore.js';
import { resolveUserDir } from '../node/userDir.js';
import type { CombinedStore } from '../store/combinedStore.js';
import type { RateStore } from '../store/rateStore.js';
import type { CliIO } from './io.js';

/** The folders a command was told to read: --data-dir and --user-dir, as given. */
export interface StoreFolders {
  readonly dataDir?: string;
  readonly userDir?: string;
}

/**
 * The rate store a command reads: the shipped tables (--data-dir, else DEALCALC_DATA_DIR, else
 * the package's data/) and the user's imported ones (--user-dir, else DEALCALC_USER_DIR, else
 * $XDG_DATA_HOME/dealcalc, else ~/.local/share/dealcalc), shipped first. An empty folder name
 * is refused rather than read as the current folder. A bare string is the data folder (the
 * older call).
 *
 * @example
 * storeFor(undefined, io).sources.length //=> 3
 * storeFor({ userDir: '' }, io) // throws OPTION_INVALID
 */
export function storeFor(folders: StoreFolders | string | undefined, io: CliIO): CombinedStore {
  const { dataDir, userDir } =
    typeof folders === 'string' || folders === undefined ? { dataDir: folders } : folders;
  const env = io.env ?? {};
  if (dataDir !== undefined && dataDir.trim() === '') throw emptyFolder('--data-dir');
  if (userDir !== undefined && userDir.trim() === '') throw emptyFolder('--user-dir');
  return openStore({
    ...(dataDir === undefined ? {} : { dataDir }),
    ...(userDir === undefined ? {} : { userDir }),
    env,
  });
}

function emptyFolder(named: string): DealCalcError {
  return optionInvalid(
    `${named} is empty`,
    named === '--user-dir'
      ? 'Name the folder for your own rate tables, or leave the {userDir} out for the default (~/.local/share/dealcalc).'
      : 'Name the folder that holds manifest.json, or leave the {dataDir} out for the shipped tables.',
  );
}

/**
 * The user's rate folder, for commands that write to it (import, update): --user-dir, else
 * DEALCALC_USER_DIR, else $XDG_DATA_HOME/dealcalc, else ~/.local/share/dealcalc.
 *
 * @example
 * userDirFor('/tmp/rates', io) //=> '/tmp/rates'
 * userDirFor(undefined, io) // throws OPTION_INVALID
 */
export function userDirFor(option: string | undefined, io: CliIO): string {
  if (option !== undefined && option.trim() === '') throw emptyFolder('--user-dir');
  const resolved = resolveUserDir(option, io.env ?? {});
  if (resolved === undefined) {
    throw optionInvalid(
      'no folder for your own rate tables: neither HOME, XDG_DATA_HOME nor DEALCALC_USER_DIR is set',
      'Name the {userDir}, or set DEALCALC_USER_DIR.',
    );
  }
  return resolved.dir;
}

/**
 * The shipped tables alone (or the folder --data-dir names in their place): the ids an import
 * may never take.
 *
 * @example
 * shippedFor(undefined, io).sources.map((s) => s.info.id) //=> ['fred-h10', 'ecb', 'imf']
 */
export function shippedFor(dataDir: string | undefined, io: CliIO): RateStore {
  if (dataDir !== undefined && dataDir.trim() === '') throw emptyFolder('--data-dir');
  return openStore({ ...(dataDir === undefined ? {} : { dataDir }), userDir: null, env: io.env ?? {} });
}
