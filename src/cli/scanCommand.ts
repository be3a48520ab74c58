import { openScan } from '../check/scanStream.js';
import type { ScanOptions } from './commands/optionTypes.js';
import { lookupSettings } from './commonOptions.js';
import type { CommandContext } from './context.js';
import { EXIT } from './exitCode.js';
import { storeFor } from './openStore.js';
import { readInputFile } from './readInputFile.js';
import { writeScanJson, writeScanText } from '../check/render/scan.js';

/** How much of the answer is gathered before it is written: few writes, and memory that does not grow with the story. */
const WRITE_CHUNK = 1 << 16;

/**
 * The scan command's work: read the story, open the scan (one core call), and write its answer as
 * it is checked, pair by pair; exit 1 when a pair is inconsistent or fits only by rounding.
 */
export function scanCommand(file: string, options: ScanOptions, context: CommandContext): void {
  const text = readInputFile(file, context.io.readStdin ?? (() => ''));
  const { on, policy, maxAgeDays, source } = lookupSettings(options);
  const scan = openScan(storeFor(options, context.io), {
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
  let pending: string[] = [];
  let size = 0;
  const write = (text: string): void => {
    pending.push(text);
    size += text.length;
    if (size < WRITE_CHUNK) return;
    context.io.stdout(pending.join(''));
    pending = [];
    size = 0;
  };
  (options.json ? writeScanJson : writeScanText)(scan, write);
  if (size > 0) context.io.stdout(pending.join(''));
  const summary = scan.summary();
  const notConsistent = summary.inconsistent + summary.fitsOnlyByRounding;
  context.finish(notConsistent > 0 ? EXIT.inconsistent : EXIT.ok);
}
