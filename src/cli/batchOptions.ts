/**
 * The options of `dealcalc convert --batch`, and the hand-over to the batch shell. This file is
 * all that a plain `convert` loads of batch conversion: the shell and the batch core are imported
 * only when --batch is given, so a single conversion's cold start does not pay for them.
 */
import { optionInvalid } from '../commonErrors.js';
import type { Command } from 'commander';
import { errorFrom, DealCalcError } from '../errors.js';
import type { RateOptions } from './commonOptions.js';
import type { CommandContext } from './context.js';
import { nonEmpty, once } from './options.js';
import type { GivenRate } from '../fx/givenRate.js';
import type { Period } from '../fx/periodAverage.js';
import { usageInvalid } from './cliErrors.js';

/** The batch options as commander hands them over. */
export interface BatchOptions {
  readonly batch?: string;
  readonly to?: string;
  readonly dateColumn?: string;
  readonly amountColumn?: string;
  readonly currencyColumn?: string;
  readonly sourceColumn?: string;
  readonly dateFormat?: string;
  readonly strict?: boolean;
}

/** The options of convert that batch conversion also reads, besides its own. */
interface ConvertOptionsSeen extends RateOptions, BatchOptions {
  readonly yen?: 'CNY' | 'JPY';
  readonly rate?: readonly GivenRate[];
  readonly average?: Period | 'month' | 'year';
  readonly style?: string;
  readonly sig?: number;
  readonly value?: boolean;
}

function refuse(message: string, hint: string): DealCalcError {
  return optionInvalid(message, hint);
}

/**
 * Adds --batch, --to, --date-column, --date-format, --amount-column, --currency-column,
 * --source-column and --strict to convert.
 *
 * @example
 * addBatchOptions(new Command('convert')).options.length //=> 8
 */
export function addBatchOptions(command: Command): Command {
  return command
    .option(
      '--batch <file>',
      'convert every row of a CSV file ("-": standard input); needs --to',
      once('--batch', nonEmpty('--batch')),
    )
    .option(
      '--to <currency>',
      'with --batch: the currency to convert every row to',
      once('--to', nonEmpty('--to')),
    )
    .option(
      '--date-column <name>',
      'with --batch: the column of dates (default "date")',
      once('--date-column', nonEmpty('--date-column')),
    )
    .option(
      '--date-format <format>',
      'with --batch: how the dates are written, DD/MM/YYYY, MM/DD/YYYY, DD.MM.YYYY or YYYY/MM/DD (ISO dates, with a time or not, are always read)',
      once('--date-format', nonEmpty('--date-format')),
    )
    .option(
      '--amount-column <name>',
      'with --batch: the column of amounts (default "amount")',
      once('--amount-column', nonEmpty('--amount-column')),
    )
    .option(
      '--currency-column <name>',
      'with --batch: the column of currencies (default "currency"; without one, amounts name theirs)',
      once('--currency-column', nonEmpty('--currency-column')),
    )
    .option(
      '--source-column <name>',
      "with --batch: a column naming each row's rate source (fred-h10, imf, ecb, an imported id; empty: the default)",
      once('--source-column', nonEmpty('--source-column')),
    )
    .option('--strict', 'with --batch: stop at the first row that cannot be converted');
}

/**
 * Whether convert was asked for a batch: --batch, or one of the options that only a batch takes
 * (then checkBatchOptions says what is missing).
 *
 * @example
 * isBatchRequest({ batch: 'rows.csv', to: 'USD' }) //=> true
 * isBatchRequest({ on: '2017-11-15' }) //=> false
 */
export function isBatchRequest(options: BatchOptions): boolean {
  return (
    options.batch !== undefined ||
    options.to !== undefined ||
    options.dateColumn !== undefined ||
    options.dateFormat !== undefined ||
    options.amountColumn !== undefined ||
    options.currencyColumn !== undefined ||
    options.sourceColumn !== undefined ||
    options.strict === true
  );
}

/**
 * Refuses what a batch cannot mean: a figure or currency beside --batch, --batch without --to,
 * --to or a column without --batch, --on (each row has its date), the display options of one
 * answer. (--rate and --average go with --batch: the batch core checks what they go with.)
 *
 * @example
 * checkBatchOptions(undefined, undefined, { batch: 'rows.csv' }) // throws OPTION_INVALID
 * checkBatchOptions('5 CNY', ['USD'], { batch: 'rows.csv', to: 'USD' }) // throws OPTION_INVALID
 */
export function checkBatchOptions(
  figure: string | undefined,
  targets: readonly string[] | undefined,
  options: ConvertOptionsSeen,
): { readonly file: string; readonly to: string } {
  const example = 'dealcalc convert --batch rows.csv --to USD';
  if (options.batch === undefined) {
    throw refuse(
      options.to === undefined
        ? 'the column options and --strict go with --batch'
        : '--to goes with --batch (a single figure takes its currency after it)',
      `Convert a CSV file with ${example}; convert one figure with dealcalc convert "1.5 billion yuan" USD.`,
    );
  }
  if (figure !== undefined || targets !== undefined) {
    throw refuse(
      '--batch converts the rows of a file: give no figure or currency beside it',
      `Write ${example}, or convert one figure without --batch.`,
    );
  }
  if (options.to === undefined) {
    throw refuse('--batch needs --to, the currency to convert every row to', `Write ${example}.`);
  }
  if (options.to.includes(',')) {
    throw refuse(
      `--to "${options.to}" names several currencies`,
      'A batch converts to one currency: run it once per currency.',
    );
  }
  if (options.on !== undefined) {
    throw refuse(
      '--on does not go with --batch: each row is converted at the date in its date column',
      'Leave --on out, or name the column of dates with --date-column.',
    );
  }
  for (const [flag, given] of [
    ['--style', options.style],
    ['--sig', options.sig],
    ['--value', options.value],
  ] as const) {
    if (given !== undefined) {
      throw refuse(
        `${flag} does not go with --batch`,
        "A batch writes each amount as --value does (half-even at the currency's minor units); leave it out.",
      );
    }
  }
  return { file: options.batch, to: options.to };
}

/**
 * Runs a batch conversion: checks the options, then loads the batch shell (only now) and hands over.
 *
 * @example
 * await convertBatch({ io, finish: () => {} }, '1.5 billion yuan', ['USD'], { batch: 'rows.csv', to: 'USD' }) // throws OPTION_INVALID
 */
export async function convertBatch(
  context: CommandContext,
  figure: string | undefined,
  targets: readonly string[] | undefined,
  options: ConvertOptionsSeen,
): Promise<void> {
  const { file, to } = checkBatchOptions(figure, targets, options);
  const { runBatch } = await import('./batchShell.js');
  await runBatch(context, {
    file,
    folders: {
      ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
      ...(options.userDir === undefined ? {} : { userDir: options.userDir }),
    },
    request: {
      to,
      format: options.json ? 'jsonl' : 'csv',
      strict: options.strict === true,
      ...(options.dateColumn === undefined ? {} : { dateColumn: options.dateColumn }),
      ...(options.dateFormat === undefined ? {} : { dateFormat: options.dateFormat }),
      ...(options.amountColumn === undefined ? {} : { amountColumn: options.amountColumn }),
      ...(options.currencyColumn === undefined ? {} : { currencyColumn: options.currencyColumn }),
      ...(options.sourceColumn === undefined ? {} : { sourceColumn: options.sourceColumn }),
      ...(options.rate === undefined ? {} : { rate: options.rate }),
      ...(options.average === undefined ? {} : { average: options.average }),
      ...(options.source === undefined ? {} : { source: options.source }),
      ...(options.policy === undefined ? {} : { policy: options.policy }),
      ...(options.maxAge === undefined ? {} : { maxAgeDays: options.maxAge }),
      ...(options.yen === undefined ? {} : { yen: options.yen }),
    },
  });
}

/**
 * The error for a plain convert without its figure or currency (they are optional for --batch).
 *
 * @example
 * missingArgument('figure').message //=> "missing required argument 'figure'"
 */
export function missingArgument(name: 'figure' | 'currency'): DealCalcError {
  return errorFrom(
    usageInvalid(
      `missing required argument '${name}'`,
      'Quote a figure that has spaces: dealcalc convert "1.5 billion yuan" USD; convert a CSV file with --batch FILE --to USD. Run dealcalc convert --help.',
    ),
  );
}
