/**
 * The manifest of a rate store (manifest.json): which sources it holds, what a rate of each
 * means, and, per series, the file, its coverage, row count and sha256. Read from text and
 * checked field by field: nothing is cast, so a damaged or hand-made manifest is an error that
 * names the field, never a crash or a wrong number later.
 */
import { fail, succeed, type Result } from '../errors.js';
import { isCurrencyCode, type CurrencyCode } from '../money/currency.js';
import { isIsoDate } from '../fx/calendar.js';
import type { CalendarId, IsoDate } from '../fx/types.js';
import { dataCorrupt } from './storeErrors.js';
import { checkArgument } from '../requestFields.js';

/** One series as the manifest describes it. */
export interface ManifestSeries {
  /** The source's own id for the series, e.g. "CHUS". */
  readonly id: string;
  /** The non-pivot currency of the series. */
  readonly currency: CurrencyCode;
  readonly base: CurrencyCode;
  readonly quote: CurrencyCode;
  /** Path relative to the store's folder, e.g. "fred-h10/CHUS.csv" (never outside it). */
  readonly file: string;
  readonly first: IsoDate;
  readonly last: IsoDate;
  readonly rows: number;
  /** sha256 of the file's bytes, lower-case hex. */
  readonly sha256: string;
  /** What the series is, e.g. "FRED DEXCHUS: Chinese yuan renminbi to one US dollar." */
  readonly title?: string;
  /** Caveats a user must hear (redenominations, rescaling); quoted in errors. */
  readonly notes?: string;
}

/**
 * Where an imported source's rates came from: one record per import or update, oldest first
 * (only in a user's store; the shipped manifest says its inputs elsewhere).
 */
export interface ImportRecord {
  /** The import format: ecb, fred, csv or ledger. */
  readonly format: string;
  /** The file's name, or the URL it was downloaded from. */
  readonly file: string;
  /** sha256 of the file's bytes as read (of the zip for a zip), lower-case hex. */
  readonly sha256: string;
  /** When it was imported, as the shell said (ISO 8601, UTC); the core reads no clock. */
  readonly at: string;
  /** Observations added, replaced (when the import was allowed to) and found unchanged. */
  readonly added: number;
  readonly replaced: number;
  readonly unchanged: number;
}

/** One source as the manifest describes it. */
export interface ManifestSource {
  readonly id: string;
  readonly name: string;
  readonly meaning: string;
  /** The currency every series is quoted against ("USD", or "XDR" for the SDR). */
  readonly pivot: CurrencyCode;
  readonly calendar: CalendarId;
  readonly attribution: string;
  readonly firstDate: IsoDate;
  readonly lastDate: IsoDate;
  /** How to get newer rates, for the error past the last date. */
  readonly updateHint: string;
  readonly notes?: string;
  readonly series: readonly ManifestSeries[];
  /** Imports that made or changed the source (user stores only). */
  readonly imports?: readonly ImportRecord[];
}

/** manifest.json of a rate store. */
export interface Manifest {
  readonly format: 1;
  readonly sources: readonly ManifestSource[];
}

/** Limits that keep a damaged manifest from costing time or memory. */
const MAX_SOURCES = 256;
const MAX_SERIES = 4096;
const MAX_TEXT = 4000;
const SOURCE_ID = /^[a-z0-9][a-z0-9._-]{0,39}$/;
const SERIES_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
const SHA256 = /^[0-9a-f]{64}$/;
// One or more path segments of safe characters; no "..", no absolute path, no backslash.
const FILE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/;
const MAX_IMPORTS = 1000;
const IMPORT_FORMAT = /^[a-z][a-z0-9-]{0,19}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z)?$/;
const CALENDARS: readonly CalendarId[] = ['us-federal-reserve', 'ecb-target', 'none'];

/** Thrown inside the checker only, and turned into a Result at its edge. */
class ManifestFault {
  constructor(readonly message: string) {}
}

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(record: Record<string, Json>, key: string): Json {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function text(record: Record<string, Json>, key: string, path: string, optional = false): string | undefined {
  const value = field(record, key);
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string') throw new ManifestFault(`${path}.${key} must be text`);
  if (value.length > MAX_TEXT)
    throw new ManifestFault(`${path}.${key} is longer than ${MAX_TEXT} characters`);
  return value;
}

function requiredText(record: Record<string, Json>, key: string, path: string): string {
  return text(record, key, path) as string;
}

function matching(
  record: Record<string, Json>,
  key: string,
  path: string,
  pattern: RegExp,
  what: string,
): string {
  const value = requiredText(record, key, path);
  if (!pattern.test(value))
    throw new ManifestFault(`${path}.${key} ${JSON.stringify(value.slice(0, 60))} is not ${what}`);
  return value;
}

function currency(record: Record<string, Json>, key: string, path: string): CurrencyCode {
  const value = requiredText(record, key, path);
  if (!isCurrencyCode(value))
    throw new ManifestFault(`${path}.${key} ${JSON.stringify(value.slice(0, 60))} is not an ISO 4217 code`);
  return value;
}

function date(record: Record<string, Json>, key: string, path: string): IsoDate {
  const value = requiredText(record, key, path);
  if (!isIsoDate(value))
    throw new ManifestFault(
      `${path}.${key} ${JSON.stringify(value.slice(0, 60))} is not a day written YYYY-MM-DD`,
    );
  return value;
}

function safeFile(record: Record<string, Json>, key: string, path: string): string {
  const value = requiredText(record, key, path);
  const segments = value.split('/');
  if (segments.length > 4 || !segments.every((s) => FILE_SEGMENT.test(s))) {
    throw new ManifestFault(
      `${path}.${key} ${JSON.stringify(value.slice(0, 60))} is not a file inside the data folder (relative, no "..")`,
    );
  }
  return value;
}

function list(record: Record<string, Json>, key: string, path: string, max: number): readonly Json[] {
  const value = field(record, key);
  if (!Array.isArray(value)) throw new ManifestFault(`${path}.${key} must be a list`);
  if (value.length > max) throw new ManifestFault(`${path}.${key} has more than ${max} entries`);
  return value;
}

function readSeries(value: Json, path: string, pivot: CurrencyCode): ManifestSeries {
  if (!isRecord(value)) throw new ManifestFault(`${path} must be an object`);
  const currencyCode = currency(value, 'currency', path);
  const base = currency(value, 'base', path);
  const quote = currency(value, 'quote', path);
  if (currencyCode === pivot) throw new ManifestFault(`${path}.currency is the source's pivot ${pivot}`);
  if (!((base === pivot && quote === currencyCode) || (base === currencyCode && quote === pivot))) {
    throw new ManifestFault(`${path}: base ${base} and quote ${quote} must be ${pivot} and ${currencyCode}`);
  }
  const first = date(value, 'first', path);
  const last = date(value, 'last', path);
  if (last < first) throw new ManifestFault(`${path}: last ${last} comes before first ${first}`);
  const rows = field(value, 'rows');
  if (typeof rows !== 'number' || !Number.isSafeInteger(rows) || rows < 1) {
    throw new ManifestFault(`${path}.rows must be a whole number of rows, 1 or more`);
  }
  const title = text(value, 'title', path, true);
  const notes = text(value, 'notes', path, true);
  return {
    id: matching(value, 'id', path, SERIES_ID, 'a series id'),
    currency: currencyCode,
    base,
    quote,
    file: safeFile(value, 'file', path),
    first,
    last,
    rows,
    sha256: matching(value, 'sha256', path, SHA256, 'a sha256 in lower-case hex'),
    ...(title === undefined ? {} : { title }),
    ...(notes === undefined || notes === '' ? {} : { notes }),
  };
}

function count(record: Record<string, Json>, key: string, path: string): number {
  const value = field(record, key);
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new ManifestFault(`${path}.${key} must be a whole number, 0 or more`);
  }
  return value;
}

function readImport(value: Json, path: string): ImportRecord {
  if (!isRecord(value)) throw new ManifestFault(`${path} must be an object`);
  return {
    format: matching(value, 'format', path, IMPORT_FORMAT, 'an import format'),
    file: requiredText(value, 'file', path),
    sha256: matching(value, 'sha256', path, SHA256, 'a sha256 in lower-case hex'),
    at: matching(value, 'at', path, TIMESTAMP, 'a time written YYYY-MM-DDTHH:MM:SSZ'),
    added: count(value, 'added', path),
    replaced: count(value, 'replaced', path),
    unchanged: count(value, 'unchanged', path),
  };
}

function readSource(value: Json, path: string): ManifestSource {
  if (!isRecord(value)) throw new ManifestFault(`${path} must be an object`);
  const pivot = currency(value, 'pivot', path);
  const calendar = requiredText(value, 'calendar', path);
  if (!CALENDARS.includes(calendar as CalendarId)) {
    throw new ManifestFault(`${path}.calendar must be one of ${CALENDARS.join(', ')}`);
  }
  const firstDate = date(value, 'firstDate', path);
  const lastDate = date(value, 'lastDate', path);
  if (lastDate < firstDate)
    throw new ManifestFault(`${path}: lastDate ${lastDate} comes before firstDate ${firstDate}`);
  const series = list(value, 'series', path, MAX_SERIES).map((s, i) =>
    readSeries(s, `${path}.series[${i}]`, pivot),
  );
  const seen = new Set<string>();
  for (const [i, s] of series.entries()) {
    if (seen.has(s.currency))
      throw new ManifestFault(`${path}.series[${i}]: a second series for ${s.currency}`);
    seen.add(s.currency);
  }
  const notes = text(value, 'notes', path, true);
  const imports =
    field(value, 'imports') === undefined
      ? undefined
      : list(value, 'imports', path, MAX_IMPORTS).map((r, i) => readImport(r, `${path}.imports[${i}]`));
  return {
    id: matching(value, 'id', path, SOURCE_ID, 'a source id (lower-case letters, digits, ".", "_", "-")'),
    name: requiredText(value, 'name', path),
    meaning: requiredText(value, 'meaning', path),
    pivot,
    calendar: calendar as CalendarId,
    attribution: requiredText(value, 'attribution', path),
    firstDate,
    lastDate,
    updateHint: requiredText(value, 'updateHint', path),
    ...(notes === undefined || notes === '' ? {} : { notes }),
    series,
    ...(imports === undefined ? {} : { imports }),
  };
}

/**
 * Reads and checks a manifest. Every field a lookup relies on is checked: ids, currency codes,
 * directions against the pivot, dates, row counts, checksums, and that every file stays inside
 * the store's folder. Keys it does not know are ignored (newer generators may add some).
 *
 * @param text - the manifest's text
 * @param origin - how to name the file in messages, e.g. "data/manifest.json"
 * @returns the manifest, or DATA_CORRUPT naming the field at fault
 *
 * @example
 * parseManifest('{"format":1,"sources":[]}', 'manifest.json').ok //=> false
 * parseManifest('not json', 'manifest.json').error.code //=> 'DATA_CORRUPT'
 */
export function parseManifest(text: string, origin: string): Result<Manifest> {
  checkArgument('parseManifest', 'text', 'text', text);
  checkArgument('parseManifest', 'origin', 'text', origin);
  let json: Json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(
      dataCorrupt(`${origin} is not valid JSON (${error instanceof Error ? error.message : String(error)})`),
    );
  }
  try {
    if (!isRecord(json)) throw new ManifestFault('the manifest must be a JSON object');
    if (json.format !== 1) throw new ManifestFault('format must be 1 (a manifest written by `npm run data`)');
    const sources = list(json, 'sources', 'manifest', MAX_SOURCES).map((s, i) =>
      readSource(s, `sources[${i}]`),
    );
    if (sources.length === 0) throw new ManifestFault('the manifest lists no sources');
    const ids = new Set<string>();
    for (const [i, s] of sources.entries()) {
      if (ids.has(s.id)) throw new ManifestFault(`sources[${i}]: a second source with the id "${s.id}"`);
      ids.add(s.id);
    }
    return succeed({ format: 1, sources });
  } catch (error) {
    if (error instanceof ManifestFault) return fail(dataCorrupt(`${origin}: ${error.message}`));
    throw error;
  }
}

/**
 * Reads a manifest that a build has already checked with parseManifest and whose bytes are
 * unchanged since (the shipped tables; see src/node/dataStamp.ts): the checks were made then, so
 * this only parses. Any other manifest goes through parseManifest.
 *
 * @example
 * parseVerifiedManifest('{"format":1,"sources":[]}').sources.length //=> 0
 */
export function parseVerifiedManifest(text: string): Manifest {
  return JSON.parse(text) as Manifest;
}
