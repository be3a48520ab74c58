import { CHINESE } from './chinese.js';
import { ENGLISH } from './english.js';
import { INDIAN } from './indian.js';
import { CURRENCY_SYMBOLS } from './symbols.js';
import type { Vocabulary } from './types.js';

export { CHINESE } from './chinese.js';
export { ENGLISH, DOLLAR_CODES } from './english.js';
export { INDIAN } from './indian.js';
export { CURRENCY_SYMBOLS } from './symbols.js';
export type * from './types.js';

/** Every table the figure parser reads with. Adding a language is adding its table here. */
export const VOCABULARIES: readonly Vocabulary[] = [CURRENCY_SYMBOLS, ENGLISH, CHINESE, INDIAN];
