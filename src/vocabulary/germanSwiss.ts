import { GERMAN } from './german.js';
import { NUMBER_NOTATIONS } from './notations.js';
import type { Vocabulary } from './types.js';

/**
 * German as Switzerland writes money: an apostrophe groups, a point (or a comma) starts the
 * fraction ("CHF 7.5 Mrd.", "1'500 Mio. Franken"). Read only when a figure names the franc,
 * so that "1.500 Mio. Euro" keeps Germany's grouping dot.
 */
export const GERMAN_SWISS: Vocabulary = {
  ...GERMAN,
  language: 'de-CH',
  name: 'German (Switzerland)',
  numberNotations: [NUMBER_NOTATIONS.swiss],
  onlyWith: ['CHF'],
  output: undefined,
};
