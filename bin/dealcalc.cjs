#!/usr/bin/env node
// Shim: wires the bundled CLI to this process; nothing else touches process.
// CommonJS on purpose: starting Node's ESM loader for a shim costs about 5 ms of a 50 ms budget.
'use strict';
const { loadCli } = require('./load-cli.cjs');

let writeFailed = false;
// A reader that went away (`dealcalc … | head`) ends the run quietly; any other failed write
// (a full disk) is one line on stderr and exit 3, never a stack trace.
function onWriteError(error) {
  if (writeFailed) return;
  writeFailed = true;
  if (error && error.code === 'EPIPE') {
    process.exit(process.exitCode ?? 0);
  }
  const reason = (error && error.code) || error;
  const hint =
    reason === 'ENOSPC' || reason === 'EDQUOT'
      ? 'The disk is full: free some space, or send the output to a file on another disk.'
      : 'Send the output to a file or a program that can take it.';
  try {
    process.stderr.write(`dealcalc: cannot write the output (${reason})\nhint: ${hint}\n`);
  } catch {
    // stderr is gone too: nothing left to tell.
  }
  process.exit(3);
}
// The streams are made only if something asks for them (a batch writes through process.stdout):
// making one costs about 4 ms of a start (a pipe's stream loads net and its stream code), and a
// plain run writes its text with writeSync below. Whoever makes one gets the handler above on it.
for (const name of ['stdout', 'stderr']) {
  const made = Object.getOwnPropertyDescriptor(process, name);
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: made.enumerable,
    get() {
      const stream = made.get.call(process);
      stream.on('error', onWriteError);
      Object.defineProperty(process, name, {
        configurable: true,
        enumerable: made.enumerable,
        value: stream,
      });
      return stream;
    },
  });
}

const fs = require('node:fs');
const { Buffer } = require('node:buffer');

/**
 * Writes text to a standard stream's file descriptor, all of it: the same bytes, in the same
 * order, as the stream would write (on Linux and macOS a stream writes to a pipe, file or
 * terminal synchronously too). A descriptor left non-blocking by whoever opened it is waited on.
 */
function writeAll(fd, text) {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      if (error && error.code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
        continue;
      }
      onWriteError(error);
      return;
    }
  }
}

// Windows writes a console's text through its stream (which converts it); elsewhere, directly.
const direct = process.platform !== 'win32';
function write(name, fd) {
  return (text) => {
    if (writeFailed) return;
    if (direct) writeAll(fd, text);
    else process[name].write(text);
  };
}

/**
 * Standard input as UTF-8, read in chunks and stopped once past `limit` bytes (so `scan - <
 * /dev/zero` ends at the limit instead of reading until memory runs out); at most limit + 64 KiB.
 */
function readStdinBounded(limit = Infinity) {
  const chunks = [];
  let total = 0;
  const buffer = Buffer.alloc(65536);
  while (total <= limit) {
    let n;
    try {
      n = fs.readSync(0, buffer, 0, buffer.length, null);
    } catch (error) {
      if (error && error.code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (error && error.code === 'EOF') break;
      throw error;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, n)));
    total += n;
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A time's UTC day, YYYY-MM-DD, read from its parts: a process's first toISOString costs about 1 ms. */
function utcDay(date) {
  const two = (n) => (n < 10 ? `0${n}` : String(n));
  return `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
}

let cli;
try {
  cli = loadCli();
} catch (error) {
  process.stderr.write(
    `dealcalc: internal error: the bundled CLI does not load (${error && error.message})\nhint: Reinstall dealcalc, or run \`npm run build\`.\n`,
  );
  process.exit(4);
}
cli
  .run(process.argv.slice(2), {
    stdout: write('stdout', 1),
    stdoutBytes: (bytes) =>
      new Promise((resolve) => {
        // A failed write ends the process in onWriteError; this only waits for a good one.
        if (writeFailed) resolve();
        else process.stdout.write(bytes, () => resolve());
      }),
    stderr: write('stderr', 2),
    today: () => utcDay(new Date()),
    now: () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    env: {
      DEALCALC_DATA_DIR: process.env.DEALCALC_DATA_DIR,
      DEALCALC_USER_DIR: process.env.DEALCALC_USER_DIR,
      XDG_DATA_HOME: process.env.XDG_DATA_HOME,
      HOME: process.env.HOME,
      DEALCALC_UPDATE_ORIGIN: process.env.DEALCALC_UPDATE_ORIGIN,
    },
    readStdin: readStdinBounded,
    // Asked only by a command that draws progress: node:tty loads net and the stream code.
    get stderrIsTTY() {
      return require('node:tty').isatty(2);
    },
  })
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`dealcalc: internal error: ${error && error.message}\n`);
      process.exitCode = 4;
    },
  );
