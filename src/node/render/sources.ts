import type { StoreFilesStatus } from '../checkStoreFiles.js';
import type { SetAsideSource, StoreKind } from '../../store/combinedStore.js';
import type { ManifestSource } from '../../store/manifest.js';
import { groupedCount } from '../../text/counted.js';

/** One source as `rates sources` lists it: the manifest's entry, where it is kept, its files' state. */
export interface ListedSource {
  readonly entry: ManifestSource;
  readonly stored: StoreKind;
  readonly folder: string;
  readonly checksums: StoreFilesStatus;
}

/** Everything `rates sources` shows. */
export interface SourcesListing {
  readonly sources: readonly ListedSource[];
  readonly setAside: readonly SetAsideSource[];
  /** The user's folder, whether or not it holds tables yet (undefined: none is known). */
  readonly userDir?: string;
}

function checksumText(status: StoreFilesStatus): string {
  if (status.problems.length === 0) return `checksums: ${status.files} of ${status.files} files match`;
  const first = status.problems.slice(0, 3).map((p) => p.problem);
  return `checksums: ${status.ok} of ${status.files} files match; ${first.join('; ')}${status.problems.length > 3 ? '; …' : ''}`;
}

function sourceText(listed: ListedSource): string {
  const source = listed.entry;
  const rows = source.series.map(
    (s) =>
      `    ${s.currency}  ${s.first} .. ${s.last}  ${String(s.rows).padStart(6)} ${s.rows === 1 ? 'rate ' : 'rates'}  (${s.id}: 1 ${s.base} in ${s.quote})`,
  );
  const imports = (source.imports ?? [])
    .slice(-3)
    .map(
      (r) =>
        `  imported: ${r.format} ${r.file} (sha256 ${r.sha256.slice(0, 12)}…) at ${r.at}: ${groupedCount(r.added)} added, ${groupedCount(r.replaced)} replaced, ${groupedCount(r.unchanged)} unchanged`,
    );
  const earlier =
    (source.imports?.length ?? 0) > 3 ? [`  (and ${(source.imports?.length ?? 0) - 3} earlier imports)`] : [];
  return [
    `${source.id}  ${source.name}, ${source.firstDate} .. ${source.lastDate}`,
    `  ${source.meaning}`,
    `  source: ${source.attribution}`,
    `  stored: ${listed.stored === 'shipped' ? 'shipped with dealcalc (read-only)' : 'your own tables'}, ${listed.folder}; ${checksumText(listed.checksums)}`,
    ...earlier,
    ...imports,
    `  ${source.series.length} series against ${source.pivot}:`,
    ...rows,
  ].join('\n');
}

/**
 * The text of `rates sources`: every source, shipped first, then the user's; then any user
 * source set aside, and where the user's tables go.
 *
 * @example
 * renderSourcesText({ sources: [], setAside: [], userDir: '/home/ann/.local/share/dealcalc' })
 * //=> 'your own tables: none yet in /home/ann/.local/share/dealcalc (dealcalc rates import or rates update adds them)\n'
 */
export function renderSourcesText(listing: SourcesListing): string {
  const blocks = listing.sources.map(sourceText);
  for (const aside of listing.setAside) blocks.push(`set aside: ${aside.reason} (${aside.origin})`);
  if (listing.userDir !== undefined && !listing.sources.some((s) => s.stored === 'user')) {
    blocks.push(
      `your own tables: none yet in ${listing.userDir} (dealcalc rates import or rates update adds them)`,
    );
  }
  return `${blocks.join('\n\n')}\n`;
}

/**
 * The JSON of `rates sources`.
 *
 * @example
 * JSON.parse(renderSourcesJson({ sources: [], setAside: [] })).sources //=> []
 */
export function renderSourcesJson(listing: SourcesListing): string {
  const sources = listing.sources.map(({ entry, stored, folder, checksums }) => ({
    id: entry.id,
    name: entry.name,
    meaning: entry.meaning,
    pivot: entry.pivot,
    calendar: entry.calendar,
    firstDate: entry.firstDate,
    lastDate: entry.lastDate,
    attribution: entry.attribution,
    stored,
    folder,
    currencies: [entry.pivot, ...entry.series.map((s) => s.currency)],
    checksums: {
      files: checksums.files,
      ok: checksums.ok,
      problems: checksums.problems.map(({ file, problem }) => ({ file, problem })),
    },
    series: entry.series.map(({ id, currency, base, quote, first, last, rows, file }) => ({
      id,
      currency,
      base,
      quote,
      first,
      last,
      rows,
      file,
    })),
    ...(entry.imports ? { imports: entry.imports } : {}),
  }));
  return `${JSON.stringify({ sources, setAside: listing.setAside, ...(listing.userDir === undefined ? {} : { userDir: listing.userDir }) }, null, 2)}\n`;
}
