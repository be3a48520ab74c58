/**
 * Every error message of the figure parser, in one place. Each says what was wrong and where
 * (columns count from 1 for people; `position.index` counts from 0 for the caret), and each
 * hint says what to do.
 */
import { optionInvalid } from '../commonErrors.js';
import { errorInfo, hinted, type ErrorInfo } from '../errors.js';
import { currencyInfo, type CurrencyCode } from '../money/currency.js';
import type { CurrencyMention } from './readCurrency.js';
import type { AlternativeReading } from './types.js';
import type { MalformedNumber } from './readNumber.js';
import type { Token } from './step.js';

const FIGURE_SHAPE =
  'A figure is an optional hedge ("about", "more than", "约"), a currency ("$", "USD", "人民币"), a number in digits or words, ' +
  'an optional scale word ("million", "bn", "亿", "Milliarden", "crore") and an optional currency ("yuan", "元", "USD").';

function column(index: number): string {
  return `column ${index + 1}`;
}

function at(input: string, token: Token): ErrorInfo['position'] {
  return { input, index: token.span.start, length: Math.max(1, token.span.end - token.span.start) };
}

/** @example emptyError('  ').code //=> 'FIGURE_EMPTY' */
export function emptyError(input: string): ErrorInfo {
  return errorInfo({
    code: 'FIGURE_EMPTY',
    message: 'the figure is empty',
    hint: 'Write an amount such as "$227 million", "1.5 billion yuan" or "15亿元".',
    position: { input, index: 0, length: Math.max(1, input.length) },
  });
}

/** @example noNumberError('yuan', { text: 'yuan', span: { start: 0, end: 4 } }).code //=> 'FIGURE_NO_NUMBER' */
export function noNumberError(input: string, figure: Token): ErrorInfo {
  return errorInfo({
    code: 'FIGURE_NO_NUMBER',
    message: `"${figure.text}" has no number in it`,
    hint: 'Write the amount in digits or words, e.g. "1.5 billion yuan", "seven billion dollars" or "15亿元".',
    position: at(input, figure),
  });
}

const NUMBER_PROBLEMS: Record<MalformedNumber['problem'], { what: string; hint: string }> = {
  'decimal-marks': {
    what: 'has more than one decimal point',
    hint: 'Write one decimal point at most, e.g. "1.5"; group thousands with commas, e.g. "1,500,000".',
  },
  grouping: {
    what: 'is not grouped the way numbers are written',
    hint: 'Group digits in threes ("1,500,000", "1 500 000"), in Indian style ("1,50,00,000"), or not at all ("1500000").',
  },
  'comma-group': {
    what: 'has a comma and three digits before a scale word, which groups thousands, in a language that writes a decimal comma',
    hint: 'Write "1.500" or "1,5" instead.',
  },
  'other-decimal-mark': {
    what: 'has a decimal mark its language does not write',
    hint: 'Write the decimal mark of the language ("1,5 Mrd.", "4,5 millones"), or set the {notation=decimal-point}.',
  },
  'too-long': {
    what: 'has too many digits',
    hint: 'Write at most 30 digits (counting every digit after the decimal mark); use a scale word for large figures ("1.5 trillion").',
  },
};

/** @example badNumberError('1.5.3', { token: { text: '1.5.3', span: { start: 0, end: 5 } }, problem: 'decimal-marks' }).code //=> 'FIGURE_BAD_NUMBER' */
export function badNumberError(input: string, malformed: MalformedNumber, language = ''): ErrorInfo {
  const problem = NUMBER_PROBLEMS[malformed.problem];
  const where = `the number "${malformed.token.text}" at ${column(malformed.token.span.start)}`;
  if (malformed.problem === 'other-decimal-mark') {
    const mark = /[.,]/.exec(malformed.token.text)?.[0] ?? '.';
    const own = mark === '.' ? ',' : '.';
    return errorInfo({
      code: 'FIGURE_BAD_NUMBER',
      message: `${where} has "${mark}" as its decimal mark, but ${language || 'its language'} writes "${own}" there and "${mark}" only to group thousands`,
      ...hinted(
        `Write "${malformed.token.text.replace(mark, own)}", or set the {notation=${mark === '.' ? 'decimal-point' : 'decimal-comma'}} to read "${mark}" as the decimal mark.`,
      ),
      position: at(input, malformed.token),
    });
  }
  return errorInfo({
    code: 'FIGURE_BAD_NUMBER',
    message: `${where} ${problem.what}`,
    hint: problem.hint,
    position: at(input, malformed.token),
  });
}

/**
 * @param known - true when the word is in the vocabulary but stands where it cannot ("billion 5")
 * @example unknownWordError('1.5 bilion', { text: 'bilion', span: { start: 4, end: 10 } }, 'billion', false).hint.startsWith('Did you mean "billion"?') //=> true
 */
export function unknownWordError(
  input: string,
  word: Token,
  suggestion: string | null,
  known: boolean,
): ErrorInfo {
  const isCodeLike = /^[A-Z]{3}$/.test(word.text);
  const isWord = /^\p{L}/u.test(word.text);
  const where = `"${word.text}" at ${column(word.span.start)}`;
  const message = known
    ? `${where} is out of place`
    : isCodeLike
      ? `${where} is not a currency code or a word dealcalc knows`
      : isWord
        ? `${where} is not a word dealcalc knows`
        : `${where} is not part of any figure notation dealcalc reads`;
  const advice = isCodeLike
    ? 'Use an ISO 4217 currency code such as USD, CNY, EUR, JPY, HKD or GBP.'
    : FIGURE_SHAPE;
  return errorInfo({
    code: 'FIGURE_UNKNOWN_WORD',
    message,
    hint: suggestion === null ? advice : `Did you mean "${suggestion}"? ${advice}`,
    position: at(input, word),
  });
}

/** @example trailingTextError('$5 (6)', { text: '(6)', span: { start: 3, end: 6 } }).code //=> 'FIGURE_TRAILING_TEXT' */
export function trailingTextError(input: string, rest: Token): ErrorInfo {
  return errorInfo({
    code: 'FIGURE_TRAILING_TEXT',
    message: `unexpected "${rest.text}" at ${column(rest.span.start)}`,
    hint: `Give one figure at a time. ${FIGURE_SHAPE}`,
    position: at(input, rest),
  });
}

/**
 * A figure that names no currency, wherever it was read.
 *
 * @example
 * figureWithoutCurrency('1.5 billion').message //=> '"1.5 billion" names no currency'
 */
export function figureWithoutCurrency(text: string): ErrorInfo {
  return errorInfo({
    code: 'FIGURE_NO_CURRENCY',
    message: `"${text}" names no currency`,
    hint: 'Add a currency code, symbol or word, e.g. "USD 1.5 billion", "$1.5 billion" or "1.5 billion yuan".',
  });
}

/** @example noCurrencyError('1.5 billion', { text: '1.5 billion', span: { start: 0, end: 11 } }).code //=> 'FIGURE_NO_CURRENCY' */
export function noCurrencyError(input: string, figure: Token): ErrorInfo {
  return { ...figureWithoutCurrency(figure.text), position: at(input, figure) };
}

function codesOf(mention: CurrencyMention): string {
  const { codes } = mention.meaning;
  if (codes.length <= 2) return codes.join(' or ');
  return `${codes.slice(0, -1).join(', ')} or ${codes.at(-1) ?? ''}`;
}

/**
 * @example
 * const dollar = { token: { text: '$', span: { start: 0, end: 1 } }, meaning: { codes: ['USD'], subunit: 0, before: true, weak: false } };
 * const yuan = { token: { text: 'yuan', span: { start: 13, end: 17 } }, meaning: { codes: ['CNY'], subunit: 0, before: false, weak: false } };
 * conflictingCurrencyError('$1.5 billion yuan', dollar, yuan).code //=> 'FIGURE_CONFLICTING_CURRENCY'
 */
export function conflictingCurrencyError(
  input: string,
  first: CurrencyMention,
  second: CurrencyMention,
): ErrorInfo {
  return errorInfo({
    code: 'FIGURE_CONFLICTING_CURRENCY',
    message:
      `"${first.token.text}" (${codesOf(first)}) at ${column(first.token.span.start)} and ` +
      `"${second.token.text}" (${codesOf(second)}) at ${column(second.token.span.start)} name different currencies`,
    hint: 'Name one currency per figure; to compare two figures, give each its own.',
    position: at(input, second.token),
  });
}

/**
 * @example
 * const yen = { token: { text: '¥', span: { start: 0, end: 1 } }, meaning: { codes: [CNY, JPY], subunit: 0, before: true, weak: false } };
 * ambiguousCurrencyError('¥1.5 billion', yen, [CNY, JPY]).message //=> '"¥" at column 1 may be Chinese Yuan (CNY) or Japanese Yen (JPY)'
 */
export function ambiguousCurrencyError(
  input: string,
  mention: CurrencyMention,
  allowed: readonly CurrencyCode[],
): ErrorInfo {
  const yen = allowed.includes('CNY' as CurrencyCode) && allowed.includes('JPY' as CurrencyCode);
  return errorInfo({
    code: 'FIGURE_AMBIGUOUS_CURRENCY',
    message: `"${mention.token.text}" at ${column(mention.token.span.start)} may be ${allowed
      .map((code) => `${currencyInfo(code).name} (${code})`)
      .join(' or ')}`,
    // Each shell names the setting its own way (a flag, the page's menu): a template, not "--yen".
    ...(yen
      ? hinted(
          'Write CNY or JPY (or "yuan"/"元", "yen"/"円") instead of "¥", or say which: {yen=CNY or JPY}.',
        )
      : { hint: `Write the ISO code (${allowed.join(', ')}) instead of "${mention.token.text}".` }),
    position: at(input, mention.token),
  });
}

/** @example compoundError('3億20000万ドル', { text: '3億20000万', span: { start: 0, end: 8 } }).code //=> 'FIGURE_BAD_NUMBER' */
export function compoundError(input: string, token: Token): ErrorInfo {
  return errorInfo({
    code: 'FIGURE_BAD_NUMBER',
    message: `"${input.slice(token.span.start, token.span.end)}" at ${column(token.span.start)} is not a compound figure dealcalc can read`,
    hint: 'Write the groups of a compound figure from the largest unit down, each smaller than the unit before it and only the last with a fraction, e.g. "3 trillion 240.5 billion" or "4兆2千億円".',
    position: at(input, token),
  });
}

/** @example badRangeError('$2bn-$1bn', { text: '$2bn-$1bn', span: { start: 0, end: 9 } }, 'order').code //=> 'FIGURE_BAD_RANGE' */
export function badRangeError(input: string, token: Token, why: 'order' | 'hedge'): ErrorInfo {
  const where = `"${input.slice(token.span.start, token.span.end)}" at ${column(token.span.start)}`;
  return errorInfo({
    code: 'FIGURE_BAD_RANGE',
    message:
      why === 'order'
        ? `the range ${where} goes from a larger figure to a smaller one`
        : `the range ${where} has a hedge only "about" can have`,
    hint:
      why === 'order'
        ? 'Write the smaller end first, e.g. "$1.5bn-$2bn" or "1.5-2 billion yuan".'
        : 'Write a range plainly ("1.5-2 billion yuan", "about $1.5bn-$2bn"), or a single figure with its hedge ("more than $2 billion").',
    position: at(input, token),
  });
}

/** @example repeatedCurrencyError('$$5', { text: '$', span: { start: 1, end: 2 } }).message //=> '"$" at column 2 names the currency again' */
export function repeatedCurrencyError(input: string, token: Token): ErrorInfo {
  return errorInfo({
    code: 'FIGURE_REPEATED_CURRENCY',
    message: `"${token.text}" at ${column(token.span.start)} names the currency again`,
    hint: 'Name the currency once, e.g. "$5" or "5 USD".',
    position: at(input, token),
  });
}

/**
 * "1,500 Milliarden": before a scale word a comma and three digits group thousands, as most of
 * the press writes, but the figure's language writes a decimal comma. Both readings are named.
 *
 * @example
 * commaGroupError('1,500 Mrd.', { text: '1,500', span: { start: 0, end: 5 } }, 'German').code //=> 'FIGURE_AMBIGUOUS_NUMBER'
 */
export function commaGroupError(input: string, number: Token, language: string): ErrorInfo {
  const digits = number.text.replace(/\s/g, '');
  const grouped = digits.replace(',', '');
  const decimal = digits.replace(',', '.').replace(/0+$/, '');
  return errorInfo({
    code: 'FIGURE_AMBIGUOUS_NUMBER',
    message:
      `the number "${number.text}" at ${column(number.span.start)} reads two ways: as ${grouped} ` +
      `(a comma and three digits before a scale word group thousands, as most of the press writes) ` +
      `or as ${decimal} (the decimal comma of ${language})`,
    ...hinted(
      `Write "${grouped.replace(/\B(?=(\d{3})+$)/g, '.')}" or "${decimal.replace('.', ',')}" in ${language}, ` +
        'or set the {notation=decimal-point} (a comma groups) or the {notation=decimal-comma} (a comma starts the fraction).',
    ),
    position: at(input, number),
  });
}

/** @example ambiguousNumberError('$1,500', { text: '$1,500', span: { start: 0, end: 6 } }, 'it may be 1.5', []).code //=> 'FIGURE_AMBIGUOUS_NUMBER' */
export function ambiguousNumberError(
  input: string,
  token: Token,
  note: string,
  alternatives: readonly AlternativeReading[],
  marked = true,
): ErrorInfo {
  const languages =
    alternatives.length > 0
      ? ` (${[...new Set(alternatives.flatMap((a) => a.languages))].join(', ')} …)`
      : '';
  // Unmarked, the words differ ("$5 mil": a million in English money slang, a thousand in Spanish).
  const hint = marked
    ? hinted(
        `Write the figure so that only one reading remains (e.g. "1,500.00" or "1.500,00"), set the ` +
          `{notation=decimal-point} (1,500.5) or the {notation=decimal-comma} (1.500,5), or name its language${languages}.`,
      )
    : {
        hint: `Write a scale word only one language has (e.g. "million", "thousand", "mil millones"), or name the figure's language${languages}.`,
      };
  return errorInfo({
    code: 'FIGURE_AMBIGUOUS_NUMBER',
    message: `"${token.text}" at ${column(token.span.start)} reads differently in different languages: ${note}`,
    ...hint,
    position: at(input, token),
  });
}

/** @example noPercentError('10', { text: '10', span: { start: 0, end: 2 } }).code //=> 'PERCENT_NO_MARK' */
export function noPercentError(input: string, token: Token): ErrorInfo {
  return errorInfo({
    code: 'PERCENT_NO_MARK',
    message: `"${token.text}" at ${column(token.span.start)} is not a percentage`,
    hint: 'Write a percentage with "%" or a percent word, e.g. "1.6%", "about 10 per cent", "10 Prozent" or "百分之十".',
    position: at(input, token),
  });
}

/** @example unknownLanguageError(['xx'], ['en', 'de']).code //=> 'OPTION_INVALID' */
export function unknownLanguageError(tags: readonly string[], known: readonly string[]): ErrorInfo {
  return optionInvalid(
    `no table reads the language${tags.length === 1 ? '' : 's'} ${tags.map((t) => `"${t}"`).join(', ')}`,
    `Name languages dealcalc has tables for: ${known.join(', ')}.`,
  ).toInfo();
}
