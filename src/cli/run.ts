import { internalError } from '../commonErrors.js';
import { Command, CommanderError } from 'commander';
import { DealCalcError, type ErrorInfo } from '../errors.js';
import { commandsFor } from './commands/index.js';
import type { CommandContext } from './context.js';
import { EXIT, exitCodeFor } from './exitCode.js';
import type { CliIO } from './io.js';
import { renderErrorJson, renderErrorText } from './render/error.js';
import { usageError } from './usageError.js';
import { escapeControls, escapeJsonControls } from './terminalText.js';

export type { CliIO } from './io.js';

/** Kept equal to package.json's version by a test (the bundle reads no files to learn it). */
export const VERSION = '0.1.0';

/** Output made safe: no control character reaches a terminal raw, and JSON stays JSON. */
function safeIO(io: CliIO, json: boolean): CliIO {
  // Copied by descriptor, not spread: a field the shell computes only when asked (stderrIsTTY)
  // stays a getter.
  return Object.defineProperties(Object.defineProperties({}, Object.getOwnPropertyDescriptors(io)), {
    stdout: {
      value: (text: string) => io.stdout(json ? escapeJsonControls(text) : escapeControls(text)),
      enumerable: true,
      writable: true,
      configurable: true,
    },
    stderr: {
      value: (text: string) => io.stderr(escapeControls(text)),
      enumerable: true,
      writable: true,
      configurable: true,
    },
  }) as CliIO;
}

function buildProgram(
  argv: readonly string[],
  context: CommandContext,
  captured: { usage?: string; out: string },
): Command {
  const program = new Command('dealcalc')
    .description(
      'Currency-aware deal valuation calculator: exact conversions at dated reference rates, cited.',
    )
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => {
        captured.out += text;
      },
      writeErr: (text) => {
        captured.usage ??= text;
      },
      outputError: (text) => {
        captured.usage = text;
      },
    });
  for (const { define } of commandsFor(argv)) define(program, context);
  return program;
}

function report(error: ErrorInfo, io: CliIO, json: boolean): number {
  io.stderr(renderErrorText(error));
  if (json) io.stdout(renderErrorJson(error));
  return exitCodeFor(error.kind);
}

function internal(error: unknown): ErrorInfo {
  const message = error instanceof Error ? error.message : String(error);
  return internalError(`internal error: ${message}`).toInfo();
}

/**
 * Runs the dealcalc command line on an argument list (without node and script) and returns the
 * exit code. All output goes through `io`; nothing here touches process. Every failure, the
 * option parser's included, is one line `dealcalc: …`, a `hint:` line, and with --json one
 * `{ "error": … }` object on stdout; never a stack trace.
 *
 * @example
 * await run(['convert', '1.5 billion yuan', 'USD', '--on', '2017-11-15'], { stdout: () => {}, stderr: () => {}, today: () => '2026-11-28' }) //=> 0
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const dashes = argv.indexOf('--');
  const json = (dashes === -1 ? argv : argv.slice(0, dashes)).includes('--json');
  const out = safeIO(io, json);
  let exitCode: number = EXIT.ok;
  const captured: { usage?: string; out: string } = { out: '' };
  const context: CommandContext = { io: out, finish: (code) => (exitCode = code) };
  const program = buildProgram(argv, context, captured);
  if (argv.length === 0) {
    out.stdout(json ? `${JSON.stringify({ help: program.helpInformation() })}\n` : program.helpInformation());
    return EXIT.ok;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) {
        // --help and --version are "errors" to commander; they are answers to us.
        const isVersion = error.code === 'commander.version';
        out.stdout(
          json
            ? `${JSON.stringify(isVersion ? { version: VERSION } : { help: captured.out })}\n`
            : captured.out,
        );
        return EXIT.ok;
      }
      const commands = program.commands.map((c) => ({
        name: c.name(),
        subcommands: c.commands.map((s) => s.name()),
      }));
      return report(usageError(error, captured.usage ?? error.message, argv, commands), out, json);
    }
    if (error instanceof DealCalcError) return report(error.toInfo(), out, json);
    return report(internal(error), out, json);
  }
}
