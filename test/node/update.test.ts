/**
 * rates update against a local HTTP server on 127.0.0.1 serving fixture files: the real ECB and
 * FRED endpoints are never contacted (the origin is replaced, as DEALCALC_UPDATE_ORIGIN does).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateRates, updateUrl } from '../../src/node/importRates.js';
import { openShippedStore } from '../../src/node/openStore.js';
import { openUserStore } from '../../src/node/userStore.js';
import { dealcalc } from '../cli/helpers.js';
import { c, ROOT } from '../fx/helpers.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'rates');
const shipped = openShippedStore();
const temps: string[] = [];
const servers: Server[] = [];
const requests: string[] = [];

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    handler(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dealcalc-update-'));
  temps.push(dir);
  return dir;
}

let files = '';
let slowHeaders = '';
let slowBody = '';
let declaredHuge = '';
let endless = '';
let missing = '';

beforeAll(async () => {
  files = await serve((req, res) => {
    if (req.url === '/stats/eurofxref/eurofxref-hist.zip') {
      res
        .writeHead(200, { 'content-type': 'application/zip' })
        .end(readFileSync(join(FIXTURES, 'ecb-sample.zip')));
    } else if (req.url === '/graph/fredgraph.csv?id=DEXCHUS,DEXJPUS') {
      res.writeHead(200, { 'content-type': 'text/csv' }).end(readFileSync(join(FIXTURES, 'fred-sample.csv')));
    } else res.writeHead(404).end('not found');
  });
  // Never answers.
  slowHeaders = await serve(() => {});
  // Answers, then stalls in the middle of the body.
  slowBody = await serve((_, res) => {
    res.writeHead(200, { 'content-length': '1000' });
    res.write('Date,USD,\n');
  });
  declaredHuge = await serve((_, res) => {
    res.writeHead(200, { 'content-length': String(10 * 1024 * 1024 * 1024) });
    res.write('Date');
  });
  // No length said, and it never ends: the client must count.
  endless = await serve((_, res) => {
    res.writeHead(200, { 'content-type': 'text/csv' });
    const chunk = Buffer.alloc(64 * 1024, 65);
    const pump = () => {
      while (res.write(chunk)) {
        /* fill the socket */
      }
      res.once('drain', pump);
    };
    res.on('error', () => {});
    pump();
  });
  missing = await serve((_, res) => res.writeHead(404, 'Not Found').end());
});

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('updateUrl', () => {
  it('names the official endpoints, or the same paths on another origin', () => {
    expect(updateUrl('ecb', [])).toBe('https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip');
    expect(updateUrl('fred', ['DEXCHUS'])).toBe('https://fred.stlouisfed.org/graph/fredgraph.csv?id=DEXCHUS');
  });
});

describe('updateRates against a loopback server', () => {
  it('downloads the ECB zip and imports it like a file', async () => {
    const dir = tempDir();
    const summary = await updateRates('ecb', {
      userDir: dir,
      shipped,
      origin: files,
      at: '2026-11-28T09:00:00Z',
    });
    // The user's copy takes the id my-ecb: the shipped table is ecb.
    expect([summary.source, summary.added, summary.url]).toEqual([
      'my-ecb',
      5,
      `${files}/stats/eurofxref/eurofxref-hist.zip`,
    ]);
    const store = openUserStore(dir);
    expect(store?.source('my-ecb').series(c('USD')).valueAt(1)).toBe('1.1745');
    expect(store?.manifest.sources[0]?.imports?.[0]?.file).toBe(
      `${files}/stats/eurofxref/eurofxref-hist.zip`,
    );
  });

  it('downloads the FRED series asked for, and by default those already stored', async () => {
    const dir = tempDir();
    const first = await updateRates('fred', {
      userDir: dir,
      shipped,
      origin: files,
      series: ['dexchus', 'DEXJPUS'],
    });
    expect(first.series.map((s) => s.id)).toEqual(['DEXCHUS', 'DEXJPUS']);
    const again = await updateRates('fred', { userDir: dir, shipped, origin: files });
    expect([again.added, again.unchanged]).toEqual([0, 8]);
    expect(requests.filter((r) => r.startsWith('/graph/'))).toEqual([
      '/graph/fredgraph.csv?id=DEXCHUS,DEXJPUS',
      '/graph/fredgraph.csv?id=DEXCHUS,DEXJPUS',
    ]);
  });

  it.each([
    ['a server that never answers', () => slowHeaders, /no answer within 0\.5 s/],
    ['a server that stalls mid-file', () => slowBody, /not complete within 0\.5 s/],
    [
      'a file that says it is 10 GiB',
      () => declaredHuge,
      /the file is 10737418240 bytes, more than the 1048576 allowed/,
    ],
    ['a file that never ends', () => endless, /the file is more than the 1048576 bytes allowed/],
    ['a 404', () => missing, /the server answered HTTP 404 Not Found/],
  ])('%s: DOWNLOAD_FAILED, nothing written', async (_, origin, message) => {
    const dir = tempDir();
    let error: unknown;
    const started = Date.now();
    try {
      await updateRates('ecb', {
        userDir: join(dir, 'store'),
        shipped,
        origin: origin(),
        timeoutMs: 500,
        maxBytes: 1024 * 1024,
      });
    } catch (e) {
      error = e;
    }
    expect((error as { code?: string }).code).toBe('DOWNLOAD_FAILED');
    expect((error as Error).message).toMatch(message);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(existsSync(join(dir, 'store'))).toBe(false);
  });

  it('a refused connection is DOWNLOAD_FAILED too', async () => {
    const dir = tempDir();
    await expect(
      updateRates('ecb', { userDir: dir, shipped, origin: 'http://127.0.0.1:9', timeoutMs: 2000 }),
    ).rejects.toMatchObject({
      code: 'DOWNLOAD_FAILED',
    });
  });
});

describe('dealcalc rates update (CLI, DEALCALC_UPDATE_ORIGIN)', () => {
  it('updates, then converts with the updated source', async () => {
    const dir = tempDir();
    const env = { DEALCALC_UPDATE_ORIGIN: files, DEALCALC_USER_DIR: dir };
    const r = await dealcalc(['rates', 'update', 'ecb'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`downloaded ${files}/stats/eurofxref/eurofxref-hist.zip`);
    const converted = await dealcalc(
      ['convert', '1.5 billion yuan', 'USD', '--on', '2017-11-14', '--source', 'my-ecb', '--value'],
      { env },
    );
    expect(converted.stdout).toBe('226010262.99\n');
  });

  it('--timeout bounds the download', async () => {
    const r = await dealcalc(['rates', 'update', 'ecb', '--timeout', '1'], {
      env: { DEALCALC_UPDATE_ORIGIN: slowHeaders, DEALCALC_USER_DIR: tempDir() },
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/no answer within 1 s/);
  });
});
