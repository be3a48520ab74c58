import { optionInvalid } from '../commonErrors.js';
import { isIsoDate } from './calendar.js';
import { dateInvalid } from './fxErrors.js';
import type { IsoDate } from './types.js';

/**
 * Checks the days of a span of rates asked for (either end may be open): each a calendar day, and
 * the last not before the first.
 *
 * @throws DealCalcError DATE_INVALID, or OPTION_INVALID for a span that ends before it starts
 *
 * @example
 * checkSpan('2017-11-01', '2017-11-30') //=> undefined
 * checkSpan('2017-11-30', '2017-11-01') // throws OPTION_INVALID
 */
export function checkSpan(from: IsoDate | undefined, to: IsoDate | undefined): void {
  for (const day of [from, to]) if (day !== undefined && !isIsoDate(day)) throw dateInvalid(day);
  if (from !== undefined && to !== undefined && to < from) {
    throw optionInvalid(
      `the span ${from} .. ${to} ends before it starts`,
      'Give the first day as "from" and the last as "to".',
    );
  }
}
