import { run } from '../../src/cli/run.js';

/** What one in-process run of the CLI printed and returned. */
export interface CliOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout parsed as JSON, when it is JSON. */
  readonly json: unknown;
}

/**
 * Runs `dealcalc <args>` in-process, with today pinned to 2026-11-28 (and the time of an import
 * to 2026-11-28T09:00:00Z). No HOME is passed unless `env` gives one, so no user store is read
 * unless a test names one.
 */
export async function dealcalc(
  args: readonly string[],
  options: { dataDir?: string; env?: Readonly<Record<string, string | undefined>> } = {},
): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    today: () => '2026-11-28',
    now: () => '2026-11-28T09:00:00Z',
    ...(options.dataDir || options.env
      ? { env: { ...(options.dataDir ? { DEALCALC_DATA_DIR: options.dataDir } : {}), ...options.env } }
      : {}),
  });
  let json: unknown = null;
  try {
    json = JSON.parse(stdout);
  } catch {
    json = null;
  }
  return { code, stdout, stderr, json };
}
