/**
 * The options every command that looks rates up shares, defined once: the day, the source, how a
 * missing day is filled, how far a filled rate may be, the data folder and JSON output.
 */
import type { Command } from 'commander';
import { LOOKUP_POLICIES } from '../fx/lookupPolicy.js';
import type { IsoDate, LookupPolicy } from '../fx/types.js';
import { nonEmpty, once, parseDateOption, parseMaxAgeOption, parsePolicyOption } from './options.js';

/** The shared options as commander hands them over, already checked. */
export interface RateOptions {
  readonly on?: IsoDate;
  readonly source?: string;
  readonly policy?: LookupPolicy;
  readonly maxAge?: number;
  readonly dataDir?: string;
  readonly userDir?: string;
  readonly json?: boolean;
}

/**
 * Adds --on, --source, --policy, --max-age, --data-dir, --user-dir and --json to a command.
 *
 * @example
 * addRateOptions(new Command('convert')).options.length //=> 7
 */
export function addRateOptions(
  command: Command,
  onHelp = 'the day of the rate, YYYY-MM-DD (default: the latest)',
): Command {
  return command
    .option('--on <date>', onHelp, once('--on', parseDateOption))
    .option(
      '--source <id>',
      'rate table, e.g. fred-h10 or imf (default: the first that quotes both currencies)',
      once('--source', nonEmpty('--source')),
    )
    .option(
      '--policy <policy>',
      `how to fill a day without a rate: ${LOOKUP_POLICIES.join(', ')} (default previous)`,
      once('--policy', parsePolicyOption),
    )
    .option(
      '--max-age <days>',
      'how many days away a filled rate may be (default 7)',
      once('--max-age', parseMaxAgeOption),
    )
    .option(
      '--data-dir <dir>',
      'folder holding manifest.json and the rate tables (default: $DEALCALC_DATA_DIR, else the shipped data/)',
      once('--data-dir', (text) => text),
    )
    .option(
      '--user-dir <dir>',
      'folder of your own imported rate tables (default: $DEALCALC_USER_DIR, else $XDG_DATA_HOME/dealcalc, else ~/.local/share/dealcalc)',
      once('--user-dir', (text) => text),
    )
    .option('--json', 'print one JSON object');
}

/**
 * The lookup settings of the shared options, as the core's requests take them.
 *
 * @example
 * lookupSettings({ on: '2017-11-15', maxAge: 3 }) //=> { on: '2017-11-15', maxAgeDays: 3 }
 */
export function lookupSettings(options: RateOptions): {
  on?: IsoDate;
  source?: string;
  policy?: LookupPolicy;
  maxAgeDays?: number;
} {
  return {
    ...(options.on === undefined ? {} : { on: options.on }),
    ...(options.source === undefined ? {} : { source: options.source }),
    ...(options.policy === undefined ? {} : { policy: options.policy }),
    ...(options.maxAge === undefined ? {} : { maxAgeDays: options.maxAge }),
  };
}
