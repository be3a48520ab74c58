/**
 * The only place that reads data/: the manifest once per directory, then one series file per
 * currency on demand, each checked against the manifest (sha256, row count) and cached.
 * Kept small on purpose: it is on every command's cold path.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DealCalcError } from '../errors.js';
import { currencyInfo, type CurrencyCode, type CurrencyInfo } from '../money/currency.js';
import { readVerifiedSeriesCsv } from '../fx/table.js';
import type { CalendarId, RateSeries, RateSource, SourceInfo } from '../fx/types.js';

/** One series as data/manifest.json describes it. */
export interface ManifestSeries {
  readonly id: string;
  readonly currency: string;
  readonly base: string;
  readonly quote: string;
  /** Path relative to the data directory, e.g. "fred-h10/CHUS.csv". */
  readonly file: string;
  readonly first: string;
  readonly last: string;
  readonly rows: number;
  readonly sha256: string;
  /** What the series is, e.g. "FRED DEXCHUS: Chinese yuan renminbi to one US dollar." */
  readonly title?: string;
  /** Caveats a user must hear (redenominations, rescaling); quoted in errors. */
  readonly notes?: string;
}

/** One source as data/manifest.json describes it. */
export interface ManifestSource {
  readonly id: string;
  readonly name: string;
  readonly meaning: string;
  readonly pivot: string;
  readonly calendar: CalendarId;
  readonly attribution: string;
  readonly input?: { readonly package: string; readonly version: string; readonly file: string };
  readonly firstDate: string;
  readonly lastDate: string;
  readonly updateHint: string;
  readonly notes?: string;
  readonly series: readonly ManifestSeries[];
}

/** data/manifest.json. */
export interface Manifest {
  readonly format: number;
  readonly generator: string;
  readonly inputs: readonly { package: string; version: string; file: string; sha256: string }[];
  readonly sources: readonly ManifestSource[];
  /** The currency table generated from Intl (names and minor units). */
  readonly currencies?: { readonly file: string; readonly source: string; readonly sha256: string };
}

const REGENERATE_HINT = 'Reinstall dealcalc, or regenerate the shipped tables with `npm run data`.';
const manifests = new Map<string, Manifest>();
const sources = new Map<string, RateSource>();

/**
 * The data directory shipped with the package: `<package root>/data` (this file runs as
 * dist/cli/loadData.js, two levels below the root).
 *
 * @example
 * defaultDataDir() //=> '/usr/lib/node_modules/dealcalc/data'
 */
export function defaultDataDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');
}

/**
 * Reads (once per directory) and checks data/manifest.json. Missing → DATA_MISSING;
 * unreadable or malformed → DATA_CORRUPT.
 *
 * @example
 * readManifest(defaultDataDir()).sources.map((s) => s.id) //=> ['fred-h10', 'imf']
 */
export function readManifest(dataDir: string): Manifest {
  const cached = manifests.get(dataDir);
  if (cached) return cached;
  const path = join(dataDir, 'manifest.json');
  const text = readDataFile(
    path,
    `no rate tables at ${dataDir}: cannot read ${path}`,
    `${REGENERATE_HINT} Or point --data-dir at a directory that holds manifest.json.`,
  );
  let manifest: Manifest;
  try {
    manifest = JSON.parse(text) as Manifest;
  } catch (error) {
    throw corrupt(`${path} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!manifest || !Array.isArray(manifest.sources)) throw corrupt(`${path} lists no sources`);
  for (const source of manifest.sources) {
    if (
      typeof source?.id !== 'string' ||
      !Array.isArray(source.series) ||
      !/^[A-Z]{3}$/.test(String(source.pivot))
    ) {
      throw corrupt(`${path}: a source entry is malformed`);
    }
  }
  manifests.set(dataDir, manifest);
  return manifest;
}

/**
 * Ids of the sources in the data directory, in manifest order (the preferred order).
 *
 * @example
 * listSources(defaultDataDir()) //=> ['fred-h10', 'imf']
 */
export function listSources(dataDir: string): readonly string[] {
  return readManifest(dataDir).sources.map((s) => s.id);
}

/**
 * A source whose series are read lazily: `series(currency)` reads just that one file, checks
 * its sha256 and row count against the manifest (DATA_CORRUPT on mismatch) and caches it.
 * Unknown id → SOURCE_UNKNOWN (kind 'data': exit 3, as DESIGN.md says) listing the known ids.
 *
 * @example
 * const fred = loadRateSource(defaultDataDir(), 'fred-h10');
 * fred.series(toCurrencyCode('CNY')).id //=> 'CHUS'
 */
export function loadRateSource(dataDir: string, sourceId: string): RateSource {
  const key = `${dataDir}\u0000${sourceId}`;
  const cached = sources.get(key);
  if (cached) return cached;
  const manifest = readManifest(dataDir);
  const entry = manifest.sources.find((s) => s.id === sourceId);
  if (!entry) {
    throw new DealCalcError({
      code: 'SOURCE_UNKNOWN',
      kind: 'data',
      message: `unknown rate source "${sourceId}"`,
      hint: `Known sources: ${manifest.sources.map((s) => s.id).join(', ')} (\`dealcalc rates sources\` describes them).`,
    });
  }
  const info: SourceInfo = {
    id: entry.id,
    name: entry.name,
    meaning: entry.meaning,
    pivot: entry.pivot as CurrencyCode,
    calendar: entry.calendar,
    attribution: entry.attribution,
    firstDate: entry.firstDate,
    lastDate: entry.lastDate,
    updateHint: entry.updateHint,
  };
  const byCurrency = new Map<string, ManifestSeries>();
  for (const s of entry.series) byCurrency.set(s.currency, s);
  const loaded = new Map<string, RateSeries>();

  const source: RateSource = {
    info,
    currencies: entry.series
      .map((s) => s.currency as CurrencyCode)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    series(currency: CurrencyCode): RateSeries {
      const hit = loaded.get(currency);
      if (hit) return hit;
      const meta = byCurrency.get(currency);
      if (!meta) {
        throw new DealCalcError({
          code: 'CURRENCY_NOT_IN_SOURCE',
          kind: 'data',
          message: `the ${info.id} source has no series for ${currency}`,
          hint: `${info.id} has: ${[`${info.pivot} (pivot)`, ...source.currencies].join(', ')}.`,
        });
      }
      const series = readSeries(dataDir, meta);
      loaded.set(currency, series);
      return series;
    },
  };
  sources.set(key, source);
  return source;
}

/** Reads a data file as text; a missing or unreadable one is DATA_MISSING with the reason. */
function readDataFile(path: string, message: string, hint: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new DealCalcError({
      code: 'DATA_MISSING',
      kind: 'data',
      message: `${message} (${errorCode(error)})`,
      hint,
    });
  }
}

/** Reads a file the manifest lists and proves it is the one generated (sha256), or throws. */
function readCheckedFile(path: string, sha256: string, what: string): string {
  const text = readDataFile(path, `${what} ${path} cannot be read`, REGENERATE_HINT);
  const digest = createHash('sha256').update(text).digest('hex');
  if (digest !== sha256) {
    throw corrupt(`${what} ${path} does not match its checksum in manifest.json (sha256 ${digest})`);
  }
  return text;
}

function readSeries(dataDir: string, meta: ManifestSeries): RateSeries {
  const path = join(dataDir, meta.file);
  const text = readCheckedFile(path, meta.sha256, `the rate table of series ${meta.id},`);
  const series = readVerifiedSeriesCsv(text, {
    file: path,
    id: meta.id,
    currency: meta.currency as CurrencyCode,
    base: meta.base as CurrencyCode,
    quote: meta.quote as CurrencyCode,
    ...(meta.notes ? { notes: meta.notes } : {}),
  });
  if (series.size !== meta.rows) {
    throw corrupt(`${path} (series ${meta.id}) has ${series.size} rows; manifest.json says ${meta.rows}`);
  }
  return series;
}

function corrupt(message: string): DealCalcError {
  return new DealCalcError({ code: 'DATA_CORRUPT', kind: 'data', message, hint: REGENERATE_HINT });
}

function errorCode(error: unknown): string {
  return error && typeof error === 'object' && 'code' in error ? String(error.code) : String(error);
}

/** Names and minor units of currencies, by code. */
export type CurrencyDirectory = (code: CurrencyCode) => CurrencyInfo;

/**
 * The currency table shipped in data/ (generated from Intl by `npm run data`), checked against
 * its sha256; codes it lacks are asked of Intl. Reading it spares a cold start ICU's locale data.
 *
 * @example
 * loadCurrencyDirectory(defaultDataDir())(toCurrencyCode('JPY')).minorUnits //=> 0
 */
export function loadCurrencyDirectory(dataDir: string): CurrencyDirectory {
  const entry = readManifest(dataDir).currencies;
  if (!entry) return currencyInfo;
  const text = readCheckedFile(join(dataDir, entry.file), entry.sha256, 'the currency table');
  const table = (JSON.parse(text) as { currencies: Record<string, { name: string; minorUnits: number }> })
    .currencies;
  return (code) => {
    const known = table[code];
    return known ? { code, name: known.name, minorUnits: known.minorUnits } : currencyInfo(code);
  };
}
