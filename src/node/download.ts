import { isIP } from 'node:net';
import type { DealCalcError } from '../errors.js';
import { inline } from '../text/inlineText.js';
import { downloadFailed } from './nodeErrors.js';

/** How a download is bounded. */
/** The download error, its address and reason made one line each. */
function downloadFailedAt(url: string, reason: string): DealCalcError {
  return downloadFailed(inline(url), inline(reason));
}

export interface DownloadLimits {
  /** Abort when the whole download (connection, headers and body) takes longer. */
  readonly timeoutMs: number;
  /** Abort when the body is larger (said up front by Content-Length, or counted as it comes). */
  readonly maxBytes: number;
}

/**
 * Where a download may be redirected: the same scheme, and the first URL's own host and port or
 * one of `hosts` (the publisher's), never an address that is loopback, link-local or private
 * (unless it is the first URL's own host, which the user chose). `resolve` gives a host name's
 * addresses (default: the system's resolver); tests inject both.
 */
export interface RedirectPolicy {
  readonly hosts?: readonly string[];
  readonly resolve?: (host: string) => Promise<readonly string[]>;
  /** At most this many redirects (default 5). */
  readonly maxRedirects?: number;
}

/**
 * Whether an IP address is loopback, link-local, private, unspecified or otherwise not on the
 * public internet (IPv4 and IPv6, IPv4-mapped IPv6 included).
 *
 * @example
 * isPrivateAddress('127.0.0.1') //=> true
 * isPrivateAddress('169.254.169.254') //=> true
 * isPrivateAddress('10.1.2.3') //=> true
 * isPrivateAddress('::ffff:192.168.0.1') //=> true
 * isPrivateAddress('fe80::1') //=> true
 * isPrivateAddress('8.8.8.8') //=> false
 */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const ip = mapped ? (mapped[1] as string) : address.replace(/^\[|\]$/g, '');
  if (isIP(ip) === 4) {
    const [a, b] = ip.split('.').map(Number) as [number, number];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      a >= 224
    );
  }
  if (isIP(ip) === 6) {
    const lower = ip.toLowerCase();
    return (
      lower === '::' ||
      lower === '::1' ||
      /^fe[89ab]/.test(lower) ||
      /^f[cd]/.test(lower) ||
      /^ff/.test(lower)
    );
  }
  return false;
}

async function systemResolve(host: string): Promise<readonly string[]> {
  const { lookup } = await import('node:dns/promises');
  return (await lookup(host, { all: true })).map((a) => a.address);
}

/** Why a redirect from `first` to `next` is not followed, or undefined when it may be. */
async function redirectRefusal(first: URL, next: URL, policy: RedirectPolicy): Promise<string | undefined> {
  if (next.protocol !== first.protocol) return `to another scheme (${next.protocol.replace(':', '')})`;
  if (next.host === first.host) return undefined;
  const allowed = (policy.hosts ?? []).includes(next.hostname) && next.port === '';
  if (!allowed) return `to another host (${next.host})`;
  const host = next.hostname.replace(/^\[|\]$/g, '');
  let addresses: readonly string[];
  try {
    addresses = isIP(host) !== 0 ? [host] : await (policy.resolve ?? systemResolve)(host);
  } catch (error) {
    return `to ${next.host}, which does not resolve (${reasonOf(error)})`;
  }
  const inner = addresses.find(isPrivateAddress);
  return inner === undefined
    ? undefined
    : `to ${next.host}, a loopback, link-local or private address (${inner})`;
}

function reasonOf(error: unknown): string {
  if (error && typeof error === 'object') {
    const cause =
      'cause' in error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
    if (cause?.code) return cause.code;
    if (cause?.message) return cause.message;
    if ('message' in error) return String(error.message);
  }
  return String(error);
}

/**
 * Downloads a file over HTTP(S) with a time limit for the whole transfer and a size limit on
 * the body: a server that stalls, or sends more than the limit, is cut off, never waited for
 * or held in memory. Redirects are followed only as `policy` allows (see RedirectPolicy).
 *
 * @param url - what to download
 * @param limits - the time and size limits
 * @param policy - where redirects may lead (default: the same scheme, host and port only)
 * @returns the body's bytes
 * @throws DealCalcError DOWNLOAD_FAILED naming the URL and why (HTTP status, timeout, size, network, a refused redirect)
 *
 * @example
 * await download('http://127.0.0.1:9/none', { timeoutMs: 2000, maxBytes: 100 }) // throws DOWNLOAD_FAILED
 */
export async function download(
  url: string,
  limits: DownloadLimits,
  policy: RedirectPolicy = {},
): Promise<Uint8Array> {
  return (await downloadFrom(url, limits, policy)).bytes;
}

/**
 * As download, also giving the URL the bytes finally came from (after redirects), for provenance.
 *
 * @example
 * await downloadFrom('http://127.0.0.1:9/none', { timeoutMs: 2000, maxBytes: 100 }) // throws DOWNLOAD_FAILED
 */
export async function downloadFrom(
  url: string,
  limits: DownloadLimits,
  policy: RedirectPolicy = {},
): Promise<{ readonly bytes: Uint8Array; readonly url: string }> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  const seconds = `${(limits.timeoutMs / 1000).toFixed(limits.timeoutMs % 1000 === 0 ? 0 : 1)} s`;
  const first = new URL(url);
  let current = first;
  try {
    let response: Response;
    for (let hops = 0; ; hops += 1) {
      try {
        response = await fetch(current, { signal: controller.signal, redirect: 'manual' });
      } catch (error) {
        throw downloadFailedAt(current.href, timedOut ? `no answer within ${seconds}` : reasonOf(error));
      }
      const location = response.headers.get('location');
      if (response.status < 300 || response.status > 399 || location === null) break;
      await response.body?.cancel();
      if (hops >= (policy.maxRedirects ?? 5))
        throw downloadFailedAt(url, `more than ${policy.maxRedirects ?? 5} redirects`);
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        throw downloadFailedAt(current.href, 'the server redirected to something that is not a URL');
      }
      const refusal = await redirectRefusal(first, next, policy);
      if (refusal !== undefined)
        throw downloadFailedAt(current.href, `the server redirected ${refusal}, which is not followed`);
      current = next;
    }
    const finalUrl = current.href;
    if (!response.ok) {
      controller.abort();
      throw downloadFailedAt(
        finalUrl,
        `the server answered HTTP ${response.status} ${response.statusText}`.trim(),
      );
    }
    const declared = response.headers.get('content-length');
    if (declared !== null && /^\d+$/.test(declared) && parseInt(declared, 10) > limits.maxBytes) {
      controller.abort();
      throw downloadFailedAt(
        finalUrl,
        `the file is ${declared} bytes, more than the ${limits.maxBytes} allowed`,
      );
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    const reader = response.body?.getReader();
    if (reader === undefined) return { bytes: new Uint8Array(0), url: finalUrl };
    for (;;) {
      let chunk: Awaited<ReturnType<typeof reader.read>>;
      try {
        chunk = await reader.read();
      } catch (error) {
        throw downloadFailedAt(finalUrl, timedOut ? `not complete within ${seconds}` : reasonOf(error));
      }
      if (chunk.done) break;
      total += chunk.value.length;
      if (total > limits.maxBytes) {
        controller.abort();
        throw downloadFailedAt(finalUrl, `the file is more than the ${limits.maxBytes} bytes allowed`);
      }
      chunks.push(chunk.value);
    }
    return { bytes: Buffer.concat(chunks), url: finalUrl };
  } finally {
    clearTimeout(timer);
  }
}
