import { checkStoreFiles } from '../../node/checkStoreFiles.js';
import { resolveUserDir } from '../../node/userDir.js';
import type { CommandContext } from '../context.js';
import { storeFor } from '../openStore.js';
import { renderSourcesJson, renderSourcesText, type ListedSource } from '../../node/render/sources.js';
import type { RatesStoreOptions } from './optionTypes.js';

/**
 * `dealcalc rates sources`: every source of both stores, with where it is kept and its files checked.
 *
 * @example
 * let out = '';
 * runRatesSources({ json: true }, { io: { ...io, stdout: (text) => (out += text) }, finish: () => {} });
 * JSON.parse(out).sources.map((s) => s.stored) //=> ['shipped', 'shipped', 'shipped']
 */
export function runRatesSources(options: RatesStoreOptions, context: CommandContext): void {
  const store = storeFor(options, context.io);
  const listed: ListedSource[] = [];
  for (const part of store.parts) {
    const status = checkStoreFiles(part.origin, part.store.manifest);
    for (const entry of part.store.manifest.sources) {
      if (store.setAside.some((a) => a.id === entry.id && part.kind === 'user')) continue;
      const problems = status.problems.filter((p) => p.source === entry.id);
      listed.push({
        entry,
        stored: part.kind,
        folder: part.origin,
        checksums: { files: entry.series.length, ok: entry.series.length - problems.length, problems },
      });
    }
  }
  const userDir = resolveUserDir(options.userDir, context.io.env ?? {})?.dir;
  const listing = {
    sources: listed,
    setAside: store.setAside,
    ...(userDir === undefined ? {} : { userDir }),
  };
  context.io.stdout(options.json ? renderSourcesJson(listing) : renderSourcesText(listing));
}
