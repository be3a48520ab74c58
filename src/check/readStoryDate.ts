import { isIsoDate } from '../fx/calendar.js';
import type { IsoDate } from '../fx/types.js';
import type { Span } from '../parse/types.js';
import { ENGLISH_MONTHS, MONTH_TABLES } from '../vocabulary/index.js';

/** How a date was written. */
export type DateForm =
  /** 2017-11-15, 2017/11/15 */
  | 'year-month-day'
  /** Nov. 15, 2017; November 15th 2017 */
  | 'month-day-year'
  /** 15 November 2017; 15. November 2017; 15 de noviembre de 2017; 1er novembre 2017; 15 نوفمبر 2017 */
  | 'day-month-year'
  /** 15.11.2017 */
  | 'day.month.year'
  /** 2017年11月15日 (Chinese, Japanese) */
  | '年月日'
  /** 2017년 11월 15일 (Korean) */
  | '년월일';

/** A full date (day, month and year) written in a text. */
export interface StoryDate {
  readonly date: IsoDate;
  /** Where it is written: [start, end) in UTF-16 code units of the text. */
  readonly span: Span;
  /** The date as written. */
  readonly text: string;
  readonly form: DateForm;
  /** The month as written, for the forms that name it ("Nov", "noviembre", "نوفمبر"). */
  readonly monthName?: string;
}

interface DatePattern {
  readonly form: DateForm;
  readonly pattern: RegExp;
  /** Which groups hold the year, the month and the day. */
  readonly groups: { readonly year: number; readonly month: number; readonly day: number };
}

/** The month names and the patterns, built on first use (not on import: most commands never read dates). */
let compiled:
  | { readonly monthNumber: ReadonlyMap<string, number>; readonly patterns: readonly DatePattern[] }
  | undefined;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Names, longest first, so that "sept" is not read as "sep" and "تشرين الثاني" is read whole. */
function alternatives(names: Iterable<string>): string {
  return [...new Set(names)]
    .sort((a, b) => b.length - a.length)
    .map((name) => escape(name).replace(/ /g, '\\s'))
    .join('|');
}

function compile(): NonNullable<typeof compiled> {
  const monthNumber = new Map<string, number>();
  for (const table of MONTH_TABLES) {
    table.months.forEach((names, index) => {
      for (const name of names) monthNumber.set(name, index + 1);
    });
  }
  const anyMonth = alternatives(monthNumber.keys());
  const englishMonth = alternatives(ENGLISH_MONTHS.months.flat());
  // Bounded repetitions only, so that a scan over a long text stays linear.
  const notAfterWord = '(?<![\\p{L}\\p{N}])';
  const ordinal = '(?:st|nd|rd|th|er|º|°)';
  const patterns: DatePattern[] = [
    {
      form: 'year-month-day',
      pattern: /(?<![\p{N}])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\p{N}])/dgu,
      groups: { year: 1, month: 3, day: 4 },
    },
    {
      form: 'month-day-year',
      pattern: new RegExp(
        `${notAfterWord}(${englishMonth})(?![\\p{L}])\\.?\\s{1,3}(\\d{1,2})${ordinal}?,?\\s{1,3}(\\d{4})(?![\\p{N}])`,
        'dgiu',
      ),
      groups: { year: 3, month: 1, day: 2 },
    },
    {
      form: 'day-month-year',
      pattern: new RegExp(
        `(?<![\\p{N}.])(\\d{1,2})(?:${ordinal}|\\.)?\\s{0,3}(?:(?:de|of)\\s{1,3})?(${anyMonth})(?![\\p{L}])\\.?,?\\s{1,3}(?:de\\s{1,3})?(\\d{4})(?![\\p{N}])`,
        'dgiu',
      ),
      groups: { year: 3, month: 2, day: 1 },
    },
    {
      form: 'day.month.year',
      pattern: /(?<![\p{N}.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\p{N}]|\.\d)/dgu,
      groups: { year: 3, month: 2, day: 1 },
    },
    {
      form: '年月日',
      pattern: /(?<![\p{N}])(\d{4})\s{0,2}年\s{0,2}(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}[日号號]/dgu,
      groups: { year: 1, month: 2, day: 3 },
    },
    {
      form: '년월일',
      pattern: /(?<![\p{N}])(\d{4})\s{0,2}년\s{0,2}(\d{1,2})\s{0,2}월\s{0,2}(\d{1,2})\s{0,2}일/dgu,
      groups: { year: 1, month: 2, day: 3 },
    },
  ];
  return { monthNumber, patterns };
}

/** Full-width, Arabic-Indic and Persian digits → ASCII, one code unit for one, so offsets hold. */
function asciiDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String.fromCharCode(48 + code - zero);
  });
}

function twoDigits(text: string): string {
  return text.length === 1 ? `0${text}` : text;
}

/**
 * Every full date (day, month and year) written in a text, in the order they appear: ISO dates,
 * English month-day-year, day-month-year in English, German ("15. November 2017"), French
 * ("1er novembre 2017"), Spanish and Portuguese ("15 de noviembre de 2017"), Arabic
 * ("15 نوفمبر 2017", Levantine month names too), 15.11.2017, 2017年11月15日 and 2017년 11월
 * 15일; full-width and Arabic-Indic digits are read as digits. A date that does not exist
 * (2017-02-30) is not a date. Dates written only with slashes and two-digit fields (11/15/2017,
 * 15/11/2017) are not read: the order of day and month is a convention the text does not state.
 * Runs in time linear in the text.
 *
 * @param text - any text
 * @returns the dates found, in text order (overlapping readings keep the earlier, longer one)
 *
 * @example
 * readStoryDates('BEIJING, Nov. 15, 2017 — in July 2017 and on 2017年7月11日').map((d) => d.date) //=> ['2017-11-15', '2017-07-11']
 */
export function readStoryDates(text: string): StoryDate[] {
  compiled ??= compile();
  const { monthNumber: numberOf, patterns } = compiled;
  const digits = asciiDigits(text);
  const found: StoryDate[] = [];
  for (const { form, pattern, groups } of patterns) {
    for (const match of digits.matchAll(pattern)) {
      const year = match[groups.year] ?? '';
      const month = match[groups.month] ?? '';
      const day = match[groups.day] ?? '';
      const named = !/^\d+$/.test(month);
      const monthNumber = named
        ? numberOf.get(month.toLowerCase().replace(/\s+/g, ' '))
        : Number.parseInt(month, 10);
      if (monthNumber === undefined) continue;
      const date = `${year}-${twoDigits(String(monthNumber))}-${twoDigits(day)}`;
      if (!isIsoDate(date)) continue;
      const start = match.index;
      const end = start + match[0].length;
      const monthAt = match.indices?.[groups.month];
      found.push({
        date,
        span: { start, end },
        text: text.slice(start, end),
        form,
        ...(named && monthAt ? { monthName: text.slice(monthAt[0], monthAt[1]) } : {}),
      });
    }
  }
  found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: StoryDate[] = [];
  for (const date of found) {
    const last = kept[kept.length - 1];
    if (last === undefined || date.span.start >= last.span.end) kept.push(date);
  }
  return kept;
}

/**
 * The date a story is written on: the first full date in the text (see readStoryDates for the
 * forms). The first, because a story states its own date at the top (a dateline, a byline) and
 * the dates further on are mostly of the events it reports; null when the text has none.
 *
 * @param text - the story
 * @returns the first date, with its span and form, or null
 *
 * @example
 * readStoryDate('Frankfurt, 15. November 2017 – Alibaba …').date //=> '2017-11-15'
 * readStoryDate('Frankfurt, 15. November 2017 – Alibaba …').form //=> 'day-month-year'
 * readStoryDate('no date here, only 2017') //=> null
 */
export function readStoryDate(text: string): StoryDate | null {
  return readStoryDates(text)[0] ?? null;
}
