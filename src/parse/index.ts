/** The figure parser: money and percentages as people write them → quoted figures (value, interval, spans). */
export { parseFigure } from './parseFigure.js';
export { parseFigureOrThrow } from './parseFigureOrThrow.js';
export { parsePercent, parsePercentOrThrow } from './parsePercent.js';
export { parseCurrencyName } from './parseCurrencyName.js';
export { findFigures, type FindFiguresOptions, type FoundFigures, type UnreadFigure } from './findFigures.js';
export { normalizeText } from './normalize.js';
export { buildLexicon, type Lexicon } from './lexicon.js';
export { MAX_DIGITS } from './readNumber.js';
export {
  VOCABULARIES,
  ENGLISH,
  INDIAN,
  CHINESE,
  CHINESE_SIMPLIFIED,
  CHINESE_TRADITIONAL,
  JAPANESE,
  KOREAN,
  GERMAN,
  FRENCH,
  SPANISH,
  PORTUGUESE,
  ARABIC,
  CURRENCY_SYMBOLS,
  DOLLAR_CODES,
  NUMBER_NOTATIONS,
  type Vocabulary,
  type NumberNotation,
  type ScaleWord,
  type CurrencyWord,
  type HedgeWord,
  type RangeWord,
  type PercentWord,
  type NumberWords,
  type OutputStyle,
  type OutputScale,
} from '../vocabulary/index.js';
export type * from './types.js';
