/** The figure parser: money notation as people write it → quoted figure (value, interval, spans). */
export { parseFigure } from './parseFigure.js';
export { parseFigureOrThrow } from './parseFigureOrThrow.js';
export { NUMBER_NOTATIONS, type NumberNotation } from './numberNotations.js';
export { buildLexicon, type Lexicon } from './lexicon.js';
export {
  VOCABULARIES,
  ENGLISH,
  CHINESE,
  INDIAN,
  CURRENCY_SYMBOLS,
  DOLLAR_CODES,
  type Vocabulary,
  type ScaleWord,
  type CurrencyWord,
  type HedgeWord,
  type NumberNotationName,
} from './vocabulary/index.js';
export type * from './types.js';
