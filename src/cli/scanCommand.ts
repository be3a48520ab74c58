import { scanText } from '../check/scanText.js';
import type { ScanOptions } from './commands/optionTypes.js';
import { lookupSettings } from './commonOptions.js';
import type { CommandContext } from './context.js';
import { EXIT } from './exitCode.js';
import { storeFor } from './openStore.js';
import { readInputFile } from './readInputFile.js';
import { renderScanJson, renderScanText } from '../check/render/scan.js';

/**
 * The scan command's work: read the story, one core call, a renderer; exit 1 when a pair is inconsistent or fits only by rounding.
 */
export function scanCommand(file: string, options: ScanOptions, context: CommandContext): void {
  const text = readInputFile(file, context.io.readStdin ?? (() => ''));
  const { on, policy, maxAgeDays, source } = lookupSettings(options);
  const scan = scanText(storeFor(options, context.io), {
    text,
    ...(on === undefined ? {} : { on }),
    ...(source === undefined ? {} : { source }),
    ...(policy === undefined ? {} : { policy }),
    ...(maxAgeDays === undefined ? {} : { maxAgeDays }),
    ...(options.tolerance === undefined ? {} : { tolerancePct: options.tolerance }),
    ...(options.window === undefined ? {} : { windowDays: options.window }),
    ...(options.roundingLimit === undefined ? {} : { roundingLimitPct: options.roundingLimit }),
    ...(options.in === undefined ? {} : { in: options.in }),
    ...(options.lang === undefined ? {} : { languages: options.lang.split(',').map((l) => l.trim()) }),
    ...(options.yen ? { yen: options.yen } : {}),
    ...(options.notation ? { notation: options.notation } : {}),
  });
  context.io.stdout(options.json ? renderScanJson(scan) : renderScanText(scan));
  const notConsistent = scan.summary.inconsistent + scan.summary.fitsOnlyByRounding;
  context.finish(notConsistent > 0 ? EXIT.inconsistent : EXIT.ok);
}
