/**
 * The text of a fetched series file, once its bytes are proven to be the ones the manifest names:
 * within the size limit, and of the manifest's sha256. A table that does not match is refused
 * (DATA_CORRUPT), never used.
 */
import { errorFrom } from '../errors.js';
import type { ManifestSeries } from '../store/manifest.js';
import { dataCorrupt } from '../store/storeErrors.js';

/** The largest series file the page accepts, as the command line does. */
export const MAX_SERIES_BYTES = 64 * 1024 * 1024;

/**
 * Checks a fetched series file and decodes it.
 *
 * @param series - the manifest's entry for the file
 * @param bytes - the bytes fetched
 * @param sha256 - their digest, lower-case hex
 * @returns the text (UTF-8)
 * @throws DealCalcError DATA_CORRUPT when the size or the checksum is wrong
 *
 * @example
 * const series = openShippedStore().manifest.sources[0].series[0];
 * seriesText(series, new Uint8Array([1]), '00') // throws DATA_CORRUPT
 */
export function seriesText(series: ManifestSeries, bytes: Uint8Array, sha256: string): string {
  if (bytes.length > MAX_SERIES_BYTES) {
    throw errorFrom(
      dataCorrupt(
        `${series.file} is ${bytes.length} bytes, more than the ${MAX_SERIES_BYTES} a rate table may have`,
      ),
    );
  }
  if (sha256 !== series.sha256) {
    throw errorFrom(dataCorrupt(`${series.file} does not match its checksum in manifest.json`));
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
