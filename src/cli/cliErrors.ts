/**
 * The command line's own errors, one wording each: a command line that does not read, an input
 * file that cannot be read. (Errors of the jobs are their areas'; see src/commonErrors.ts.)
 */
import { errorFrom, errorInfo, type DealCalcError, type ErrorInfo } from '../errors.js';

/**
 * A command line that cannot be run as written; the message says what, the hint how to write it.
 *
 * @example
 * usageInvalid("missing required argument 'figure'", 'Run dealcalc convert --help.').code //=> 'USAGE_INVALID'
 */
export function usageInvalid(message: string, hint: string): ErrorInfo {
  return errorInfo({ code: 'USAGE_INVALID', message, hint });
}

/**
 * A file (or standard input) a command reads whole that cannot be read.
 *
 * @example
 * inputUnreadable('story.txt', 'no such file').message //=> 'cannot read story.txt: no such file'
 */
export function inputUnreadable(
  path: string,
  why: string,
  hint = 'Give the path of a text file, or - for standard input.',
): DealCalcError {
  return errorFrom({ code: 'INPUT_UNREADABLE', message: `cannot read ${path}: ${why}`, hint });
}

/**
 * The CSV file of a batch that cannot be read.
 *
 * @example
 * batchInputUnreadable('-', 'closed').message //=> 'cannot read standard input: closed'
 */
export function batchInputUnreadable(file: string, why: string): DealCalcError {
  return errorFrom({
    code: 'BATCH_INPUT_UNREADABLE',
    message: `cannot read ${file === '-' ? 'standard input' : `"${file}"`}: ${why}`,
    hint: 'Name a CSV file that exists and can be read, or "-" to read standard input.',
  });
}
