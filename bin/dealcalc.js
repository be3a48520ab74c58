#!/usr/bin/env node
// Shim: wires the bundled CLI (dist/dealcalc.cjs) to this process. Nothing else touches process.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { run } = require('../dist/dealcalc.cjs');

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: () => new Date().toISOString().slice(0, 10),
  dataDir: process.env.DEALCALC_DATA_DIR || fileURLToPath(new URL('../data', import.meta.url)),
});
