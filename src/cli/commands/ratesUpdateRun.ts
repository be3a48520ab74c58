import { updateRates } from '../../node/importRates.js';
import type { CommandContext } from '../context.js';
import { shippedFor, userDirFor } from '../openStore.js';
import { renderImportJson, renderImportText } from '../../store/render/import.js';
import type { RatesUpdateOptions } from './optionTypes.js';
import { importTime } from './ratesImportRun.js';

/**
 * `dealcalc rates update ecb|fred`: download (bounded in time and size), then import as a file.
 *
 * @example
 * await runRatesUpdate('ecb', {}, { io, finish: () => {} }) // throws OPTION_INVALID
 */
export async function runRatesUpdate(
  kind: 'ecb' | 'fred',
  options: RatesUpdateOptions,
  context: CommandContext,
): Promise<void> {
  const userDir = userDirFor(options.userDir, context.io);
  const shipped = shippedFor(options.dataDir, context.io);
  const origin = context.io.env?.DEALCALC_UPDATE_ORIGIN;
  const summary = await updateRates(kind, {
    userDir,
    shipped,
    ...(options.as === undefined ? {} : { as: options.as }),
    ...(options.replace ? { replace: true } : {}),
    ...(options.series === undefined ? {} : { series: options.series }),
    ...(origin === undefined || origin === '' ? {} : { origin }),
    ...(options.timeout === undefined ? {} : { timeoutMs: options.timeout * 1000 }),
    at: importTime(context),
  });
  context.io.stdout(
    options.json
      ? renderImportJson(summary, userDir, { url: summary.url })
      : `downloaded ${summary.url}\n${renderImportText(summary, userDir)}`,
  );
}
