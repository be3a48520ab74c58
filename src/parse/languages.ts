import type { Vocabulary } from '../vocabulary/types.js';

/**
 * The languages of the tables as bit masks: a token carries the mask of every table it stands
 * in, and a figure's languages are the intersection of its tokens' masks.
 */
export interface LanguageSet {
  /** The tables, in preference order; bit i of a mask is `tables[i]`. */
  readonly tables: readonly Vocabulary[];
  /** Every bit of a language (the symbols table, language 'und', has none: it narrows nothing). */
  readonly all: number;
}

/**
 * Numbers the tables' languages (the symbols table gets no bit).
 *
 * @example
 * languageSet([CURRENCY_SYMBOLS, ENGLISH, GERMAN]).all //=> 6
 */
export function languageSet(tables: readonly Vocabulary[]): LanguageSet {
  let all = 0;
  tables.forEach((table, i) => {
    if (table.language !== 'und') all |= 1 << i;
  });
  return { tables, all };
}

/**
 * The mask of one table (0 for the symbols table).
 *
 * @example
 * tableBit(languageSet(VOCABULARIES), ENGLISH) //=> 2
 */
export function tableBit(set: LanguageSet, table: Vocabulary): number {
  const i = set.tables.indexOf(table);
  return i < 0 || table.language === 'und' ? 0 : 1 << i;
}

/**
 * The mask of the languages a caller asked for: a tag names its table and every table whose
 * tag extends it ('zh' is zh-Hans and zh-Hant, 'en' is English and Indian English, 'pt' is
 * pt-BR). Case does not matter. Unknown tags are returned so the caller can refuse them.
 *
 * @example
 * const set = languageSet(VOCABULARIES);
 * languageMask(set, ['de']).unknown //=> []
 */
export function languageMask(
  set: LanguageSet,
  tags: readonly string[] | undefined,
): { readonly mask: number; readonly unknown: readonly string[]; readonly order: readonly number[] } {
  if (tags === undefined) {
    const order = set.tables.map((_, i) => i).filter((i) => (set.all & (1 << i)) !== 0);
    return { mask: set.all, unknown: [], order };
  }
  let mask = 0;
  const unknown: string[] = [];
  const order: number[] = [];
  for (const tag of tags) {
    const wanted = tag.toLowerCase();
    let found = false;
    set.tables.forEach((table, i) => {
      const own = table.language.toLowerCase();
      if (table.language === 'und' || !(own === wanted || own.startsWith(`${wanted}-`))) return;
      found = true;
      if ((mask & (1 << i)) === 0) order.push(i);
      mask |= 1 << i;
    });
    if (!found) unknown.push(tag);
  }
  return { mask, unknown, order };
}

/**
 * The tags of a mask, in table order.
 *
 * @example
 * const set = languageSet(VOCABULARIES);
 * languageTags(set, languageMask(set, ['zh']).mask) //=> ['zh-Hans', 'zh-Hant']
 */
export function languageTags(set: LanguageSet, mask: number): readonly string[] {
  let byMask = tagCache.get(set);
  if (byMask === undefined) {
    byMask = new Map();
    tagCache.set(set, byMask);
  }
  let tags = byMask.get(mask);
  if (tags === undefined) {
    tags = Object.freeze(set.tables.filter((_, i) => (mask & (1 << i)) !== 0).map((t) => t.language));
    byMask.set(mask, tags);
  }
  return tags;
}

const tagCache = new WeakMap<LanguageSet, Map<number, readonly string[]>>();

/**
 * Names the languages of a mask for a sentence: "English, Chinese (simplified)".
 *
 * @example
 * const set = languageSet(VOCABULARIES);
 * languageNames(set, languageMask(set, ['de', 'fr']).mask) //=> 'German, German (Switzerland) and French'
 */
export function languageNames(set: LanguageSet, mask: number): string {
  const names = set.tables.filter((_, i) => (mask & (1 << i)) !== 0).map((t) => t.name);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}
