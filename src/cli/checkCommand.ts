import { checkQuote } from '../check/checkQuote.js';
import type { CheckOptions } from './commands/optionTypes.js';
import { lookupSettings } from './commonOptions.js';
import type { CommandContext } from './context.js';
import { EXIT } from './exitCode.js';
import { storeFor } from './openStore.js';
import { renderCheckJson, renderCheckText } from '../check/render/check.js';
import { renderTerminalChart } from './render/chartTerminal.js';
import { checkSvgTarget, writeChartSvg } from './writeChartSvg.js';

/** Days before and after the story's day a check's chart shows. */
const CHART_DAYS = 30;

/**
 * The check command's work: one core call, a renderer, exit 1 when the pair is inconsistent or fits only by rounding.
 */
export function checkCommand(
  pair: string,
  second: string | undefined,
  options: CheckOptions,
  context: CommandContext,
): void {
  checkSvgTarget(options.svg, options.json === true);
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
    ...(options.roundingLimit === undefined ? {} : { roundingLimitPct: options.roundingLimit }),
    ...(options.exact === undefined ? {} : { exact: options.exact }),
    ...(options.yen ? { yen: options.yen } : {}),
    ...(options.notation ? { notation: options.notation } : {}),
    ...(options.rate === undefined ? {} : { rate: options.rate, today: context.io.today() }),
    ...(options.chart || options.svg !== undefined ? { chartDays: CHART_DAYS } : {}),
  });
  if (options.svg !== undefined && check.chart) {
    writeChartSvg(options.svg, check.chart, context.io.stdout);
    if (options.svg === '-') {
      context.finish(check.verdict === 'inconsistent' ? EXIT.inconsistent : EXIT.ok);
      return;
    }
  }
  const chart = options.chart && check.chart && !options.json ? `\n${renderTerminalChart(check.chart)}` : '';
  const wrote =
    options.svg !== undefined && check.chart && !options.json ? `chart written to ${options.svg}\n` : '';
  context.io.stdout(options.json ? renderCheckJson(check) : `${renderCheckText(check)}${chart}${wrote}`);
  // Not consistent (inconsistent, or fitting only by a round figure's wide rounding): exit 1.
  const notConsistent = check.verdict === 'inconsistent' || check.verdict === 'fits-only-by-rounding';
  context.finish(notConsistent ? EXIT.inconsistent : EXIT.ok);
}
