#!/usr/bin/env node
// Cold-start benchmark: one `dealcalc convert` as a ratio to `node -e 0`, both measured in this run.
// Runs alternate so that machine noise falls on both sides alike; medians are compared.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = path.join(root, 'bin', 'dealcalc.cjs');
const runs = Number(process.env.BENCH_RUNS ?? 30);
const budget = 1.5;

const cases = {
  'node -e 0 (floor)': ['-e', '0'],
  'convert, fred-h10 (one series)': [bin, 'convert', '1.5 billion yuan', 'USD', '--on', '2017-11-15'],
  'convert, cross JPY→CNY (two series)': [
    bin,
    'convert',
    '¥100 million',
    'CNY',
    '--yen',
    'JPY',
    '--on',
    '2017-11-15',
  ],
  'convert, imf (cross via SDR)': [bin, 'convert', '1.5 billion yuan', 'PLN', '--on', '2017-11-15'],
};

function once(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const samples = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
for (const args of Object.values(cases)) once(args); // warm the file cache
for (let i = 0; i < runs; i++) {
  process.stderr.write(`\rbench: run ${i + 1}/${runs}`);
  for (const [name, args] of Object.entries(cases)) samples[name].push(once(args));
}
process.stderr.write('\n');

const floor = median(samples['node -e 0 (floor)']);
console.log(`cold start, median of ${runs} runs each (budget: convert ≤ ${budget}x node -e 0)`);
let over = false;
for (const [name, xs] of Object.entries(samples)) {
  const ratio = median(xs) / floor;
  const bar = '█'.repeat(Math.round(ratio * 20));
  if (!name.includes('floor') && ratio > budget) over = true;
  console.log(`${name.padEnd(38)} ${median(xs).toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}x  ${bar}`);
}
if (over) console.log(`over budget: a conversion takes more than ${budget}x node -e 0`);
