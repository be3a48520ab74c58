#!/usr/bin/env node
// Writes V8's code cache for each file of the bundled CLI (see bin/load-cli.cjs), after running
// the commands people run most, so that the caches hold the functions they compile too. A file
// those commands never load gets the cache of its compiled top level.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { loadCli, loadedScripts, cacheOf, DIST } = require('../bin/load-cli.cjs');

const bundled = [
  path.join(DIST, 'dealcalc.cjs'),
  ...fs
    .readdirSync(path.join(DIST, 'chunks'))
    .filter((name) => name.endsWith('.cjs'))
    .map((name) => path.join(DIST, 'chunks', name)),
];
for (const file of bundled) fs.rmSync(cacheOf(file), { force: true });

const { run } = loadCli();
// A home without a user folder of rates, as most people have: a run looks for one (its functions
// belong in the cache) and finds none.
const home = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'dealcalc-cache-home-'));
const io = {
  stdout: () => {},
  stderr: () => {},
  today: () => '2026-01-01',
  env: { HOME: home },
};
const warmUp = [
  ['convert', '1.5 billion yuan', 'USD', '--on', '2017-11-15'],
  ['convert', 'about $227 million', 'CNY', '--on', '2017-11-18', '--json'],
  ['convert', '¥100 million', 'CNY', '--yen', 'JPY', '--on', '2017-11-15'],
  ['convert', '1.5 bilion yuan', 'USD'],
  ['check', 'about 1.5 billion yuan ($227 million)', '--on', '2017-11-15'],
];
// A batch of a few rows on days the table publishes and days it does not (its chunk's functions).
const batchRows = path.join(require('node:os').tmpdir(), `dealcalc-cache-${process.pid}.csv`);
fs.writeFileSync(
  batchRows,
  'date,amount,currency\n2017-11-15,1500000000,CNY\n2017-11-18,12.50,EUR\n2017-11-23,-3,JPY\n"2017-11-15","1,000.00",GBP\n',
);
warmUp.push(['convert', '--batch', batchRows, '--to', 'USD']);
(async () => {
  try {
    for (const args of warmUp) await run(args, io);
  } finally {
    fs.rmSync(batchRows, { force: true });
    fs.rmSync(home, { recursive: true, force: true });
  }
  // The batch set a V8 flag for its run (batchShell.ts): back to its default, or every cache
  // written below would carry the changed flags' hash and be rejected by a start.
  require('node:v8').setFlagsFromString('--semi-space-growth-factor=2');
  const scripts = new Map(loadedScripts().map(({ file, script }) => [file, script]));
  for (const file of bundled) {
    const script = scripts.get(file) ?? new vm.Script(fs.readFileSync(file, 'latin1'), { filename: file });
    fs.writeFileSync(cacheOf(file), script.createCachedData());
  }
})();
