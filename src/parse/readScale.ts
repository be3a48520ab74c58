import type { LexiconEntry, ScaleMeaning } from './lexicon.js';
import { matchLongest } from './lexicon.js';
import type { Step } from './step.js';
import type { ScaleReading } from './types.js';

/** A scale reading and the unit name the reading rule uses for it ("billion" for "bn"). */
export interface ScaleStep {
  readonly reading: ScaleReading;
  readonly name: string;
}

/**
 * Reads a scale word ("billion", "bn", "亿", "crore") at `index`.
 *
 * @param entries - the lexicon's scale words
 * @param text - the input
 * @param index - where the word would start
 * @returns the scale, or null
 *
 * @example
 * readScale(lexicon.scales, '15亿元', 2)?.value.reading.exponent //=> 8
 */
export function readScale(
  entries: readonly LexiconEntry<ScaleMeaning>[],
  text: string,
  index: number,
): Step<ScaleStep> {
  const step = matchLongest(entries, text, index);
  if (step === null) return null;
  const { token, meaning } = step.value;
  return {
    value: {
      reading: { token: token.text, exponent: meaning.exponent, span: token.span },
      name: meaning.name,
    },
    next: step.next,
  };
}
