/**
 * The Node shell's own errors, one wording each: writing the user's rate folder, downloading,
 * serving the page. (The store's and the formats' errors are in store/; see src/commonErrors.ts.)
 */
import { errorFrom, hinted, type DealCalcError } from '../errors.js';

/**
 * A file's write that failed, said with the path and the system's reason.
 *
 * @example
 * storeWriteFailed('/ro/manifest.json', 'EROFS').code //=> 'STORE_WRITE_FAILED'
 */
export function storeWriteFailed(path: string, reason: string): DealCalcError {
  return errorFrom({
    code: 'STORE_WRITE_FAILED',
    message: `cannot write ${path} (${reason})`,
    ...hinted(
      'Nothing was changed: the old file is intact. Free some space or fix the permissions, or name another {userDir}.',
    ),
  });
}

/**
 * Another process holding the rate folder's lock.
 *
 * @example
 * storeBusy('/home/ann/.local/share/dealcalc', '4242').code //=> 'STORE_BUSY'
 */
export function storeBusy(dir: string, pid: string): DealCalcError {
  return errorFrom({
    code: 'STORE_BUSY',
    message: `another dealcalc (process ${pid}) is changing the rates in ${dir}`,
    ...hinted(
      `Wait for it to finish and try again; if no dealcalc is running, remove the .lock files in ${dir}.`,
    ),
  });
}

/**
 * A folder named for the rate tables that holds files of its own.
 *
 * @example
 * storeNotDedicated('/home/ann', 'notes.txt').code //=> 'STORE_NOT_DEDICATED'
 */
export function storeNotDedicated(dir: string, foreign: string): DealCalcError {
  return errorFrom({
    code: 'STORE_NOT_DEDICATED',
    message: `${dir} is not a dealcalc rate folder: it holds other files (${foreign.slice(0, 60)}) and no manifest.json`,
    ...hinted(
      'Name an empty or new folder for your rate tables ({userDir}), or one that already holds them: dealcalc never writes among your own files.',
    ),
  });
}

/**
 * A download that did not finish; `url` and `reason` as they may be shown (one line each).
 *
 * @example
 * downloadFailed('https://example.org/x.csv', 'timed out').code //=> 'DOWNLOAD_FAILED'
 */
export function downloadFailed(url: string, reason: string): DealCalcError {
  return errorFrom({
    code: 'DOWNLOAD_FAILED',
    message: `cannot download ${url}: ${reason.slice(0, 200)}`,
    hint: 'Nothing was changed. Check the connection and try again, or download the file yourself and import it.',
  });
}

/**
 * A server that cannot listen where it was asked to.
 *
 * @example
 * cannotListen('127.0.0.1:80', 'this user may not listen on port 80').code //=> 'SERVE_CANNOT_LISTEN'
 */
export function cannotListen(where: string, reason: string): DealCalcError {
  return errorFrom({
    code: 'SERVE_CANNOT_LISTEN',
    message: `cannot serve on ${where}: ${reason}`,
    hint: 'Choose another port, or port 0 for a free one; serve on 127.0.0.1 unless another machine must reach the page.',
  });
}
