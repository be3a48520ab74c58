import type { ErrorInfo } from '../errors.js';
import { trailingTextError, unknownWordError } from './figureErrors.js';
import { matchLongest, type Lexicon, type LexiconKind } from './lexicon.js';
import { readWordAt } from './readWordAt.js';
import type { Token } from './step.js';
import { suggestWord } from './suggestWord.js';

const KINDS: readonly LexiconKind[] = [
  'scale',
  'currency',
  'hedgeBefore',
  'hedgeAfter',
  'rangeTo',
  'rangeBetween',
  'rangeAnd',
  'percentAfter',
  'percentBefore',
  'link',
];

/**
 * Names what stands at `index`, where nothing the parser knows can stand: a word it does not
 * know (with a suggestion when one is close and safe), a known word out of place, or the rest
 * of the text after a complete figure.
 *
 * @param lexicon - the tables
 * @param text - the input
 * @param view - its normalised view
 * @param index - where the unexpected text starts
 * @param end - the end of the figure's text (trailing whitespace excluded)
 * @param afterNumber - whether a complete figure was read before `index`
 * @param mask - the languages allowed (a word of another table is named as such)
 * @returns the error
 *
 * @example
 * const lexicon = buildLexicon(VOCABULARIES);
 * describeUnexpected(lexicon, '1.5 bilion yuan', normalizeText('1.5 bilion yuan'), 4, 15, true, -1).hint.startsWith('Did you mean "billion"?') //=> true
 */
export function describeUnexpected(
  lexicon: Lexicon,
  text: string,
  view: string,
  index: number,
  end: number,
  afterNumber: boolean,
  mask: number,
): ErrorInfo {
  if (index >= end)
    return trailingTextError(text, {
      text: text.slice(Math.max(0, end - 1), end),
      span: { start: Math.max(0, end - 1), end },
    });
  const word = readWordAt(text, index);
  if (word !== null) {
    const token = word.value;
    const endsWord = (kind: LexiconKind, languages: number) =>
      matchLongest<unknown>(lexicon[kind] as Lexicon['link'], text, view, index, languages)?.next ===
      word.next;
    const known = KINDS.some((kind) => endsWord(kind, mask));
    const elsewhere = !known && KINDS.some((kind) => endsWord(kind, -1));
    if (elsewhere) {
      const error = unknownWordError(text, token, null, false);
      return {
        ...error,
        hint: `"${token.text}" is a word of a language not among those asked for; add that language. ${error.hint}`,
      };
    }
    return unknownWordError(text, token, known ? null : suggestWord(lexicon, token.text), known);
  }
  if (afterNumber) {
    const rest: Token = { text: text.slice(index, end), span: { start: index, end } };
    return trailingTextError(text, rest);
  }
  const codePoint = String.fromCodePoint(text.codePointAt(index) ?? 0);
  return unknownWordError(
    text,
    { text: codePoint, span: { start: index, end: index + codePoint.length } },
    null,
    false,
  );
}
