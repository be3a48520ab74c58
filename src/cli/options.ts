import { DealCalcError } from '../errors.js';
import { toCurrencyCode, type CurrencyCode } from '../money/currency.js';
import { isIsoDate } from '../fx/calendar.js';
import type { IsoDate, LookupPolicy } from '../fx/types.js';

/** The lookup policies, in the order help lists them. */
export const POLICIES = [
  'previous',
  'exact',
  'next',
  'nearest',
  'interpolate',
] as const satisfies readonly LookupPolicy[];

function badOption(message: string, hint: string): DealCalcError {
  return new DealCalcError({ code: 'OPTION_INVALID', kind: 'input', message, hint });
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
  const hint = 'Write the date as YYYY-MM-DD, e.g. --on 2017-11-15.';
  const message = /^\d{4}-\d{2}-\d{2}$/.test(date)
    ? `${text} is not a day of the calendar`
    : `"${text}" is not a date`;
  throw new DealCalcError({ code: 'DATE_INVALID', kind: 'input', message, hint });
}

/**
 * Reads a lookup policy name.
 *
 * @example
 * parsePolicyOption('nearest') //=> 'nearest'
 */
export function parsePolicyOption(text: string): LookupPolicy {
  const found = POLICIES.find((policy) => policy === text.trim().toLowerCase());
  if (found) return found;
  throw badOption(`"${text}" is not a lookup policy`, `Use one of: ${POLICIES.join(', ')}.`);
}

/**
 * Reads --max-age: a whole number of days, zero or more.
 *
 * @example
 * parseMaxAgeOption('7') //=> 7
 */
export function parseMaxAgeOption(text: string): number {
  if (!/^\d{1,5}$/.test(text.trim())) {
    throw badOption(`--max-age "${text}" is not a whole number of days`, 'Write e.g. --max-age 7 (days).');
  }
  return Number(text.trim());
}

/**
 * Reads a currency argument (a code in any letter case).
 *
 * @example
 * parseCurrencyOption('usd') //=> 'USD'
 */
export function parseCurrencyOption(text: string): CurrencyCode {
  return toCurrencyCode(text);
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
 * Reads --style (and --sig): how the answer is written. `full` is the default and needs no
 * style; `short` writes "US$226.6 million", `zh` writes "2.266亿美元".
 *
 * @example
 * parseStyleOption('zh', '3') //=> { kind: 'zh', significant: 3 }
 * parseStyleOption('full') //=> undefined
 */
export function parseStyleOption(
  style: string,
  significant = '4',
): { kind: 'short' | 'zh'; significant: number } | undefined {
  const kind = style.trim().toLowerCase();
  if (!/^\d{1,2}$/.test(significant.trim()) || Number(significant) < 1 || Number(significant) > 20) {
    throw badOption(
      `--sig "${significant}" is not a number of significant figures`,
      'Write e.g. --sig 3 (1 to 20).',
    );
  }
  if (kind === 'full') return undefined;
  if (kind === 'short' || kind === 'zh') return { kind, significant: Number(significant) };
  throw badOption(
    `--style "${style}" is not a style`,
    'Use full (226,586,102.72 USD), short (US$226.6 million) or zh (2.266亿美元).',
  );
}
