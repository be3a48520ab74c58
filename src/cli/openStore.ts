import { DealCalcError, hinted } from '../errors.js';
import { resolveDataDir } from '../node/dataDir.js';
import { openRateStoreAt } from '../node/openStore.js';
import type { RateStore } from '../store/rateStore.js';
import type { CliIO } from './io.js';

/**
 * The rate store a command reads: --data-dir, else DEALCALC_DATA_DIR, else the shipped tables.
 * An empty folder name is refused rather than read as the current folder.
 *
 * @example
 * storeFor(undefined, io).sources.length //=> 2
 */
export function storeFor(dataDirOption: string | undefined, io: CliIO): RateStore {
  const { dir, origin } = resolveDataDir(dataDirOption, io.env?.DEALCALC_DATA_DIR);
  if (dir.trim() === '') {
    const named = origin === 'option' ? '--data-dir' : 'DEALCALC_DATA_DIR';
    throw new DealCalcError({
      code: 'OPTION_INVALID',
      kind: 'input',
      message: `${named} is empty`,
      ...hinted(
        'Name the folder that holds manifest.json, or leave the {dataDir} out for the shipped tables.',
      ),
    });
  }
  return openRateStoreAt(dir);
}
