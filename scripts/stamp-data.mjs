#!/usr/bin/env node
// Records what this build verified of the shipped tables in dist/data-stamp.json: the manifest,
// checked field by field by the library's own reader, and every series file whose sha256 matches
// it, each with its size, modification time and fingerprint (src/node/fingerprint.ts). A run that
// finds a file of that size and time, or (an installed package, whose times npm sets) of that size
// and fingerprint, trusts it without loading OpenSSL to hash it (src/node/dataStamp.ts); any other
// file, or any change since, is hashed and checked as always. Each series file's record also
// says where its blocks of rows start (src/fx/rowBlocks.ts), so that a lookup in it looks into
// the rows it needs, not all of them.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(root, 'data');
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const { parseManifest } = await import(new URL('../dist/store/manifest.js', import.meta.url).href);
const { fingerprint } = await import(new URL('../dist/node/fingerprint.js', import.meta.url).href);
const { rowBlocksOf, writeRowBlocks } = await import(
  new URL('../dist/fx/rowBlocks.js', import.meta.url).href
);

const files = {};
const manifestBytes = readFileSync(join(data, 'manifest.json'));
const manifest = parseManifest(manifestBytes.toString('utf8'), 'data/manifest.json');
if (manifest.ok) {
  const stats = statSync(join(data, 'manifest.json'));
  files['manifest.json'] = {
    size: stats.size,
    mtimeMs: stats.mtimeMs,
    sha256: sha256(manifestBytes),
    fingerprint: fingerprint(manifestBytes),
  };
  for (const source of manifest.value.sources) {
    for (const series of source.series) {
      const file = join(data, series.file);
      const bytes = readFileSync(file);
      if (sha256(bytes) !== series.sha256) continue;
      const seriesStats = statSync(file);
      files[series.file] = {
        size: seriesStats.size,
        mtimeMs: seriesStats.mtimeMs,
        sha256: series.sha256,
        fingerprint: fingerprint(bytes),
        blocks: writeRowBlocks(rowBlocksOf(bytes.toString('utf8'))),
      };
    }
  }
}
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist', 'data-stamp.json'), `${JSON.stringify({ format: 1, files })}\n`);
