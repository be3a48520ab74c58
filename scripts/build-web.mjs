#!/usr/bin/env node
// Builds the page into a folder any static file server can serve: index.html, one JavaScript
// bundle for the browser (esbuild, minified), the style sheet, and a copy of the rate tables
// (data/manifest.json and the series files it names) that the page fetches lazily, relative to
// itself. Nothing in it loads from another host.
//
//   node scripts/build-web.mjs [--out DIR] [--no-data]
//
// --no-data leaves the tables out: `dealcalc serve` serves the package's own data/ folder beside
// the page, so the package does not carry the tables twice (npm run build uses it).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const outArg = args.indexOf('--out');
const out = resolve(outArg === -1 ? join(root, 'dist', 'web') : args[outArg + 1]);
const withData = !args.includes('--no-data');
const shell = join(root, 'src', 'web', 'shell');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entryPoints: [join(shell, 'main.ts')],
  outfile: join(out, 'app.js'),
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: ['chrome110', 'firefox115', 'safari16'],
  minify: true,
  legalComments: 'eof',
  logLevel: 'warning',
  // The page is the core and its shell: nothing of Node, nothing of the command line.
  plugins: [
    {
      name: 'browser-only',
      setup(b) {
        b.onResolve({ filter: /^node:|\/(cli|node)\// }, (a) => ({
          errors: [{ text: `${a.path} (imported by ${a.importer}) does not belong in the page` }],
        }));
      },
    },
  ],
});
copyFileSync(join(shell, 'index.html'), join(out, 'index.html'));
copyFileSync(join(shell, 'style.css'), join(out, 'style.css'));

if (withData) {
  const data = join(root, 'data');
  const manifest = JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8'));
  mkdirSync(join(out, 'data'), { recursive: true });
  copyFileSync(join(data, 'manifest.json'), join(out, 'data', 'manifest.json'));
  for (const source of manifest.sources) {
    for (const series of source.series) {
      const target = join(out, 'data', series.file);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(join(data, series.file), target);
    }
  }
}

const js = readFileSync(join(out, 'app.js'));
const css = readFileSync(join(out, 'style.css'));
const html = readFileSync(join(out, 'index.html'));
const sizes = {
  'app.js': { bytes: js.length, gzip: gzipSync(js, { level: 9 }).length },
  'style.css': { bytes: css.length, gzip: gzipSync(css, { level: 9 }).length },
  'index.html': { bytes: html.length, gzip: gzipSync(html, { level: 9 }).length },
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
if (!args.includes('--quiet')) {
  console.log(
    `page built in ${out}: app.js ${kb(sizes['app.js'].bytes)} (${kb(sizes['app.js'].gzip)} gzip), ` +
      `style.css ${kb(sizes['style.css'].gzip)} gzip${withData ? `, tables copied (${kb(dirSize(join(out, 'data')))})` : ', no tables'}`,
  );
}

function dirSize(dir) {
  let total = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else total += s.size;
    }
  };
  walk(dir);
  return total;
}
