/** Everything the CLI touches outside itself, injected so tests run it in-process. */
export interface CliIO {
  /** Writes text to standard output (the caller adds nothing). */
  readonly stdout: (text: string) => void;
  /**
   * Writes bytes to standard output as they are, unescaped: only for output known to be printable
   * ASCII (a batch chunk that says so), which has nothing to escape. Resolves once the bytes are
   * written, when the caller may reuse them. Without it, text is written.
   */
  readonly stdoutBytes?: (bytes: Uint8Array) => Promise<void>;
  /** Writes text to standard error. */
  readonly stderr: (text: string) => void;
  /** Today's date as YYYY-MM-DD, for saying how old the latest rate is. */
  readonly today: () => string;
  /**
   * The environment variables the CLI reads: DEALCALC_DATA_DIR, and for the user's own rate
   * tables DEALCALC_USER_DIR, XDG_DATA_HOME, HOME and DEALCALC_UPDATE_ORIGIN.
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * Standard input (for `-` as a file name), read up to a little past `limit` bytes and no
   * further: a caller that gets more than `limit` bytes refuses the input, never reads on.
   */
  readonly readStdin?: (limit: number) => string;
  /** Whether standard error is a terminal (progress is drawn only there). */
  readonly stderrIsTTY?: boolean;
  /** The time now, ISO 8601 UTC, to record when rates were imported (default: today at midnight). */
  readonly now?: () => string;
}
