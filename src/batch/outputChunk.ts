import type { BatchOutput, RowFailure } from './types.js';

const DECODER = new TextDecoder();

/**
 * One step's output as the job wrote it, UTF-8 bytes; the text is decoded only if asked for, so
 * that a shell writing the bytes to a file or pipe never makes a string of a million rows.
 */
export class OutputChunk implements BatchOutput {
  private decoded: string | undefined;

  constructor(
    readonly bytes: Uint8Array,
    readonly failures: readonly RowFailure[],
    readonly printableAscii: boolean,
  ) {}

  get text(): string {
    this.decoded ??= DECODER.decode(this.bytes);
    return this.decoded;
  }
}
