import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../fx/helpers.js';

/**
 * The ECB's history beside the project (../shared/data/ecb/eurofxref-hist.csv, from the main
 * checkout or from a worktree one level further down; DEALCALC_ECB_HISTORY names another), or
 * undefined when it is not on this machine. Read in place, never committed.
 */
export const ECB_HISTORY: string | undefined = [
  process.env.DEALCALC_ECB_HISTORY,
  join(ROOT, '..', 'shared', 'data', 'ecb', 'eurofxref-hist.csv'),
  join(ROOT, '..', '..', 'shared', 'data', 'ecb', 'eurofxref-hist.csv'),
].find((path): path is string => path !== undefined && path !== '' && existsSync(path));
