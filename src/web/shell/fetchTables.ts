/**
 * Fetching the rate tables: the manifest, then each series file when the core first asks for it,
 * from the folder `data/` beside the page (same origin, nothing else). Every series is checked
 * against the manifest's sha256 before use: with crypto.subtle.digest where the browser offers it
 * (secure origins), else with the page's own SHA-256.
 */
import { errorFrom } from '../../errors.js';
import { parseManifest, type Manifest, type ManifestSeries } from '../../store/manifest.js';
import { dataMissing } from '../../store/storeErrors.js';
import type { SeriesFetcher } from '../pageStore.js';
import { seriesText } from '../seriesText.js';
import { sha256Hex } from '../sha256.js';

async function fetchBytes(url: URL, shown: string): Promise<Uint8Array<ArrayBuffer>> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', redirect: 'error' });
  } catch (error) {
    throw errorFrom(dataMissing(shown, error instanceof Error ? error.message : String(error)));
  }
  if (!response.ok) throw errorFrom(dataMissing(shown, `HTTP ${response.status}`));
  return new Uint8Array(await response.arrayBuffer());
}

async function digestHex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return sha256Hex(bytes);
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Fetches and checks the manifest of the tables beside the page.
 */
export async function fetchManifest(dataUrl: URL): Promise<Manifest> {
  const shown = 'data/manifest.json';
  const bytes = await fetchBytes(new URL('manifest.json', dataUrl), shown);
  const manifest = parseManifest(new TextDecoder().decode(bytes), shown);
  if (!manifest.ok) throw errorFrom(manifest.error);
  return manifest.value;
}

/**
 * The manifest of the user's own tables that `dealcalc serve` offers beside the page (under
 * user/), or undefined when there are none (a plain static server, no user store): each source
 * named as the user's.
 */
export async function fetchUserManifest(userUrl: URL): Promise<Manifest | undefined> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await fetchBytes(new URL('manifest.json', userUrl), 'user/manifest.json');
  } catch {
    return undefined;
  }
  const manifest = parseManifest(new TextDecoder().decode(bytes), 'user/manifest.json');
  if (!manifest.ok) throw errorFrom(manifest.error);
  return {
    format: 1,
    sources: manifest.value.sources.map((s) => ({ ...s, name: `${s.name} (yours, from dealcalc serve)` })),
  };
}

/**
 * The series fetcher of the page: each file from `dataUrl`, checked against its sha256.
 *
 * @param dataUrl - the tables' folder, e.g. new URL('data/', location.href)
 * @param onFetch - told of each file as its fetch starts (for the status line)
 */
export function seriesFetcher(
  dataUrl: URL,
  onFetch: (series: ManifestSeries) => void = () => {},
): SeriesFetcher {
  return async (series) => {
    onFetch(series);
    const shown = `${new URL(dataUrl).pathname.split('/').filter(Boolean).pop() ?? 'data'}/${series.file}`;
    const bytes = await fetchBytes(new URL(series.file, dataUrl), shown);
    return seriesText(series, bytes, await digestHex(bytes));
  };
}
