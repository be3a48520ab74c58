#!/usr/bin/env node
// Parser throughput (CPU time): findFigures and parseFigure on normal text and on adversarial shapes (long
// digit runs, nested parentheses, runs of scale words, runs of spaces, repeated symbols …), each
// about 1 MB, printed as MB/s and as a ratio to normal text. Also: load time of the built parser.
// Run after `npm run build`: node bench/parser.mjs [megabytes]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const entry = pathToFileURL(path.join(root, 'dist', 'parse', 'index.js')).href;
const { findFigures, parseFigure } = await import(entry);
const { scanText } = await import(pathToFileURL(path.join(root, 'dist', 'check', 'scanText.js')).href);
const { openShippedStore } = await import(pathToFileURL(path.join(root, 'dist', 'node', 'index.js')).href);
const store = openShippedStore();
const size = Math.round(Number(process.argv[2] ?? 1) * 1_000_000);

/** Repeats a unit to about `size` characters. */
const fill = (unit) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

const NEWS =
  'Alibaba is in talks to invest about 1.5 billion yuan ($227 million) in SenseTime, which says it ' +
  'is valued at more than $2 billion. In July 2017 it raised $410 million; Megvii raised US$460m. ' +
  'Der Konzern investiert rund 4,8 Milliarden Dollar, etwa 10 Prozent mehr als 2016. ' +
  '阿里巴巴拟投资约15亿元人民币（约合2.27亿美元），占股10%。約2兆3千億円の案件で、3億200万ドルを調達。 ' +
  'Le groupe a levé 1,5 milliard d’euros, soit près de 12 % de plus. 9.35 crore shares, 400 clients. ';

const SHAPES = {
  'normal news text': fill(NEWS),
  'dense figures ($5 each)': fill('$5 '),
  'dense distinct figures': Array.from(
    { length: Math.floor(size / 16) },
    (_, i) => `US$${i}.5 million `,
  ).join(''),
  'long digit run': '1'.repeat(size),
  'digits and commas': fill('1,'),
  'nested parentheses': `${'('.repeat(size / 2)}$5${')'.repeat(size / 2)}`,
  'scale words': `5 ${fill('billion ')}`,
  'spaces then a letter': `5${' '.repeat(size)}x`,
  'dollar signs then 5': `${'$'.repeat(size)}5`,
  'one long word': 'b'.repeat(size),
  hedges: `${fill('about ')}$5`,
  'Chinese units': `5${'亿'.repeat(size)}`,
  'number words': `${fill('one ')}dollars`,
  'hyphens and digits': fill('1-'),
  'dots and digits': fill('1.'),
  'one conversion, repeated': fill('about 1.5 billion yuan ($227 million), '),
  'distinct wrong conversions': (() => {
    // 900 different pairs, almost all inconsistent: each is checked and diagnosed in full once.
    const parts = [];
    for (let n = 0, length = 0; length < size; n += 1) {
      const part = `about ${1 + (n % 900) / 100} billion yuan ($${200 + (n % 50)} million) and `;
      parts.push(part);
      length += part.length;
    }
    return parts.join('');
  })(),
};

/** CPU time of this process (user + system), in ms: steadier than wall time on a shared machine. */
function time(fn) {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const rows = [];
for (const [name, text] of Object.entries(SHAPES)) {
  // Best of three: the first run also compiles.
  const scan = Math.min(...[0, 1, 2].map(() => time(() => findFigures(text))));
  const whole = Math.min(...[0, 1, 2].map(() => time(() => parseFigure(text))));
  // The scanner: figures, pairs, a check of every pair, lone figures put in dollars.
  const story = Math.min(...[0, 1].map(() => time(() => scanText(store, { text, on: '2017-11-15' }))));
  rows.push({ name, mb: text.length / 1e6, scan, whole, story });
}
const normal = rows[0];
console.log(`parser throughput, ${(size / 1e6).toFixed(1)} M characters per shape (best of 3)`);
console.log(
  `${'shape'.padEnd(26)} ${'findFigures'.padStart(12)} ${'vs normal'.padStart(10)} ${'parseFigure'.padStart(12)} ${'scanText'.padStart(10)}`,
);
for (const r of rows) {
  const rate = r.mb / (r.scan / 1000);
  const ratio = normal ? r.scan / r.mb / (normal.scan / normal.mb) : 1;
  console.log(
    `${r.name.padEnd(26)} ${`${rate.toFixed(1)} MB/s`.padStart(12)} ${`${ratio.toFixed(2)}x`.padStart(10)} ${`${r.whole.toFixed(0)} ms`.padStart(12)} ${`${(r.story / r.mb).toFixed(0)} ms/MB`.padStart(10)}`,
  );
}
const slowest = rows.reduce((a, b) => (b.scan / b.mb > a.scan / a.mb ? b : a));
console.log(`slowest: ${slowest.name}, ${(slowest.scan / slowest.mb).toFixed(0)} ms per MB (budget: 1000)`);
const slowestScan = rows.reduce((a, b) => (b.story / b.mb > a.story / a.mb ? b : a));
console.log(
  `slowest scan: ${slowestScan.name}, ${(slowestScan.story / slowestScan.mb).toFixed(0)} ms per MB (budget: 1000)`,
);

// Load time of the built parser module alone (a fresh process each time; median of 15).
const code = `const t=process.hrtime.bigint();await import(${JSON.stringify(entry)});console.log(Number(process.hrtime.bigint()-t)/1e6)`;
const loads = Array.from({ length: 15 }, () =>
  Number(
    spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }).stdout.trim(),
  ),
).sort((a, b) => a - b);
console.log(`import of dist/parse/index.js: ${loads[7]?.toFixed(1)} ms (median of 15 fresh processes)`);
