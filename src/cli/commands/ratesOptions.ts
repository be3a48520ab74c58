/**
 * Options about rates that any converting command can take (convert now; check, stake and
 * scenario when they convert): a rate the user gives, and an average over a period. Both are
 * read and checked while the command line is read; the core gets the parsed values.
 */
import type { Command } from 'commander';
import { errorFrom } from '../../errors.js';
import { parseGivenRates, type GivenRate } from '../../fx/givenRate.js';
import { parsePeriod, type Period } from '../../fx/periodAverage.js';
import { once } from '../options.js';

/** The options as commander hands them over, already parsed. */
export interface GivenRateOptions {
  readonly rate?: readonly GivenRate[];
  readonly average?: Period;
}

/**
 * Reads --rate: a bare rate ("7.10") or pairs ("USD/CNY=7.10,EUR/CNY=7.80").
 *
 * @example
 * parseRateOption('USD/CNY=7.10')[0].value.toString() //=> '7.1'
 * parseRateOption('abc') // throws OPTION_INVALID
 */
export function parseRateOption(text: string): readonly GivenRate[] {
  const parsed = parseGivenRates(text);
  if (!parsed.ok) throw errorFrom({ ...parsed.error, message: `--rate: ${parsed.error.message}` });
  return parsed.value;
}

/**
 * Reads --average: FROM..TO, a year or a month; or, for a batch, "month" or "year" (each row's own).
 *
 * @example
 * parseAverageOption('2017') //=> { from: '2017-01-01', to: '2017-12-31' }
 * parseAverageOption('Month') //=> 'month'
 */
export function parseAverageOption(text: string): Period | 'month' | 'year' {
  const perRow = text.trim().toLowerCase();
  if (perRow === 'month' || perRow === 'year') return perRow;
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw errorFrom({ ...parsed.error, message: `--average: ${parsed.error.message}` });
  return parsed.value;
}

/**
 * Adds --rate (and, where a period average makes sense, --average) to a command.
 *
 * @example
 * addGivenRateOptions(new Command('convert'), { average: true }).options.map((o) => o.long) //=> ['--rate', '--average']
 */
export function addGivenRateOptions(command: Command, options: { readonly average?: boolean } = {}): Command {
  command.option(
    '--rate <rate>',
    'use this rate, as given, instead of a table: 7.10 (read in the market direction, 1 USD = 7.10 CNY) or USD/CNY=7.10; several pairs separated by commas',
    once('--rate', parseRateOption),
  );
  if (options.average) {
    command.option(
      '--average <period>',
      'convert at the mean of the published rates over a period: 2017-01-01..2017-12-31, 2017 or 2017-03',
      once('--average', parseAverageOption),
    );
  }
  return command;
}
