import type { Command } from 'commander';
import type { ManifestSource } from '../../store/manifest.js';
import type { CommandContext } from '../context.js';
import { once } from '../options.js';
import { storeFor } from '../openStore.js';

interface RatesSourcesOptions {
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

function sourceJson(source: ManifestSource) {
  return {
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
  };
}

/** `dealcalc rates …`: what the rate tables are and what they cover. */
export function defineRates(program: Command, context: CommandContext): void {
  const rates = program.command('rates').description('the rate tables: what they are and what they cover');
  rates
    .command('sources')
    .description('list the rate sources, their coverage per currency and their attribution')
    .option('--json', 'print one JSON object')
    .option(
      '--data-dir <dir>',
      'folder holding manifest.json and the rate tables',
      once('--data-dir', (text) => text),
    )
    .action((options: RatesSourcesOptions) => {
      const sources = storeFor(options.dataDir, context.io).manifest.sources;
      context.io.stdout(
        options.json
          ? `${JSON.stringify({ sources: sources.map(sourceJson) }, null, 2)}\n`
          : `${sources.map(sourceText).join('\n\n')}\n`,
      );
    });
}
