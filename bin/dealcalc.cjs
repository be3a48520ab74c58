#!/usr/bin/env node
// Shim: wires the bundled CLI to this process; nothing else touches process.
// CommonJS on purpose: starting Node's ESM loader for a shim costs about 5 ms of a 50 ms budget.
'use strict';
const path = require('node:path');
const { loadCli } = require('./load-cli.cjs');

loadCli()
  .run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    today: () => new Date().toISOString().slice(0, 10),
    dataDir: process.env.DEALCALC_DATA_DIR || path.join(__dirname, '..', 'data'),
  })
  .then((code) => {
    process.exitCode = code;
  });
