'use strict';
// Loads the bundled CLI (dist/dealcalc.cjs) through V8's code cache when the build left one that
// matches this Node: compiling the bundle afresh costs about 7 ms of a 50 ms start. V8 checks
// the cache against the source and its own version; a cache it rejects only costs that time.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire, wrap } = require('node:module');

const BUNDLE = path.join(__dirname, '..', 'dist', 'dealcalc.cjs');
const CACHE = `${BUNDLE}.v8cache`;

function readCache() {
  try {
    return fs.readFileSync(CACHE);
  } catch {
    return undefined;
  }
}

function loadCli() {
  const script = new vm.Script(wrap(fs.readFileSync(BUNDLE, 'utf8')), {
    filename: BUNDLE,
    cachedData: readCache(),
  });
  const module = { exports: {} };
  // The bundle requires its lazily loaded chunks relative to itself (dist/chunks/).
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE));
  return { run: module.exports.run, script };
}

module.exports = { loadCli, CACHE };
