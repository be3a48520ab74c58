import { ARABIC } from './arabic.js';
import { CHINESE_SIMPLIFIED } from './chineseSimplified.js';
import { CHINESE_TRADITIONAL } from './chineseTraditional.js';
import { ENGLISH } from './english.js';
import { FRENCH } from './french.js';
import { GERMAN } from './german.js';
import { GERMAN_SWISS } from './germanSwiss.js';
import { INDIAN } from './indian.js';
import { JAPANESE } from './japanese.js';
import { KOREAN } from './korean.js';
import { PORTUGUESE } from './portuguese.js';
import { SPANISH } from './spanish.js';
import { SPANISH_MEXICO } from './spanishMexico.js';
import { CURRENCY_SYMBOLS } from './symbols.js';
import type { Vocabulary } from './types.js';

export { ARABIC } from './arabic.js';
export { CHINESE_SIMPLIFIED, CJK_NUMERALS } from './chineseSimplified.js';
export { CHINESE_TRADITIONAL } from './chineseTraditional.js';
export { ENGLISH, DOLLAR_CODES } from './english.js';
export { FRENCH } from './french.js';
export { GERMAN } from './german.js';
export { GERMAN_SWISS } from './germanSwiss.js';
export { CURRENCY_NOTATIONS, type DecimalStyle } from './currencyNotations.js';
export { INDIAN } from './indian.js';
export { JAPANESE } from './japanese.js';
export { KOREAN } from './korean.js';
export { NUMBER_NOTATIONS } from './notations.js';
export { PORTUGUESE } from './portuguese.js';
export { SPANISH } from './spanish.js';
export { SPANISH_MEXICO } from './spanishMexico.js';
export { CURRENCY_SYMBOLS } from './symbols.js';
export type * from './types.js';

/** The simplified Chinese table, under the name it had before traditional Chinese got its own. */
export const CHINESE: Vocabulary = CHINESE_SIMPLIFIED;

/**
 * Every table the figure parser reads with, in the order a reading is preferred when the
 * languages of a figure disagree and nothing in it decides ("$1,500": English groups, German
 * has a decimal comma). Adding a language is adding its file and listing it here.
 */
export const VOCABULARIES: readonly Vocabulary[] = [
  CURRENCY_SYMBOLS,
  ENGLISH,
  INDIAN,
  CHINESE_SIMPLIFIED,
  CHINESE_TRADITIONAL,
  JAPANESE,
  KOREAN,
  GERMAN,
  GERMAN_SWISS,
  FRENCH,
  SPANISH,
  SPANISH_MEXICO,
  PORTUGUESE,
  ARABIC,
];
