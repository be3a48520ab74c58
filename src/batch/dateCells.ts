/**
 * Date cells as accounting exports write them: ISO (2017-11-15, or with a time,
 * 2017-11-15T09:30:00Z, whose day is the day as written: a rate is a day's, and no time zone is
 * converted), 2017/11/15 (YYYY/MM/DD), and, when the request names the format, 15/11/2017
 * (DD/MM/YYYY), 11/15/2017 (MM/DD/YYYY) or 15.11.2017 (DD.MM.YYYY); day and month may be one
 * digit. A date with its year last is refused without a format: 03/04/2017 is the 3rd of April
 * in one country and the 4th of March in another, and guessing from the file would be a guess.
 */
import type { ErrorInfo } from '../errors.js';
import { dateNotADay, dateNotInFormat } from '../fx/fxErrors.js';
import { dateAmbiguous } from './batchErrors.js';

/** The date formats a batch reads, besides ISO (always read). */
export const DATE_FORMATS = ['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'DD.MM.YYYY', 'YYYY/MM/DD'] as const;

/** A date format a batch reads (see DATE_FORMATS). */
export type DateFormat = (typeof DATE_FORMATS)[number];

/** How a date cell reads: its day as the key YYYYMMDD, an error, or as written (the lookup judges it). */
export type DateReading =
  | { readonly kind: 'day'; readonly key: number }
  | { readonly kind: 'error'; readonly error: ErrorInfo }
  | { readonly kind: 'asWritten' };

const ISO_TIME =
  /^T?(?:[01]\d|2[0-3]):[0-5]\d(?::(?:[0-5]\d|60)(?:[.,]\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?$/;
const YEAR_LAST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const YEAR_FIRST_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const AS_WRITTEN: DateReading = { kind: 'asWritten' };

/**
 * Reads a format's name as the request or a command line gives it (any letter case), or
 * undefined when it is not one (the caller says what the formats are).
 *
 * @example
 * toDateFormat('dd/mm/yyyy') //=> 'DD/MM/YYYY'
 * toDateFormat('ISO') //=> 'YYYY-MM-DD'
 * toDateFormat('D/M/Y') //=> undefined
 */
export function toDateFormat(text: string): DateFormat | undefined {
  const upper = text.trim().toUpperCase();
  if (upper === 'ISO') return 'YYYY-MM-DD';
  return DATE_FORMATS.find((format) => format === upper);
}

/**
 * Reads a date cell (see the top of this file): the day's key YYYYMMDD when the cell is an ISO
 * day (with a time or not) or a day in the format given; an error when its year comes last and
 * no format says how to read it, or it does not match the format given; as written otherwise
 * (an ISO-like text that is not a day: the lookup's own error says so).
 *
 * @example
 * readDateCell('2017-11-15T09:30:00Z', undefined) //=> { kind: 'day', key: 20171115 }
 * readDateCell('15/11/2017', 'DD/MM/YYYY') //=> { kind: 'day', key: 20171115 }
 * readDateCell('11/15/2017', 'MM/DD/YYYY') //=> { kind: 'day', key: 20171115 }
 * readDateCell('3/4/2017', undefined).error.code //=> 'DATE_AMBIGUOUS'
 * readDateCell('2017-02-30', undefined) //=> { kind: 'asWritten' }
 */
export function readDateCell(cell: string, format: DateFormat | undefined): DateReading {
  const text = cell.trim();
  const iso = isoDay(text);
  if (iso !== -1) return { kind: 'day', key: iso };
  const yearLast = YEAR_LAST.exec(text);
  if (yearLast !== null) {
    const [, first, separator, second, year] = yearLast as unknown as [
      string,
      string,
      string,
      string,
      string,
    ];
    const wanted =
      format === 'DD/MM/YYYY' || format === 'MM/DD/YYYY' ? '/' : format === 'DD.MM.YYYY' ? '.' : '';
    if (format === undefined || format === 'YYYY-MM-DD' || format === 'YYYY/MM/DD') {
      return {
        kind: 'error',
        error: format === undefined ? ambiguous(text, first, second, year) : dateNotInFormat(text, format),
      };
    }
    if (separator !== wanted) return { kind: 'error', error: dateNotInFormat(text, format) };
    const [day, month] = format === 'MM/DD/YYYY' ? [second, first] : [first, second];
    const key = dayKeyOf(parseInt(year, 10), parseInt(month, 10), parseInt(day, 10));
    return key === -1 ? { kind: 'error', error: dateNotADay(text, format) } : { kind: 'day', key };
  }
  const yearFirst = YEAR_FIRST_SLASH.exec(text);
  if (yearFirst !== null) {
    // Year, month, day: read without a format too (no country writes year, day, month).
    if (format !== undefined && format !== 'YYYY/MM/DD')
      return { kind: 'error', error: dateNotInFormat(text, format) };
    const read = format ?? 'YYYY/MM/DD';
    const [, year, month, day] = yearFirst as unknown as [string, string, string, string];
    const key = dayKeyOf(parseInt(year, 10), parseInt(month, 10), parseInt(day, 10));
    return key === -1 ? { kind: 'error', error: dateNotADay(text, read) } : { kind: 'day', key };
  }
  if (format !== undefined && format !== 'YYYY-MM-DD' && /^\d/.test(text) && !/^\d{4}-/.test(text))
    return { kind: 'error', error: dateNotInFormat(text, format) };
  return AS_WRITTEN;
}

/**
 * The ISO text YYYY-MM-DD of a day key YYYYMMDD.
 *
 * @example
 * isoOfKey(20171115) //=> '2017-11-15'
 */
export function isoOfKey(key: number): string {
  const year = Math.floor(key / 10000);
  const month = Math.floor(key / 100) % 100;
  const day = key % 100;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** The key of an ISO day, or a day followed by an ISO time, that exists; else -1. */
function isoDay(text: string): number {
  if (text.length < 10 || !/^\d{4}-\d{2}-\d{2}$/.test(text.slice(0, 10))) return -1;
  if (text.length > 10) {
    const rest = text.slice(10);
    const time = rest.startsWith(' ') ? rest.slice(1) : rest;
    if (!(rest.startsWith('T') || rest.startsWith(' ')) || !ISO_TIME.test(time)) return -1;
  }
  return dayKeyOf(
    parseInt(text.slice(0, 4), 10),
    parseInt(text.slice(5, 7), 10),
    parseInt(text.slice(8, 10), 10),
  );
}

function dayKeyOf(year: number, month: number, day: number): number {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return -1;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day > days ? -1 : year * 10000 + month * 100 + day;
}

function ambiguous(text: string, first: string, second: string, year: string): ErrorInfo {
  const dayFirst = dayKeyOf(parseInt(year, 10), parseInt(second, 10), parseInt(first, 10));
  const monthFirst = dayKeyOf(parseInt(year, 10), parseInt(first, 10), parseInt(second, 10));
  const readings = [
    dayFirst === -1 ? '' : `day first (${isoOfKey(dayFirst)})`,
    monthFirst === -1 ? '' : `month first (${isoOfKey(monthFirst)})`,
  ].filter((r) => r !== '');
  return dateAmbiguous(text, readings);
}
