#!/usr/bin/env node
// Writes V8's code cache for the bundled CLI (see bin/load-cli.cjs), after running the commands
// people run most, so that the cache holds the functions they compile too.
'use strict';
const fs = require('node:fs');
const { loadCli, CACHE } = require('../bin/load-cli.cjs');

fs.rmSync(CACHE, { force: true });
const { run, script } = loadCli();
const io = {
  stdout: () => {},
  stderr: () => {},
  today: () => '2026-01-01',
  env: {},
};
const warmUp = [
  ['convert', '1.5 billion yuan', 'USD', '--on', '2017-11-15'],
  ['convert', 'about $227 million', 'CNY', '--on', '2017-11-18', '--json'],
  ['convert', '¥100 million', 'CNY', '--yen', 'JPY', '--on', '2017-11-15'],
  ['convert', '1.5 bilion yuan', 'USD'],
];
(async () => {
  for (const args of warmUp) await run(args, io);
  fs.writeFileSync(CACHE, script.createCachedData());
})();
