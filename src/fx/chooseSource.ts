import type { CurrencyCode } from '../money/currency.js';

/** What choosing a source needs to know of each candidate. */
export interface SourceCandidate {
  readonly id: string;
  readonly pivot: CurrencyCode;
  readonly currencies: readonly CurrencyCode[];
}

/** Sources in the order they are preferred when the user names none. */
export const DEFAULT_SOURCE_ORDER: readonly string[] = ['fred-h10', 'imf'];

/**
 * Picks the first source, in preference order, that quotes both currencies; null if none does.
 *
 * @example
 * chooseSource([fred, imf], CNY, USD)?.id //=> 'fred-h10'
 * chooseSource([fred, imf], CNY, PLN)?.id //=> 'imf'
 */
export function chooseSource<T extends SourceCandidate>(
  candidates: readonly T[],
  from: CurrencyCode,
  to: CurrencyCode,
  order: readonly string[] = DEFAULT_SOURCE_ORDER,
): T | null {
  const covers = (source: T, code: CurrencyCode) => code === source.pivot || source.currencies.includes(code);
  const ranked = [...candidates].sort((a, b) => rank(order, a.id) - rank(order, b.id));
  return ranked.find((source) => covers(source, from) && covers(source, to)) ?? null;
}

function rank(order: readonly string[], id: string): number {
  const index = order.indexOf(id);
  return index === -1 ? order.length : index;
}
