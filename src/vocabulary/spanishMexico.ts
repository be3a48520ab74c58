import { NUMBER_NOTATIONS } from './notations.js';
import { SPANISH } from './spanish.js';
import type { Vocabulary } from './types.js';

/**
 * Spanish as Mexico, Central America, the Dominican Republic and the US Spanish-language press
 * write it: the words of Spain's table with a decimal point and a grouping comma
 * ("US$1,500 millones" is 1,500 million, "4.5 millones de dólares" 4.5 million). Where this
 * reading and Spain's differ ("1.125 millones de dólares"), a currency clue decides
 * ("pesos mexicanos", "euros"), else the figure is refused as ambiguous (see resolveReading).
 */
export const SPANISH_MEXICO: Vocabulary = {
  ...SPANISH,
  language: 'es-MX',
  name: 'Spanish (Mexico and Central America)',
  numberNotations: [NUMBER_NOTATIONS['comma-thousands']],
  output: undefined,
};
