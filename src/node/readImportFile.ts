import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { errorFrom, DealCalcError } from '../errors.js';
import { importInvalid } from '../store/formats/importErrors.js';
import { dataMissing } from '../store/storeErrors.js';
import type { ImportFormat } from '../store/formats/types.js';
import { sha256Hex } from './userStore.js';
import { isZip, zipEntries, zipEntryBytes, ZipError } from './unzip.js';

/**
 * The largest import file read, and the most a zipped one may inflate to: 64 MiB, as `rates
 * update` downloads (a century of daily rates of 40 currencies is under 40 MB even one rate a
 * line). An import of the ECB's CSV peaks at about 3.5 times the file (its text while it is
 * parsed, then its rates in columns, ImportedRates: a 64 MiB file about 245 MB, 7 s CPU);
 * 256 MiB would still let one take about 900 MB, so the limit stays (issue 20).
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** An import file's text, and what to record of it. */
export interface ImportText {
  readonly text: string;
  /** How messages name it: the path as given, and the zip entry when it came from one. */
  readonly name: string;
  /** sha256 of the bytes as read (of the zip, for a zip). */
  readonly sha256: string;
}

function code(error: unknown): string {
  return error && typeof error === 'object' && 'code' in error ? String(error.code) : String(error);
}

/**
 * Turns an import file's bytes into text: a zip archive is opened and its one .csv or .xml
 * entry inflated (checked against its CRC-32); the text must be UTF-8.
 *
 * @param bytes - the file's bytes
 * @param format - the format it is read as, for the message
 * @param name - how messages name the file
 * @throws DealCalcError IMPORT_INVALID naming the file
 *
 * @example
 * importText(Buffer.from('date,base,quote,rate\n'), 'csv', 'mine.csv').text //=> 'date,base,quote,rate\n'
 * importText(Buffer.from('PK\u0003\u0004 cut'), 'ecb', 'hist.zip') // throws IMPORT_INVALID
 */
export function importText(bytes: Uint8Array, format: ImportFormat, name: string): ImportText {
  let data: Uint8Array = bytes;
  let shownName = name;
  if (isZip(bytes)) {
    try {
      const entries = zipEntries(bytes).filter((e) => !e.name.endsWith('/'));
      const wanted = entries.filter((e) => /\.(csv|xml|txt|journal|ledger|beancount|dat)$/i.test(e.name));
      if (wanted.length !== 1) {
        const names = entries
          .map((e) => e.name)
          .slice(0, 10)
          .join(', ');
        throw new ZipError(
          `the archive holds ${wanted.length === 0 ? 'no' : wanted.length} rate files (${names || 'nothing'}); one is expected`,
        );
      }
      const entry = wanted[0] as (typeof wanted)[number];
      data = zipEntryBytes(bytes, entry, MAX_IMPORT_BYTES);
      shownName = `${name} (${entry.name})`;
    } catch (error) {
      if (error instanceof ZipError) throw errorFrom(importInvalid(format, name, undefined, error.message));
      throw error;
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw errorFrom(importInvalid(format, shownName, undefined, 'not UTF-8 text (a binary file?)'));
  }
  return { text, name: shownName, sha256: sha256Hex(bytes) };
}

/**
 * A file's text as importText makes it, read as text: its bytes are never held in a Buffer, which
 * stayed (64 MB of a 64 MiB file) until a full collection, a fifth of an import's peak (issue
 * 20). Null when the bytes must be looked at: a zip, or text with a U+FFFD (the mark of bytes
 * that are not UTF-8, or one written in the file), which importText reads or refuses.
 */
function readAsText(path: string, name: string): ImportText | null {
  const text = readFileSync(path, 'utf8');
  if (text.startsWith('PK\u0003\u0004') || text.includes('\ufffd')) return null;
  // UTF-8 written again from valid UTF-8 is the same bytes: their sha256. TextDecoder drops a BOM.
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, name, sha256: sha256Hex(text) };
}

/**
 * Reads an import file from disk: a regular file (not a FIFO or a device, which could hang or
 * never end) of at most MAX_IMPORT_BYTES, then importText.
 *
 * @throws DealCalcError IMPORT_INVALID (not a regular file, too large, not text), DATA_MISSING (unreadable)
 *
 * @example
 * readImportFile('/nonexistent/rates.csv', 'csv') // throws DATA_MISSING
 */
export function readImportFile(path: string, format: ImportFormat): ImportText {
  const shown = path.length > 200 ? basename(path) : path;
  let bytes: Buffer;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) {
      throw errorFrom(
        importInvalid(
          format,
          path,
          undefined,
          `${stats.isDirectory() ? 'a directory' : 'not a regular file'}; name the file to import`,
        ),
      );
    }
    if (stats.size > MAX_IMPORT_BYTES) {
      throw errorFrom(
        importInvalid(
          format,
          path,
          undefined,
          `${stats.size} bytes, more than the ${MAX_IMPORT_BYTES} an import file may have`,
        ),
      );
    }
    const read = readAsText(path, shown);
    if (read !== null) return read;
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof DealCalcError) throw error;
    // the store's wording of a file that cannot be read, with an import's hint
    const { code: missingCode, message } = dataMissing(path, code(error));
    throw errorFrom({
      code: missingCode,
      message,
      hint: 'Name a file that exists and that you may read. Nothing was imported.',
    });
  }
  return importText(bytes, format, shown);
}
