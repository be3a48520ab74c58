/**
 * The streaming shell of `dealcalc convert --batch`: reads a file or standard input in chunks,
 * feeds the batch core, writes its output as it comes (waiting when stdout is full), reports each
 * row that fails on stderr, draws a progress line on a terminal when the run is long, and ends
 * with a summary line. Memory stays flat: one chunk in, one chunk's output out, at a time.
 */
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createBatchConversion } from '../batch/batchConversion.js';
import type { BatchOutput, BatchRequest, RowFailure } from '../batch/types.js';
import { errorFrom, DealCalcError, renderHint, wordsForSetting, type Setting } from '../errors.js';
import { cliSettingName } from './hints.js';
import { renderProgress, renderSummary } from './batchProgress.js';
import type { CommandContext } from './context.js';
import { exitCodeFor } from './exitCode.js';
import { storeFor, type StoreFolders } from './openStore.js';
import { renderErrorText } from './render/error.js';
import { batchInputUnreadable } from './cliErrors.js';

/** Bytes read at a time: the output of 32 KiB stays below the size V8 allocates as a large object. */
const CHUNK_BYTES = 1 << 15;
/** A run is long, and draws progress on a terminal, after this many milliseconds. */
const LONG_RUN_MS = 1000;
const REDRAW_MS = 100;

/**
 * Milliseconds from an arbitrary start, for the progress line and the summary: process.hrtime,
 * not performance.now(), whose global loads perf_hooks and eleven modules of it (about 1.3 ms).
 */
function elapsedClock(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** What the shell runs: the input, the folders of the rate store, and the core's request. */
export interface BatchRun {
  /** A file name, or "-" for standard input. */
  readonly file: string;
  /** --data-dir and --user-dir as given: the store is opened as every other command opens it. */
  readonly folders: StoreFolders;
  readonly request: BatchRequest;
}

/** Where a batch names a setting otherwise than a single conversion: dates come from a column. */
const BATCH_FLAGS: Partial<Record<Setting, string>> = { date: '--date-column', to: '--to' };

/**
 * Names settings in a batch's hints: the date is the row's own (its column), the target is --to,
 * the rest are convert's flags.
 *
 * @example
 * batchSettingName('maxAgeDays', '9') //=> '--max-age 9'
 * batchSettingName('date', undefined) //=> 'date'
 * batchSettingName('source', undefined) //=> 'rate source (--source)'
 */
export function batchSettingName(setting: Setting, value: string | undefined): string {
  if (setting === 'date') return wordsForSetting(setting, value);
  return cliSettingName(setting, value, BATCH_FLAGS);
}

/** A whole run's error with its hint named for a batch (run() would name {to} as <currency>). */
function forBatch(error: unknown): unknown {
  if (!(error instanceof DealCalcError) || error.hintTemplate === undefined) return error;
  const info = error.toInfo();
  return errorFrom({
    ...info,
    hint: renderHint(info.hintTemplate as string, batchSettingName),
    hintTemplate: undefined,
  });
}

function unreadable(file: string, why: string): DealCalcError {
  return batchInputUnreadable(file, why);
}

function systemReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  const reasons: Readonly<Record<string, string>> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    ELOOP: 'too many symbolic links',
    ENAMETOOLONG: 'the name is too long',
    EBADF: 'it is closed',
  };
  return (code && reasons[code]) ?? (code || String((error as Error).message ?? error));
}

/** The input's chunks, and its size when it is a regular file. */
async function openInput(file: string): Promise<{ chunks: AsyncIterable<Uint8Array>; size?: number }> {
  if (file === '-') {
    const stdin = process.stdin;
    return {
      chunks: (async function* () {
        try {
          for await (const chunk of stdin) yield chunk as Uint8Array;
        } catch (error) {
          throw unreadable(file, systemReason(error));
        }
      })(),
    };
  }
  let fd: number;
  let size: number | undefined;
  try {
    fd = openSync(file, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) {
      closeSync(fd);
      throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    }
    // A FIFO or a device streams like standard input; only a regular file has a size to show.
    if (stat.isFile()) size = stat.size;
  } catch (error) {
    throw unreadable(file, systemReason(error));
  }
  // Reads block: a command line has nothing else to do meanwhile, and a read through the thread
  // pool costs a round trip per chunk. A FIFO blocks until its writer writes, as a pipe would.
  function* chunks(): Generator<Uint8Array> {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    try {
      for (;;) {
        let bytesRead: number;
        try {
          bytesRead = readSync(fd, buffer, 0, CHUNK_BYTES, null);
        } catch (error) {
          throw unreadable(file, systemReason(error));
        }
        if (bytesRead === 0) return;
        // The consumer decodes the chunk before asking for the next, so the buffer is reused.
        yield buffer.subarray(0, bytesRead);
      }
    } finally {
      closeSync(fd);
    }
  }
  return { chunks: toAsync(chunks()), ...(size === undefined ? {} : { size }) };
}

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

/**
 * Keeps V8's young generation at its starting size for the run. A batch allocates steadily and
 * briefly (a chunk's output text, the bytes written); the burst of rate lookups at the start
 * would grow the young generation to its 32 MiB maximum and keep it there for the whole run,
 * a third of the memory budget for nothing: with it kept small, peak memory stays flat near
 * 80 MiB at a million rows, at no measured cost in time (scavenges stay cheap: little survives).
 */
function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}

/** One row's failure, as every error is written: `dealcalc: line N: CODE: message`, the caret, the hint. */
function renderFailure(failure: RowFailure): string {
  const { error, line } = failure;
  return renderErrorText({
    ...error,
    message: `line ${line}: ${error.code}: ${error.message}`,
    hintTemplate: undefined,
  });
}

/**
 * Runs a batch conversion from a file or standard input to stdout, as described above. Exit code:
 * 0 when every row converted; otherwise the code of the first failed row's kind (2 for input such
 * as a bad date or figure, 3 for data such as a day outside the tables), the same with or without
 * --strict. An error of the whole run (no such file, a missing column, a line too long) stops it
 * as any command's error does.
 *
 * @example
 * await runBatch({ io, finish: () => {} }, { file: '/no/such/file.csv', folders: {}, request: { to: 'USD' } }) // throws BATCH_INPUT_UNREADABLE
 */
export async function runBatch(context: CommandContext, run: BatchRun): Promise<void> {
  const started = elapsedClock();
  try {
    await convertStream(context, run, started);
  } catch (error) {
    throw forBatch(error);
  }
}

async function convertStream(context: CommandContext, run: BatchRun, started: number): Promise<void> {
  const { io } = context;
  keepYoungGenerationSmall();
  const store = storeFor(run.folders, io);
  const job = createBatchConversion(store, {
    ...run.request,
    nameSetting: batchSettingName,
    reuseOutput: true,
  });
  const input = await openInput(run.file);
  const stdout = process.stdout;
  const terminal = process.stderr.isTTY === true;
  let bytes = 0;
  let drawnAt = 0;
  let drawn = false;

  const clearProgress = () => {
    if (drawn) process.stderr.write('\r\u001b[K');
    drawn = false;
  };
  const write = async (output: BatchOutput) => {
    if (output.bytes.length > 0) {
      // Printable ASCII has nothing to escape: its bytes go out as the job wrote them.
      // The job reuses its buffer at the next push: the write is awaited before that.
      if (output.printableAscii && io.stdoutBytes !== undefined) await io.stdoutBytes(output.bytes);
      else io.stdout(output.text);
    }
    if (output.failures.length > 0) {
      clearProgress();
      for (const failure of output.failures) io.stderr(renderFailure(failure));
    }
    // Backpressure: a pipe that is full makes the reading wait, so memory stays flat.
    if (stdout.writableNeedDrain) await once(stdout, 'drain');
  };
  const progress = () => {
    if (!terminal) return;
    const now = elapsedClock();
    if (now - started < LONG_RUN_MS || now - drawnAt < REDRAW_MS) return;
    drawnAt = now;
    drawn = true;
    const line = renderProgress({
      bytes,
      rows: job.counts().rows,
      elapsedMs: now - started,
      ...(input.size === undefined ? {} : { totalBytes: input.size }),
    });
    process.stderr.write(`\r${line}\u001b[K`);
  };
  try {
    for await (const chunk of input.chunks) {
      bytes += chunk.length;
      await write(job.push(chunk));
      if (job.stopped) break;
      progress();
    }
    if (!job.stopped) await write(job.end());
  } finally {
    clearProgress();
  }
  const counts = job.counts();
  io.stderr(renderSummary({ ...counts, elapsedMs: elapsedClock() - started }));
  const first = job.firstFailure;
  if (first !== undefined) context.finish(exitCodeFor(first.error.kind));
}
