/**
 * The server of `dealcalc serve`: the built page and the rate tables, and nothing else. What it
 * serves is a list made from manifests (the page's files, manifest.json, and the series files the
 * manifest names; under /user/, the user's own store's manifest.json and the files it names, its
 * list read again each time the page asks for that manifest, so an import made while serving is
 * seen on reload); a request for anything else is 404, whatever its spelling: no path
 * is ever built from a URL, so "..", encoded separators, absolute paths and the like cannot
 * reach a file. Each file is read through the checked reader of the data folder (inside its
 * folder once links are resolved, a regular file, within a size limit, the manifest's sha256 for
 * a series). No directory listings; loopback by default, and on loopback a request must name the
 * server's own host (a page elsewhere cannot reach it through DNS rebinding).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { errorFrom, DealCalcError } from '../errors.js';
import { parseManifest } from '../store/manifest.js';
import { shippedDataDir } from './dataDir.js';
import { cannotListen } from './nodeErrors.js';
import { MAX_MANIFEST_BYTES, MAX_SERIES_BYTES, readDataFile } from './readDataFile.js';

/** The files of the built page (scripts/build-web.mjs writes them). */
export const PAGE_FILES = ['index.html', 'app.js', 'style.css'] as const;

/** What the server serves: the built page's folder, the rate tables' folder, and the user's. */
export interface StaticSite {
  readonly pageDir: string;
  readonly dataDir: string;
  /** The user's own rate folder (imported tables), served read-only under /user/ when it has a store. */
  readonly userDir?: string;
}

/** Where and what to serve. */
export interface StaticServerOptions extends StaticSite {
  /** The address to bind (default 127.0.0.1). */
  readonly host?: string;
  /** The port; 0 picks a free one (default 0). */
  readonly port?: number;
}

/** A server that is listening. */
export interface RunningServer {
  /** The address to open, e.g. http://127.0.0.1:8080/. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** Stops listening and ends open connections. */
  close(): Promise<void>;
}

/** One file the server may send. */
interface ServedFile {
  readonly dir: string;
  readonly file: string;
  readonly type: string;
  readonly limit: number;
  readonly sha256?: string;
}

const PAGE_LIMIT = 16 * 1024 * 1024;

const TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};

/** A URL path the server may know: plain ASCII path characters only, nothing encoded. */
const PLAIN_PATH = /^\/[A-Za-z0-9._/-]{0,300}$/;

function typeOf(file: string): string {
  return TYPES[file.slice(file.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}

/**
 * The folder of the built page inside the package (dist/web beside data/).
 *
 * @example
 * webPageDir().endsWith('web') //=> true
 */
export function webPageDir(): string {
  return join(dirname(shippedDataDir()), 'dist', 'web');
}

/**
 * Every URL path the server answers, and the file behind it: the page's files and the tables the
 * manifest names (under /data/). The manifest is read and checked once, here.
 *
 * @param site - the page's and the tables' folders
 * @returns the map of URL paths to files
 * @throws DealCalcError DATA_MISSING or DATA_CORRUPT when the manifest cannot be read
 *
 * @example
 * const files = servedFiles({ pageDir: webPageDir(), dataDir: shippedDataDir() });
 * [files.has('/'), files.has('/data/fred-h10/CHUS.csv'), files.has('/data/../package.json')] //=> [true, true, false]
 */
export function servedFiles(site: StaticSite): ReadonlyMap<string, ServedFile> {
  const files = new Map<string, ServedFile>();
  for (const file of PAGE_FILES) {
    files.set(`/${file}`, { dir: site.pageDir, file, type: typeOf(file), limit: PAGE_LIMIT });
  }
  const index = files.get('/index.html');
  if (index) files.set('/', index);
  const manifestText = readDataFile(site.dataDir, 'manifest.json', MAX_MANIFEST_BYTES);
  const manifest = parseManifest(manifestText, join(site.dataDir, 'manifest.json'));
  if (!manifest.ok) throw errorFrom(manifest.error);
  files.set('/data/manifest.json', {
    dir: site.dataDir,
    file: 'manifest.json',
    type: typeOf('manifest.json'),
    limit: MAX_MANIFEST_BYTES,
  });
  for (const source of manifest.value.sources) {
    for (const series of source.series) {
      files.set(`/data/${series.file}`, {
        dir: site.dataDir,
        file: series.file,
        type: typeOf(series.file),
        limit: MAX_SERIES_BYTES,
        sha256: series.sha256,
      });
    }
  }
  return files;
}

/**
 * The user's own tables as the server offers them, read-only: /user/manifest.json and the series
 * files it names (each with its sha256), from the store's own list; empty when the folder holds
 * no store yet. A manifest that does not check is not served (the page says the tables are missing).
 *
 * @param userDir - the user's rate folder
 * @returns the map of URL paths (under /user/) to files
 *
 * @example
 * userServedFiles('/nonexistent/dealcalc').size //=> 0
 */
export function userServedFiles(userDir: string): ReadonlyMap<string, ServedFile> {
  const files = new Map<string, ServedFile>();
  let text: string;
  try {
    text = readDataFile(userDir, 'manifest.json', MAX_MANIFEST_BYTES);
  } catch {
    return files;
  }
  const manifest = parseManifest(text, join(userDir, 'manifest.json'));
  if (!manifest.ok) return files;
  files.set('/user/manifest.json', {
    dir: userDir,
    file: 'manifest.json',
    type: typeOf('manifest.json'),
    limit: MAX_MANIFEST_BYTES,
  });
  for (const source of manifest.value.sources) {
    for (const series of source.series) {
      files.set(`/user/${series.file}`, {
        dir: userDir,
        file: series.file,
        type: typeOf(series.file),
        limit: MAX_SERIES_BYTES,
        sha256: series.sha256,
      });
    }
  }
  return files;
}

/**
 * Whether a host name or address is this machine's loopback.
 *
 * @example
 * [isLoopbackHost('127.0.0.1'), isLoopbackHost('localhost'), isLoopbackHost('::1'), isLoopbackHost('0.0.0.0')] //=> [true, true, true, false]
 */
export function isLoopbackHost(host: string): boolean {
  return (
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) || host === '::1' || host.toLowerCase() === 'localhost'
  );
}

function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::';
}

function hostForUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string,
  head: boolean,
  extra: Record<string, string> = {},
): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-cache',
    ...extra,
  });
  response.end(head ? undefined : body);
}

/**
 * The request handler: the listed files for GET and HEAD, 404 for any other path, 405 for any
 * other method, 403 for a Host the server does not answer to.
 *
 * @param files - servedFiles' map
 * @param hostAllowed - whether a request's Host header names this server
 * @param userFiles - the user's tables (userServedFiles), listed again when asked for their manifest
 *
 * @example
 * typeof staticHandler(new Map(), () => true) //=> 'function'
 */
export function staticHandler(
  files: ReadonlyMap<string, ServedFile>,
  hostAllowed: (host: string | undefined) => boolean,
  userFiles: () => ReadonlyMap<string, ServedFile> = () => new Map(),
): (request: IncomingMessage, response: ServerResponse) => void {
  let user: ReadonlyMap<string, ServedFile> | undefined;
  return (request, response) => {
    const head = request.method === 'HEAD';
    if (request.method !== 'GET' && !head) {
      send(response, 405, 'text/plain; charset=utf-8', 'method not allowed\n', false, { Allow: 'GET, HEAD' });
      return;
    }
    if (!hostAllowed(request.headers.host)) {
      send(response, 403, 'text/plain; charset=utf-8', 'this server answers to its own address only\n', head);
      return;
    }
    const target = request.url ?? '';
    const query = target.indexOf('?');
    const path = query === -1 ? target : target.slice(0, query);
    if (path === '/user/manifest.json' || (user === undefined && path.startsWith('/user/')))
      user = userFiles();
    const served = PLAIN_PATH.test(path) ? (files.get(path) ?? user?.get(path)) : undefined;
    if (served === undefined) {
      send(response, 404, 'text/plain; charset=utf-8', 'not found\n', head);
      return;
    }
    let body: string;
    try {
      body = readDataFile(served.dir, served.file, served.limit, served.sha256);
    } catch (error) {
      // A file that is missing, damaged or leads out of its folder is not served.
      const missing = error instanceof DealCalcError && error.code === 'DATA_MISSING';
      send(
        response,
        missing ? 404 : 500,
        'text/plain; charset=utf-8',
        missing ? 'not found\n' : 'not served\n',
        head,
      );
      return;
    }
    send(response, 200, served.type, body, head);
  };
}

function hostCheck(bound: string, port: number): (host: string | undefined) => boolean {
  if (isWildcard(bound)) return () => true;
  const names = new Set([`${hostForUrl(bound)}:${port}`.toLowerCase()]);
  if (isLoopbackHost(bound))
    for (const name of ['127.0.0.1', 'localhost', '[::1]']) names.add(`${name}:${port}`);
  return (host) => host !== undefined && names.has(host.toLowerCase());
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): DealCalcError {
  const where = `${hostForUrl(host)}:${port}`;
  const reason =
    error.code === 'EADDRINUSE'
      ? `port ${port} is already in use`
      : error.code === 'EACCES'
        ? `this user may not listen on port ${port}`
        : error.code === 'EADDRNOTAVAIL'
          ? `${host} is not an address of this machine`
          : error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN'
            ? `the host name ${host} does not resolve`
            : (error.code ?? error.message);
  return cannotListen(where, reason);
}

/**
 * Starts serving the page and the tables.
 *
 * @param options - the folders, the host and the port
 * @returns the running server, with its address
 * @throws DealCalcError SERVE_CANNOT_LISTEN (the port is taken, the host is not this machine's)
 *   or DATA_* (the tables' manifest cannot be read)
 *
 * @example
 * const server = await startStaticServer({ pageDir: webPageDir(), dataDir: shippedDataDir(), port: 0 });
 * server.url.startsWith('http://127.0.0.1:') //=> true
 * await server.close();
 */
export async function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const files = servedFiles(options);
  let check: (host: string | undefined) => boolean = () => false;
  const userDir = options.userDir;
  const server: Server = createServer(
    staticHandler(files, (h) => check(h), userDir === undefined ? undefined : () => userServedFiles(userDir)),
  );
  // Listen on the port asked for; every error of binding becomes one clear DealCalcError.
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(listenError(error, host, options.port ?? 0)),
    );
    server.listen({ host, port: options.port ?? 0, exclusive: true }, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : (options.port ?? 0);
  check = hostCheck(host, port);
  const shown = isWildcard(host) ? '127.0.0.1' : host;
  return {
    url: `http://${hostForUrl(shown)}:${port}/`,
    host,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
