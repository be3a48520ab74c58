import { cliOutputName } from '../hints.js';
import { optionInvalid } from '../../commonErrors.js';
import type { Command } from 'commander';
import { convertToEach } from '../../fx/convertJob.js';
import { addRateOptions, lookupSettings, type RateOptions } from '../commonOptions.js';
import {
  addBatchOptions,
  convertBatch,
  isBatchRequest,
  missingArgument,
  type BatchOptions,
} from '../batchOptions.js';
import type { CommandContext } from '../context.js';
import {
  once,
  parseSigOption,
  parseStyleOption,
  parseTargets,
  parseYenOption,
  parseNotationOption,
  NOTATION_HELP,
} from '../options.js';
import { storeFor } from '../openStore.js';
import { renderConvertJson, renderConvertText, renderConvertValue } from '../../fx/render/convert.js';
import { addGivenRateOptions, type GivenRateOptions } from './ratesOptions.js';

interface ConvertOptions extends RateOptions, GivenRateOptions, BatchOptions {
  readonly yen?: 'CNY' | 'JPY';
  readonly notation?: 'decimal-point' | 'decimal-comma';
  readonly style?: ReturnType<typeof parseStyleOption>;
  readonly sig?: number;
  readonly value?: boolean;
}

/** The figure and currency are optional to commander: --batch takes neither. */
type Given<T> = T | undefined;

/** `dealcalc convert <figure> <currency>`: the options, then one core call and a renderer. */
export function defineConvert(program: Command, context: CommandContext): void {
  const command = program
    .command('convert')
    .description(
      'convert an amount as written ("1.5 billion yuan", "15亿元", "$227 million") at a dated reference rate',
    )
    .argument('[figure]', 'the amount as written, with its currency')
    .argument(
      '[currency]',
      'the currency to convert to (ISO code, e.g. USD; several: USD,EUR,HKD)',
      parseTargets,
    );
  addBatchOptions(addRateOptions(command))
    .option('--yen <CNY|JPY>', 'how to read a lone "¥"', once('--yen', parseYenOption))
    .option(
      '--notation <decimal-point|decimal-comma>',
      NOTATION_HELP,
      once('--notation', parseNotationOption),
    )
    .option(
      '--style <style>',
      'full (default), short (US$226.6 million), or a language: zh (2.266亿美元), de, ja, ko, fr, es, pt, ar …',
      once('--style', parseStyleOption),
    )
    .option(
      '--sig <digits>',
      'significant figures, with --style short or a language, or --value',
      once('--sig', parseSigOption),
    )
    .option('--value', 'print the amount alone (no grouping, no currency), one line per currency');
  addGivenRateOptions(command, { average: true })
    .addHelpText('after', CONVERT_EXAMPLES)
    .action(async (figure: Given<string>, targets: Given<readonly string[]>, options: ConvertOptions) => {
      if (isBatchRequest(options)) return convertBatch(context, figure, targets, options);
      if (figure === undefined || targets === undefined)
        throw missingArgument(figure === undefined ? 'figure' : 'currency');
      if (options.sig !== undefined && !options.value && (options.style ?? 'full') === 'full') {
        throw optionInvalid(
          '--sig applies to --style short or a language, or to --value',
          'Add --style short, --style zh (or another language) or --value, or leave --sig out.',
        );
      }
      const store = storeFor(options, context.io);
      const answer = convertToEach(store, {
        figure,
        to: targets,
        today: context.io.today(),
        ...lookupSettings(options),
        ...(options.yen ? { yen: options.yen } : {}),
        ...(options.notation ? { notation: options.notation } : {}),
        ...(options.rate === undefined ? {} : { rate: options.rate }),
        ...(options.average === undefined ? {} : { average: options.average }),
      });
      const style =
        options.style === undefined || options.style === 'full'
          ? undefined
          : { language: options.style, significant: options.sig ?? 4 };
      context.io.stdout(
        options.value
          ? renderConvertValue(answer, options.sig)
          : options.json
            ? renderConvertJson(answer, style)
            : renderConvertText(answer, style, cliOutputName),
      );
    });
}

const CONVERT_EXAMPLES = `
Examples:
  dealcalc convert '1.5 billion yuan' USD --on 2017-11-15
  dealcalc convert 15亿元 USD,EUR,HKD --on 2017-11-23    # Thanksgiving: uses 2017-11-22, says why
  dealcalc convert 'about $227 million' CNY --on 2017-11-15 --json
  dealcalc convert '1.5 billion yuan' USD --on 2017-11-15 --style zh --sig 3    # 15亿元 = 2.27亿美元
  dealcalc convert '1.5 billion yuan' USD --on 2017-11-15 --value    # 226586102.72
  dealcalc convert '1.5 billion yuan' USD --on 2017-11-15 --rate 7.10    # 1 USD = 7.10 CNY, as you give it
  dealcalc convert '1.5 billion yuan' USD --average 2017    # at the mean of 2017's rates
  dealcalc convert --batch deals.csv --to USD > deals-usd.csv    # every row at its own date`;
