#!/usr/bin/env node
// Batch benchmark (issue 11): `dealcalc convert --batch` on generated files (fixed seed), measured in
// this run against floors of reading and splitting the same file in Node, with peak memory, and
// against `hledger bal --value=then,USD` on the same rows when hledger is installed. Prints
// measurements and ratios, not verdicts. BENCH_QUICK=1 leaves out the 1,000,000-row runs;
// BENCH_BATCH_ONLY=ledger runs only the ledger case (random business days over 25 years), and
// misspelt only the rows with a misspelt word. Each process's CPU time is measured beside its wall
// time: on a shared machine the wall clock is mostly the other processes'.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = path.join(root, 'bin', 'dealcalc.cjs');
const quick = process.env.BENCH_QUICK === '1';
const runs = Number(process.env.BENCH_BATCH_RUNS ?? 3);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dealcalc-bench-'));
const CURRENCIES = ['CNY', 'EUR', 'JPY', 'GBP', 'CAD', 'CHF', 'HKD', 'USD'];
// From here, 5,000 days stay inside the shipped fred-h10 table (it ends on 2024-11-29).
const FIRST_DAY = Date.UTC(2005, 0, 3);

// ---- inputs (fixed seed) ------------------------------------------------------------------------

/** A linear congruential generator: the same files on every machine and every run. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function day(offset) {
  return new Date(FIRST_DAY + offset * 86400000).toISOString().slice(0, 10);
}

/** date,amount,currency rows: days drawn from `dates` consecutive days (weekends and holidays among them). */
function generate(name, rows, dates) {
  const file = path.join(work, name);
  const next = random(20171115);
  const days = Array.from({ length: dates }, (_, i) => day(i));
  const fd = fs.openSync(file, 'w');
  let text = 'date,amount,currency\n';
  for (let i = 0; i < rows; i += 1) {
    const amount = `${Math.floor(next() * 1e7)}.${String(Math.floor(next() * 100)).padStart(2, '0')}`;
    text += `${days[Math.floor(next() * dates)]},${amount},${CURRENCIES[Math.floor(next() * CURRENCIES.length)]}\n`;
    if (text.length > 1 << 16) {
      fs.writeSync(fd, text);
      text = '';
    }
  }
  fs.writeSync(fd, text);
  fs.closeSync(fd);
  return file;
}

/**
 * A ledger's rows (issue 18): business days (Monday to Friday) drawn at random over 2000-2024, in
 * 5 currencies, so that the rows fall on about 31,000 distinct (currency, day). Its own generator
 * (mulberry32): the LCG above correlates consecutive draws, which would pair days with currencies.
 */
function generateLedger(name, rows) {
  const file = path.join(work, name);
  let seed = 20171115 >>> 0;
  const next = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const days = [];
  for (let t = Date.UTC(2000, 0, 1); t <= Date.UTC(2024, 10, 29); t += 86400000) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(new Date(t).toISOString().slice(0, 10));
  }
  const currencies = LEDGER_CURRENCIES;
  const fd = fs.openSync(file, 'w');
  let text = 'date,amount,currency\n';
  for (let i = 0; i < rows; i += 1) {
    const amount = `${Math.floor(next() * 1e7)}.${String(Math.floor(next() * 100)).padStart(2, '0')}`;
    text += `${days[Math.floor(next() * days.length)]},${amount},${currencies[Math.floor(next() * currencies.length)]}\n`;
    if (text.length > 1 << 16) {
      fs.writeSync(fd, text);
      text = '';
    }
  }
  fs.writeSync(fd, text);
  fs.closeSync(fd);
  return file;
}

const LEDGER_CURRENCIES = ['CNY', 'EUR', 'JPY', 'GBP', 'CAD'];

// ---- what is measured -------------------------------------------------------------------------

// Peak memory of a child: a preload writes its maxRSS (KiB) to a file on exit.
const rssFile = path.join(work, 'rss');
const preload = path.join(work, 'report-rss.cjs');
fs.writeFileSync(
  preload,
  `process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, u.maxRSS + ' ' + (u.userCPUTime + u.systemCPUTime)); });\n`,
);

// The floors: the same file read and split in Node, without converting anything.
const floors = {
  // What a Node programmer writes to stream a CSV: readline over a read stream, split each line.
  'read+split (readline)': `
    const rl = require('node:readline').createInterface({ input: require('node:fs').createReadStream(process.argv[1]), crlfDelay: Infinity });
    let rows = 0, cells = 0;
    rl.on('line', (line) => { rows += 1; cells += line.split(',').length; });
    rl.on('close', () => { if (rows === 0) process.exit(1); });`,
  // The tightest string split: 64 KiB reads, one decoder, String.split on lines and cells.
  'read+split (chunks)': `
    const fs = require('node:fs'); const fd = fs.openSync(process.argv[1], 'r'); const buf = Buffer.allocUnsafe(1 << 16);
    const decoder = new TextDecoder(); let carry = '', rows = 0, cells = 0;
    for (;;) { const n = fs.readSync(fd, buf, 0, buf.length, null); if (n === 0) break;
      const lines = (carry + decoder.decode(buf.subarray(0, n), { stream: true })).split('\\n'); carry = lines.pop();
      for (const line of lines) { rows += 1; cells += line.split(',').length; } }
    if (rows === 0) process.exit(1);`,
};

function timed(command, args) {
  fs.rmSync(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 600)}`,
    );
  }
  const [maxRss, cpu] = fs.existsSync(rssFile) ? fs.readFileSync(rssFile, 'utf8').split(' ').map(Number) : [];
  return {
    seconds,
    rss: maxRss === undefined ? NaN : maxRss / 1024,
    cpuSeconds: cpu === undefined ? NaN : cpu / 1e6,
  };
}

/** A batch whose rows fail (exit 2): timed all the same. */
function timedFailing(file) {
  fs.rmSync(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    ['-r', preload, bin, 'convert', '--batch', file, '--to', 'USD'],
    {
      stdio: ['ignore', 'ignore', 'ignore'],
    },
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 2) throw new Error(`the misspelt rows exited ${result.status}, not 2`);
  const [, cpu] = fs.readFileSync(rssFile, 'utf8').split(' ').map(Number);
  return { seconds, cpuSeconds: cpu / 1e6 };
}

const batch = (file) =>
  timed(process.execPath, ['-r', preload, bin, 'convert', '--batch', file, '--to', 'USD']);
const floor = (name, file) => timed(process.execPath, ['-r', preload, '-e', floors[name], file]);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Runs each command `runs` times, alternating, so that machine noise falls on all alike. */
function measure(file, rows) {
  const names = ['dealcalc --batch', ...Object.keys(floors)];
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < runs; i += 1) {
    for (const name of names)
      samples[name].push(name === 'dealcalc --batch' ? batch(file) : floor(name, file));
  }
  return Object.fromEntries(
    names.map((name) => {
      const seconds = median(samples[name].map((s) => s.seconds));
      const cpuSeconds = median(samples[name].map((s) => s.cpuSeconds));
      return [
        name,
        {
          seconds,
          cpuSeconds,
          rowsPerSecond: rows / seconds,
          rss: Math.max(...samples[name].map((s) => s.rss)),
        },
      ];
    }),
  );
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const bar = (value, max, width = 40) => '█'.repeat(Math.max(1, Math.round((value / max) * width)));

// ---- throughput and memory by file size -------------------------------------------------------

const only = process.env.BENCH_BATCH_ONLY;
const sizes = only !== undefined ? [] : quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
const bySize = [];
for (const rows of sizes) {
  process.stderr.write(`bench: ${fmt(rows)} rows …\n`);
  const file = generate(`rows-${rows}.csv`, rows, 730);
  bySize.push({ rows, bytes: fs.statSync(file).size, result: measure(file, rows) });
}

if (bySize.length > 0)
  console.log(
    `\nbatch conversion to USD, ${CURRENCIES.length} currencies (one of them USD), 730 days from ${day(0)}; median of ${runs} runs, wall time of the whole process`,
  );
if (bySize.length > 0)
  console.log(
    `${'rows'.padStart(10)}  ${'MB'.padStart(5)}  ${'command'.padEnd(24)} ${'seconds'.padStart(8)} ${'rows/s'.padStart(11)} ${'peak RSS'.padStart(10)}  batch ÷ floor`,
  );
for (const { rows, bytes, result } of bySize) {
  const mine = result['dealcalc --batch'];
  for (const [name, r] of Object.entries(result)) {
    const ratio = name === 'dealcalc --batch' ? '' : `${(mine.rowsPerSecond / r.rowsPerSecond).toFixed(2)}x`;
    console.log(
      `${fmt(rows).padStart(10)}  ${(bytes / 1e6).toFixed(1).padStart(5)}  ${name.padEnd(24)} ${r.seconds.toFixed(3).padStart(8)} ${fmt(r.rowsPerSecond).padStart(11)} ${`${r.rss.toFixed(1)} MiB`.padStart(10)}  ${ratio}`,
    );
  }
}

// ---- a ledger: random business days over 25 years (about 31,000 distinct currency-days) -------

if (only === undefined || only === 'ledger') {
  const ledgerRows = quick ? 100_000 : 1_000_000;
  process.stderr.write(`bench: ${fmt(ledgerRows)} ledger rows over 2000-2024 …\n`);
  const ledgerFile = generateLedger('ledger.csv', ledgerRows);
  const ledgerKeys = new Set(
    fs
      .readFileSync(ledgerFile, 'utf8')
      .split('\n')
      .slice(1, -1)
      .map((row) => {
        const [date, , currency] = row.split(',');
        return `${currency}${date}`;
      }),
  ).size;
  const ledger = measure(ledgerFile, ledgerRows);
  fs.rmSync(ledgerFile);
  console.log(
    `\na ledger: ${fmt(ledgerRows)} rows on random business days of 2000-2024 in ${LEDGER_CURRENCIES.length} currencies (${fmt(ledgerKeys)} distinct currency-days), to USD; median of ${runs} runs`,
  );
  {
    const mine = ledger['dealcalc --batch'];
    for (const [name, r] of Object.entries(ledger)) {
      const ratio =
        name === 'dealcalc --batch' ? '' : `${(mine.rowsPerSecond / r.rowsPerSecond).toFixed(2)}x`;
      const cpuRatio = name === 'dealcalc --batch' ? '' : `${(r.cpuSeconds / mine.cpuSeconds).toFixed(2)}x`;
      console.log(
        `${name.padEnd(24)} ${r.seconds.toFixed(3).padStart(8)} s ${fmt(r.rowsPerSecond).padStart(11)} rows/s ${`${r.rss.toFixed(1)} MiB`.padStart(10)}  ${ratio.padStart(6)}   CPU ${r.cpuSeconds.toFixed(3)} s ${cpuRatio}`,
      );
    }
    console.log(
      '(budget: at least 0.8x the read-and-split floor, under 100 MiB; the ratios are of wall time, then of CPU time)',
    );
  }
}

// ---- rows per second against file size and against distinct dates ----------------------------

const distinctRows = quick ? 100_000 : 1_000_000;
const byDates = [];
for (const dates of only === undefined ? [10, 100, 1000, 5000] : []) {
  process.stderr.write(`bench: ${fmt(distinctRows)} rows over ${fmt(dates)} days …\n`);
  const file = generate(`dates-${dates}.csv`, distinctRows, dates);
  const samples = Array.from({ length: runs }, () => batch(file).seconds);
  byDates.push({ dates, rowsPerSecond: distinctRows / median(samples) });
  fs.rmSync(file);
}

if (only === undefined) {
  console.log('\nrows per second (dealcalc --batch) against file size: flat when the cost is linear in rows');
  const top = Math.max(
    ...bySize.map((s) => s.result['dealcalc --batch'].rowsPerSecond),
    ...byDates.map((d) => d.rowsPerSecond),
  );
  for (const { rows, result } of bySize) {
    const r = result['dealcalc --batch'].rowsPerSecond;
    console.log(`${`${fmt(rows)} rows`.padStart(16)} │${bar(r, top).padEnd(40)} ${fmt(r)}`);
  }
  console.log(
    `\nrows per second against distinct dates (${fmt(distinctRows)} rows, ${CURRENCIES.length} currencies): flat while each distinct (currency, date) costs once`,
  );
  for (const { dates, rowsPerSecond } of byDates) {
    console.log(
      `${`${fmt(dates)} days`.padStart(16)} │${bar(rowsPerSecond, top).padEnd(40)} ${fmt(rowsPerSecond)}`,
    );
  }
  const few = byDates[0];
  const many = byDates[byDates.length - 1];
  const perKey =
    (distinctRows / many.rowsPerSecond - distinctRows / few.rowsPerSecond) /
    (Math.min(many.dates * CURRENCIES.length, distinctRows) - few.dates * CURRENCIES.length);
  console.log(
    `each further distinct (currency, date) costs about ${(perKey * 1e6).toFixed(0)} µs (its lookup in the rate tables, once)`,
  );
}

// ---- rows with a misspelt word (issue 20 item 18): its suggestion is searched for once ---------

if (only === undefined || only === 'misspelt') {
  const rows = quick ? 20_000 : 100_000;
  const file = path.join(work, 'misspelt.csv');
  const next = random(20171115);
  let text = 'date,amount,currency\n';
  for (let i = 0; i < rows; i += 1)
    text += `2017-11-15,${Math.floor(next() * 1e7)}.${String(Math.floor(next() * 100)).padStart(2, '0')},dolars\n`;
  fs.writeFileSync(file, text);
  const samples = Array.from({ length: runs }, () => timedFailing(file));
  const cpu = median(samples.map((s) => s.cpuSeconds));
  console.log(
    `\n${fmt(rows)} rows whose currency is misspelt ("dolars"), every row failing with its suggestion: ${median(samples.map((s) => s.seconds)).toFixed(3)} s wall, ${cpu.toFixed(3)} s CPU, ${fmt(rows / cpu)} rows per CPU second`,
  );
  fs.rmSync(file);
}

// ---- hledger on the same rows -----------------------------------------------------------------

const hledger = spawnSync('hledger', ['--version'], { encoding: 'utf8' });
if (only !== undefined) {
  // hledger is compared on the full run only.
} else if (hledger.status !== 0) {
  console.log('\nhledger: not installed (Debian: apt-get install hledger), comparison left out');
} else {
  const rows = 100_000;
  const csv = generate('hledger-rows.csv', rows, 730);
  const journal = path.join(work, 'rows.journal');
  writeJournal(csv, journal);
  process.stderr.write(`bench: hledger on ${fmt(rows)} postings …\n`);
  const h = [];
  const d = [];
  for (let i = 0; i < runs; i += 1) {
    h.push(timed('hledger', ['-f', journal, 'bal', '--value=then,USD']).seconds);
    d.push(batch(csv).seconds);
  }
  const hs = median(h);
  const ds = median(d);
  console.log(
    `\n${hledger.stdout.trim()}: bal --value=then,USD on the same ${fmt(rows)} rows (one posting each, P directives from the shipped fred-h10 table)`,
  );
  console.log(
    `${'hledger bal --value=then,USD'.padEnd(30)} ${hs.toFixed(3).padStart(8)} s  ${fmt(rows / hs).padStart(9)} rows/s`,
  );
  console.log(
    `${'dealcalc convert --batch'.padEnd(30)} ${ds.toFixed(3).padStart(8)} s  ${fmt(rows / ds).padStart(9)} rows/s`,
  );
  console.log(`dealcalc ÷ hledger: ${(hs / ds).toFixed(1)}x the rows per second`);
}

fs.rmSync(work, { recursive: true, force: true });

/** The rows as a journal: one unbalanced posting per row, and P directives for every day in range. */
function writeJournal(csv, journal) {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'data', 'manifest.json'), 'utf8'));
  const fred = manifest.sources.find((s) => s.id === 'fred-h10');
  const last = day(730);
  const lines = [];
  for (const series of fred.series.filter((s) => CURRENCIES.includes(s.currency))) {
    const rows = fs
      .readFileSync(path.join(root, 'data', series.file), 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    for (const row of rows) {
      const [date, value] = row.split(',');
      // A week before the first day, so that the first days have a previous rate, as dealcalc's.
      if (date >= day(-7) && date <= last) lines.push(`P ${date} ${series.base} ${value} ${series.quote}`);
    }
  }
  const text = fs.readFileSync(csv, 'utf8').trim().split('\n').slice(1);
  text.forEach((row, i) => {
    const [date, amount, currency] = row.split(',');
    lines.push(`${date} row ${i + 1}`, `    (assets:cash)    ${amount} ${currency}`);
  });
  fs.writeFileSync(journal, `${lines.join('\n')}\n`);
}
