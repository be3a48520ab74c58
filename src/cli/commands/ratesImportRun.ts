import { importFile } from '../../node/importRates.js';
import type { ImportFormat } from '../../store/formats/types.js';
import type { CommandContext } from '../context.js';
import { shippedFor, userDirFor } from '../openStore.js';
import { renderImportJson, renderImportText } from '../../store/render/import.js';
import type { RatesImportOptions } from './optionTypes.js';

/**
 * The time of an import as the command line knows it.
 *
 * @example
 * importTime({ io, finish: () => {} }) //=> '2026-11-28T00:00:00Z'
 */
export function importTime(context: CommandContext): string {
  return context.io.now?.() ?? `${context.io.today()}T00:00:00Z`;
}

/**
 * `dealcalc rates import <format> <file>`: read, validate every row, merge, write atomically.
 *
 * @example
 * runRatesImport('csv', '/nonexistent/house.csv', { userDir: '/nonexistent/store' }, { io, finish: () => {} }) // throws DATA_MISSING
 */
export function runRatesImport(
  format: ImportFormat,
  file: string,
  options: RatesImportOptions,
  context: CommandContext,
): void {
  const userDir = userDirFor(options.userDir, context.io);
  // The shipped ids an import may not take; --data-dir names the folder standing in for them.
  const shipped = shippedFor(options.dataDir, context.io);
  const summary = importFile(format, file, {
    userDir,
    shipped,
    ...(options.as === undefined ? {} : { as: options.as }),
    ...(options.replace ? { replace: true } : {}),
    at: importTime(context),
  });
  context.io.stdout(options.json ? renderImportJson(summary, userDir) : renderImportText(summary, userDir));
}
