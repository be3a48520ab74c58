import { DealCalcError } from '../errors.js';
import type { Manifest } from '../store/manifest.js';
import { MAX_SERIES_BYTES, readDataFile } from './readDataFile.js';

/** A file of a store that is not what its manifest says. */
export interface FileProblem {
  readonly source: string;
  readonly file: string;
  readonly problem: string;
}

/** How a store's files compare with its manifest. */
export interface StoreFilesStatus {
  readonly files: number;
  readonly ok: number;
  readonly problems: readonly FileProblem[];
}

/**
 * Reads every series file a manifest names and checks it as a lookup would (a regular file
 * inside the folder, within the size limit, matching its sha256), without stopping at the
 * first problem: for `rates sources`, which reports the state of every table.
 *
 * @param dir - the store's folder
 * @param manifest - its manifest
 * @returns how many files there are, how many match, and what is wrong with the others
 *
 * @example
 * checkStoreFiles(shippedDataDir(), openShippedStore().manifest).problems //=> []
 */
export function checkStoreFiles(dir: string, manifest: Manifest): StoreFilesStatus {
  const problems: FileProblem[] = [];
  let files = 0;
  for (const source of manifest.sources) {
    for (const series of source.series) {
      files += 1;
      try {
        readDataFile(dir, series.file, MAX_SERIES_BYTES, series.sha256);
      } catch (error) {
        if (!(error instanceof DealCalcError)) throw error;
        problems.push({ source: source.id, file: series.file, problem: error.message });
      }
    }
  }
  return { files, ok: files - problems.length, problems };
}
