import { fail, type ErrorInfo, type Result } from '../../errors.js';

/** Thrown inside a parser only, and turned into a failed Result at its edge. */
export class ImportFault {
  constructor(readonly info: ErrorInfo) {}
}

/**
 * Runs a parser that throws ImportFault, as a function that returns a Result.
 *
 * @example
 * import { importInvalid } from './importErrors.js';
 * asResult(() => { throw new ImportFault(importInvalid('csv', 'f.csv', 1, 'bad')); }).ok //=> false
 */
export function asResult<T>(parse: () => T): Result<T> {
  try {
    return { ok: true, value: parse() };
  } catch (error) {
    if (error instanceof ImportFault) return fail(error.info);
    throw error;
  }
}
