/**
 * `dealcalc rates …`: the rate tables, shipped and the user's own: list them (sources), look at
 * a pair's history (show), bring rates in (import, update) and take them out (export). Each
 * subcommand's work is loaded only when it runs, so `dealcalc convert` loads none of it.
 */
import { optionInvalid } from '../../commonErrors.js';
import type { Command } from 'commander';
import { DealCalcError } from '../../errors.js';
import type { CommandContext } from '../context.js';
import { nonEmpty, once, parseDateOption } from '../options.js';
import { loadRatesRuns } from './ratesLoader.js';
import type {
  RatesExportOptions,
  RatesImportOptions,
  RatesShowOptions,
  RatesStoreOptions,
  RatesUpdateOptions,
} from './optionTypes.js';

function badOption(message: string, hint: string): DealCalcError {
  return optionInvalid(message, hint);
}

/**
 * Reads one of a few words (any letter case), or says which are allowed.
 *
 * @example
 * oneOf('--format', ['ledger', 'csv'])('CSV') //=> 'csv'
 * oneOf('--format', ['ledger', 'csv'])('xml') // throws OPTION_INVALID
 */
export function oneOf<T extends string>(flag: string, words: readonly T[]): (text: string) => T {
  return (text) => {
    const word = words.find((w) => w === text.trim().toLowerCase());
    if (word === undefined)
      throw badOption(
        `${flag} "${text.slice(0, 40)}" is not one of ${words.join(', ')}`,
        `Use one of: ${words.join(', ')}.`,
      );
    return word;
  };
}

/**
 * Reads --timeout: whole seconds, 1 to 3600.
 *
 * @example
 * parseTimeoutOption('30') //=> 30
 * parseTimeoutOption('0') // throws OPTION_INVALID
 */
export function parseTimeoutOption(text: string): number {
  const trimmed = text.trim();
  if (!/^\d{1,4}$/.test(trimmed) || parseInt(trimmed, 10) < 1 || parseInt(trimmed, 10) > 3600) {
    throw badOption(
      `--timeout "${text.slice(0, 40)}" is not a number of seconds`,
      'Write e.g. --timeout 60 (1 to 3600 seconds).',
    );
  }
  return parseInt(trimmed, 10);
}

function storeOptions(command: Command): Command {
  return command
    .option(
      '--data-dir <dir>',
      'folder standing in for the shipped tables (default: $DEALCALC_DATA_DIR, else the shipped data/)',
      once('--data-dir', (text) => text),
    )
    .option(
      '--user-dir <dir>',
      'folder of your own rate tables (default: $DEALCALC_USER_DIR, else $XDG_DATA_HOME/dealcalc, else ~/.local/share/dealcalc)',
      once('--user-dir', (text) => text),
    )
    .option('--json', 'print one JSON object');
}

/**
 * `dealcalc rates …`: sources, show, import, export, update.
 *
 * @example
 * const program = new Command('dealcalc');
 * defineRates(program, { io, finish: () => {} });
 * program.commands[0].commands.map((c) => c.name()) //=> ['sources', 'show', 'import', 'export', 'update']
 */
export function defineRates(program: Command, context: CommandContext): void {
  const rates = program
    .command('rates')
    .description('the rate tables, shipped and your own: list, show, import, export, update');

  storeOptions(
    rates
      .command('sources')
      .description('list every rate source: what a rate means, coverage, where it is stored, checksums'),
  ).action(async (options: RatesStoreOptions) => {
    await (await loadRatesRuns()).runRatesSources(options, context);
  });

  storeOptions(
    rates
      .command('show')
      .description('a pair’s rates over a span of days, with every day without a rate explained')
      .argument('<pair>', 'the pair, e.g. USD/CNY (1 USD in CNY), CNY/USD, usdcny, "CNY per USD"')
      .option(
        '--from <date>',
        'first day (default: 30 days before --to; with --average, the first rate)',
        once('--from', parseDateOption),
      )
      .option('--to <date>', 'last day (default: the last rate of the pair)', once('--to', parseDateOption))
      .option(
        '--source <id>',
        'rate source (default: the first that quotes the pair in the span)',
        once('--source', nonEmpty('--source')),
      )
      .option(
        '--average <month|year>',
        'also the mean of each month’s or year’s rates',
        once('--average', oneOf('--average', ['month', 'year'] as const)),
      )
      .option('--chart', 'draw the rates as a line chart in the terminal')
      .option('--svg <file>', 'write the chart as an SVG file', once('--svg', nonEmpty('--svg')))
      .option('--csv', 'print the rates as CSV (date,base,quote,rate)'),
  )
    .addHelpText('after', SHOW_EXAMPLES)
    .action(async (pair: string, options: RatesShowOptions) => {
      await (await loadRatesRuns()).runRatesShow(pair, options, context);
    });

  storeOptions(
    rates
      .command('import')
      .description('import rates from a file into your own rate tables (every row checked; atomic)')
      .argument(
        '<format>',
        'ecb, fred, csv or ledger',
        oneOf('<format>', ['ecb', 'fred', 'csv', 'ledger'] as const),
      )
      .argument('<file>', 'the file (a zip is opened)')
      .option(
        '--as <id>',
        'source id (default: my-ecb, fred, or the file’s name)',
        once('--as', nonEmpty('--as')),
      )
      .option('--replace', 'let the file’s rates replace stored ones that differ (default: an error)'),
  )
    .addHelpText('after', IMPORT_EXAMPLES)
    .action(async (format: 'ecb' | 'fred' | 'csv' | 'ledger', file: string, options: RatesImportOptions) => {
      await (await loadRatesRuns()).runRatesImport(format, file, options, context);
    });

  storeOptions(
    rates
      .command('export')
      .description('write a source’s rates as ledger P directives (hledger, ledger) or CSV')
      .option('--source <id>', 'the source to export (required)', once('--source', nonEmpty('--source')))
      .option(
        '--pair <pair>',
        'only the series of this pair, e.g. USD/CNY',
        once('--pair', nonEmpty('--pair')),
      )
      .option('--from <date>', 'first day', once('--from', parseDateOption))
      .option('--to <date>', 'last day', once('--to', parseDateOption))
      .option(
        '--format <ledger|csv>',
        'ledger (default) or csv',
        once('--format', oneOf('--format', ['ledger', 'csv'] as const)),
      ),
  ).action(async (options: RatesExportOptions) => {
    await (await loadRatesRuns()).runRatesExport(options, context);
  });

  storeOptions(
    rates
      .command('update')
      .description('download the newest rates from the ECB or FRED into your own rate tables')
      .argument(
        '<source>',
        'ecb (eurofxref-hist.zip) or fred (H.10 daily series)',
        oneOf('<source>', ['ecb', 'fred'] as const),
      )
      .option(
        '--series <ids>',
        'FRED series, e.g. DEXCHUS,DEXJPUS (default: those stored, else all H.10 daily series)',
        once('--series', (t) => t.split(',').map((s) => s.trim())),
      )
      .option('--as <id>', 'source id (default: my-ecb or fred)', once('--as', nonEmpty('--as')))
      .option('--replace', 'let downloaded rates replace stored ones that differ')
      .option(
        '--timeout <seconds>',
        'give up after this many seconds (default 60)',
        once('--timeout', parseTimeoutOption),
      ),
  ).action(async (kind: 'ecb' | 'fred', options: RatesUpdateOptions) => {
    await (await loadRatesRuns()).runRatesUpdate(kind, options, context);
  });
}

const SHOW_EXAMPLES = `
Examples:
  dealcalc rates show USD/CNY --from 2017-10-01 --to 2017-12-31
  dealcalc rates show USD/CNY --from 2017-10-01 --to 2017-12-31 --chart
  dealcalc rates show USD/CNY --from 2017-10-01 --to 2017-12-31 --svg chart.svg
  dealcalc rates show CNY/JPY --from 2010-01-01 --to 2018-12-31 --average year`;

const IMPORT_EXAMPLES = `
Examples:
  dealcalc rates import ecb eurofxref-hist.zip    # the ECB's history; also its CSV or daily XML
  dealcalc rates import fred DEXCHUS.csv    # a CSV as FRED downloads it
  dealcalc rates import csv house.csv --as desk    # date,base,quote,rate
  dealcalc rates import ledger prices.journal    # P directives`;
