import type { CliIO } from './io.js';

/** What a command definition needs from the run it belongs to. */
export interface CommandContext {
  /** Output and the outside world, already made safe for a terminal. */
  readonly io: CliIO;
  /** Sets the exit code a command finished with (0 unless it says otherwise, e.g. check's 1). */
  readonly finish: (code: number) => void;
}
