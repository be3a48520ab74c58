import { checkQuote } from '../check/checkQuote.js';
import type { CheckOptions } from './commands/check.js';
import { lookupSettings } from './commonOptions.js';
import type { CommandContext } from './context.js';
import { EXIT } from './exitCode.js';
import { storeFor } from './openStore.js';
import { renderCheckJson, renderCheckText } from '../check/render/check.js';
import { renderTerminalChart } from './render/chartTerminal.js';
import { writeChartSvg } from './writeChartSvg.js';

/** Days before and after the story's day a check's chart shows. */
const CHART_DAYS = 30;

/**
 * The check command's work: one core call, a renderer, exit 1 when the pair is inconsistent.
 *
 * @example
 * typeof checkCommand //=> 'function'
 */
export function checkCommand(
  pair: string,
  second: string | undefined,
  options: CheckOptions,
  context: CommandContext,
): void {
  const store = storeFor(options, context.io);
  const { on, policy, maxAgeDays, source } = lookupSettings(options);
  const check = checkQuote(store, {
    ...(second === undefined ? { text: pair } : { figures: [pair, second] as const }),
    ...(on === undefined ? {} : { on }),
    ...(source === undefined ? {} : { source }),
    ...(policy === undefined ? {} : { policy }),
    ...(maxAgeDays === undefined ? {} : { maxAgeDays }),
    ...(options.tolerance === undefined ? {} : { tolerancePct: options.tolerance }),
    ...(options.window === undefined ? {} : { windowDays: options.window }),
    ...(options.yen ? { yen: options.yen } : {}),
    ...(options.rate === undefined ? {} : { rate: options.rate, today: context.io.today() }),
    ...(options.chart || options.svg !== undefined ? { chartDays: CHART_DAYS } : {}),
  });
  if (options.svg !== undefined && check.chart) writeChartSvg(options.svg, check.chart);
  const chart = options.chart && check.chart && !options.json ? `\n${renderTerminalChart(check.chart)}` : '';
  const wrote =
    options.svg !== undefined && check.chart && !options.json ? `chart written to ${options.svg}\n` : '';
  context.io.stdout(options.json ? renderCheckJson(check) : `${renderCheckText(check)}${chart}${wrote}`);
  context.finish(check.verdict === 'inconsistent' ? EXIT.inconsistent : EXIT.ok);
}
