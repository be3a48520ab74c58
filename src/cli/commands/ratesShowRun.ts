import { cliOutputName } from '../hints.js';
import { optionInvalid } from '../../commonErrors.js';
import { DealCalcError } from '../../errors.js';
import { rateHistory } from '../../fx/rateHistory.js';
import { checkSvgTarget, writeChartSvg } from '../writeChartSvg.js';
import { historyChart } from '../../render/historyChart.js';
import type { CommandContext } from '../context.js';
import { storeFor } from '../openStore.js';
import { renderTerminalChart } from '../render/chartTerminal.js';
import { renderShowCsv, renderShowJson, renderShowText } from '../../fx/render/rateHistory.js';
import type { RatesShowOptions } from './optionTypes.js';

function refuse(message: string, hint: string): DealCalcError {
  return optionInvalid(message, hint);
}

/**
 * `dealcalc rates show <pair>`: one core call (rateHistory), then a listing, a chart, CSV or JSON.
 *
 * @example
 * let out = '';
 * runRatesShow('USD/CNY', { from: '2017-11-23', to: '2017-11-24' }, { io: { ...io, stdout: (text) => (out += text) }, finish: () => {} });
 * out.split('\n').slice(1, 3) //=> ['2017-11-23  no rate: Thanksgiving Day', '2017-11-24  6.5998']
 */
export function runRatesShow(pair: string, options: RatesShowOptions, context: CommandContext): void {
  if (options.json && options.csv)
    throw refuse('--json and --csv both given', 'Give one of --json and --csv.');
  if (options.chart && (options.json || options.csv)) {
    throw refuse(
      '--chart draws for a terminal, not with --json or --csv',
      'Leave out --chart, or --json and --csv (--svg writes a chart file with either).',
    );
  }
  checkSvgTarget(options.svg, options.json === true || options.csv === true);
  const store = storeFor(options, context.io);
  const history = rateHistory(store, {
    pair,
    ...(options.from === undefined ? {} : { from: options.from }),
    ...(options.to === undefined ? {} : { to: options.to }),
    ...(options.source === undefined ? {} : { source: options.source }),
    ...(options.average === undefined ? {} : { average: options.average }),
  });
  if (options.svg !== undefined) writeChartSvg(options.svg, historyChart(history), context.io.stdout);
  if (options.svg === '-') return;
  const wrote = options.svg === undefined ? '' : `chart written to ${options.svg}\n`;
  if (options.json)
    context.io.stdout(renderShowJson(history, options.svg === undefined ? {} : { svg: options.svg }));
  else if (options.csv) context.io.stdout(renderShowCsv(history));
  else if (options.chart) context.io.stdout(renderTerminalChart(historyChart(history)) + wrote);
  else context.io.stdout(renderShowText(history, cliOutputName) + wrote);
}
