/**
 * Headless Chromium for the page's tests: Debian's /usr/bin/chromium driven by playwright-core
 * (nothing is downloaded), a fresh profile each time, and the flags that keep it off the network.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from './helpers.js';

/** A control of the page, as the tests' functions that run inside it use one. */
export interface PageControl {
  readonly type?: string;
  readonly labels?: { readonly length: number } | null;
  readonly textContent: string | null;
  readonly outerHTML: string;
  getAttribute(name: string): string | null;
  closest(selector: string): unknown;
}

/** The page's document, as the tests' functions that run inside it use it (their types have no DOM). */
export interface PageDocument {
  readonly documentElement: { readonly dataset: Record<string, string | undefined> };
  readonly activeElement: {
    readonly id: string;
    readonly className: string;
    readonly textContent: string | null;
  } | null;
  getElementById(id: string): { readonly textContent: string | null } | null;
  querySelectorAll(selector: string): Iterable<PageControl>;
}

declare const document: PageDocument;

export const CHROMIUM = '/usr/bin/chromium';
/** Why the browser tests are skipped, or null when they run. */
export const NO_BROWSER = existsSync(CHROMIUM)
  ? null
  : `${CHROMIUM} is missing (Debian's chromium package; .ci/run installs it)`;

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A headless Chromium with a fresh profile; close() also removes the profile. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'dealcalc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Builds the page, tables included, into a fresh folder. */
export function buildPage(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dealcalc-web-'));
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-web.mjs'), '--out', dir, '--quiet'], {
    stdio: 'pipe',
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'application/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv',
};

/**
 * A plain static file server, as any host would be: files under a folder by their path, nothing
 * dealcalc-specific (not `dealcalc serve`).
 */
export async function plainStaticServer(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Waits until the story panel has finished one more run than `before`. */
export async function storyRun(page: Page, before: number): Promise<number> {
  await page.waitForFunction((n) => Number(document.documentElement.dataset.storyRuns ?? '0') > n, before);
  return storyRuns(page);
}

/** How many story runs have finished. */
export async function storyRuns(page: Page): Promise<number> {
  return Number(await page.evaluate(() => document.documentElement.dataset.storyRuns ?? '0'));
}
