import type { Command } from 'commander';
import { addRateOptions } from '../commonOptions.js';
import type { CommandContext } from '../context.js';
import type { CheckOptions } from './optionTypes.js';
import {
  nonEmpty,
  once,
  parseExactOption,
  parseWindowOption,
  parseYenOption,
  parseNotationOption,
  NOTATION_HELP,
} from '../options.js';

/** `dealcalc check "<figure> (<figure>)" | <figure> <figure>`: one core call, a renderer, exit 1 when not consistent. */
export function defineCheck(program: Command, context: CommandContext): void {
  const command = program
    .command('check')
    .description(
      'check a quoted conversion ("about 1.5 billion yuan ($227 million)") against the reference rates of its day',
    )
    .argument('<pair>', 'a figure with its conversion in brackets, or the first of two figures')
    .argument('[second]', 'the second figure, when they are given apart');
  addRateOptions(command, "the story's day, YYYY-MM-DD (default: the latest day the tables quote the pair)")
    .option(
      '--tolerance <pct>',
      'how far outside the figures\' interval is still "close", in percent of its nearer end (default 1)',
      once('--tolerance', (t) => t),
    )
    .option(
      '--rounding-limit <pct>',
      'how far from its written value a figure may be taken for "consistent", in percent (default 2); beyond it a pair "fits only by rounding"',
      once('--rounding-limit', (t) => t),
    )
    .option(
      '--exact <side>',
      'take a figure at its written value, without rounding: from (the first), to (the converted one) or both',
      once('--exact', parseExactOption),
    )
    .option(
      '--window <days>',
      'days before and after the day to list fitting days for (default 10)',
      once('--window', parseWindowOption),
    )
    .option('--yen <CNY|JPY>', 'how to read a lone "¥"', once('--yen', parseYenOption))
    .option(
      '--notation <decimal-point|decimal-comma>',
      NOTATION_HELP,
      once('--notation', parseNotationOption),
    )
    .option(
      '--rate <rate>',
      'check against this rate, as given, instead of the tables: 7.10 or USD/CNY=7.10',
      once('--rate', nonEmpty('--rate')),
    )
    .option('--chart', 'draw the reference rate around the day, with the band the quote allows')
    .option('--svg <file>', 'write that chart as an SVG file', once('--svg', nonEmpty('--svg')))
    .addHelpText(
      'after',
      "\nExamples:\n  dealcalc check 'about 1.5 billion yuan ($227 million)' --on 2017-11-15\n  dealcalc check '15亿元' '$227 million' --on 2017-11-15 --source fred-h10 --json\n  dealcalc check '2 trillion yen ($17 billion)' --on 2023-06-01 --exact from\n\nVerdicts: consistent (exit 0), close (exit 0), fits-only-by-rounding (exit 1), inconsistent (exit 1).",
    )
    .action(async (pair: string, second: string | undefined, options: CheckOptions) => {
      const { checkCommand } = await import('../checkCommand.js');
      checkCommand(pair, second, options, context);
    });
}
