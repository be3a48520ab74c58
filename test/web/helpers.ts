import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { parseManifest, type Manifest, type ManifestSeries } from '../../src/store/manifest.js';
import { openPageStore, type PageStore } from '../../src/web/pageStore.js';
import { seriesText } from '../../src/web/seriesText.js';
import { DATA_DIR, ROOT } from '../fx/helpers.js';

export { DATA_DIR, ROOT };

/** The shipped manifest. */
export function shippedManifest(): Manifest {
  const parsed = parseManifest(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8'), 'data/manifest.json');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

/**
 * A page store whose "fetch" reads the shipped files from disk, checked as the page checks
 * them; `fetched` lists every file fetched, in order.
 */
export function diskPageStore(): { tables: PageStore; fetched: string[] } {
  const fetched: string[] = [];
  const fetchSeries = async (series: ManifestSeries) => {
    fetched.push(series.file);
    const bytes = new Uint8Array(readFileSync(join(DATA_DIR, series.file)));
    return seriesText(series, bytes, createHash('sha256').update(bytes).digest('hex'));
  };
  return { tables: openPageStore(shippedManifest(), fetchSeries), fetched };
}

/**
 * A paragraph of our own with four conversions on 15 November 2017 (Fed H.10 that day: 6.6200
 * CNY and 7.8064 HKD per USD, FRED DEXCHUS and DEXHKUS): a right one (exact yuan, 1.5e9 / 6.62
 * = 226.59 million → $226.6 million), a rounded one, an inverted one (100 million × 6.62 = 662
 * million, multiplied where it should divide) and one converted at the wrong currency's rate
 * (HK$ at the yuan rate).
 */
export const FOUR_PAIRS =
  'SHANGHAI, 15 November 2017. The fund paid 1,500,000,000 yuan ($226.6 million) for the stake, and a partner added about 1.5 billion yuan ($227 million).\n' +
  'A smaller deal of 100 million yuan ($662 million) was announced, and a Hong Kong buyer spent HK$1.5 billion ($226.6 million).';

/** One raw HTTP request: the path is sent exactly as given (no URL normalising). */
export function rawGet(
  port: number,
  path: string,
  options: { method?: string; host?: string } = {},
): Promise<{ status: number; type: string; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: options.host ?? `127.0.0.1:${port}` },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type'] ?? ''),
            body,
            headers: res.headers,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}
