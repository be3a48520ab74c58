import { optionInvalid } from '../commonErrors.js';
/**
 * Planning an import: the user's store as it is, plus a file's validated rates, gives the store
 * as it will be (the new manifest and the series files to write) or an error, before anything
 * is written. Pure: the shell supplies the sha256 function and the time, then writes the plan
 * atomically (src/node/userStore.ts).
 */
import { errorFrom, DealCalcError } from '../errors.js';
import type { CurrencyCode } from '../money/currency.js';
import { Decimal } from '../money/decimal.js';
import { formatSeriesCsv, SERIES_CSV_HEADER } from '../fx/table.js';
import { GIVEN_SOURCE_ID } from '../fx/givenRate.js';
import { importConflict, importInvalid, sourceReserved } from './formats/importErrors.js';
import { ImportedRates, RisingIndexes } from './formats/importedRates.js';
import type { ImportedRate, ParsedImport, SkippedInput } from './formats/types.js';
import {
  parseManifest,
  type ImportRecord,
  type Manifest,
  type ManifestSeries,
  type ManifestSource,
} from './manifest.js';
import type { RateStore } from './rateStore.js';

/** Ids no import may take, whatever the stores hold: dealcalc's own words for "no table". */
export const RESERVED_SOURCE_IDS: readonly string[] = [GIVEN_SOURCE_ID, 'none', 'all', 'shipped', 'user'];

const SOURCE_ID = /^[a-z0-9][a-z0-9._-]{0,39}$/;
const MAX_IMPORT_RECORDS = 1000;
/** How many differing rates a conflict error lists. */
const CONFLICT_EXAMPLES = 5;
const ASCII = new TextDecoder();

/** How to import. */
export interface ImportOptions {
  /** The source id to import into (a new source, or one of the user's store to add to). */
  readonly id: string;
  /** Let the file's rates replace stored ones that differ (default: a differing rate is an error). */
  readonly replace?: boolean;
  /** The ids of the shipped tables, which an import may never take. */
  readonly shippedIds: readonly string[];
  /** The file's name (or URL) and the sha256 of its bytes, as the shell read them. */
  readonly file: string;
  readonly fileSha256: string;
  /** The time of the import, ISO 8601 UTC, from the shell (the core reads no clock). */
  readonly at: string;
  /** sha256 of a text's UTF-8 bytes, lower-case hex (the shell has the hash function). */
  readonly sha256: (text: string) => string;
  /**
   * sha256 of bytes, lower-case hex. Given, a series made from a file alone is planned and
   * written as bytes, never as text: a series' text was a string of megabytes, made twice.
   */
  readonly sha256Bytes?: (bytes: Uint8Array) => string;
}

/** One series of the source after the import. */
export interface PlannedSeries {
  readonly id: string;
  readonly currency: CurrencyCode;
  readonly base: CurrencyCode;
  readonly quote: CurrencyCode;
  readonly first: string;
  readonly last: string;
  readonly rows: number;
  readonly added: number;
  readonly replaced: number;
  readonly unchanged: number;
}

/** What an import will do, and what it did once written. */
export interface ImportSummary {
  readonly source: string;
  /** Whether the import makes a new source (else it adds to one of the user's). */
  readonly created: boolean;
  readonly format: string;
  readonly file: string;
  readonly added: number;
  readonly replaced: number;
  readonly unchanged: number;
  readonly series: readonly PlannedSeries[];
  readonly skipped: readonly SkippedInput[];
  readonly firstDate: string;
  readonly lastDate: string;
}

/** A file for the shell to write: a path relative to the user's store, and its text. */
export interface PlannedFile {
  readonly path: string;
  readonly text: string;
  /** The text's UTF-8 bytes, where the plan makes them (ImportOptions.sha256Bytes): write these. */
  readonly bytes?: Uint8Array;
}

/** The store as it will be: write `files`, then `manifestText` as manifest.json, atomically. */
export interface ImportPlan {
  readonly manifest: Manifest;
  readonly manifestText: string;
  readonly files: readonly PlannedFile[];
  readonly summary: ImportSummary;
}

/** A planned file whose text is made when read (each time): the shell writes one series at a time. */
function lazyFile(path: string, text: () => string): PlannedFile {
  return {
    path,
    get text() {
      return text();
    },
  };
}

/** A planned file whose bytes, or text, are made when read (each time). */
function lazyBytesFile(path: string, bytes: () => Uint8Array): PlannedFile {
  return {
    path,
    get text() {
      return ASCII.decode(bytes());
    },
    get bytes() {
      return bytes();
    },
  };
}

function fail(parsed: ParsedImport, line: number | undefined, reason: string): DealCalcError {
  return errorFrom(importInvalid(parsed.format, parsed.file, line, reason));
}

/**
 * Checks a source id an import would take: the form of an id, not a shipped table's, not a word
 * dealcalc reserves. Shells call it before reading the file, so the id is said first.
 *
 * @example
 * checkImportId('house', ['fred-h10']) //=> undefined
 * checkImportId('fred-h10', ['fred-h10']) // throws SOURCE_RESERVED
 * checkImportId('My Rates', []) // throws OPTION_INVALID
 */
export function checkImportId(id: string, shippedIds: readonly string[]): void {
  if (shippedIds.includes(id)) throw errorFrom(sourceReserved(id, 'the id of a table shipped with dealcalc'));
  if (RESERVED_SOURCE_IDS.includes(id)) throw errorFrom(sourceReserved(id, 'a word dealcalc reserves'));
  if (!SOURCE_ID.test(id)) {
    throw optionInvalid(
      `"${id.slice(0, 60)}" is not a source id`,
      'A source id is 1 to 40 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit (e.g. ecb, house-rates).',
    );
  }
}

/** The file's rates in columns: the parser's, or made from its array (a parsed import built by hand). */
function columnsOf(parsed: ParsedImport): ImportedRates {
  return parsed.columns ?? ImportedRates.from(parsed.rates);
}

/** The currency every rate of the file is against: the format's, the source's, or the one all pairs share. */
function pivotOf(
  parsed: ParsedImport,
  rates: ImportedRates,
  existing: ManifestSource | undefined,
): CurrencyCode {
  if (existing !== undefined) return existing.pivot;
  if (parsed.defaults.pivot !== undefined) return parsed.defaults.pivot;
  const first = rates.at(0);
  let candidates: CurrencyCode[] = [first.base, first.quote];
  for (let i = 0; i < rates.length; i += 1) {
    const base = rates.base(i);
    const quote = rates.quote(i);
    candidates = candidates.filter((c) => c === base || c === quote);
    if (candidates.length === 0) {
      throw fail(
        parsed,
        rates.line(i),
        `${base}/${quote} shares no currency with ${first.base}/${first.quote} (line ${first.line}): a source quotes every currency against one (its pivot); import such pairs under separate source ids`,
      );
    }
  }
  return candidates[0] as CurrencyCode;
}

/**
 * One currency's rates from the file, in file order, as indexes into the file's columns (about a
 * byte a rate, RisingIndexes). A file's days usually run one way (the ECB newest first): then they are read in order,
 * reversed at most; only when they do not is a map by day made, whose last rate for a day wins
 * (an object per rate cost about 100 bytes and a sort: a 106 MB ECB file took 3.4 GB, issue 20).
 */
interface Incoming {
  readonly base: CurrencyCode;
  readonly quote: CurrencyCode;
  readonly line: number;
  readonly indexes: RisingIndexes;
  /** 1 ascending, -1 descending, 0 not yet known (one day or none), null neither (or a day twice). */
  order: 1 | -1 | 0 | null;
}

function addIncoming(group: Incoming, rates: ImportedRates, i: number): void {
  if (group.indexes.length > 0 && group.order !== null) {
    const last = rates.date(group.indexes.last);
    const date = rates.date(i);
    const step = date > last ? 1 : date < last ? -1 : null;
    if (step === null || (group.order !== 0 && step !== group.order)) group.order = null;
    else group.order = step;
  }
  group.indexes.push(i);
}

/** The group's rates by day, in the order a map by day would give them (first place of each day, last rate). */
function incomingByDay(group: Incoming, rates: ImportedRates): Iterable<readonly [string, ImportedRate]> {
  const byDay = new Map<string, ImportedRate>();
  group.indexes.forEach((i) => {
    const rate = rates.at(i);
    byDay.set(rate.date, rate);
  });
  return byDay;
}

/**
 * The series CSV of a group whose days run one way (oldest first), as formatSeriesCsv writes it,
 * made in one byte buffer: a line's string per rate was most of a big import's garbage.
 */
function seriesCsvOf(group: Incoming, rates: ImportedRates): Uint8Array {
  const header = `${SERIES_CSV_HEADER}\n`;
  let size = header.length;
  group.indexes.forEach((i) => {
    size += rates.date(i).length + rates.valueLength(i) + 2;
  });
  const out = new Uint8Array(size);
  let at = 0;
  const put = (text: string) => {
    // Days and the header are ASCII (checked days, a constant).
    for (let c = 0; c < text.length; c += 1) out[at++] = text.charCodeAt(c);
  };
  put(header);
  group.indexes.forEach((i) => {
    put(rates.date(i));
    out[at++] = 0x2c;
    at = rates.copyValue(i, out, at);
    out[at++] = 0x0a;
  }, group.order === -1);
  return out;
}

function groupByCurrency(
  parsed: ParsedImport,
  rates: ImportedRates,
  pivot: CurrencyCode,
  existing: ManifestSource | undefined,
) {
  const groups = new Map<CurrencyCode, Incoming>();
  for (let i = 0; i < rates.length; i += 1) {
    const base = rates.base(i);
    const quote = rates.quote(i);
    if (base !== pivot && quote !== pivot) {
      throw fail(
        parsed,
        rates.line(i),
        `${base}/${quote} is not against ${pivot}, the ${existing ? `source's` : 'file’s'} pivot: a source quotes every currency against one`,
      );
    }
    const currency = base === pivot ? quote : base;
    let group = groups.get(currency);
    if (group === undefined) {
      const stored = existing?.series.find((s) => s.currency === currency);
      if (stored && (stored.base !== base || stored.quote !== quote)) {
        throw fail(
          parsed,
          rates.line(i),
          `${base}/${quote} runs the other way from the stored series ${stored.id} (1 ${stored.base} in ${stored.quote}); dealcalc keeps rates as published and will not invert them`,
        );
      }
      group = { base, quote, line: rates.line(i), indexes: new RisingIndexes(), order: 0 };
      groups.set(currency, group);
    } else if (group.base !== base) {
      throw fail(
        parsed,
        rates.line(i),
        `${base}/${quote} runs the other way from ${group.base}/${group.quote} on line ${group.line}; a series has one direction and dealcalc will not invert rates`,
      );
    }
    addIncoming(group, rates, i);
  }
  return groups;
}

function storedRates(
  store: RateStore | undefined,
  sourceId: string,
  currency: CurrencyCode,
): Map<string, string> {
  const out = new Map<string, string>();
  if (store === undefined) return out;
  const source = store.sources.find((s) => s.info.id === sourceId);
  if (source === undefined || !source.currencies.includes(currency)) return out;
  const series = source.series(currency);
  for (let i = 0; i < series.size; i += 1) out.set(series.dateAt(i), series.valueAt(i));
  return out;
}

function seriesTitle(parsed: ParsedImport, id: string, base: CurrencyCode, quote: CurrencyCode): string {
  if (parsed.format === 'fred') return `FRED ${id}: 1 ${base} in ${quote}, imported.`;
  if (parsed.format === 'ecb') return `ECB reference rate: 1 ${base} in ${quote}, imported.`;
  return `1 ${base} in ${quote}, imported from ${parsed.file.split(/[\\/]/).pop() ?? parsed.file}.`;
}

/**
 * Plans an import: checks the id, groups the file's rates into one series per currency against
 * the source's pivot (never inverting a rate), merges them with the rates already stored, and
 * writes the new manifest and series texts. A rate that differs from a stored one for the same
 * day is an IMPORT_CONFLICT listing them, unless `replace`; the same rate again is "unchanged".
 *
 * @param user - the user's store as it is (undefined when it has no manifest yet)
 * @param parsed - the file's validated rates (parseImport)
 * @param options - the id, whether to replace, the shipped ids, the file's name and sha256, the time, a hash function
 * @returns the plan: the new manifest (text and value), the files to write, a summary
 * @throws DealCalcError SOURCE_RESERVED, OPTION_INVALID, IMPORT_INVALID, IMPORT_CONFLICT; DATA_CORRUPT from stored series
 *
 * @example
 * const parsed = parseImport('csv', 'date,base,quote,rate\n2017-11-15,USD,CNY,6.62\n', 'mine.csv').value;
 * const plan = planImport(undefined, parsed, { id: 'mine', shippedIds: ['fred-h10'], file: 'mine.csv', fileSha256: '0'.repeat(64), at: '2026-11-28T00:00:00Z', sha256: () => 'a'.repeat(64) });
 * plan.files[0].path //=> 'mine/CNY.aaaaaaaaaaaa.csv'
 * plan.summary.added //=> 1
 * planImport(undefined, parsed, { id: 'fred-h10', shippedIds: ['fred-h10'], file: 'mine.csv', fileSha256: '0'.repeat(64), at: '2026-11-28T00:00:00Z', sha256: () => 'a'.repeat(64) }) // throws SOURCE_RESERVED
 */
export function planImport(
  user: RateStore | undefined,
  parsed: ParsedImport,
  options: ImportOptions,
): ImportPlan {
  checkImportId(options.id, options.shippedIds);
  const manifest = user?.manifest;
  const existing = manifest?.sources.find((s) => s.id === options.id);
  const rates = columnsOf(parsed);
  const pivot = pivotOf(parsed, rates, existing);
  const groups = groupByCurrency(parsed, rates, pivot, existing);
  const conflicts: string[] = [];
  let conflictCount = 0;
  const files: PlannedFile[] = [];
  const planned: PlannedSeries[] = [];
  const seriesEntries: ManifestSeries[] = [];
  const currencies = new Set<CurrencyCode>([
    ...(existing?.series.map((s) => s.currency) ?? []),
    ...groups.keys(),
  ]);
  for (const currency of [...currencies].sort()) {
    const stored = existing?.series.find((s) => s.currency === currency);
    const incoming = groups.get(currency);
    if (incoming === undefined) {
      // A series the file does not touch stays as it is, file and all.
      seriesEntries.push(stored as ManifestSeries);
      continue;
    }
    const merged = storedRates(user, options.id, currency);
    let added = 0;
    let replaced = 0;
    let unchanged = 0;
    let first: string;
    let last: string;
    let rows: number;
    // Made again when the file is written: only one series' text is held at a time.
    let seriesText: () => string;
    let seriesBytes: (() => Uint8Array) | null = null;
    if (merged.size === 0 && incoming.order !== null) {
      // Nothing stored, days one way: every rate is added, in order (reversed when newest first).
      const group = incoming;
      const ends = [rates.date(group.indexes.first), rates.date(group.indexes.last)];
      [first, last] = (group.order === -1 ? ends.reverse() : ends) as [string, string];
      rows = added = group.indexes.length;
      seriesBytes = () => seriesCsvOf(group, rates);
      seriesText = () => ASCII.decode(seriesCsvOf(group, rates));
    } else {
      for (const [date, rate] of incomingByDay(incoming, rates)) {
        const before = merged.get(date);
        if (before === undefined) {
          merged.set(date, rate.value);
          added += 1;
        } else if (new Decimal(before).eq(rate.value)) {
          unchanged += 1;
        } else if (options.replace) {
          merged.set(date, rate.value);
          replaced += 1;
        } else {
          conflictCount += 1;
          if (conflicts.length < CONFLICT_EXAMPLES) {
            conflicts.push(
              `${date} ${incoming.base}/${incoming.quote}: ${before} stored, ${rate.value} in ${parsed.file} (line ${rate.line})`,
            );
          }
        }
      }
      const dates = [...merged.keys()].sort();
      const values = dates.map((d) => merged.get(d) as string);
      first = dates[0] as string;
      last = dates[dates.length - 1] as string;
      rows = dates.length;
      seriesText = () => formatSeriesCsv(dates, values);
    }
    const seriesId = stored?.id ?? parsed.seriesIds?.get(currency) ?? currency;
    const { sha256Bytes } = options;
    const bytes = sha256Bytes === undefined ? null : seriesBytes;
    const sha256 =
      bytes !== null && sha256Bytes !== undefined ? sha256Bytes(bytes()) : options.sha256(seriesText());
    const path = `${options.id}/${seriesId}.${sha256.slice(0, 12)}.csv`;
    if (stored?.file !== path)
      files.push(bytes === null ? lazyFile(path, seriesText) : lazyBytesFile(path, bytes));
    seriesEntries.push({
      id: seriesId,
      currency,
      base: incoming.base,
      quote: incoming.quote,
      file: path,
      first,
      last,
      rows,
      sha256,
      title: stored?.title ?? seriesTitle(parsed, seriesId, incoming.base, incoming.quote),
    });
    planned.push({
      id: seriesId,
      currency,
      base: incoming.base,
      quote: incoming.quote,
      first,
      last,
      rows,
      added,
      replaced,
      unchanged,
    });
  }
  if (conflictCount > 0) throw errorFrom(importConflict(options.id, conflicts, conflictCount));
  const totals = planned.reduce(
    (t, s) => ({
      added: t.added + s.added,
      replaced: t.replaced + s.replaced,
      unchanged: t.unchanged + s.unchanged,
    }),
    { added: 0, replaced: 0, unchanged: 0 },
  );
  const record: ImportRecord = {
    format: parsed.format,
    file: options.file,
    sha256: options.fileSha256,
    at: options.at,
    ...totals,
  };
  const firstDate = seriesEntries.reduce((d, s) => (s.first < d ? s.first : d), '9999-12-31');
  const lastDate = seriesEntries.reduce((d, s) => (s.last > d ? s.last : d), '0000-01-01');
  const defaults = parsed.defaults;
  const source: ManifestSource = {
    id: options.id,
    name: existing?.name ?? defaults.name,
    meaning: existing?.meaning ?? defaults.meaning,
    pivot,
    calendar: existing?.calendar ?? defaults.calendar,
    attribution: existing?.attribution ?? defaults.attribution,
    firstDate,
    lastDate,
    updateHint: existing?.updateHint ?? defaults.updateHint,
    ...(existing?.notes ? { notes: existing.notes } : {}),
    series: seriesEntries,
    imports: [...(existing?.imports ?? []), record].slice(-MAX_IMPORT_RECORDS),
  };
  const sources = existing
    ? (manifest as Manifest).sources.map((s) => (s.id === options.id ? source : s))
    : [...(manifest?.sources ?? []), source];
  const next: Manifest = { format: 1, sources };
  const manifestText = `${JSON.stringify(next, null, 2)}\n`;
  // The plan is checked by the same reader that will open it: a store it writes always opens.
  const check = parseManifest(manifestText, 'the planned manifest.json');
  if (!check.ok) throw errorFrom({ ...check.error, code: 'INTERNAL' });
  return {
    manifest: next,
    manifestText,
    files,
    summary: {
      source: options.id,
      created: existing === undefined,
      format: parsed.format,
      file: options.file,
      ...totals,
      series: planned,
      skipped: parsed.skipped,
      firstDate,
      lastDate,
    },
  };
}
