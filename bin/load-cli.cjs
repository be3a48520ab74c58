'use strict';
// Loads the bundled CLI (one module graph, see scripts/bundle.mjs: dist/dealcalc.cjs packs the
// modules every run needs as a table of module functions; dist/chunks/ holds the rest, each
// required when a command first needs it) through V8's code cache when the build left one that matches
// this Node: compiling the files afresh costs about 7 ms of a 50 ms start. V8 checks each cache
// against the source and its own version; a cache it rejects only costs that time. Each file is
// already wrapped as Node wraps a CommonJS file (scripts/bundle.mjs), so its text compiles as read.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire } = require('node:module');
const { Buffer } = require('node:buffer');

const DIST = path.join(__dirname, '..', 'dist');
/** The start file's id: ids are paths in dist/, written with '/' (scripts/bundle.mjs keys the pack so). */
const ENTRY = 'dealcalc.cjs';
const BUNDLE = path.join(DIST, ENTRY);
/** The code cache of a bundled file: beside it, `.v8cache` appended. */
const cacheOf = (file) => `${file}.v8cache`;

/**
 * One buffer every file of the CLI is read into, the source then its code cache: a start reads
 * some 870 KB, and memory touched for the first time costs more than the reading (V8 is done
 * with a cache once the script is compiled, and a source is copied into a string).
 */
let scratch = Buffer.allocUnsafeSlow(0);

/** A file's bytes, in the scratch buffer (made room for `room` bytes at least): valid until the next read. */
function readBytes(file, room = 0) {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (scratch.length < size || scratch.length < room)
      scratch = Buffer.allocUnsafeSlow(Math.max(size, room));
    let length = 0;
    while (length < size) {
      const read = fs.readSync(fd, scratch, length, size - length, null);
      if (read === 0) break;
      length += read;
    }
    return scratch.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

/** A bundled file's text (ASCII, see scripts/bundle.mjs), read where its code cache will be read next. */
function readSource(file) {
  const cache = fs.statSync(cacheOf(file), { throwIfNoEntry: false });
  return readBytes(file, cache === undefined ? 0 : cache.size).latin1Slice();
}

function readCache(file) {
  try {
    return readBytes(cacheOf(file));
  } catch {
    return undefined;
  }
}

/** Every bundled file loaded so far, by id (its path in dist/, written with '/'): its exports and its compiled script. */
const loaded = new Map();
const nodeRequire = createRequire(BUNDLE);

/** The modules packed into dist/dealcalc.cjs, by id (filled by loadCli). */
let packed = {};

/**
 * The id a bundled file's `require('./x')` or `require('../x')` names, from the requiring file's
 * id, by string: node:path's join costs little per call, but a start makes some hundred of them,
 * enough for V8 to compile its normaliser on a second thread (about 8 ms of CPU) in every run.
 */
function siblingId(fromId, specifier) {
  let dir = fromId.slice(0, fromId.lastIndexOf('/') + 1);
  let rest = specifier;
  for (;;) {
    if (rest.startsWith('./')) rest = rest.slice(2);
    else if (rest.startsWith('../')) {
      rest = rest.slice(3);
      dir = dir.slice(0, dir.lastIndexOf('/', dir.length - 2) + 1);
    } else return dir + rest;
  }
}

/** Loads one bundled module once; its `require` of a sibling comes back here, anything else goes to Node. */
function loadFile(id) {
  const known = loaded.get(id);
  if (known !== undefined) return known.module.exports;
  const module = { exports: {} };
  const file = path.join(DIST, id);
  const inPack = packed[id];
  let script;
  let body = inPack;
  if (body === undefined) {
    script = new vm.Script(readSource(file), {
      filename: file,
      cachedData: readCache(file),
    });
    body = script.runInThisContext();
  }
  loaded.set(id, { module, script, file });
  const requireSibling = (specifier) =>
    specifier.startsWith('./') || specifier.startsWith('../')
      ? loadFile(siblingId(id, specifier))
      : nodeRequire(specifier);
  body(module.exports, requireSibling, module, file, path.dirname(file));
  return module.exports;
}

function loadCli() {
  const script = new vm.Script(readSource(BUNDLE), {
    filename: BUNDLE,
    cachedData: readCache(BUNDLE),
  });
  const pack = { exports: {} };
  script.runInThisContext()(pack.exports, nodeRequire, pack, BUNDLE, DIST);
  packed = pack.exports.packed;
  const run = loadFile(ENTRY).run;
  loaded.get(ENTRY).script = script;
  return { run };
}

/** The files loaded so far and their scripts (for scripts/compile-cache.cjs). */
function loadedScripts() {
  return [...loaded]
    .filter(([, { script }]) => script !== undefined)
    .map(([, { file, script }]) => ({ file, script }));
}

module.exports = { loadCli, loadedScripts, cacheOf, DIST };
