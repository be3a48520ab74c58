/**
 * Every error of the rate store, in one place: missing, damaged or not-yet-loaded tables. Each
 * names the file and what is wrong; each hint says what to change.
 */
import { errorInfo, hinted, type ErrorInfo } from '../errors.js';
import { REGENERATE_TABLES } from '../fx/fxErrors.js';

// A table that fx/ reads and finds damaged is DATA_CORRUPT too: that builder lives in fx/ (below store/).
export { dataCorrupt } from '../fx/fxErrors.js';

/**
 * A data file that cannot be read at all.
 *
 * @example
 * dataMissing('data/manifest.json', 'ENOENT').code //=> 'DATA_MISSING'
 */
export function dataMissing(file: string, reason: string): ErrorInfo {
  return errorInfo({
    code: 'DATA_MISSING',
    message: `cannot read ${file} (${reason})`,
    ...hinted(REGENERATE_TABLES),
  });
}

/**
 * A series a shell has not supplied yet (a browser fetches tables lazily; see requiredFiles).
 *
 * @example
 * dataNotLoaded('fred-h10/CHUS.csv').code //=> 'DATA_NOT_LOADED'
 */
export function dataNotLoaded(file: string): ErrorInfo {
  return errorInfo({
    code: 'DATA_NOT_LOADED',
    message: `the rate table ${file} has not been loaded`,
    hint: 'Load the files that requiredFiles names before asking, then ask again.',
  });
}

/**
 * A source id the store does not hold.
 *
 * @example
 * sourceUnknown('ecb', ['fred-h10', 'imf']).message //=> 'unknown rate source "ecb"'
 */
export function sourceUnknown(id: string, known: readonly string[]): ErrorInfo {
  return errorInfo({
    code: 'SOURCE_UNKNOWN',
    message: id === '' ? 'the rate source is empty' : `unknown rate source "${id}"`,
    ...hinted(`Use one of: ${known.join(', ')} as the {source}.`),
  });
}

/**
 * A source named by a key of a file (a scenario's `fx.source`) that is not among the sources
 * given; `neededFor` says which figure needed a rate. The error keeps the key as its path.
 *
 * @example
 * sourceUnknownAtKey('fx.source', 'ecb', ['fred-h10', 'imf'], 'rounds[0].preMoney, "€8M"').message
 * //=> 'fx.source: no rate source named "ecb" (needed for rounds[0].preMoney, "€8M")'
 * sourceUnknownAtKey('fx.source', 'ecb', [], 'x').hint //=> 'Sources: (none given).'
 */
export function sourceUnknownAtKey(
  key: string,
  id: string,
  known: readonly string[],
  neededFor: string,
): ErrorInfo & { readonly path: string } {
  return errorInfo({
    code: 'SOURCE_UNKNOWN',
    path: key,
    message: `${key}: no rate source named "${id}" (needed for ${neededFor})`,
    hint: `Sources: ${known.join(', ') || '(none given)'}.`,
  });
}
