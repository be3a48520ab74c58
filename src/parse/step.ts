import type { Span } from './types.js';

/**
 * What a sub-parser returns when it read something: the value and the index just past it.
 * `null` means "nothing of mine here"; the caller tries something else.
 */
export type Step<T> = { readonly value: T; readonly next: number } | null;

/** A token as it stands in the input. */
export interface Token {
  /** The text as written (a slice of the input). */
  readonly text: string;
  readonly span: Span;
}
