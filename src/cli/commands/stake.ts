import type { Command } from 'commander';
import { addRateOptions } from '../commonOptions.js';
import type { CommandContext } from '../context.js';
import type { ImpliedOptions, StakeOptions } from './optionTypes.js';
import { nonEmpty, once, parseYenOption, parseNotationOption, NOTATION_HELP } from '../options.js';

const collect = (value: string, previous: readonly string[] | undefined): readonly string[] => [
  ...(previous ?? []),
  value,
];

function addDealOptions(command: Command): Command {
  return addRateOptions(
    command,
    'the day figures in other currencies are converted on (default: the latest rates)',
  )
    .option(
      '--in <currency>',
      "the reporting currency (default: the valuation's)",
      once('--in', nonEmpty('--in')),
    )
    .option('--secondary', 'the investor buys existing shares: no new money, no dilution')
    .option(
      '--primary-part <figure>',
      'of the investment, the new money; the rest buys existing shares',
      once('--primary-part', (t) => t),
    )
    .option('--yen <CNY|JPY>', 'how to read a lone "¥"', once('--yen', parseYenOption))
    .option(
      '--notation <decimal-point|decimal-comma>',
      NOTATION_HELP,
      once('--notation', parseNotationOption),
    )
    .option(
      '--rate <rate>',
      'convert at this rate, as given, instead of the tables: 7.10 or USD/CNY=7.10',
      once('--rate', nonEmpty('--rate')),
    );
}

/** `dealcalc stake` and `dealcalc implied`: each one core call and a renderer (loaded when run). */
export function defineStake(program: Command, context: CommandContext): void {
  addDealOptions(
    program
      .command('stake')
      .description('the stake an investment buys, with pre- and post-money, from figures as written')
      .option('--invest <[name=]figure>', 'money invested (repeat for several investors)', collect)
      .option(
        '--pre <figure>',
        'the pre-money valuation',
        once('--pre', (t) => t),
      )
      .option(
        '--post <figure>',
        'the post-money valuation',
        once('--post', (t) => t),
      )
      .option(
        '--valuation <figure>',
        'a valuation that does not say pre or post: both readings',
        once('--valuation', (t) => t),
      )
      .option('--holder <name=percent>', 'an existing holder before the deal (repeat)', collect)
      .option('--seller <name>', 'a holder who sells in a secondary or mixed deal (repeat)', collect),
  )
    .addHelpText(
      'after',
      "\nExamples:\n  dealcalc stake --invest '1.5 billion yuan' --valuation 'more than $2 billion' --on 2017-11-15\n  dealcalc stake --invest 'Lead=$8M' --invest 'Angel=$2M' --pre '$30M' --holder Founders=80% --holder Pool=20%",
    )
    .action(async (options: StakeOptions) => {
      const { stakeCommand } = await import('../dealCommand.js');
      stakeCommand(options, context);
    });

  addDealOptions(
    program
      .command('implied')
      .description('the valuation a stake implies: post-money = investment ÷ stake')
      .requiredOption(
        '--invest <figure>',
        'the money invested',
        once('--invest', (t) => t),
      )
      .requiredOption(
        '--stake <percent>',
        'the stake it buys, e.g. 1.6%',
        once('--stake', (t) => t),
      ),
  )
    .addHelpText(
      'after',
      "\nExample:\n  dealcalc implied --invest '$240 million' --stake 1.6%    # post-money $15 billion",
    )
    .action(async (options: ImpliedOptions) => {
      const { impliedCommand } = await import('../dealCommand.js');
      impliedCommand(options, context);
    });
}
