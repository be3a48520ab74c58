import { expect } from 'vitest';
import { dealcalc, type CliOutcome } from '../cli/helpers.js';

/** Control characters that must never reach a terminal raw (everything but the newline). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const STACK = /\n\s+at |node:internal|\.ts:\d+|\.js:\d+/;

/** Command and subcommand names, after which --json is placed; a new command adds its names. */
const COMMAND_WORDS = new Set([
  'convert',
  'rates',
  'sources',
  'show',
  'import',
  'export',
  'update',
  'check',
  'scan',
  'stake',
  'implied',
  'scenario',
  'serve',
]);

/** The command line with --json added right after the command's names (before any option). */
function withJson(args: readonly string[]): string[] {
  let at = 0;
  while (at < args.length && COMMAND_WORDS.has(args[at] as string)) at += 1;
  return [...args.slice(0, at), '--json', ...args.slice(at)];
}

/**
 * Runs a command line in text and in JSON mode and checks the README's contract: the exit code,
 * no stack trace, no raw control character in text output, an error as one `dealcalc:` line with
 * a hint, and with --json one parseable object carrying the error's code.
 */
export async function expectContract(
  args: readonly string[],
  exit: number,
  code: string | undefined,
  options: { dataDir?: string; env?: Readonly<Record<string, string | undefined>> } = {},
): Promise<{ text: CliOutcome; json: CliOutcome }> {
  const text = await dealcalc(args, options);
  expect(text.code, `exit of ${JSON.stringify(args).slice(0, 200)}\n${text.stderr.slice(0, 400)}`).toBe(exit);
  expect(text.stdout + text.stderr).not.toMatch(STACK);
  expect(text.stdout).not.toMatch(RAW_CONTROL);
  expect(text.stderr).not.toMatch(RAW_CONTROL);
  if (exit === 2 || exit === 3) {
    expect(text.stderr).toMatch(/^dealcalc: \S/);
    expect(text.stderr).toMatch(/\nhint: \S/);
  }
  const json = await dealcalc(withJson(args), options);
  expect(json.code).toBe(exit);
  if (!args.includes('--help') && !args.includes('--value')) {
    expect(
      json.json,
      `JSON of ${JSON.stringify(args).slice(0, 200)}: ${json.stdout.slice(0, 200)}`,
    ).not.toBeNull();
  }
  if (code !== undefined) expect((json.json as { error?: { code?: string } })?.error?.code).toBe(code);
  expect(json.stdout).not.toMatch(/[\u007f-\u009f]/);
  return { text, json };
}
