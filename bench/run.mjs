#!/usr/bin/env node
// Cold-start benchmark: one `dealcalc convert` and one `dealcalc check` as a ratio to `node -e 0`,
// both measured in this run, from the package as a user has it: `npm pack`, then installed into
// a fresh folder (npm resets file times there, so the shipped tables are not recognised by their
// modification time; see src/node/dataStamp.ts). The checkout's own bin is measured beside it.
// Runs alternate so that machine noise falls on all sides alike; medians are compared. Beside the
// wall time, the CPU time each process spent (user + system, all its threads) is compared: on a
// machine shared with other work, the wall time mostly measures the waiting.
// BENCH_RUNS sets the number of runs (default 30); BENCH_CHECKOUT_ONLY=1 skips the install.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const runs = Number(process.env.BENCH_RUNS ?? 30);
/** The budgets of DESIGN.md, as ratios to `node -e 0`. */
const budgets = { convert: 1.25, check: 1.4 };

/** Packs the checkout and installs the tarball into a fresh folder; returns that folder's bin. */
function installedBin(work) {
  const npm = (args, cwd) =>
    execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const tarball = npm(['pack', '--ignore-scripts', '--silent', '--pack-destination', work], root)
    .trim()
    .split('\n')
    .pop();
  writeFileSync(path.join(work, 'package.json'), '{ "name": "bench-install", "private": true }\n');
  npm(
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--omit=dev',
      path.join(work, tarball),
    ],
    work,
  );
  return path.join(work, 'node_modules', 'dealcalc', 'bin', 'dealcalc.cjs');
}

const work = mkdtempSync(path.join(tmpdir(), 'dealcalc-bench-'));
// Preloaded into every measured process (the floor too): writes the process's CPU time to fd 3 at exit.
const cpuReport = path.join(work, 'cpu-report.cjs');
writeFileSync(
  cpuReport,
  "process.on('exit', () => { const u = process.cpuUsage(); require('node:fs').writeSync(3, String((u.user + u.system) / 1000)); });\n",
);
const bins = { checkout: path.join(root, 'bin', 'dealcalc.cjs') };
try {
  if (process.env.BENCH_CHECKOUT_ONLY !== '1') bins.installed = installedBin(work);

  const seed = ['1.5 billion yuan', 'USD', '--on', '2017-11-15'];
  const quote = ['about 1.5 billion yuan ($227 million)', '--on', '2017-11-15'];
  /** name → [budget key or undefined, argv]. */
  const cases = { 'node -e 0 (floor)': [undefined, ['-e', '0']] };
  for (const [where, bin] of Object.entries(bins)) {
    cases[`convert, fred-h10 (${where})`] = ['convert', [bin, 'convert', ...seed]];
    cases[`convert, imf cross via SDR (${where})`] = [
      'convert',
      [bin, 'convert', '1.5 billion yuan', 'PLN', '--on', '2017-11-15'],
    ];
    cases[`check, both sources (${where})`] = ['check', [bin, 'check', ...quote]];
  }

  /** One run: its wall time and its CPU time, in ms. */
  const once = (args) => {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['-r', cpuReport, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    const wall = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    return { wall, cpu: Number(result.output[3]) };
  };
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  };

  const samples = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (const [, args] of Object.values(cases)) once(args); // warm the file cache
  for (let i = 0; i < runs; i++) {
    process.stderr.write(`\rbench: run ${i + 1}/${runs}`);
    for (const [name, [, args]] of Object.entries(cases)) samples[name].push(once(args));
  }
  process.stderr.write('\n');

  const floorWall = median(samples['node -e 0 (floor)'].map((x) => x.wall));
  const floorCpu = median(samples['node -e 0 (floor)'].map((x) => x.cpu));
  console.log(
    `cold start, median of ${runs} runs each (budget: convert ≤ ${budgets.convert}x, check ≤ ${budgets.check}x node -e 0)`,
  );
  console.log(
    `${''.padEnd(42)} ${'wall'.padStart(10)} ${'ratio'.padStart(6)} ${'cpu'.padStart(10)} ${'ratio'.padStart(6)}`,
  );
  for (const [name, xs] of Object.entries(samples)) {
    const wall = median(xs.map((x) => x.wall));
    const cpu = median(xs.map((x) => x.cpu));
    const budget = budgets[cases[name][0]];
    const worst = Math.max(wall / floorWall, cpu / floorCpu);
    const verdict = budget === undefined ? '' : worst > budget ? `over ${budget}x` : `within ${budget}x`;
    console.log(
      `${name.padEnd(42)} ${wall.toFixed(1).padStart(7)} ms ${(wall / floorWall).toFixed(2).padStart(5)}x ${cpu.toFixed(1).padStart(7)} ms ${(cpu / floorCpu).toFixed(2).padStart(5)}x  ${verdict}`,
    );
  }
  // Node reads that bundle of certificates at every start, the floor's too (about 40 ms on the
  // machines of DESIGN.md): every ratio above is then lower than on a machine without it.
  if (process.env.NODE_EXTRA_CA_CERTS) {
    console.log(
      `note: NODE_EXTRA_CA_CERTS is set (${process.env.NODE_EXTRA_CA_CERTS}); every process above read it at start`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
