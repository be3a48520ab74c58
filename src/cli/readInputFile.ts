import { readFileSync, statSync } from 'node:fs';
import { inputUnreadable } from './cliErrors.js';

/** The largest input file a command reads whole (a scenario, a story). */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

/**
 * Reads a file a user names (or standard input for "-") as UTF-8 text, refusing what is not a
 * regular file or pipe (a directory, a device such as /dev/zero) and anything past the size limit.
 *
 * @example
 * readInputFile('package.json', () => '').includes('dealcalc') //=> true
 */
export function readInputFile(
  path: string,
  readStdin: (limit: number) => string,
  limit = MAX_INPUT_BYTES,
): string {
  if (path === '-') {
    const text = readStdin(limit);
    if (Buffer.byteLength(text, 'utf8') > limit) {
      throw inputUnreadable(
        'standard input',
        `more than ${limit} bytes (reading stopped there)`,
        `Give at most ${limit} bytes: split the text, or scan the part that matters.`,
      );
    }
    return text;
  }
  if (path.trim() === '') throw inputUnreadable('""', 'the file name is empty');
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : String(error);
    throw inputUnreadable(path, code === 'ENOENT' ? 'no such file' : code);
  }
  if (stats.isDirectory()) throw inputUnreadable(path, 'it is a directory');
  if (!stats.isFile())
    throw inputUnreadable(path, 'it is not a regular file (a device or a FIFO); pipe it to - instead');
  if (stats.size > limit) throw inputUnreadable(path, `it is ${stats.size} bytes, more than ${limit}`);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : String(error);
    throw inputUnreadable(path, code);
  }
}
