import type { CommanderError } from 'commander';
import type { ErrorInfo } from '../errors.js';
import { usageInvalid } from './cliErrors.js';

/** A command of the program and its subcommands, for hints. */
export interface CommandName {
  readonly name: string;
  readonly subcommands: readonly string[];
}

/** What each command's arguments look like, for a hint when one is missing or extra (each command its own). */
const ARGUMENT_EXAMPLES: Readonly<Record<string, string>> = {
  convert: 'Quote a figure that has spaces: dealcalc convert "1.5 billion yuan" USD.',
  check: "Quote the pair whole: dealcalc check '1.5 billion yuan ($227 million)' --on 2017-11-15.",
  scan: 'Name a text file, or - for standard input: dealcalc scan story.txt.',
  scenario: 'Name a scenario file (YAML or JSON), or - for standard input: dealcalc scenario deal.yaml.',
  rates:
    'Give the subcommand its arguments, e.g. dealcalc rates show USD/CNY, dealcalc rates import csv FILE.',
};

function hintFor(
  code: string,
  message: string,
  command: CommandName | undefined,
  commands: readonly CommandName[],
): string {
  const help = command ? `dealcalc ${command.name} --help` : 'dealcalc --help';
  switch (code) {
    case 'commander.unknownOption': {
      // A figure written with a minus sign looks like an option to any command-line parser.
      const figure = /unknown option '(-\d[^']*)'/.exec(message)?.[1];
      if (figure)
        return `A negative figure must come after --, with the options before it: dealcalc convert --on 2017-11-15 -- "${figure}" USD`;
      return `Run ${help} for the options.`;
    }
    case 'commander.unknownCommand':
      return `The commands are: ${commands.map((c) => c.name).join(', ')}. Run dealcalc --help.`;
    case 'commander.missingArgument':
    case 'commander.excessArguments':
      return `${ARGUMENT_EXAMPLES[command?.name ?? ''] ?? 'Give the command its arguments, quoting any that has spaces.'} Run ${help}.`;
    case 'commander.optionMissingArgument':
      return `Give the option a value, e.g. --on 2017-11-15. Run ${help}.`;
    case 'commander.help':
      return `Name one: ${(command?.subcommands ?? []).map((s) => `dealcalc ${command?.name ?? ''} ${s}`).join(', ')}. Run ${help}.`;
    default:
      return `Run ${help} for usage.`;
  }
}

/**
 * An error of the option parser as dealcalc reports every error: message, hint, code USAGE_INVALID.
 *
 * @example
 * usageError({ code: 'commander.unknownCommand' }, "error: unknown command 'conver'", ['conver'], [{ name: 'convert', subcommands: [] }, { name: 'rates', subcommands: ['sources'] }]).hint
 * //=> 'The commands are: convert, rates. Run dealcalc --help.'
 */
export function usageError(
  error: Pick<CommanderError, 'code'>,
  text: string,
  argv: readonly string[],
  commands: readonly CommandName[],
): ErrorInfo {
  const command = commands.find((c) => c.name === argv[0]);
  const isHelp = error.code === 'commander.help';
  const message = isHelp
    ? `${command?.name ?? 'the command'} needs a subcommand`
    : text
        .split('\n')[0]
        ?.replace(/^error: /, '')
        .trim() || 'the command line could not be read';
  return usageInvalid(message, hintFor(error.code, text, command, commands));
}
