import { optionInvalid } from '../../commonErrors.js';
import { exportRates } from '../../store/exportRates.js';
import type { CommandContext } from '../context.js';
import { storeFor } from '../openStore.js';
import type { RatesExportOptions } from './optionTypes.js';

/**
 * `dealcalc rates export --source ID`: P directives or CSV on stdout (with --json, inside one object).
 *
 * @example
 * let out = '';
 * runRatesExport({ source: 'fred-h10', pair: 'USD/CNY', from: '2017-11-15', to: '2017-11-15' }, { io: { ...io, stdout: (text) => (out += text) }, finish: () => {} });
 * out.trimEnd().split('\n').pop() //=> 'P 2017-11-15 USD 6.62 CNY'
 */
export function runRatesExport(options: RatesExportOptions, context: CommandContext): void {
  if (options.source === undefined) {
    throw optionInvalid(
      'rates export needs --source',
      'Name the source to export, e.g. --source fred-h10 (dealcalc rates sources lists them).',
    );
  }
  const store = storeFor(options, context.io);
  const format = options.format ?? 'ledger';
  const exported = exportRates(store, {
    source: options.source,
    format,
    ...(options.pair === undefined ? {} : { pair: options.pair }),
    ...(options.from === undefined ? {} : { from: options.from }),
    ...(options.to === undefined ? {} : { to: options.to }),
  });
  context.io.stdout(
    options.json
      ? `${JSON.stringify({ source: exported.source.id, format, series: exported.series, count: exported.count, text: exported.text }, null, 2)}\n`
      : exported.text,
  );
}
