/**
 * Hostile command lines: figures, currencies, dates and options as users mistype them, paste them
 * from web pages (control characters, invisible marks) or build them to hurt. Each case says the
 * exit code and error code the README's contract gives it. New commands add their cases here.
 */

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One command line and what it must give. */
export interface HostileCase {
  readonly args: readonly string[];
  readonly exit: 0 | 1 | 2 | 3;
  readonly code?: string;
  /** Why the case is skipped for now (the work that makes it pass, not yet merged). */
  readonly pending?: string;
}

const PARSER = 'the parser rewrite (issue 7) bounds digits and reads in linear time';

const ESC = '\u001b';
const on = ['--on', '2017-11-15'];
const convert = (figure: string, target = 'USD', ...rest: string[]): readonly string[] => [
  'convert',
  figure,
  target,
  ...on,
  ...rest,
];

/** Figures that must be refused with an input error. */
const BAD_FIGURES: readonly (readonly [string, string, string?])[] = [
  ['', 'FIGURE_EMPTY'],
  ['   ', 'FIGURE_EMPTY'],
  ['\t\n', 'FIGURE_EMPTY'],
  ['yuan', 'FIGURE_NO_NUMBER'],
  ['$', 'FIGURE_NO_NUMBER'],
  ['about', 'FIGURE_NO_NUMBER'],
  ['1.5', 'FIGURE_NO_CURRENCY'],
  ['1.5 billion', 'FIGURE_NO_CURRENCY'],
  ['1.5.3 yuan', 'FIGURE_BAD_NUMBER'],
  ['1,50,0 yuan', 'FIGURE_BAD_NUMBER'],
  ['1,5000 yuan', 'FIGURE_BAD_NUMBER'],
  [`${'9'.repeat(40)} yuan`, 'FIGURE_BAD_NUMBER'],
  ['1.5 bilion yuan', 'FIGURE_UNKNOWN_WORD'],
  ['1.5 billion yaun', 'FIGURE_UNKNOWN_WORD'],
  ['1.5 gazillion yuan', 'FIGURE_UNKNOWN_WORD'],
  ['1.5 billion XYZ', 'FIGURE_UNKNOWN_WORD'],
  ['billion 1.5 yuan', 'FIGURE_UNKNOWN_WORD'],
  ['1.5 billion yuan yuan dollars', 'FIGURE_CONFLICTING_CURRENCY'],
  ['$1.5 billion yuan', 'FIGURE_CONFLICTING_CURRENCY'],
  ['€5 GBP', 'FIGURE_CONFLICTING_CURRENCY'],
  ['¥1.5 billion', 'FIGURE_AMBIGUOUS_CURRENCY'],
  ['￥100', 'FIGURE_AMBIGUOUS_CURRENCY'],
  ['$5 (6)', 'FIGURE_TRAILING_TEXT'],
  ['5 yuan; rm -rf /', 'FIGURE_TRAILING_TEXT'],
  [`5 yuan${ESC}]0;owned\u0007`, 'FIGURE_TRAILING_TEXT'],
  [`${ESC}[2J5 yuan`, 'FIGURE_UNKNOWN_WORD'],
  [`5 yu${ESC}[31man`, 'FIGURE_UNKNOWN_WORD'],
  ['5 yuan\u0000', 'FIGURE_TRAILING_TEXT'],
  ['5 yuan\u009b2J', 'FIGURE_TRAILING_TEXT'],
  ['5 yuan \u202e', 'FIGURE_TRAILING_TEXT'],
  ['5 \u200byuan', 'FIGURE_TRAILING_TEXT'],
  ['5 yuan 😀', 'FIGURE_TRAILING_TEXT'],
  ['😀 5 yuan', 'FIGURE_UNKNOWN_WORD'],
  ['\t5 bilion yuan', 'FIGURE_UNKNOWN_WORD'],
  ['e\u0301 5 yuan', 'FIGURE_UNKNOWN_WORD'],
  ['5 y\u0301uan', 'FIGURE_UNKNOWN_WORD'],
  ['NaN yuan', 'FIGURE_NO_NUMBER'],
  ['Infinity USD', 'FIGURE_NO_NUMBER'],
  ['0x10 USD', 'FIGURE_UNKNOWN_WORD'],
  ['1e9 USD', 'FIGURE_UNKNOWN_WORD'],
  ['5 %', 'FIGURE_TRAILING_TEXT'],
  ['((((((5 USD))))))', 'FIGURE_UNKNOWN_WORD'],
  [`5 ${'billion '.repeat(2000)}yuan`, 'FIGURE_UNKNOWN_WORD'],
  [`${'1'.repeat(5000)} USD`, 'FIGURE_BAD_NUMBER'],
  [`0.${'0'.repeat(5000)}1 USD`, 'FIGURE_BAD_NUMBER', PARSER],
  [`5${' '.repeat(20000)}x`, 'FIGURE_TRAILING_TEXT', PARSER],
  ['$$$$5', 'FIGURE_UNKNOWN_WORD', PARSER],
  [`${'$'.repeat(100000)}5`, 'FIGURE_UNKNOWN_WORD', PARSER],
  [`${'x'.repeat(20000)} 5 USD`, 'FIGURE_UNKNOWN_WORD'],
];

/** Target currencies that must be refused. */
const BAD_TARGETS: readonly (readonly [string, string])[] = [
  ['', 'OPTION_INVALID'],
  ['XYZ', 'CURRENCY_UNKNOWN'],
  ['US', 'CURRENCY_UNKNOWN'],
  ['USDD', 'CURRENCY_UNKNOWN'],
  ['U$D', 'CURRENCY_UNKNOWN'],
  ['USD,,EUR', 'OPTION_INVALID'],
  [',', 'OPTION_INVALID'],
  ['USD,XYZ', 'CURRENCY_UNKNOWN'],
  [`US${ESC}D`, 'CURRENCY_UNKNOWN'],
  [`${ESC}]0;x\u0007`, 'CURRENCY_UNKNOWN'],
  ['U\u0000SD', 'CURRENCY_UNKNOWN'],
  ['x'.repeat(10000), 'CURRENCY_UNKNOWN'],
];

/** Days that are not days, or lie outside the tables. */
const BAD_DATES: readonly (readonly [string, 2 | 3, string])[] = [
  ['2017-02-30', 2, 'DATE_INVALID'],
  ['2017-02-29', 2, 'DATE_INVALID'],
  ['2017-13-01', 2, 'DATE_INVALID'],
  ['2017-00-10', 2, 'DATE_INVALID'],
  ['2017-11-00', 2, 'DATE_INVALID'],
  ['2017-11-32', 2, 'DATE_INVALID'],
  ['17-11-15', 2, 'DATE_INVALID'],
  ['2017/11/15', 2, 'DATE_INVALID'],
  ['15.11.2017', 2, 'DATE_INVALID'],
  ['2017-11-15T00:00:00Z', 2, 'DATE_INVALID'],
  ['+02017-11-15', 2, 'DATE_INVALID'],
  ['0999-12-31', 2, 'DATE_INVALID'],
  ['', 2, 'DATE_INVALID'],
  ['  ', 2, 'DATE_INVALID'],
  ['today', 2, 'DATE_INVALID'],
  [`2017-11-15${ESC}[2J`, 2, 'DATE_INVALID'],
  ['２０１７-１１-１５', 2, 'DATE_INVALID'],
  ['9'.repeat(5000), 2, 'DATE_INVALID'],
  ['1000-01-01', 3, 'RATE_BEFORE_COVERAGE'],
  ['1900-01-01', 3, 'RATE_BEFORE_COVERAGE'],
  ['1971-01-03', 3, 'RATE_BEFORE_COVERAGE'],
  ['2026-06-01', 3, 'RATE_AFTER_COVERAGE'],
  ['9999-12-31', 3, 'RATE_AFTER_COVERAGE'],
  ['2025-01-06', 3, 'RATE_AFTER_COVERAGE'],
];

/** Options with bad values, repeated, misplaced or unknown. */
const BAD_OPTIONS: readonly (readonly [readonly string[], 2 | 3, string])[] = [
  [['--policy', 'bogus'], 2, 'OPTION_INVALID'],
  [['--policy', ''], 2, 'OPTION_INVALID'],
  [['--policy', `exact${ESC}`], 2, 'OPTION_INVALID'],
  [['--max-age', '-1'], 2, 'OPTION_INVALID'],
  [['--max-age', '1.5'], 2, 'OPTION_INVALID'],
  [['--max-age', 'abc'], 2, 'OPTION_INVALID'],
  [['--max-age', ''], 2, 'OPTION_INVALID'],
  [['--max-age', '99999999999'], 2, 'OPTION_INVALID'],
  [['--style', 'bogus'], 2, 'OPTION_INVALID'],
  [['--sig', '0', '--style', 'short'], 2, 'OPTION_INVALID'],
  [['--sig', '21', '--style', 'short'], 2, 'OPTION_INVALID'],
  [['--sig', 'abc', '--style', 'short'], 2, 'OPTION_INVALID'],
  [['--sig', '3'], 2, 'OPTION_INVALID'],
  [['--yen', 'XYZ'], 2, 'OPTION_INVALID'],
  [['--source', ''], 2, 'OPTION_INVALID'],
  [['--source', '  '], 2, 'OPTION_INVALID'],
  [['--source', 'ecb'], 3, 'SOURCE_UNKNOWN'],
  [['--source', 'FRED-H10'], 3, 'SOURCE_UNKNOWN'],
  [['--source', `fred${ESC}[2J`], 3, 'SOURCE_UNKNOWN'],
  [['--data-dir', ''], 2, 'OPTION_INVALID'],
  [['--on', '2017-11-16'], 2, 'OPTION_INVALID'],
  [['--source', 'imf', '--source', 'fred-h10'], 2, 'OPTION_INVALID'],
  [['--policy', 'next', '--policy', 'previous'], 2, 'OPTION_INVALID'],
  [['--max-age', '3', '--max-age', '4'], 2, 'OPTION_INVALID'],
  [['--style', 'bogus', '--on', '1900-01-01'], 2, 'OPTION_INVALID'],
  [['--bogus'], 2, 'USAGE_INVALID'],
  [[`--${ESC}]0;x`], 2, 'USAGE_INVALID'],
  [['-x'], 2, 'USAGE_INVALID'],
  [['extra'], 2, 'USAGE_INVALID'],
  [['--policy'], 2, 'USAGE_INVALID'],
];

/** Whole command lines that are wrong as a whole. */
const BAD_COMMANDS: readonly (readonly [readonly string[], string])[] = [
  [['convrt'], 'USAGE_INVALID'],
  [[`conv${ESC}[2Jert`], 'USAGE_INVALID'],
  [['convert'], 'USAGE_INVALID'],
  [['convert', '5 USD'], 'USAGE_INVALID'],
  [['rates'], 'USAGE_INVALID'],
  [['rates', 'bogus'], 'USAGE_INVALID'],
  [['--bogus'], 'USAGE_INVALID'],
  [['convert', '-5 million USD', 'CNY'], 'USAGE_INVALID'],
];

/** What must work even though it looks odd. */
const GOOD: readonly (readonly string[])[] = [
  convert('1.5 billion yuan', 'usd'),
  convert('1.5 billion yuan', ' USD '),
  convert('1.5 billion yuan', 'USD,EUR'),
  convert('  1.5 billion yuan  '),
  convert('5\ryuan'),
  ['convert', '5 CNY', 'USD', '--on', '2017-11-15\r'],

  convert('1.5\u00a0billion\u00a0yuan'),
  convert('5 CNY', 'CNY'),
  convert('5 XAU', 'XAU'),
  ['convert', '5 CNY', 'USD', '--on', '2017-11-18', '--max-age', '999999'],
  ['convert', '5 CNY', 'USD', '--on', '2017-11-15', '--policy', 'EXACT'],
  ['convert', '--on', '2017-11-15', '--', '-5 million USD', 'CNY'],
  ['convert', '100 VEF', 'USD'],
  ['convert', '5 BHD', 'USD'],
  ['convert', '5 JPY', 'PLN'],
  ['rates', 'sources'],
  ['--version'],
  ['--help'],
];

/** Lower-case codes in a figure read as codes (issue 6, item 11). */
const PENDING_GOOD: readonly (readonly string[])[] = [convert('5 usd', 'CNY'), convert('5 cny')];

/** Batch conversion (issue 11): files with hostile content, and inputs that are no file of rows. */
const BATCH_DIR = mkdtempSync(join(tmpdir(), 'dealcalc-hostile-batch-'));
process.on('exit', () => rmSync(BATCH_DIR, { recursive: true, force: true }));
let batchFiles = 0;

/** A batch input file holding `content` (text, or bytes that need not be UTF-8). */
function batchFile(content: string | Uint8Array): string {
  const path = join(BATCH_DIR, `input-${(batchFiles += 1)}.csv`);
  writeFileSync(path, content);
  return path;
}

const HEADER = 'date,amount,currency\n';
/** One data row after the usual header: one output line, so --json stays one JSON object. */
const oneRow = (row: string): string => batchFile(`${HEADER}${row}\n`);
const batch = (file: string, ...rest: string[]): readonly string[] => [
  'convert',
  '--batch',
  file,
  '--to',
  'USD',
  ...rest,
];
const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const FOLDER = join(BATCH_DIR, 'a-folder');
mkdirSync(FOLDER);

const BATCH: readonly (readonly [readonly string[], 0 | 2 | 3, string?])[] = [
  // Inputs that are not files of rows: refused, never waited on or read without end.
  [batch(join(BATCH_DIR, 'no-such-file.csv')), 2, 'BATCH_INPUT_UNREADABLE'],
  [batch(FOLDER), 2, 'BATCH_INPUT_UNREADABLE'],
  [batch('/dev/zero'), 2, 'BATCH_RECORD_TOO_LONG'],
  [batch('/dev/null'), 2, 'BATCH_NO_HEADER'],
  [batch(batchFile('')), 2, 'BATCH_NO_HEADER'],
  [batch(batchFile('\n\r\n\n')), 2, 'BATCH_NO_HEADER'],
  [batch(batchFile(`${HEADER}${'9'.repeat(2 * 1024 * 1024)}\n`)), 2, 'BATCH_RECORD_TOO_LONG'],
  // Headers
  [batch(batchFile('day,amount,currency\n')), 2, 'BATCH_COLUMN_MISSING'],
  [batch(batchFile(`date${ESC}[2J,amount,currency\n`)), 2, 'BATCH_COLUMN_MISSING'],
  [batch(batchFile('date,date,amount,currency\n')), 2, 'BATCH_COLUMN_AMBIGUOUS'],
  [batch(batchFile('"date,amount,currency\n')), 2, 'BATCH_ROW_MALFORMED'],
  [batch(batchFile(latin1('d\u00e4te,amount,currency\n'))), 2, 'BATCH_INPUT_NOT_UTF8'],
  // Rows: each fails alone, says why on its line, and the exit says whose fault
  [batch(batchFile(latin1(`${HEADER}2017-11-15,5,CNY,caf\u00e9\n`))), 2, 'BATCH_INPUT_NOT_UTF8'],
  [
    batch(batchFile(latin1(`date,amount,currency,memo\n2017-11-15,5,CNY,caf\u00e9\n`))),
    2,
    'BATCH_INPUT_NOT_UTF8',
  ],
  [batch(oneRow('2017-11-15,"5,CNY')), 2, 'BATCH_ROW_MALFORMED'],
  [batch(oneRow('2017-11-15,"5"x,CNY')), 2, 'BATCH_ROW_MALFORMED'],
  [batch(oneRow('2017-11-15,5')), 2, 'BATCH_ROW_MALFORMED'],
  [batch(oneRow(`2017-11-15,5,CNY${','.repeat(10000)}`)), 2, 'BATCH_ROW_MALFORMED'],
  [batch(oneRow(',5,CNY')), 2, 'DATE_INVALID'],
  [batch(oneRow('2017-02-30,5,CNY')), 2, 'DATE_INVALID'],
  [batch(oneRow(`2017-11-15${ESC}[2J,5,CNY`)), 2, 'DATE_INVALID'],
  [batch(oneRow('２０１７-１１-１５,5,CNY')), 2, 'DATE_INVALID'],
  [batch(oneRow('2026-06-01,5,CNY')), 3, 'RATE_AFTER_COVERAGE'],
  [batch(oneRow('1900-01-01,5,CNY')), 3, 'RATE_BEFORE_COVERAGE'],
  [batch(oneRow('2017-11-15,5 bilion,CNY')), 2, 'FIGURE_UNKNOWN_WORD'],
  [batch(oneRow(`2017-11-15,${'9'.repeat(40)},CNY`)), 2, 'FIGURE_BAD_NUMBER'],
  [batch(oneRow('2017-11-15,1e9,CNY')), 2, 'FIGURE_UNKNOWN_WORD'],
  [batch(oneRow('2017-11-15,NaN,CNY')), 2, 'FIGURE_NO_NUMBER'],
  [batch(oneRow('2017-11-15,,CNY')), 2, 'FIGURE_NO_NUMBER'],
  [batch(oneRow('2017-11-15,5,XYZ')), 2, 'FIGURE_UNKNOWN_WORD'],
  [batch(oneRow(`2017-11-15,5,C${ESC}NY`)), 2, 'FIGURE_UNKNOWN_WORD'],
  [batch(oneRow('2017-11-15,5,')), 2, 'FIGURE_NO_CURRENCY'],
  [batch(oneRow('2017-11-15,¥100,')), 2, 'FIGURE_AMBIGUOUS_CURRENCY'],
  [batch(oneRow('2017-11-15,$5,CNY')), 2, 'FIGURE_CONFLICTING_CURRENCY'],
  [batch(oneRow('2017-11-15,5,CNY'), '--policy', 'exact', '--date-column', 'date'), 0],
  [batch(oneRow('2017-11-18,5,CNY'), '--policy', 'exact'), 3, 'RATE_NOT_FOUND'],
  [batch(oneRow('2017-11-18,5,CNY'), '--max-age', '0'), 3, 'RATE_TOO_OLD'],
  // Cells that must come out harmless: formulas neutralised, controls escaped, the rest as is
  [batch(batchFile(`memo,${HEADER}=HYPERLINK("http://x"),2017-11-15,5,CNY\n`)), 0],
  [batch(batchFile(`memo,${HEADER}@SUM(A1:A9),2017-11-15,-5,CNY\n`)), 0],
  [batch(batchFile(`memo,${HEADER}${ESC}]0;owned\u0007${ESC}[2J,2017-11-15,5,CNY\n`)), 0],
  [batch(batchFile(`memo,${HEADER}a\u0000b\u009b2J\u202e,2017-11-15,5,CNY\n`)), 0],
  [batch(batchFile(`memo,${HEADER}"\ttab, ""quoted""\r\nnext",2017-11-15,5,CNY\n`)), 0],
  [batch(batchFile(`\uFEFF${HEADER.replace('\n', '\r\n')}2017-11-15,5,CNY\r\n`)), 0],
  [batch(batchFile(`${HEADER}2017-11-15,5,CNY`)), 0],
  // Options
  [['convert', '--batch', '', '--to', 'USD'], 2, 'OPTION_INVALID'],
  [['convert', '--batch', oneRow('2017-11-15,5,CNY')], 2, 'OPTION_INVALID'],
  [['convert', '--to', 'USD'], 2, 'OPTION_INVALID'],
  [['convert', '--strict'], 2, 'OPTION_INVALID'],
  [['convert', '5 CNY', 'USD', '--batch', oneRow('2017-11-15,5,CNY'), '--to', 'USD'], 2, 'OPTION_INVALID'],
  [['convert', '--batch', oneRow('2017-11-15,5,CNY'), '--to', ''], 2, 'OPTION_INVALID'],
  [['convert', '--batch', oneRow('2017-11-15,5,CNY'), '--to', 'XYZ'], 2, 'CURRENCY_UNKNOWN'],
  [['convert', '--batch', oneRow('2017-11-15,5,CNY'), '--to', `US${ESC}D`], 2, 'CURRENCY_UNKNOWN'],
  [['convert', '--batch', oneRow('2017-11-15,5,CNY'), '--to', 'USD,EUR'], 2, 'OPTION_INVALID'],
  [batch(oneRow('2017-11-15,5,CNY'), '--on', '2017-11-15'), 2, 'OPTION_INVALID'],
  [batch(oneRow('2017-11-15,5,CNY'), '--value'), 2, 'OPTION_INVALID'],
  [batch(oneRow('2017-11-15,5,CNY'), '--source', 'ecb'), 3, 'SOURCE_UNKNOWN'],
  [batch(oneRow('2017-11-15,5,CNY'), '--date-column', ''), 2, 'OPTION_INVALID'],
  [batch(oneRow('2017-11-15,5,CNY'), '--date-column', `day${ESC}[2J`), 2, 'BATCH_COLUMN_MISSING'],
  [batch(oneRow('2017-11-15,5,CNY'), '--amount-column', 'date'), 2, 'BATCH_COLUMN_AMBIGUOUS'],
  [batch(oneRow('2017-11-15,5,CNY'), '--policy', 'bogus'), 2, 'OPTION_INVALID'],
  [batch(oneRow('2017-11-15,5,CNY'), '--strict', '--strict'), 0],
];

/** The corpus, command line by command line. */
export const HOSTILE_CASES: readonly HostileCase[] = [
  ...BAD_FIGURES.map(([figure, code, pending]) => ({
    args: convert(figure),
    exit: 2 as const,
    code,
    ...(pending ? { pending } : {}),
  })),
  ...BAD_TARGETS.map(([target, code]) => ({ args: convert('5 CNY', target), exit: 2 as const, code })),
  ...BAD_DATES.map(([date, exit, code]) => ({ args: ['convert', '5 CNY', 'USD', '--on', date], exit, code })),
  ...BAD_OPTIONS.map(([options, exit, code]) => ({ args: [...convert('5 CNY'), ...options], exit, code })),
  ...BAD_COMMANDS.map(([args, code]) => ({ args, exit: 2 as const, code })),
  ...GOOD.map((args) => ({ args, exit: 0 as const })),
  ...PENDING_GOOD.map((args) => ({ args, exit: 0 as const, pending: PARSER })),
  ...BATCH.map(([args, exit, code]) => ({ args, exit, ...(code === undefined ? {} : { code }) })),
];
