/**
 * Readers of command-line option values: each checks its text and throws an input error (exit 2)
 * naming the flag, so every option is checked while the command line is read, before any table.
 */
import { optionInvalid } from '../commonErrors.js';
import { DealCalcError } from '../errors.js';
import { isIsoDate } from '../fx/calendar.js';
import { toLookupPolicy } from '../fx/lookupPolicy.js';
import type { IsoDate } from '../fx/types.js';
import { shortFormatLanguages, type ShortFormatLanguage } from '../vocabulary/formatMoneyShort.js';
import { dateInvalid } from '../fx/fxErrors.js';

function badOption(message: string, hint: string): DealCalcError {
  return optionInvalid(message, hint);
}

/**
 * Wraps a reader so that giving the option twice is an error, not "the last one wins".
 *
 * @example
 * once('--on', parseDateOption)('2017-11-15', undefined) //=> '2017-11-15'
 * once('--on', parseDateOption)('2017-11-16', '2017-11-15') // throws OPTION_INVALID
 */
export function once<T>(
  flag: string,
  read: (text: string) => T,
): (text: string, previous: T | undefined) => T {
  return (text, previous) => {
    if (previous !== undefined) {
      throw badOption(
        `${flag} is given twice`,
        `Give ${flag} once; dealcalc does not guess which one you meant.`,
      );
    }
    return read(text);
  };
}

/**
 * Reads a calendar date written YYYY-MM-DD, rejecting days that do not exist.
 *
 * @example
 * parseDateOption('2017-11-15') //=> '2017-11-15'
 * parseDateOption('2017-02-30') // throws DATE_INVALID
 */
export function parseDateOption(text: string): IsoDate {
  const date = text.trim();
  if (isIsoDate(date)) return date;
  throw dateInvalid(text);
}

/**
 * Reads a lookup policy name (see LOOKUP_POLICIES).
 *
 * @example
 * parsePolicyOption('nearest') //=> 'nearest'
 */
export const parsePolicyOption = toLookupPolicy;

/**
 * Reads --max-age: a whole number of days, zero or more.
 *
 * @example
 * parseMaxAgeOption('7') //=> 7
 * parseMaxAgeOption('7.5') // throws OPTION_INVALID
 */
export function parseMaxAgeOption(text: string): number {
  if (!/^\d{1,6}$/.test(text.trim())) {
    throw badOption(
      `--max-age "${text}" is not a whole number of days`,
      'Write e.g. --max-age 7 (days, at most 999999).',
    );
  }
  return Number(text.trim());
}

/**
 * Reads an option whose value must not be empty (a source id, a folder).
 *
 * @example
 * nonEmpty('--source')('imf') //=> 'imf'
 * nonEmpty('--source')(' ') // throws OPTION_INVALID
 */
export function nonEmpty(flag: string): (text: string) => string {
  return (text) => {
    if (text.trim() === '')
      throw badOption(`${flag} is empty`, `Give ${flag} a value, or leave it out for the default.`);
    return text.trim();
  };
}

/**
 * Reads the target currency argument: one or several, separated by commas ("USD,EUR,HKD").
 *
 * @example
 * parseTargets('USD, eur') //=> ['USD', 'eur']
 * parseTargets('USD,,EUR') // throws OPTION_INVALID
 */
export function parseTargets(text: string): readonly string[] {
  const targets = text.split(',').map((t) => t.trim());
  if (targets.some((t) => t === '')) {
    throw badOption(
      `"${text}" names an empty currency`,
      'Write one currency, or several separated by commas: USD,EUR,HKD.',
    );
  }
  return targets;
}

/**
 * Reads --yen: how a lone "¥" is read.
 *
 * @example
 * parseYenOption('jpy') //=> 'JPY'
 */
export function parseYenOption(text: string): 'CNY' | 'JPY' {
  const upper = text.trim().toUpperCase();
  if (upper === 'CNY' || upper === 'JPY') return upper;
  throw badOption(
    `--yen "${text}" must be CNY or JPY`,
    'A lone "¥" is the yuan (CNY) or the yen (JPY): say which.',
  );
}

/**
 * Reads --notation: the decimal mark the figures are written with, where their marks read two
 * ways ("1.125 millones", "1,500 Milliarden").
 *
 * @example
 * parseNotationOption('Decimal-Comma') //=> 'decimal-comma'
 */
export function parseNotationOption(text: string): 'decimal-point' | 'decimal-comma' {
  const lower = text.trim().toLowerCase();
  if (lower === 'decimal-point' || lower === 'decimal-comma') return lower;
  throw badOption(
    `--notation "${text}" must be decimal-point or decimal-comma`,
    'Say which mark starts the fraction: decimal-point (1,500.5) or decimal-comma (1.500,5).',
  );
}

/** The help line of --notation, the same in every command that reads figures. */
export const NOTATION_HELP =
  'the decimal mark of figures whose marks read two ways: decimal-point (1,500.5) or decimal-comma (1.500,5)';

/**
 * Reads --exact: which figure of a pair to take at its written value (from, to or both).
 *
 * @example
 * parseExactOption('Both') //=> 'both'
 * parseExactOption('first') // throws OPTION_INVALID
 */
export function parseExactOption(text: string): 'from' | 'to' | 'both' {
  const lower = text.trim().toLowerCase();
  if (lower === 'from' || lower === 'to' || lower === 'both') return lower;
  throw badOption(
    `--exact "${text}" must be from, to or both`,
    'Take the first figure (from), the converted one (to) or both at their written value.',
  );
}

/**
 * Reads --style: full (default), short (English prose, "US$226.6 million"), or a language the
 * parser reads and writes (zh "2.266亿美元", de "226,6 Mio. US-Dollar", ja, ko, fr, es, pt, ar …).
 *
 * @example
 * parseStyleOption('ZH') //=> 'zh'
 * parseStyleOption('short') //=> 'en'
 * parseStyleOption('full') //=> 'full'
 */
export function parseStyleOption(text: string): 'full' | ShortFormatLanguage {
  const kind = text.trim();
  if (kind.toLowerCase() === 'full') return 'full';
  if (kind.toLowerCase() === 'short') return 'en';
  const language = shortFormatLanguages().find((l) => l.toLowerCase() === kind.toLowerCase());
  if (language !== undefined) return language as ShortFormatLanguage;
  throw badOption(
    `--style "${text}" is not a style`,
    `Use full (226,586,102.72 USD), short (US$226.6 million) or a language: ${shortFormatLanguages().join(', ')}.`,
  );
}

/**
 * Reads --sig: significant figures, 1 to 20.
 *
 * @example
 * parseSigOption('3') //=> 3
 */
export function parseSigOption(text: string): number {
  const trimmed = text.trim();
  if (!/^\d{1,2}$/.test(trimmed) || Number(trimmed) < 1 || Number(trimmed) > 20) {
    throw badOption(
      `--sig "${text}" is not a number of significant figures`,
      'Write e.g. --sig 3 (1 to 20).',
    );
  }
  return Number(trimmed);
}

/**
 * Reads --window: days before and after a day, a whole number from 0 to 3660.
 *
 * @example
 * parseWindowOption('10') //=> 10
 * parseWindowOption('-3') // throws OPTION_INVALID
 */
export function parseWindowOption(text: string): number {
  if (!/^\d{1,4}$/.test(text.trim()) || Number(text.trim()) > 3660) {
    throw badOption(
      `--window "${text}" is not a whole number of days`,
      'Write e.g. --window 10 (days, at most 3660).',
    );
  }
  return Number(text.trim());
}
