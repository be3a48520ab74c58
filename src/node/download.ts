import { errorFrom, DealCalcError } from '../errors.js';

/** How a download is bounded. */
export interface DownloadLimits {
  /** Abort when the whole download (connection, headers and body) takes longer. */
  readonly timeoutMs: number;
  /** Abort when the body is larger (said up front by Content-Length, or counted as it comes). */
  readonly maxBytes: number;
}

function failed(url: string, reason: string): DealCalcError {
  return errorFrom({
    code: 'DOWNLOAD_FAILED',
    message: `cannot download ${url}: ${reason}`,
    hint: 'Nothing was changed. Check the connection and try again, or download the file yourself and import it.',
  });
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
 * or held in memory.
 *
 * @param url - what to download
 * @param limits - the time and size limits
 * @returns the body's bytes
 * @throws DealCalcError DOWNLOAD_FAILED naming the URL and why (HTTP status, timeout, size, network)
 *
 * @example
 * await download('http://127.0.0.1:9/none', { timeoutMs: 2000, maxBytes: 100 }) // throws DOWNLOAD_FAILED
 */
export async function download(url: string, limits: DownloadLimits): Promise<Uint8Array> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  const seconds = `${(limits.timeoutMs / 1000).toFixed(limits.timeoutMs % 1000 === 0 ? 0 : 1)} s`;
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, redirect: 'follow' });
    } catch (error) {
      throw failed(url, timedOut ? `no answer within ${seconds}` : reasonOf(error));
    }
    if (!response.ok) {
      controller.abort();
      throw failed(url, `the server answered HTTP ${response.status} ${response.statusText}`.trim());
    }
    const declared = response.headers.get('content-length');
    if (declared !== null && /^\d+$/.test(declared) && parseInt(declared, 10) > limits.maxBytes) {
      controller.abort();
      throw failed(url, `the file is ${declared} bytes, more than the ${limits.maxBytes} allowed`);
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    const reader = response.body?.getReader();
    if (reader === undefined) return new Uint8Array(0);
    for (;;) {
      let chunk: Awaited<ReturnType<typeof reader.read>>;
      try {
        chunk = await reader.read();
      } catch (error) {
        throw failed(url, timedOut ? `not complete within ${seconds}` : reasonOf(error));
      }
      if (chunk.done) break;
      total += chunk.value.length;
      if (total > limits.maxBytes) {
        controller.abort();
        throw failed(url, `the file is more than the ${limits.maxBytes} bytes allowed`);
      }
      chunks.push(chunk.value);
    }
    return Buffer.concat(chunks);
  } finally {
    clearTimeout(timer);
  }
}
