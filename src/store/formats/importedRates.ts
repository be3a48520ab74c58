/**
 * An import's rates in columns: a rate costs about 12 bytes (its pair, its value's characters and
 * end; its day and line are its row's) where an object and a string per rate cost about 100,, so that a 64 MiB
 * ECB history is held in about 100 MB, not 2 GB (issue 20).
 */
import type { CurrencyCode } from '../../money/currency.js';
import type { ImportedRate, ParsedImport } from './types.js';
import { internalError } from '../../commonErrors.js';

const CHUNK_BITS = 14;
const CHUNK = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK - 1;

/**
 * A growable column of numbers in typed-array chunks of 16,384: no copy as it grows and at most
 * one chunk unused, where a doubling array holds up to twice its data, and three times while it grows.
 */
class ChunkedColumn<T extends Int32Array | Uint16Array | Uint8Array> {
  private readonly chunks: T[] = [];
  length = 0;

  constructor(private readonly make: (size: number) => T) {}

  push(value: number): void {
    if ((this.length & IN_CHUNK) === 0) this.chunks.push(this.make(CHUNK));
    (this.chunks[this.length >>> CHUNK_BITS] as T)[this.length & IN_CHUNK] = value;
    this.length += 1;
  }

  at(i: number): number {
    return (this.chunks[i >>> CHUNK_BITS] as T)[i & IN_CHUNK] as number;
  }
}

/** A growable column of whole numbers (32-bit), such as a series' indexes into an import's rates. */
export class IntColumn extends ChunkedColumn<Int32Array> {
  constructor() {
    super((n) => new Int32Array(n));
  }
}

/**
 * Rates read from a file, in file order, held compactly: each rate's day and line (shared by the
 * rates of one line), its pair (one of a few), and its value's ASCII characters.
 *
 * @example
 * const rates = new ImportedRates();
 * rates.push('2017-11-15', 'USD', 'CNY', '6.62', 2);
 * rates.at(0) //=> { date: '2017-11-15', base: 'USD', quote: 'CNY', value: '6.62', line: 2 }
 * rates.length //=> 1
 */
export class ImportedRates implements Iterable<ImportedRate> {
  private readonly rowDates: string[] = [];
  private readonly rowLines = new IntColumn();
  /** The index of each row's first rate: rows run in rate order, so a rate's row is found by search. */
  private readonly rowStarts = new IntColumn();
  /** The row last found, where the next search starts (reads go in order, forwards or back). */
  private lastRow = 0;
  private count = 0;
  private readonly pairOf = new ChunkedColumn((n) => new Uint16Array(n));
  private readonly valueEnds = new IntColumn();
  private readonly valueChars = new ChunkedColumn((n) => new Uint8Array(n));
  private readonly pairs: { readonly base: CurrencyCode; readonly quote: CurrencyCode }[] = [];
  private readonly pairIndex = new Map<string, number>();

  /** The rates of an array, in its order. */
  static from(rates: Iterable<ImportedRate>): ImportedRates {
    const out = new ImportedRates();
    for (const r of rates) out.push(r.date, r.base, r.quote, r.value, r.line);
    return out;
  }

  get length(): number {
    return this.count;
  }

  private holds(r: number, i: number): boolean {
    const rows = this.rowStarts;
    return r >= 0 && r < rows.length && rows.at(r) <= i && (r === rows.length - 1 || rows.at(r + 1) > i);
  }

  /** The row of rate i: the one last found or a neighbour (reads in order), else a binary search. */
  private rowOf(i: number): number {
    const rows = this.rowStarts;
    const last = rows.length - 1;
    const near = this.lastRow;
    if (this.holds(near, i)) return near;
    if (this.holds(near + 1, i)) return (this.lastRow = near + 1);
    if (this.holds(near - 1, i)) return (this.lastRow = near - 1);
    let low = 0;
    let high = last;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (rows.at(mid) <= i) low = mid;
      else high = mid - 1;
    }
    this.lastRow = low;
    return low;
  }

  /** Adds a rate; its value is a validated decimal (ASCII digits and a point). */
  push(date: string, base: CurrencyCode, quote: CurrencyCode, value: string, line: number): void {
    const row = this.rowDates.length - 1;
    if (row < 0 || this.rowDates[row] !== date || this.rowLines.at(row) !== line) {
      this.rowDates.push(date);
      this.rowLines.push(line);
      this.rowStarts.push(this.count);
    }
    this.count += 1;
    const key = `${base}/${quote}`;
    let pair = this.pairIndex.get(key);
    if (pair === undefined) {
      // Pairs of ISO 4217 codes are far fewer; more would be a parser's bug.
      if (this.pairs.length === 0xffff) throw internalError('ImportedRates: more than 65,535 currency pairs');
      pair = this.pairs.length;
      this.pairs.push({ base, quote });
      this.pairIndex.set(key, pair);
    }
    this.pairOf.push(pair);
    for (let i = 0; i < value.length; i += 1) {
      const code = value.charCodeAt(i);
      // Only validated decimals come here; anything else is a parser's bug, not the file's.
      if (code > 0x7f)
        throw internalError(`ImportedRates: a rate value that is not ASCII: ${value.slice(0, 40)}`);
      this.valueChars.push(code);
    }
    this.valueEnds.push(this.valueChars.length);
  }

  date(i: number): string {
    return this.rowDates[this.rowOf(i)] as string;
  }

  line(i: number): number {
    return this.rowLines.at(this.rowOf(i));
  }

  base(i: number): CurrencyCode {
    return (this.pairs[this.pairOf.at(i)] as { base: CurrencyCode }).base;
  }

  quote(i: number): CurrencyCode {
    return (this.pairs[this.pairOf.at(i)] as { quote: CurrencyCode }).quote;
  }

  value(i: number): string {
    const end = this.valueEnds.at(i);
    let text = '';
    // A rate is a few characters: V8 makes a flat string of such a sum.
    for (let k = i === 0 ? 0 : this.valueEnds.at(i - 1); k < end; k += 1)
      text += String.fromCharCode(this.valueChars.at(k));
    return text;
  }

  /** How many characters the value of rate i has. */
  valueLength(i: number): number {
    return this.valueEnds.at(i) - (i === 0 ? 0 : this.valueEnds.at(i - 1));
  }

  /** Copies the value of rate i into out at offset at; returns the offset after it. */
  copyValue(i: number, out: Uint8Array, at: number): number {
    const start = i === 0 ? 0 : this.valueEnds.at(i - 1);
    const end = this.valueEnds.at(i);
    let to = at;
    for (let k = start; k < end; k += 1) out[to++] = this.valueChars.at(k);
    return to;
  }

  at(i: number): ImportedRate {
    return {
      date: this.date(i),
      base: this.base(i),
      quote: this.quote(i),
      value: this.value(i),
      line: this.line(i),
    };
  }

  toArray(): ImportedRate[] {
    return [...this];
  }

  *[Symbol.iterator](): Iterator<ImportedRate> {
    for (let i = 0; i < this.length; i += 1) yield this.at(i);
  }
}

/**
 * A parsed import whose rates are columns; its `rates` array is made only when asked for (the
 * plan reads the columns). Made here, outside the parser, so that the getter holds the columns
 * alone, never the file's text a parser's closure would keep alive.
 *
 * @example
 * const columns = ImportedRates.from([{ date: '2017-11-15', base: 'USD', quote: 'CNY', value: '6.62', line: 2 }]);
 * const parsed = parsedColumns({ format: 'csv', file: 'mine.csv', skipped: [], defaults: { name: 'n', meaning: 'm', calendar: 'none', attribution: 'a', updateHint: 'u' } }, columns);
 * parsed.rates[0].value //=> '6.62'
 */
export function parsedColumns(
  parsed: Omit<ParsedImport, 'rates' | 'columns'>,
  columns: ImportedRates,
): ParsedImport {
  return {
    ...parsed,
    get rates() {
      return columns.toArray();
    },
    columns,
  };
}
