import { fail, succeed, type Result } from '../errors.js';
import { unknownLanguageError } from './figureErrors.js';
import { languageMask } from './languages.js';
import { buildLexicon, type Lexicon } from './lexicon.js';
import { VOCABULARIES } from '../vocabulary/index.js';

let lexicon: Lexicon | undefined;

/**
 * The tables of every language, prepared on first use (not at module load: a process that never
 * reads a figure pays nothing, and one that reads one pays about a millisecond).
 *
 * @example
 * defaultLexicon().languages.tables.length //=> 14
 */
export function defaultLexicon(): Lexicon {
  lexicon ??= buildLexicon(VOCABULARIES);
  return lexicon;
}

/** The languages a caller asked for, as a mask and a preference order. */
export interface LanguageChoice {
  readonly lexicon: Lexicon;
  readonly mask: number;
  readonly order: readonly number[];
}

/**
 * Reads the `languages` option: BCP 47 tags of the tables to read with, in preference order.
 *
 * @param tags - the option, or undefined for every table
 * @returns the choice, or OPTION_INVALID naming the tags no table reads
 *
 * @example
 * chooseLanguages(['de']).ok //=> true
 * chooseLanguages(['xx']).ok //=> false
 */
export function chooseLanguages(tags: readonly string[] | undefined): Result<LanguageChoice> {
  const lex = defaultLexicon();
  const { mask, unknown, order } = languageMask(lex.languages, tags);
  if (unknown.length > 0 || (tags !== undefined && mask === 0)) {
    const known = lex.languages.tables.filter((t) => t.language !== 'und').map((t) => t.language);
    return fail(unknownLanguageError(unknown.length > 0 ? unknown : (tags ?? []), known));
  }
  return succeed({ lexicon: lex, mask, order });
}
