import type { Command } from 'commander';
import type { DealTextOptions } from '../../deal/dealJobs.js';
import { addRateOptions, lookupSettings, type RateOptions } from '../commonOptions.js';
import type { CommandContext } from '../context.js';
import { nonEmpty, once, parseYenOption, parseNotationOption, NOTATION_HELP } from '../options.js';

/** Options every deal command shares. */
export interface DealOptions extends RateOptions {
  readonly in?: string;
  readonly secondary?: boolean;
  readonly primaryPart?: string;
  readonly yen?: 'CNY' | 'JPY';
  readonly notation?: 'decimal-point' | 'decimal-comma';
  readonly rate?: string;
}

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

/**
 * The deal settings of the options, as the core's requests take them.
 *
 * @example
 * dealOptions({ in: 'EUR', secondary: true }) //=> { in: 'EUR', secondary: true }
 */
export function dealOptions(options: DealOptions): DealTextOptions {
  return {
    ...lookupSettings(options),
    ...(options.in === undefined ? {} : { in: options.in }),
    ...(options.secondary ? { secondary: true } : {}),
    ...(options.primaryPart === undefined ? {} : { primaryPart: options.primaryPart }),
    ...(options.yen ? { yen: options.yen } : {}),
    ...(options.notation ? { notation: options.notation } : {}),
    ...(options.rate === undefined ? {} : { rate: options.rate }),
  };
}

/** Options of `dealcalc stake`. */
export interface StakeOptions extends DealOptions {
  readonly invest?: readonly string[];
  readonly pre?: string;
  readonly post?: string;
  readonly valuation?: string;
  readonly holder?: readonly string[];
  readonly seller?: readonly string[];
}

/** Options of `dealcalc implied`. */
export interface ImpliedOptions extends DealOptions {
  readonly invest: string;
  readonly stake: string;
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
      "\nExample:\n  dealcalc implied --invest '$240 million' --stake 1.6%      (post-money $15 billion)",
    )
    .action(async (options: ImpliedOptions) => {
      const { impliedCommand } = await import('../dealCommand.js');
      impliedCommand(options, context);
    });
}
