import {
  isSpaceCode,
  matchLongest,
  type Lexicon,
  type LexiconMatch,
  type NumberWordMeaning,
} from './lexicon.js';
import type { Step, Token } from './step.js';

/** A number written in words or numerals: its whole part, a fraction, and who writes it so. */
export interface SpelledNumber {
  readonly token: Token;
  /** The whole part: 2 in "two and a half", 15 in 十五. */
  readonly whole: number;
  /** The fraction as numerator/denominator: 1/2 in "two and a half"; 0/1 when there is none. */
  readonly numerator: number;
  readonly denominator: number;
  /** Only an article ("a billion"): it needs a scale word after it to be a number. */
  readonly articleOnly: boolean;
  /** The languages whose words these are. */
  readonly languages: number;
}

type Match = LexiconMatch<NumberWordMeaning>;

function skipSpaces(view: string, index: number): number {
  let i = index;
  while (i < view.length && isSpaceCode(view.charCodeAt(i))) i += 1;
  return i;
}

function roleOf(match: Match | null): NumberWordMeaning['role'] | null {
  return match?.entries[0]?.meaning.role ?? null;
}

function valueOf(match: Match): number {
  return match.entries[0]?.meaning.value ?? 0;
}

/**
 * Reads an English number in words at `index`: "seven", "twenty-five", "three hundred and ten",
 * "a hundred", "two and a half", "half a", "a" (one, before a scale word). Reads at most a few
 * words, so its cost does not grow with the input.
 *
 * @example
 * const lexicon = buildLexicon(VOCABULARIES);
 * readEnglishNumber(lexicon, 'two and a half billion', 'two and a half billion', 0, -1).value.denominator //=> 2
 */
export function readEnglishNumber(
  lexicon: Lexicon,
  text: string,
  view: string,
  index: number,
  mask: number,
): Step<SpelledNumber> {
  const first = matchLongest(lexicon.englishNumber, text, view, index, mask);
  if (first === null) return null;
  const words: WordsRead = {
    buckets: lexicon.englishNumber,
    text,
    view,
    mask,
    lastAt: index,
    lastMatch: first,
  };
  return readEnglishFrom(words, index, first);
}

/**
 * The tables and input of one read, and the last word looked at: the words after a number are
 * looked at more than once in a row ("hundred"? "and"?), so the last position is remembered
 * (no list or map: the same answer is only read again, a lookup never changes it).
 */
interface WordsRead {
  readonly buckets: Lexicon['englishNumber'];
  readonly text: string;
  readonly view: string;
  readonly mask: number;
  lastAt: number;
  lastMatch: Match | null;
}

function wordAt(words: WordsRead, i: number): Match | null {
  if (words.lastAt === i) return words.lastMatch;
  const match = matchLongest(words.buckets, words.text, words.view, i, words.mask);
  words.lastAt = i;
  words.lastMatch = match;
  return match;
}

function spelled(
  words: WordsRead,
  index: number,
  end: number,
  whole: number,
  fraction: { readonly numerator: number; readonly denominator: number },
  articleOnly: boolean,
  languages: number,
): Step<SpelledNumber> {
  return {
    value: {
      token: { text: words.text.slice(index, end), span: { start: index, end } },
      whole,
      numerator: fraction.numerator,
      denominator: fraction.denominator,
      articleOnly,
      languages,
    },
    next: end,
  };
}

const NO_FRACTION = { numerator: 0, denominator: 1 } as const;

function readEnglishFrom(words: WordsRead, index: number, first: Match): Step<SpelledNumber> {
  const { view } = words;
  const languages = first.languages;

  // "half a (billion)"
  if (roleOf(first) === 'half') {
    const article = wordAt(words, skipSpaces(view, first.next));
    if (roleOf(article) !== 'article' || article === null) return null;
    return spelled(words, index, article.next, 0, { numerator: 1, denominator: 2 }, false, languages);
  }

  let whole = 0;
  let end = first.next;
  let articleOnly = false;
  const role = roleOf(first);
  if (role === 'article') {
    const hundred = wordAt(words, skipSpaces(view, first.next));
    if (roleOf(hundred) === 'hundred' && hundred !== null) {
      whole = 100;
      end = hundred.next;
    } else {
      whole = 1;
      articleOnly = true;
    }
  } else if (role === 'unit' || role === 'ten') {
    const small = readBelowHundred(first, words);
    whole = small.value;
    end = small.end;
    const hundred = wordAt(words, skipSpaces(view, end));
    if (roleOf(hundred) === 'hundred' && hundred !== null && whole > 0 && whole < 10) {
      whole *= 100;
      end = hundred.next;
    }
  } else {
    return null;
  }

  if (whole >= 100 && whole % 100 === 0) {
    // "three hundred and ten", "three hundred ten"
    let next = skipSpaces(view, end);
    const and = wordAt(words, next);
    if (roleOf(and) === 'and' && and !== null) next = skipSpaces(view, and.next);
    const rest = wordAt(words, next);
    if (rest !== null && (roleOf(rest) === 'unit' || roleOf(rest) === 'ten')) {
      const small = readBelowHundred(rest, words);
      if (small.value > 0) {
        whole += small.value;
        end = small.end;
      }
    }
  }

  // "two and a half", "one and three quarters"
  if (!articleOnly) {
    const and = wordAt(words, skipSpaces(view, end));
    if (roleOf(and) === 'and' && and !== null) {
      const fraction = wordAt(words, skipSpaces(view, and.next));
      if (roleOf(fraction) === 'fraction' && fraction !== null) {
        const meaning = fraction.entries[0]?.meaning;
        const parts = { numerator: meaning?.value ?? 0, denominator: meaning?.denominator ?? 1 };
        return spelled(words, index, fraction.next, whole, parts, false, languages);
      }
    }
  }
  return spelled(words, index, end, whole, NO_FRACTION, articleOnly, languages);
}

/** "seven", "twenty", "twenty-five", "twenty five": a value below a hundred. */
function readBelowHundred(first: Match, words: WordsRead): { value: number; end: number } {
  const value = valueOf(first);
  if (roleOf(first) !== 'ten') return { value, end: first.next };
  const view = words.view;
  const hyphen = view.charAt(first.next) === '-';
  const unit = wordAt(words, hyphen ? first.next + 1 : skipSpaces(view, first.next));
  if (unit !== null && roleOf(unit) === 'unit' && valueOf(unit) > 0 && valueOf(unit) < 10) {
    return { value: value + valueOf(unit), end: unit.next };
  }
  return { value, end: first.next };
}

/** A fraction written after a scale word: "et demi" in "trois milliards et demi". */
export interface TrailingFraction {
  readonly token: Token;
  readonly numerator: number;
  readonly denominator: number;
  /** The languages whose words these are. */
  readonly languages: number;
}

/**
 * Reads "and" and a fraction word after a scale word at `index`: "et demi" (trois milliards et
 * demi: 3.5 billion), "y medio", "e meio", "and a half" (a billion and a half). Two words at most.
 *
 * @example
 * const lexicon = buildLexicon(VOCABULARIES);
 * readFractionAfterScale(lexicon, 'trois milliards et demi', 'trois milliards et demi', 15, -1).value.denominator //=> 2
 */
export function readFractionAfterScale(
  lexicon: Lexicon,
  text: string,
  view: string,
  index: number,
  mask: number,
): Step<TrailingFraction> {
  const and = matchLongest(lexicon.englishNumber, text, view, skipSpaces(view, index), mask);
  if (and === null || roleOf(and) !== 'and') return null;
  const fraction = matchLongest(lexicon.englishNumber, text, view, skipSpaces(view, and.next), mask);
  if (fraction === null || roleOf(fraction) !== 'fraction') return null;
  // Both words of one language: "and demi" is no French.
  const languages =
    and.languages === 0 || fraction.languages === 0
      ? and.languages | fraction.languages
      : and.languages & fraction.languages;
  if (languages === 0 && and.languages !== 0) return null;
  const meaning = fraction.entries[0]?.meaning;
  const start = and.token.span.start;
  return {
    value: {
      token: { text: text.slice(start, fraction.next), span: { start, end: fraction.next } },
      numerator: meaning?.value ?? 0,
      denominator: meaning?.denominator ?? 1,
      languages,
    },
    next: fraction.next,
  };
}

/**
 * Reads Chinese or Japanese numerals below 10,000 at `index`: 十五, 二十, 三千五百, 一百零五, 两.
 * A unit needs a digit before it, except 十 at the start (十五 is 15); units must fall (千, then
 * 百, then 十). At most a dozen characters are read.
 *
 * @example
 * readCjkNumeral(buildLexicon(VOCABULARIES), '三千五百万元', '三千五百万元', 0, -1).value.whole //=> 3500
 */
export function readCjkNumeral(
  lexicon: Lexicon,
  text: string,
  view: string,
  index: number,
  mask: number,
): Step<SpelledNumber> {
  let i = index;
  let whole = 0;
  let pending: number | null = null;
  let lastUnit = 10000;
  let languages = -1;
  let read = false;
  for (let guard = 0; guard < 12; guard += 1) {
    const match = matchLongest(lexicon.cjkNumeral, text, view, i, mask);
    if (match === null) break;
    const meaning = match.entries[0]?.meaning;
    if (meaning === undefined) break;
    if (meaning.role === 'digit') {
      if (pending !== null && meaning.value !== 0) break;
      if (meaning.value !== 0) pending = meaning.value;
    } else {
      // 十五 is 15, and 千亿, 百亿 are a thousand and a hundred 亿: a unit at the start stands for one of it.
      const implicitTen =
        pending === null &&
        (meaning.value === 10 || meaning.value === 100 || meaning.value === 1000) &&
        !read;
      if ((pending === null && !implicitTen) || meaning.value >= lastUnit) break;
      whole += (pending ?? 1) * meaning.value;
      pending = null;
      lastUnit = meaning.value;
    }
    languages &= match.languages === 0 ? -1 : match.languages;
    read = true;
    i = match.next;
  }
  if (!read) return null;
  whole += pending ?? 0;
  if (whole === 0) return null;
  return {
    value: {
      token: { text: text.slice(index, i), span: { start: index, end: i } },
      whole,
      numerator: 0,
      denominator: 1,
      articleOnly: false,
      languages: languages === -1 ? 0 : languages,
    },
    next: i,
  };
}
