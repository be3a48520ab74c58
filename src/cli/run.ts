import { Command, CommanderError } from 'commander';
import { DealCalcError, type ErrorInfo } from '../errors.js';
import { convertCommand, type ConvertOptions } from './commands/convert.js';
import { ratesSourcesCommand, type RatesSourcesOptions } from './commands/rates.js';
import { EXIT, exitCodeFor } from './exitCode.js';
import type { CliIO } from './io.js';
import { POLICIES } from './options.js';
import { renderErrorJson, renderErrorText } from './render/error.js';

export type { CliIO } from './io.js';

/** Kept equal to package.json's version by a test (the bundle reads no files to learn it). */
export const VERSION = '0.1.0';

const DATA_DIR_HELP = 'folder holding manifest.json and the rate tables (default: the shipped data/)';

// A figure written with a minus sign looks like an option to any command-line parser.
function negativeFigureHint(text: string): string {
  const figure = /unknown option '(-\d[^']*)'/.exec(text)?.[1];
  return figure
    ? `hint: a negative figure must come after --, with the options before it: dealcalc convert --on 2017-11-15 -- "${figure}" USD\n`
    : '';
}

function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command('dealcalc')
    .description(
      'Currency-aware deal valuation calculator: exact conversions at dated reference rates, cited.',
    )
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) =>
        write(`dealcalc: ${text.replace(/^error: /, '')}${negativeFigureHint(text)}`),
    })
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('convert')
    .description(
      'convert an amount as written ("1.5 billion yuan", "15亿元", "$227 million") at a dated reference rate',
    )
    .argument('<figure>', 'the amount as written, with its currency')
    .argument('<currency>', 'the currency to convert to (ISO code, e.g. USD)')
    .option('--on <date>', 'the day of the rate, YYYY-MM-DD (default: the latest in the table)')
    .option(
      '--source <id>',
      'rate table: fred-h10 or imf (default: fred-h10 where it quotes both currencies, else imf)',
    )
    .option(
      '--policy <policy>',
      `how to fill a day without a rate: ${POLICIES.join(', ')} (default previous)`,
    )
    .option('--max-age <days>', 'how many days away a filled rate may be (default 7)')
    .option('--yen <CNY|JPY>', 'how to read a lone "¥"')
    .option(
      '--style <style>',
      'how the answer is written: full (default), short (US$226.6 million) or zh (2.266亿美元)',
    )
    .option('--sig <digits>', 'significant figures of --style short or zh (default 4)')
    .option('--json', 'print one JSON object')
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  dealcalc convert "1.5 billion yuan" USD --on 2017-11-15',
        '  dealcalc convert 15亿元 USD --on 2017-11-23            (Thanksgiving: uses 2017-11-22, says why)',
        '  dealcalc convert "about $227 million" CNY --on 2017-11-15 --json',
        '  dealcalc convert "1.5 billion yuan" USD --on 2017-11-15 --style zh --sig 3   (15亿元 = 2.27亿美元)',
        '  dealcalc convert "¥100 million" CNY --yen JPY --on 2017-11-15 --policy exact',
      ].join('\n'),
    )
    .action((figure: string, currency: string, options: ConvertOptions) => {
      setExit(convertCommand(figure, currency, options, io));
    });

  const rates = program.command('rates').description('the rate tables: what they are and what they cover');
  rates
    .command('sources')
    .description('list the rate sources, their coverage per currency and their attribution')
    .option('--json', 'print one JSON object')
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .action((options: RatesSourcesOptions) => {
      setExit(ratesSourcesCommand(options, io));
    });

  return program;
}

function reportError(error: ErrorInfo, io: CliIO, json: boolean): number {
  io.stderr(renderErrorText(error));
  if (json) io.stdout(renderErrorJson(error));
  return exitCodeFor(error.kind);
}

/**
 * Runs the dealcalc command line on an argument list (without node and script) and returns the
 * exit code. All output goes through `io`; nothing here touches process.
 *
 * @example
 * await run(['convert', '1.5 billion yuan', 'USD', '--on', '2017-11-15'], io) //=> 0
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let exitCode: number = EXIT.ok;
  const json = argv.includes('--json');
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  if (argv.length === 0) {
    io.stdout(program.helpInformation());
    return EXIT.ok;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander; they are successes to us.
      if (error.exitCode === 0) return EXIT.ok;
      if (json) {
        io.stdout(
          renderErrorJson({
            code: 'OPTION_INVALID',
            kind: 'input',
            message: error.message.replace(/^error: /, ''),
            hint: 'Run dealcalc --help for usage.',
          }),
        );
      }
      return EXIT.badInput;
    }
    if (error instanceof DealCalcError) return reportError(error.toInfo(), io, json);
    const message = error instanceof Error ? error.message : String(error);
    return reportError(
      {
        code: 'INTERNAL',
        kind: 'internal',
        message: `internal error: ${message}`,
        hint: 'This is a bug in dealcalc; please report it with the command you ran.',
      },
      io,
      json,
    );
  }
}
