import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/node/importRates.js';
import { openShippedStore } from '../../src/node/openStore.js';
import { startStaticServer, type RunningServer } from '../../src/node/staticServer.js';
import { DATA_DIR, rawGet } from './helpers.js';

const page = mkdtempSync(join(tmpdir(), 'dealcalc-page-'));
writeFileSync(join(page, 'index.html'), '<!doctype html><title>t</title>');
writeFileSync(join(page, 'style.css'), 'body{}');
// The bundle is a link that leads out of the page's folder: it must not be served.
symlinkSync('/etc/hostname', join(page, 'app.js'));
writeFileSync(join(page, 'secret.txt'), 'not part of the page');
let server: RunningServer;

beforeAll(async () => {
  server = await startStaticServer({ pageDir: page, dataDir: DATA_DIR, port: 0 });
});
afterAll(async () => {
  await server.close();
  rmSync(page, { recursive: true, force: true });
});

describe('the static server of dealcalc serve (issue 12)', () => {
  it('listens on 127.0.0.1 on a free port and says where', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.port).toBeGreaterThan(0);
  });

  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/index.html', 'text/html; charset=utf-8'],
    ['/style.css', 'text/css; charset=utf-8'],
    ['/data/manifest.json', 'application/json; charset=utf-8'],
    ['/data/fred-h10/CHUS.csv', 'text/csv; charset=utf-8'],
    ['/data/imf/CNY.csv?v=1', 'text/csv; charset=utf-8'],
  ])('serves %s as %s, with nosniff and a strict content policy', async (path, type) => {
    const r = await rawGet(server.port, path);
    expect([r.status, r.type]).toEqual([200, type]);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(String(r.headers['content-security-policy'])).toContain("default-src 'none'");
  });

  it('serves the Fed series as shipped (2017-11-15: 6.62 CNY per USD)', async () => {
    const r = await rawGet(server.port, '/data/fred-h10/CHUS.csv');
    expect(r.body).toContain('\n2017-11-15,6.62\n');
  });

  it.each([
    '/../package.json',
    '/data/../package.json',
    '/data/%2e%2e/package.json',
    '/data/%2E%2E%2Fpackage.json',
    '/data/..%2fpackage.json',
    '/data/fred-h10/..%5c..%5cpackage.json',
    '/%2fetc%2fpasswd',
    '//etc/passwd',
    '/etc/passwd',
    '/data/',
    '/data',
    '/data/fred-h10/',
    '/data/fred-h10/CHUS.csv/',
    '/data/fred-h10/CHUS.CSV',
    '/data/fred-h10/NOPE.csv',
    '/secret.txt',
    '/index.html%00.css',
    '/index.html\\..\\package.json',
    'http://example.org/index.html',
    '*',
  ])('refuses %s (not a file it serves): 404', async (path) => {
    const r = await rawGet(server.port, path);
    expect(r.status).toBe(404);
    expect(r.body).toBe('not found\n');
  });

  it('refuses a file that is a link leading out of its folder', async () => {
    const r = await rawGet(server.port, '/app.js');
    expect(r.status).toBe(500);
    expect(r.body).toBe('not served\n');
    expect(readFileSync('/etc/hostname', 'utf8')).not.toBe('');
  });

  it('answers GET and HEAD only, and only to its own address (no DNS rebinding)', async () => {
    expect((await rawGet(server.port, '/', { method: 'POST' })).status).toBe(405);
    expect((await rawGet(server.port, '/', { method: 'PUT' })).status).toBe(405);
    const head = await rawGet(server.port, '/', { method: 'HEAD' });
    expect([head.status, head.body]).toEqual([200, '']);
    expect((await rawGet(server.port, '/', { host: 'attacker.example' })).status).toBe(403);
    expect((await rawGet(server.port, '/', { host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('says plainly when the port is taken (SERVE_CANNOT_LISTEN)', async () => {
    await expect(
      startStaticServer({ pageDir: page, dataDir: DATA_DIR, port: server.port }),
    ).rejects.toMatchObject({
      code: 'SERVE_CANNOT_LISTEN',
      message: `cannot serve on 127.0.0.1:${server.port}: port ${server.port} is already in use`,
    });
  });
});

describe('the user’s own tables under /user/ (issue 18)', () => {
  const userDir = mkdtempSync(join(tmpdir(), 'dealcalc-user-'));
  let served: RunningServer;
  beforeAll(async () => {
    served = await startStaticServer({ pageDir: page, dataDir: DATA_DIR, userDir, port: 0 });
  });
  afterAll(async () => {
    await served.close();
    rmSync(userDir, { recursive: true, force: true });
  });

  it('serves nothing under /user/ before the user has a store, and the store’s files once it has one', async () => {
    expect((await rawGet(served.port, '/user/manifest.json')).status).toBe(404);
    const file = join(mkdtempSync(join(tmpdir(), 'dealcalc-house-')), 'house.csv');
    writeFileSync(file, 'date,base,quote,rate\n2026-12-01,USD,CNY,7.1000\n');
    importFile('csv', file, {
      userDir,
      shipped: openShippedStore(),
      as: 'house',
      at: '2026-12-07T00:00:00Z',
    });
    const manifest = await rawGet(served.port, '/user/manifest.json');
    expect(manifest.status).toBe(200);
    const series = (JSON.parse(manifest.body) as { sources: { series: { file: string }[] }[] }).sources[0]
      ?.series[0]?.file as string;
    const csv = await rawGet(served.port, `/user/${series}`);
    expect([csv.status, csv.body]).toEqual([200, 'date,value\n2026-12-01,7.1000\n']);
  });

  it.each([
    '/user/',
    '/user/../data/manifest.json',
    '/user/.lock',
    '/user/house',
    '/user/%2e%2e/manifest.json',
  ])('answers %s with 404: only the files the manifest names', async (path) => {
    writeFileSync(join(userDir, '.lock'), '1');
    expect((await rawGet(served.port, path)).status).toBe(404);
    rmSync(join(userDir, '.lock'), { force: true });
  });
});
