import type { HedgeMeaning, LexiconEntry } from './lexicon.js';
import { matchLongest } from './lexicon.js';
import type { Step } from './step.js';
import type { HedgeReading } from './types.js';

/**
 * Reads a hedge word ("about", "more than", "~", "约") at `index`.
 *
 * @param entries - the lexicon's hedges for this position (before or after the figure)
 * @param text - the input
 * @param index - where the hedge would start
 * @returns the hedge reading, or null
 *
 * @example
 * readHedge(lexicon.hedgesBefore, 'more than $2bn', 0)?.value.kind //=> 'above'
 */
export function readHedge(
  entries: readonly LexiconEntry<HedgeMeaning>[],
  text: string,
  index: number,
): Step<HedgeReading> {
  const step = matchLongest(entries, text, index);
  if (step === null) return null;
  return {
    value: { token: step.value.token.text, kind: step.value.meaning.kind, span: step.value.token.span },
    next: step.next,
  };
}
