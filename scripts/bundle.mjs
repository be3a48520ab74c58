#!/usr/bin/env node
// Bundles the CLI as one module graph: dist/dealcalc.cjs (what `convert` needs and every command's
// definition) and dist/chunks/, where each lazily loaded command is a file of its own and the
// code several of them share (the core, decimal.js, commander, …) is a shared chunk. So there is
// one copy of the core in the CLI: an error class is one class (`instanceof` holds across
// commands), a cache is one cache, and a conversion still never loads the scenario model.
//
// esbuild splits code only in ESM output, and Node's ESM loader costs about 5 ms of a 50 ms start
// and has no code cache on Node 20. So the graph is built as ESM, split, and each file is then
// rewritten to CommonJS (imports become requires of the sibling files). The files every run loads
// (the main module and the shared chunks it imports statically) are packed into dist/dealcalc.cjs
// as a table of module functions, so that a start reads one file and one code cache, not fifteen;
// bin/load-cli.cjs runs the table and loads any other file (a lazily loaded command and the
// chunks only it needs) through V8's code cache, one cache per file (scripts/compile-cache.cjs).
import { build, transform } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Modules the main bundle loads lazily (`await import('…/name.js')`), each a file of its own: name → source. */
export const CHUNKS = {
  checkCommand: 'src/cli/checkCommand.ts',
  dealCommand: 'src/cli/dealCommand.ts',
  scanCommand: 'src/cli/scanCommand.ts',
  scenarioCommand: 'src/cli/scenarioCommand.ts',
  ratesRuns: 'src/cli/commands/ratesRuns.ts',
  batchShell: 'src/cli/batchShell.ts',
  serveCommand: 'src/cli/serveCommand.ts',
};

// Smaller code and a smaller V8 code cache to read: the start is the budget. Names are kept
// where they matter (error classes set their own name).
const minify = process.env.NO_MINIFY !== '1';

/**
 * commander requires node:child_process at its top for one job dealcalc never asks of it
 * (running `program-sub` executables); loading that module and the net/stream code behind it
 * costs about 5 ms of every start. The require is deferred to the first spawn, which never comes.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager))
        throw new Error(`${args.path} no longer requires child_process as expected`);
      const lazy = "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };";
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

/**
 * The code with every character past ASCII written as a \\u escape. esbuild leaves them raw in
 * regular expressions, and one such character makes V8 hold the whole file as a two-byte string:
 * reading the start bundle as UTF-8 then costs about 5 ms instead of 1. The escape means the same
 * character in a string, a template and a regular expression (a surrogate pair in a `u` pattern
 * is its code point); only a backslash right before the character would change its meaning.
 */
function asciiOnly(code, name) {
  if (/\\[\u0080-\uffff]/.test(code)) throw new Error(`${name}: a backslash before a non-ASCII character`);
  return code.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const graph = await build({
  plugins: [lazyChildProcess],
  absWorkingDir: root,
  entryPoints: {
    dealcalc: 'src/cli/run.ts',
    ...Object.fromEntries(Object.entries(CHUNKS).map(([name, source]) => [`chunks/${name}`, source])),
  },
  outdir: join(root, 'dist'),
  chunkNames: 'chunks/shared-[hash]',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Data lives beside the package, not in the bundle: each file knows where it is, when asked.
  define: { 'import.meta.url': '__bundle.url', 'import.meta.dirname': '__dirname' },
  logLevel: 'warning',
  minify,
  write: false,
  metafile: true,
});

rmSync(join(root, 'dist', 'dealcalc.cjs'), { force: true });
rmSync(join(root, 'dist', 'chunks'), { recursive: true, force: true });
// A getter: making the URL costs a path resolution, and only the few modules that ask for it
// (the data folder's) should pay it, not every module a start loads.
const banner =
  "const __bundle = { get url() { return require('node:url').pathToFileURL(__filename).href; } };";
/**
 * Every file is written already wrapped as Node wraps a CommonJS file, so bin/load-cli.cjs compiles
 * the text it read: wrapping at run time builds a second copy of the source (300 KB for the start
 * bundle) for V8 to flatten, and that copy alone can cost a young-generation collection.
 */
const WRAPPER = ['(function (exports, require, module, __filename, __dirname) {', '\n});'];
/** The output files a start loads: the entry and what it imports statically, transitively. */
function startSet(entry) {
  const seen = new Set([entry]);
  for (const file of seen) {
    for (const link of graph.metafile.outputs[file].imports) {
      if (link.kind === 'import-statement' && !link.external) seen.add(link.path);
    }
  }
  return seen;
}
const entry = 'dist/dealcalc.cjs';
const packed = startSet(entry);
const table = [];
for (const file of graph.outputFiles) {
  const cjs = await transform(file.text, {
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // import() of a sibling becomes a require (the files run in a vm.Script, which has no module loader).
    supported: { 'dynamic-import': false },
    banner,
    minify,
    logLevel: 'warning',
    sourcefile: relative(root, file.path),
  });
  // The file's id for bin/load-cli.cjs: its path in dist/, with '/' on every system.
  const name = relative(join(root, 'dist'), file.path).split(sep).join('/');
  const code = asciiOnly(cjs.code, name);
  if (packed.has(relative(root, file.path))) {
    table.push(
      `${JSON.stringify(name)}: function (exports, require, module, __filename, __dirname) {\n${code}}`,
    );
    continue;
  }
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, WRAPPER[0] + code + WRAPPER[1]);
}
// The start set, by path in dist/: each a module function called as Node calls a CommonJS file.
writeFileSync(
  join(root, entry),
  `${WRAPPER[0]}'use strict';\nexports.packed = {\n${table.join(',\n')}\n};${WRAPPER[1]}`,
);
