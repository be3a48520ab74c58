/**
 * Writing a file a user names for output (--svg FILE and the like), as a shell redirection would:
 * a regular file or a new name is replaced atomically; a character device or a FIFO (/dev/null,
 * /dev/stdout, a named pipe) is written into as a stream, never replaced; anything else (a
 * folder, a socket, a block device) is refused. A symbolic link is followed: what it points to
 * is written, the link stays.
 */
import { closeSync, constants, openSync, realpathSync, statSync, writeSync } from 'node:fs';
import { errorFrom, DealCalcError } from '../errors.js';
import { writeFileAtomic } from './atomicWrite.js';

function code(error: unknown): string {
  return error && typeof error === 'object' && 'code' in error ? String(error.code) : String(error);
}

/** The hint a failed write gets, by the system's reason. */
function hintFor(reason: string, option: string): string {
  if (reason === 'ENOSPC' || reason === 'EDQUOT')
    return `The disk is full: free some space, or name a file on another disk (${option} FILE).`;
  if (reason === 'EACCES' || reason === 'EPERM' || reason === 'EROFS')
    return `Name a file in a folder you may write to (${option} FILE), or - for standard output.`;
  return `Name a regular file (${option} FILE), or - for standard output.`;
}

// A path that is no file to write (a folder, a socket) is the user's to change: its own code, exit 2.
function failed(path: string, reason: string, option: string, notAFile = false): DealCalcError {
  return errorFrom({
    code: notAFile ? 'OUTPUT_NOT_A_FILE' : 'OUTPUT_FAILED',
    message: `cannot write ${path} (${reason})`,
    hint: hintFor(reason, option),
  });
}

function streamInto(path: string, bytes: Uint8Array, option: string): void {
  let fd: number | undefined;
  try {
    // No O_CREAT, no O_TRUNC: the node stays what it is.
    fd = openSync(path, constants.O_WRONLY);
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
  } catch (error) {
    throw failed(path, code(error), option);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes `data` to the file a user named (never "-": the caller writes that to standard output).
 *
 * @param path - the file named on the command line
 * @param data - the text to write
 * @param option - the option that named it, for the hint (e.g. --svg)
 * @throws DealCalcError OUTPUT_FAILED (exit 3) for a failed write, OUTPUT_NOT_A_FILE (exit 2) for a path that is not a file
 *
 * @example
 * writeOutputFile('/dev/null', '<svg/>', '--svg') //=> undefined
 * writeOutputFile('/', '<svg/>', '--svg') // throws OUTPUT_NOT_A_FILE
 */
export function writeOutputFile(path: string, data: string, option: string): void {
  const bytes = Buffer.from(data, 'utf8');
  let stats;
  try {
    stats = statSync(path); // follows a symbolic link to what it names
  } catch (error) {
    if (code(error) !== 'ENOENT') throw failed(path, code(error), option);
  }
  if (stats === undefined) {
    writeNamed(path, path, bytes, option);
    return;
  }
  if (stats.isCharacterDevice() || stats.isFIFO()) {
    streamInto(path, bytes, option);
    return;
  }
  if (!stats.isFile()) {
    const what = stats.isDirectory() ? 'a folder' : 'not a regular file, a device or a FIFO';
    throw failed(path, `it is ${what}`, option, true);
  }
  // A link to a regular file: the file it names is replaced, the link stays a link.
  writeNamed(path, realpathSync(path), bytes, option);
}

function writeNamed(named: string, target: string, bytes: Uint8Array, option: string): void {
  try {
    writeFileAtomic(target, bytes);
  } catch (error) {
    if (!(error instanceof DealCalcError)) throw error;
    const reason = /\(([^()]*)\)$/.exec(error.message)?.[1] ?? 'failed';
    throw failed(named, reason, option);
  }
}
