import type { RateSource } from './types.js';

/**
 * Work on a source. It calls `incomplete` when it answered without a table the source could not
 * read yet (a page's table still being fetched, DATA_NOT_LOADED): that answer is not kept.
 */
export type SourceWork<T> = (incomplete: () => void) => T;

/**
 * Keeps answers worked out from a rate source, by source and key, for work asked for again and
 * again (the same rate in a story, the same pair's days in a scan). A source's tables never
 * change, so this is invisible but for time; what fails is not kept (it throws again), nor what
 * the work says is incomplete (a page's source gains tables as they arrive). At most `limit`
 * answers per source: past it, that source's are forgotten.
 *
 * @example
 * const remember = perSourceMemo<string>(2);
 * remember(fred, 'a', () => 'worked out once') //=> 'worked out once'
 * remember(fred, 'a', () => 'not again') //=> 'worked out once'
 * remember(fred, 'b', (incomplete) => { incomplete(); return 'without a table'; }) //=> 'without a table'
 * remember(fred, 'b', () => 'with it') //=> 'with it'
 */
export function perSourceMemo<T>(limit: number): (source: RateSource, key: string, work: SourceWork<T>) => T {
  const known = new WeakMap<RateSource, Map<string, T>>();
  return (source, key, work) => {
    let answers = known.get(source);
    if (answers === undefined) {
      answers = new Map();
      known.set(source, answers);
    }
    let answer = answers.get(key);
    if (answer === undefined) {
      let complete = true;
      answer = work(() => (complete = false));
      if (!complete) return answer;
      if (answers.size >= limit) answers.clear();
      answers.set(key, answer);
    }
    return answer;
  };
}
