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
  try {
    process.stderr.write(`dealcalc: cannot write the output (${(error && error.code) || error})\n`);
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
    readStdin: () => require('node:fs').readFileSync(0, 'utf8'),
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
