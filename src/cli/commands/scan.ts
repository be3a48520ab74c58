import type { Command } from 'commander';
import { addRateOptions } from '../commonOptions.js';
import type { CommandContext } from '../context.js';
import type { ScanOptions } from './optionTypes.js';
import {
  nonEmpty,
  once,
  parseWindowOption,
  parseYenOption,
  parseNotationOption,
  NOTATION_HELP,
} from '../options.js';

/** `dealcalc scan <file|->`: the definition; the work loads when it runs. */
export function defineScan(program: Command, context: CommandContext): void {
  const command = program
    .command('scan')
    .description('find every money figure in a story and check each conversion it quotes')
    .argument('<file>', 'the story as text, or - for standard input');
  addRateOptions(command, "the story's day, YYYY-MM-DD (default: the first date written in the text)")
    .option(
      '--tolerance <pct>',
      'how far outside the interval is still "close", in percent (default 1)',
      once('--tolerance', (t) => t),
    )
    .option(
      '--rounding-limit <pct>',
      'how far from its written value a figure may be taken for "consistent", in percent (default 2)',
      once('--rounding-limit', (t) => t),
    )
    .option(
      '--window <days>',
      'days before and after the day to list fitting days for (default 10)',
      once('--window', parseWindowOption),
    )
    .option(
      '--in <currency>',
      'the currency lone figures are put in (default USD)',
      once('--in', nonEmpty('--in')),
    )
    .option(
      '--lang <tags>',
      'the languages of the text, e.g. de or zh,en (default: all)',
      once('--lang', nonEmpty('--lang')),
    )
    .option('--yen <CNY|JPY>', 'how to read a lone "¥"', once('--yen', parseYenOption))
    .option(
      '--notation <decimal-point|decimal-comma>',
      NOTATION_HELP,
      once('--notation', parseNotationOption),
    )
    .addHelpText(
      'after',
      '\nExamples:\n  dealcalc scan story.txt\n  cat story.txt | dealcalc scan - --on 2017-11-15 --json',
    )
    .action(async (file: string, options: ScanOptions) => {
      const { scanCommand } = await import('../scanCommand.js');
      scanCommand(file, options, context);
    });
}
