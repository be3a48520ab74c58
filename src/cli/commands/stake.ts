import type { Command } from 'commander';
import { impliedFromText, stakeFromText, type DealTextOptions } from '../../deal/dealJobs.js';
import { addRateOptions, lookupSettings, type RateOptions } from '../commonOptions.js';
import type { CommandContext } from '../context.js';
import { nonEmpty, once, parseYenOption } from '../options.js';
import { storeFor } from '../openStore.js';
import { renderImpliedJson, renderImpliedText, renderStakeJson, renderStakeText } from '../render/deal.js';

interface DealOptions extends RateOptions {
  readonly in?: string;
  readonly secondary?: boolean;
  readonly primaryPart?: string;
  readonly yen?: 'CNY' | 'JPY';
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
    .option('--yen <CNY|JPY>', 'how to read a lone "¥"', once('--yen', parseYenOption));
}

function dealOptions(options: DealOptions): DealTextOptions {
  return {
    ...lookupSettings(options),
    ...(options.in === undefined ? {} : { in: options.in }),
    ...(options.secondary ? { secondary: true } : {}),
    ...(options.primaryPart === undefined ? {} : { primaryPart: options.primaryPart }),
    ...(options.yen ? { yen: options.yen } : {}),
  };
}

interface StakeOptions extends DealOptions {
  readonly invest?: readonly string[];
  readonly pre?: string;
  readonly post?: string;
  readonly valuation?: string;
  readonly holder?: readonly string[];
  readonly seller?: readonly string[];
}

/** `dealcalc stake` and `dealcalc implied`: each one core call and a renderer. */
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
      '\nExamples:\n  dealcalc stake --invest "1.5 billion yuan" --valuation "more than $2 billion" --on 2017-11-15\n  dealcalc stake --invest Lead=$8M --invest Angel=$2M --pre $30M --holder Founders=80% --holder Pool=20%',
    )
    .action((options: StakeOptions) => {
      const result = stakeFromText(storeFor(options.dataDir, context.io), {
        invest: options.invest ?? [],
        ...(options.pre === undefined ? {} : { pre: options.pre }),
        ...(options.post === undefined ? {} : { post: options.post }),
        ...(options.valuation === undefined ? {} : { valuation: options.valuation }),
        holders: options.holder ?? [],
        sellers: options.seller ?? [],
        ...dealOptions(options),
      });
      context.io.stdout(options.json ? renderStakeJson(result) : renderStakeText(result));
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
      '\nExample:\n  dealcalc implied --invest "$240 million" --stake 1.6%      (post-money $15 billion)',
    )
    .action((options: DealOptions & { invest: string; stake: string }) => {
      const result = impliedFromText(storeFor(options.dataDir, context.io), {
        invest: options.invest,
        stake: options.stake,
        ...dealOptions(options),
      });
      context.io.stdout(options.json ? renderImpliedJson(result) : renderImpliedText(result));
    });
}
