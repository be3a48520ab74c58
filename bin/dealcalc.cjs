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
process.stdout.on('error', onWriteError);
process.stderr.on('error', onWriteError);

function write(stream) {
  return (text) => {
    if (!writeFailed) stream.write(text);
  };
}

/**
 * Standard input as UTF-8, read in chunks and stopped once past `limit` bytes (so `scan - <
 * /dev/zero` ends at the limit instead of reading until memory runs out); at most limit + 64 KiB.
 */
function readStdinBounded(limit = Infinity) {
  const fs = require('node:fs');
  const { Buffer } = require('node:buffer');
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
    stdout: write(process.stdout),
    stdoutBytes: (bytes) =>
      new Promise((resolve) => {
        // A failed write ends the process in onWriteError; this only waits for a good one.
        if (writeFailed) resolve();
        else process.stdout.write(bytes, () => resolve());
      }),
    stderr: write(process.stderr),
    today: () => new Date().toISOString().slice(0, 10),
    now: () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    env: {
      DEALCALC_DATA_DIR: process.env.DEALCALC_DATA_DIR,
      DEALCALC_USER_DIR: process.env.DEALCALC_USER_DIR,
      XDG_DATA_HOME: process.env.XDG_DATA_HOME,
      HOME: process.env.HOME,
      DEALCALC_UPDATE_ORIGIN: process.env.DEALCALC_UPDATE_ORIGIN,
    },
    readStdin: readStdinBounded,
    stderrIsTTY: Boolean(process.stderr.isTTY),
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
