#!/usr/bin/env node
/* global document, performance -- the functions page.evaluate runs inside the page */
// The page's budgets (issue 12), measured, not asserted:
//   1. its JavaScript under 150 KB gzip-compressed (tables apart);
//   2. first render under one second from a cold local server (a fresh `dealcalc serve`, a fresh
//      browser profile: nothing cached);
//   3. checking a 5,000-word story under 200 ms in the browser once its tables are loaded.
// Needs a build (npm run build) and Debian's Chromium at /usr/bin/chromium for 2 and 3.
//   node bench/web.mjs [runs]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const runs = Number(process.argv[2] ?? process.env.BENCH_RUNS ?? 5);
const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(0)} ms`;
const verdict = (value, budget) => (value <= budget ? 'within budget' : 'OVER BUDGET');

// ---------- 1. size ----------
const site = mkdtempSync(path.join(tmpdir(), 'dealcalc-bench-web-'));
execFileSync(process.execPath, [
  path.join(root, 'scripts', 'build-web.mjs'),
  '--out',
  site,
  '--no-data',
  '--quiet',
]);
const js = readFileSync(path.join(site, 'app.js'));
const css = readFileSync(path.join(site, 'style.css'));
const html = readFileSync(path.join(site, 'index.html'));
const gz = (b) => gzipSync(b, { level: 9 }).length;
rmSync(site, { recursive: true, force: true });
console.log('the page (issue 12 budgets)');
console.log(
  `JavaScript   ${kb(gz(js)).padStart(9)} gzip (${kb(js.length)} minified)   budget 150 KB: ${(gz(js) / (150 * 1024)).toFixed(2)}x, ${verdict(gz(js), 150 * 1024)}`,
);
console.log(`style, HTML  ${kb(gz(css) + gz(html)).padStart(9)} gzip`);

if (!existsSync(CHROMIUM) || !existsSync(path.join(root, 'dist', 'web', 'app.js'))) {
  console.log(
    `render and check times skipped: ${existsSync(CHROMIUM) ? 'run npm run build first' : `${CHROMIUM} is missing`}`,
  );
  process.exit(0);
}
const { chromium } = await import('playwright-core');

/** A story of about `words` words, as news writes one: prose, with a conversion every `every` words and other figures between. */
function story(words, every) {
  const prose = [
    'The company said its engineers had spent the year building systems for retailers and banks.',
    'Analysts expect demand from clients in the region to keep growing as the market matures.',
    'Executives declined to comment on the talks, which people familiar with them described as advanced.',
    'The deal would be among the largest in the sector this year, according to data from a research firm.',
    'Regulators in several countries are reviewing how such investments are structured and reported.',
    'Its shares rose in early trading before closing slightly lower on the day.',
  ];
  const pairs = [
    'about 1.5 billion yuan ($227 million)',
    'HK$1.5 billion ($192 million)',
    '€300 million ($354 million)',
    '50 billion yen ($442 million)',
    '2 billion yuan ($302 million)',
    '£120 million ($158 million)',
  ];
  const lone = ['$410 million', 'more than $2 billion', '400 billion yuan', '$1.2 billion', '€80 million'];
  const parts = ['BEIJING, 15 November 2017.'];
  let count = 3;
  let sinceConversion = 0;
  let i = 0;
  while (count < words) {
    const sentence = prose[i % prose.length];
    parts.push(sentence);
    count += sentence.split(' ').length;
    sinceConversion += sentence.split(' ').length;
    if (sinceConversion >= every) {
      const extra = `It agreed to pay ${pairs[i % pairs.length]} and had earlier raised ${lone[i % lone.length]}.`;
      parts.push(extra);
      count += extra.split(' ').length;
      sinceConversion = 0;
    }
    if (i % 8 === 7) parts.push('\n\n');
    i += 1;
  }
  return parts.join(' ');
}

function startServe() {
  const child = spawn(process.execPath, [
    path.join(root, 'bin', 'dealcalc.cjs'),
    'serve',
    '--port',
    '0',
    '--json',
  ]);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ child, url: JSON.parse(out.split('\n')[0]).url });
    });
    child.on('exit', (code) => reject(new Error(`dealcalc serve exited ${code}`)));
  });
}

async function withBrowser(work) {
  const profile = mkdtempSync(path.join(tmpdir(), 'dealcalc-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
  });
  try {
    return await work(context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

// ---------- 2. first render from a cold server ----------
const paint = [];
const ready = [];
for (let run = 0; run < runs; run += 1) {
  process.stderr.write(`\rbench: cold start ${run + 1}/${runs}`);
  const serve = await startServe();
  try {
    await withBrowser(async (context) => {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(serve.url);
      await page.waitForSelector('html[data-ready]');
      const times = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        ready: performance.now(),
      }));
      paint.push(times.paint);
      ready.push(times.ready);
    });
  } finally {
    serve.child.kill('SIGINT');
  }
}
process.stderr.write('\n');

// ---------- 3. checking a 5,000-word story with its tables loaded ----------
const cases = {
  'news-like (a conversion every 150 words)': story(5000, 150),
  'dense (a conversion every 25 words)': story(5000, 25),
};
const checks = {};
const serve = await startServe();
try {
  await withBrowser(async (context) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(serve.url);
    await page.waitForSelector('html[data-ready]');
    for (const [name, text] of Object.entries(cases)) {
      const runsBefore = async () =>
        Number(await page.evaluate(() => document.documentElement.dataset.storyRuns ?? '0'));
      let before = await runsBefore();
      await page.fill('#story-text', text);
      await page.waitForFunction(
        (n) => Number(document.documentElement.dataset.storyRuns ?? '0') > n,
        before,
      );
      const samples = [];
      for (let run = 0; run < Math.max(runs, 5); run += 1) {
        before = await runsBefore();
        await page.click('#story-form button[type=submit]');
        await page.waitForFunction(
          (n) => Number(document.documentElement.dataset.storyRuns ?? '0') > n,
          before,
        );
        const entry = await page.evaluate(() => {
          const all = performance.getEntriesByName('dealcalc:check');
          const last = all[all.length - 1];
          return { duration: last.duration, ...last.detail };
        });
        if (entry.fetched === 0) samples.push(entry);
      }
      checks[name] = {
        words: text.split(/\s+/).filter(Boolean).length,
        pairs: samples[0]?.pairs,
        figures: samples[0]?.figures,
        total: median(samples.map((s) => s.duration)),
        core: median(samples.map((s) => s.coreMs)),
      };
    }
  });
} finally {
  serve.child.kill('SIGINT');
}

console.log(
  `first render ${ms(median(paint)).padStart(9)} (first contentful paint, median of ${runs} cold starts)   budget 1000 ms: ${(median(paint) / 1000).toFixed(2)}x, ${verdict(median(paint), 1000)}`,
);
console.log(
  `ready        ${ms(median(ready)).padStart(9)} (rate table manifest fetched and checked, the page usable)`,
);
for (const [name, c] of Object.entries(checks)) {
  console.log(
    `check        ${ms(c.total).padStart(9)} ${name}: ${c.words} words, ${c.figures} figures, ${c.pairs} pairs; core ${ms(c.core)}, the rest drawing   budget 200 ms: ${(c.total / 200).toFixed(2)}x, ${verdict(c.total, 200)}`,
  );
}
