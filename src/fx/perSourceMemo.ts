import type { RateSource } from './types.js';

/**
 * Keeps answers worked out from a rate source, by source and key, for work asked for again and
 * again (the same rate in a story, the same pair's days in a scan). A source never changes, so
 * this is invisible but for time; what fails is not kept (it throws again). At most `limit`
 * answers per source: past it, that source's are forgotten.
 *
 * @example
 * const remember = perSourceMemo<string>(2);
 * remember(fred, 'a', () => 'worked out once') //=> 'worked out once'
 * remember(fred, 'a', () => 'not again') //=> 'worked out once'
 */
export function perSourceMemo<T>(limit: number): (source: RateSource, key: string, work: () => T) => T {
  const known = new WeakMap<RateSource, Map<string, T>>();
  return (source, key, work) => {
    let answers = known.get(source);
    if (answers === undefined) {
      answers = new Map();
      known.set(source, answers);
    }
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = work();
      if (answers.size >= limit) answers.clear();
      answers.set(key, answer);
    }
    return answer;
  };
}
