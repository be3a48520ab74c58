import { optionInvalid } from '../commonErrors.js';
/**
 * Imports and updates, whole: read or download a file, parse it (every row validated), plan the
 * change against the user's store, and write it atomically under the store's lock. Nothing is
 * written unless every step succeeds.
 */
import { basename } from 'node:path';
import { errorFrom } from '../errors.js';
import { inline } from '../text/inlineText.js';
import { FRED_SERIES, fredSeries } from '../store/formats/fredSeries.js';
import { parseImport } from '../store/formats/index.js';
import type { ImportFormat, ParsedImport } from '../store/formats/types.js';
import { sourceIdTaken } from '../store/formats/importErrors.js';
import { checkImportId, planImport, type ImportSummary } from '../store/importPlan.js';
import type { RateStore } from '../store/rateStore.js';
import { downloadFrom, type RedirectPolicy } from './download.js';
import { importText, readImportFile, type ImportText } from './readImportFile.js';
import { changeUserStore, openUserStore, sha256Hex } from './userStore.js';
import { checkArgument } from '../requestFields.js';

/** Where and how to import. */
export interface ImportIntoOptions {
  /** The user's store. */
  readonly userDir: string;
  /** The store whose ids an import may not take (the shipped tables). */
  readonly shipped: RateStore;
  /** The source id (default: the format's name for ecb and fred, the file's name for csv and ledger). */
  readonly as?: string;
  readonly replace?: boolean;
  /** The time of the import, ISO 8601 UTC (default: now). */
  readonly at?: string;
}

/**
 * The source id an import takes when none is given: the ECB's history is the user's own copy
 * "my-ecb" (dealcalc ships a table "ecb"; the user's, fresher after an update, answers first);
 * fred is the format's own source; a file of the user's own takes its name, slugged to the safe
 * alphabet `[a-z0-9][a-z0-9._-]*` (accents dropped, every other run of characters one "-"). A
 * name with nothing left to make an id of is refused, never given a shared fallback id: two such
 * files would merge into one source.
 *
 * @throws DealCalcError OPTION_INVALID when the file's name gives no id (e.g. ".csv", "-.csv")
 *
 * @example
 * defaultSourceId('ecb', 'eurofxref-hist.zip') //=> 'my-ecb'
 * defaultSourceId('fred', 'DEXCHUS.csv') //=> 'fred'
 * defaultSourceId('csv', '/tmp/House Rates.csv') //=> 'house-rates'
 * defaultSourceId('csv', '/tmp/Ünï.csv') //=> 'uni'
 * defaultSourceId('csv', '/tmp/-.csv') // throws OPTION_INVALID
 */
export function defaultSourceId(format: ImportFormat, file: string): string {
  if (format === 'ecb') return 'my-ecb';
  if (format === 'fred') return format;
  const stem = basename(file).replace(/\.[^.]*$/, '');
  const id = stem
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  if (id === '') {
    throw optionInvalid(
      `the file's name "${inline(basename(file)).slice(0, 60)}" gives no source id`,
      'Name the source with --as ID (lower-case letters, digits, ".", "_" or "-", e.g. --as house-rates).',
    );
  }
  return id;
}

/**
 * Refuses an import whose id was made from its file's name into a source that another file made:
 * "House Rates.csv" and "house_rates.csv" both give house-rates, and must not silently merge.
 */
function checkNoMerge(store: RateStore | undefined, id: string, label: string): void {
  const existing = store?.manifest.sources.find((s) => s.id === id);
  const files = existing?.imports?.map((i) => i.file) ?? [];
  if (existing === undefined || files.length === 0 || files.includes(label)) return;
  throw errorFrom(sourceIdTaken(id, label, files[0] ?? ''));
}

function shippedIds(options: ImportIntoOptions): string[] {
  return options.shipped.sources.map((s) => s.info.id);
}

/** A file's rates, parsed, and what to record of the file: its text is let go before the plan is made. */
interface ParsedFile {
  readonly parsed: ParsedImport;
  readonly sha256: string;
}

function parseFile(format: ImportFormat, file: ImportText): ParsedFile {
  const parsed = parseImport(format, file.text, file.name);
  if (!parsed.ok) throw errorFrom(parsed.error);
  return { parsed: parsed.value, sha256: file.sha256 };
}

function importInto(
  format: ImportFormat,
  file: ParsedFile,
  label: string,
  options: ImportIntoOptions,
): ImportSummary {
  const id = options.as ?? defaultSourceId(format, label);
  const plan = changeUserStore(options.userDir, (store) => {
    if (options.as === undefined && format !== 'ecb' && format !== 'fred') checkNoMerge(store, id, label);
    return planImport(store, file.parsed, {
      id,
      replace: options.replace === true,
      shippedIds: shippedIds(options),
      file: label,
      fileSha256: file.sha256,
      at: options.at ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      sha256: sha256Hex,
      sha256Bytes: sha256Hex,
    });
  });
  return plan.summary;
}

/**
 * Imports a file into the user's store: read (a regular file, within the size limit; a zip is
 * opened), parsed in the format with every row validated, merged with the source's stored rates
 * (a differing rate for a stored day is IMPORT_CONFLICT unless `replace`), written atomically.
 *
 * @param format - ecb, fred, csv or ledger
 * @param path - the file
 * @param options - the user's store, the shipped store, the id, replace, the time
 * @returns what was imported
 * @throws DealCalcError IMPORT_INVALID, IMPORT_CONFLICT, SOURCE_RESERVED, DATA_MISSING, STORE_BUSY, STORE_WRITE_FAILED
 *
 * @example
 * importFile('csv', '/nonexistent/house.csv', { userDir: '/nonexistent/store', shipped: openShippedStore() }) // throws DATA_MISSING
 */
export function importFile(format: ImportFormat, path: string, options: ImportIntoOptions): ImportSummary {
  checkArgument('importFile', 'format', 'text', format);
  checkArgument('importFile', 'path', 'text', path);
  checkArgument('importFile', 'options', 'object', options);
  checkImportId(options.as ?? defaultSourceId(format, path), shippedIds(options));
  // The file's text is not held while the plan is made (it was a third of an import's memory).
  const file = parseFile(format, readImportFile(path, format));
  // The file's name goes into the manifest and every message: escaped, it cannot forge a line.
  return importInto(format, file, inline(basename(path)), options);
}

/** The official endpoints `rates update` downloads from. */
export const UPDATE_ENDPOINTS = {
  ecb: 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip',
  fred: 'https://fred.stlouisfed.org/graph/fredgraph.csv',
} as const;

/** The hosts each publisher serves its files from: a redirect may lead to these (same scheme). */
export const PUBLISHER_HOSTS = {
  ecb: ['www.ecb.europa.eu', 'ecb.europa.eu', 'data.ecb.europa.eu', 'sdw.ecb.europa.eu'],
  fred: ['fred.stlouisfed.org', 'api.stlouisfed.org', 'research.stlouisfed.org', 'www.stlouisfed.org'],
} as const;

/** What to update and how. */
export interface UpdateOptions extends ImportIntoOptions {
  /** Where redirects may lead (default: the publisher's hosts, the system's resolver); tests inject it. */
  readonly redirects?: RedirectPolicy;
  /** FRED series ids (default: those the user's source holds, else every H.10 daily series). */
  readonly series?: readonly string[];
  /** Replaces the endpoints' scheme, host and port (a local server in tests), e.g. http://127.0.0.1:8080. */
  readonly origin?: string;
  /** Default 60 s and 64 MiB. */
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
}

function fredIds(options: UpdateOptions): string[] {
  if (options.series !== undefined && options.series.length > 0) {
    return options.series.map((id) => {
      const series = fredSeries(id);
      if (series === undefined) {
        throw optionInvalid(
          `"${id.slice(0, 40)}" is not a FRED H.10 daily series dealcalc knows`,
          `Use one or more of: ${FRED_SERIES.map((s) => s.id).join(', ')}.`,
        );
      }
      return series.id;
    });
  }
  const stored = openUserStore(options.userDir)?.manifest.sources.find(
    (s) => s.id === (options.as ?? defaultSourceId('fred', '')),
  );
  const ids = stored?.series.map((s) => s.id).filter((id) => fredSeries(id) !== undefined) ?? [];
  return ids.length > 0 ? ids : FRED_SERIES.map((s) => s.id);
}

/**
 * The URL an update downloads: the official endpoint, its origin replaced when asked.
 *
 * @example
 * updateUrl('ecb', []) //=> 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip'
 * updateUrl('fred', ['DEXCHUS', 'DEXJPUS'], 'http://127.0.0.1:8080') //=> 'http://127.0.0.1:8080/graph/fredgraph.csv?id=DEXCHUS,DEXJPUS'
 */
export function updateUrl(kind: 'ecb' | 'fred', series: readonly string[], origin?: string): string {
  const official = new URL(UPDATE_ENDPOINTS[kind]);
  const base = origin === undefined ? official : new URL(official.pathname, origin);
  const url = base.toString();
  return kind === 'fred' ? `${url}?id=${series.join(',')}` : url;
}

/**
 * Downloads the newest rates from the ECB (the whole history, eurofxref-hist.zip) or FRED (the
 * H.10 daily series as CSV) and imports them like a file: same validation, same merge, same
 * atomic write; the download is bounded in time and size.
 *
 * @param kind - ecb or fred
 * @param options - the stores, the id, the series, the origin, the limits
 * @returns what was imported, with the URL
 * @throws DealCalcError DOWNLOAD_FAILED, and what importFile throws
 *
 * @example
 * await updateRates('ecb', { userDir: '/nonexistent/store', shipped: openShippedStore(), origin: 'http://127.0.0.1:9', timeoutMs: 2000 }) // throws DOWNLOAD_FAILED
 */
export async function updateRates(
  kind: 'ecb' | 'fred',
  options: UpdateOptions,
): Promise<ImportSummary & { readonly url: string }> {
  checkImportId(options.as ?? defaultSourceId(kind, ''), shippedIds(options));
  const series = kind === 'fred' ? fredIds(options) : [];
  const url = updateUrl(kind, series, options.origin);
  const { bytes, url: finalUrl } = await downloadFrom(
    url,
    { timeoutMs: options.timeoutMs ?? 60_000, maxBytes: options.maxBytes ?? 64 * 1024 * 1024 },
    options.redirects ?? { hosts: PUBLISHER_HOSTS[kind] },
  );
  // Provenance names where the bytes came from: the URL after any redirect.
  const file = parseFile(kind, importText(bytes, kind, finalUrl));
  return { ...importInto(kind, file, inline(finalUrl), options), url: finalUrl };
}
