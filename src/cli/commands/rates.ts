import type { CliIO } from '../io.js';
import { defaultDataDir, readManifest, type ManifestSource } from '../loadData.js';

/** Options of `dealcalc rates sources`. */
export interface RatesSourcesOptions {
  readonly json?: boolean;
  readonly dataDir?: string;
}

function sourceText(source: ManifestSource): string {
  const rows = source.series.map(
    (s) =>
      `    ${s.currency}  ${s.first} .. ${s.last}  ${String(s.rows).padStart(6)} rates  (${s.id}: 1 ${s.base} in ${s.quote})`,
  );
  return [
    `${source.id}  ${source.name}, ${source.firstDate} .. ${source.lastDate}`,
    `  ${source.meaning}`,
    `  source: ${source.attribution}`,
    `  ${source.series.length} series against ${source.pivot}:`,
    ...rows,
  ].join('\n');
}

/**
 * `dealcalc rates sources`: what each shipped table is, what it covers and whom to cite.
 *
 * @example
 * ratesSourcesCommand({ json: true }, io) //=> 0, and prints { "sources": [ { "id": "fred-h10", … }, … ] }
 */
export function ratesSourcesCommand(options: RatesSourcesOptions, io: CliIO): number {
  const manifest = readManifest(options.dataDir ?? io.dataDir ?? defaultDataDir());
  if (options.json) {
    const sources = manifest.sources.map((source) => ({
      id: source.id,
      name: source.name,
      meaning: source.meaning,
      pivot: source.pivot,
      firstDate: source.firstDate,
      lastDate: source.lastDate,
      attribution: source.attribution,
      series: source.series.map(({ id, currency, base, quote, first, last, rows }) => ({
        id,
        currency,
        base,
        quote,
        first,
        last,
        rows,
      })),
    }));
    io.stdout(`${JSON.stringify({ sources }, null, 2)}\n`);
  } else {
    io.stdout(`${manifest.sources.map(sourceText).join('\n\n')}\n`);
  }
  return 0;
}
