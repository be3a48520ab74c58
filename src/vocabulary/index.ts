import { ARABIC, ARABIC_CONNECTORS, ARABIC_MONTHS } from './arabic.js';
import { CHINESE_CONNECTORS, CHINESE_SIMPLIFIED } from './chineseSimplified.js';
import { CHINESE_TRADITIONAL } from './chineseTraditional.js';
import { ENGLISH, ENGLISH_CONNECTORS, ENGLISH_MONTHS } from './english.js';
import { FRENCH, FRENCH_CONNECTORS, FRENCH_MONTHS } from './french.js';
import { GERMAN, GERMAN_CONNECTORS, GERMAN_MONTHS } from './german.js';
import { GERMAN_SWISS } from './germanSwiss.js';
import { INDIAN } from './indian.js';
import { JAPANESE, JAPANESE_CONNECTORS } from './japanese.js';
import { KOREAN } from './korean.js';
import { PORTUGUESE, PORTUGUESE_CONNECTORS, PORTUGUESE_MONTHS } from './portuguese.js';
import { SPANISH, SPANISH_CONNECTORS, SPANISH_MONTHS } from './spanish.js';
import { SPANISH_MEXICO } from './spanishMexico.js';
import { CURRENCY_SYMBOLS } from './symbols.js';
import type { ConnectorTable, MonthTable, Vocabulary } from './types.js';

export { ARABIC, ARABIC_CONNECTORS, ARABIC_MONTHS } from './arabic.js';
export { CHINESE_CONNECTORS, CHINESE_SIMPLIFIED, CJK_NUMERALS } from './chineseSimplified.js';
export { CHINESE_TRADITIONAL } from './chineseTraditional.js';
export { DOLLAR_CODES, ENGLISH, ENGLISH_CONNECTORS, ENGLISH_MONTHS } from './english.js';
export { FRENCH, FRENCH_CONNECTORS, FRENCH_MONTHS } from './french.js';
export { GERMAN, GERMAN_CONNECTORS, GERMAN_MONTHS } from './german.js';
export { GERMAN_SWISS } from './germanSwiss.js';
export { CURRENCY_NOTATIONS, type DecimalStyle } from './currencyNotations.js';
export { INDIAN } from './indian.js';
export { JAPANESE, JAPANESE_CONNECTORS } from './japanese.js';
export { KOREAN } from './korean.js';
export { NUMBER_NOTATIONS } from './notations.js';
export { PORTUGUESE, PORTUGUESE_CONNECTORS, PORTUGUESE_MONTHS } from './portuguese.js';
export { SPANISH, SPANISH_CONNECTORS, SPANISH_MONTHS } from './spanish.js';
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

/** Every month-name table the date reader knows (a story's dateline, "on Nov. 15, 2017"). */
export const MONTH_TABLES: readonly MonthTable[] = [
  ENGLISH_MONTHS,
  GERMAN_MONTHS,
  FRENCH_MONTHS,
  SPANISH_MONTHS,
  PORTUGUESE_MONTHS,
  ARABIC_MONTHS,
];

/** Every connector table the pairing of a figure with its conversion knows. */
export const CONNECTOR_TABLES: readonly ConnectorTable[] = [
  ENGLISH_CONNECTORS,
  CHINESE_CONNECTORS,
  JAPANESE_CONNECTORS,
  GERMAN_CONNECTORS,
  FRENCH_CONNECTORS,
  SPANISH_CONNECTORS,
  PORTUGUESE_CONNECTORS,
  ARABIC_CONNECTORS,
];
