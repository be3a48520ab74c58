// Size curves of issue 20, through the built CLI (dist/): each input at doubling sizes, with the
// CPU time (user + system) and peak memory (/usr/bin/time), and CPU time per unit of input, so
// that a curve that is not linear shows (per-unit cost growing with size), memory that grows with
// the input shows beside the size, and a refusal at a documented limit shows as its exit code.
// CPU time, not the wall clock: the machines are shared. Usage: node bench/hostile.mjs [--quick]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = path.join(root, 'bin', 'dealcalc.cjs');
const quick = process.argv.includes('--quick');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dealcalc-bench-hostile-'));
const hasTime = fs.existsSync('/usr/bin/time');

/** Runs the CLI on args; CPU seconds, peak MiB (when /usr/bin/time is there, else wall seconds), exit code, output bytes. */
function measure(args, env = {}) {
  const command = hasTime ? '/usr/bin/time' : process.execPath;
  const argv = hasTime ? ['-f', '%U %S %M', process.execPath, bin, ...args] : [bin, ...args];
  const started = process.hrtime.bigint();
  const r = spawnSync(command, argv, {
    env: { ...process.env, ...env },
    maxBuffer: 1 << 30,
    encoding: 'buffer',
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const timeLine = hasTime ? r.stderr.toString().trim().split('\n').pop() : '';
  const [user, system, kib] = timeLine.split(' ').map(Number);
  const seconds = hasTime ? user + system : wall;
  const mib = hasTime ? kib / 1024 : NaN;
  return { seconds, mib, code: r.status, out: r.stdout.length };
}

function curve(title, unit, sizes, make) {
  console.log(`\n${title}`);
  console.log(`  ${unit.padStart(10)}  cpu s     peak MiB  exit   out bytes   ms per ${unit}`);
  const rows = [];
  for (const size of sizes) {
    const args = make(size);
    const m = measure(args.args ?? args, args.env);
    rows.push({ size, ...m });
    console.log(
      `  ${String(size).padStart(10)}  ${m.seconds.toFixed(2).padStart(7)}  ${m.mib.toFixed(0).padStart(9)}  ${String(m.code).padStart(4)}  ${String(m.out).padStart(10)}   ${((m.seconds * 1000) / size).toFixed(3)}`,
    );
  }
  const ok = rows.filter((r) => r.code !== 2);
  if (ok.length >= 2) {
    const [a, b] = [ok[0], ok[ok.length - 1]];
    // Start-up (about 0.1-0.3 s) is paid once: the slope between the ends says what a unit costs.
    const growth = (b.seconds - a.seconds) / (b.size - a.size) / Math.max(1e-9, a.seconds / a.size);
    console.log(
      `  per-unit cost, largest vs smallest (start-up left in): ${(b.seconds / b.size / (a.seconds / a.size)).toFixed(2)}x; slope / first average: ${growth.toFixed(2)}`,
    );
    if (hasTime) {
      console.log(
        `  peak memory, largest vs smallest: ${(b.mib / a.mib).toFixed(2)}x for ${(b.size / a.size).toFixed(0)}x the input`,
      );
    }
  }
}

const k = (n) => n * 1024;
const scale = quick ? [1, 2] : [1, 2, 4, 8];

// scan: unread figures ("¥5 " is ambiguous), and many distinct wrong conversions.
function story(name, bytes, unit) {
  const file = path.join(work, `${name}-${bytes}.txt`);
  let text = '15 November 2017. ';
  for (let i = 0; text.length < bytes; i += 1) text += unit(i);
  fs.writeFileSync(file, text);
  return file;
}
const yen = (bytes) => story('yen', bytes, () => '¥5 ');
const wrong = (bytes) =>
  story('wrong', bytes, (i) => `It raised ${1000 + i} million yuan ($${2000 + i} million). `);
curve(
  'scan, unread figures ("¥5 " repeated), text',
  'KB',
  scale.map((s) => 64 * s),
  (kb) => ['scan', yen(k(kb)), '--source', 'fred-h10'],
);
curve(
  'scan, unread figures, --json',
  'KB',
  scale.map((s) => 64 * s),
  (kb) => ['scan', yen(k(kb)), '--source', 'fred-h10', '--json'],
);
// Written as they are checked: CPU time linear, peak memory flat (it was 440 MB per MB of story,
// and --json on 4 MB exited 4).
const wrongSizes = quick ? [128, 256] : [256, 512, 1024, 2048];
curve('scan, distinct wrong conversions, text', 'KB', wrongSizes, (kb) => [
  'scan',
  wrong(k(kb)),
  '--source',
  'fred-h10',
]);
curve('scan, distinct wrong conversions, --json', 'KB', wrongSizes, (kb) => [
  'scan',
  wrong(k(kb)),
  '--source',
  'fred-h10',
  '--json',
]);

// scenario: holders (the limit is 10,000: one past it is refused, exit 2).
function holders(n) {
  const file = path.join(work, `holders-${n}.yaml`);
  const lines = ['currency: USD', 'holders:'];
  for (let i = 0; i < n; i += 1) lines.push(`  - { name: H${i}, shares: ${1000 + i} }`);
  lines.push(
    'rounds:',
    '  - { name: A, date: 2018-01-02, preMoney: "$8M", investors: [{ name: L, amount: "$2M" }] }',
  );
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
curve(
  'scenario, holders (limit 10,000)',
  'holders',
  [...scale.map((s) => 1000 * s).filter((n) => n <= 10_000), 10_001],
  (n) => ['scenario', holders(n)],
);

// YAML aliases: plain ones (linear), and 9^n bombs (refused at 100,000 values).
function aliases(n) {
  const file = path.join(work, `aliases-${n}.yaml`);
  fs.writeFileSync(
    file,
    `currency: USD\nholders: [{ name: A, shares: 1 }]\ndescription: &d x\nx-list: [${Array(n).fill('*d').join(',')}]\n`,
  );
  return file;
}
curve(
  'scenario, plain aliases (read, then an unknown key refused: exit 2)',
  'aliases',
  scale.map((s) => 5000 * s),
  (n) => ['scenario', aliases(n)],
);
function bomb(levels) {
  const file = path.join(work, `bomb-${levels}.yaml`);
  const names = 'abcdefghij';
  const lines = ['currency: USD', 'a: &a [x,x,x,x,x,x,x,x,x]'];
  for (let i = 1; i < levels; i += 1)
    lines.push(
      `${names[i]}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(',')}]`,
    );
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
curve('scenario, 9^n alias bombs (refused: exit 2)', 'levels', quick ? [6, 9] : [5, 6, 7, 9], (n) => [
  'scenario',
  bomb(n),
]);

// import: a csv of rates (120 currencies a day), into a fresh folder each time.
function rates(kb) {
  const file = path.join(work, `rates-${kb}.csv`);
  const codes = ['CNY', 'JPY', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'HKD', 'SGD', 'KRW', 'INR', 'BRL'];
  const lines = ['date,base,quote,rate'];
  let size = 0;
  for (let d = 0; size < k(kb); d += 1) {
    const date = new Date(Date.UTC(1990, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
    for (const code of codes) {
      const line = `${date},USD,${code},${(6 + (d % 100) / 1000).toFixed(4)}`;
      lines.push(line);
      size += line.length + 1;
    }
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
curve(
  'rates import csv',
  'KB',
  scale.map((s) => 256 * s),
  (kb) => [
    'rates',
    'import',
    'csv',
    rates(kb),
    '--as',
    'bench',
    '--user-dir',
    path.join(work, `store-${kb}`),
  ],
);

// import: the ECB's own history (data/ecb's source, eurofxref-hist.csv) replicated back in time in
// 28-year steps (weekdays and leap days stay) to a size, into a fresh folder each time.
const ecbHistory = path.join(root, '..', 'shared', 'data', 'ecb', 'eurofxref-hist.csv');
function ecbCopies(mb) {
  const file = path.join(work, `ecb-${mb}.csv`);
  const [header, ...rows] = fs.readFileSync(ecbHistory, 'utf8').trimEnd().split('\n');
  const out = [header];
  let size = header.length + 1;
  const valid = (y, m, d) => {
    const t = new Date(Date.UTC(2000, m - 1, d));
    t.setUTCFullYear(y);
    return t.getUTCDate() === d;
  };
  for (let step = 0; size < mb * 1024 * 1024; step += 1) {
    for (const row of rows) {
      const year = Number(row.slice(0, 4)) - 28 * step;
      if (year < 1 || size >= mb * 1024 * 1024) break;
      if (!valid(year, Number(row.slice(5, 7)), Number(row.slice(8, 10)))) continue;
      const line = String(year).padStart(4, '0') + row.slice(4);
      out.push(line);
      size += line.length + 1;
    }
  }
  fs.writeFileSync(file, `${out.join('\n')}\n`);
  return file;
}
if (fs.existsSync(ecbHistory)) {
  curve('rates import ecb (the ECB history replicated)', 'MB', quick ? [2, 4] : [4, 8, 16, 32], (mb) => [
    'rates',
    'import',
    'ecb',
    ecbCopies(mb),
    '--user-dir',
    path.join(work, `ecb-store-${mb}`),
  ]);
}

fs.rmSync(work, { recursive: true, force: true });
