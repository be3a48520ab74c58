'use strict';
// Loads the bundled CLI (one module graph, see scripts/bundle.mjs: dist/dealcalc.cjs packs the
// modules every run needs as a table of module functions; dist/chunks/ holds the rest, each
// required when a command first needs it) through V8's code cache when the build left one that matches
// this Node: compiling the files afresh costs about 7 ms of a 50 ms start. V8 checks each cache
// against the source and its own version; a cache it rejects only costs that time.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire, wrap } = require('node:module');

const DIST = path.join(__dirname, '..', 'dist');
const BUNDLE = path.join(DIST, 'dealcalc.cjs');
/** The code cache of a bundled file: beside it, `.v8cache` appended. */
const cacheOf = (file) => `${file}.v8cache`;

function readCache(file) {
  try {
    return fs.readFileSync(cacheOf(file));
  } catch {
    return undefined;
  }
}

/** Every bundled file loaded so far, by absolute path: its exports and its compiled script. */
const loaded = new Map();
const nodeRequire = createRequire(BUNDLE);

/** The modules packed into dist/dealcalc.cjs, by path in dist/ (filled by loadCli). */
let packed = {};

/** Loads one bundled module once; its `require` of a sibling comes back here, anything else goes to Node. */
function loadFile(file) {
  const known = loaded.get(file);
  if (known !== undefined) return known.module.exports;
  const module = { exports: {} };
  const inPack = packed[path.relative(DIST, file)];
  let script;
  let body = inPack;
  if (body === undefined) {
    script = new vm.Script(wrap(fs.readFileSync(file, 'utf8')), {
      filename: file,
      cachedData: readCache(file),
    });
    body = script.runInThisContext();
  }
  loaded.set(file, { module, script });
  const dir = path.dirname(file);
  const requireSibling = (specifier) =>
    specifier.startsWith('./') || specifier.startsWith('../')
      ? loadFile(path.join(dir, specifier))
      : nodeRequire(specifier);
  body(module.exports, requireSibling, module, file, dir);
  return module.exports;
}

function loadCli() {
  const script = new vm.Script(wrap(fs.readFileSync(BUNDLE, 'utf8')), {
    filename: BUNDLE,
    cachedData: readCache(BUNDLE),
  });
  const pack = { exports: {} };
  script.runInThisContext()(pack.exports, nodeRequire, pack, BUNDLE, DIST);
  packed = pack.exports.packed;
  const run = loadFile(BUNDLE).run;
  loaded.get(BUNDLE).script = script;
  return { run };
}

/** The files loaded so far and their scripts (for scripts/compile-cache.cjs). */
function loadedScripts() {
  return [...loaded]
    .filter(([, { script }]) => script !== undefined)
    .map(([file, { script }]) => ({ file, script }));
}

module.exports = { loadCli, loadedScripts, cacheOf, DIST };
