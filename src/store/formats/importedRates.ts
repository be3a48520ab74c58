/**
 * An import's rates in columns: a rate costs about 6 bytes (its pair, a byte; its value's
 * characters, four bits each; its end, two bytes; its day and line are its row's) where an object
 * and a string per rate cost about 100, so that a 64 MiB ECB history is held in about 50 MB, not
 * 2 GB (issue 20).
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

  /** The same numbers in chunks of another kind (wider ones). */
  copy<U extends Int32Array | Uint16Array | Uint8Array>(make: (size: number) => U): ChunkedColumn<U> {
    const out = new ChunkedColumn(make);
    for (let i = 0; i < this.length; i += 1) out.push(this.at(i));
    return out;
  }
}

/** A growable column of whole numbers (32-bit), such as the line of each row of an import. */
export class IntColumn extends ChunkedColumn<Int32Array> {
  constructor() {
    super((n) => new Int32Array(n));
  }
}

/**
 * A growable list of rising indexes (a series' rates among an import's), a byte a step where
 * a step is under 256 (an ECB history's are about 40), read in either direction: a quarter of
 * the 4 bytes an index took, 30 MB of a 64 MiB history's import (issue 20).
 *
 * @example
 * const indexes = new RisingIndexes();
 * for (const i of [3, 40, 1000]) indexes.push(i);
 * const back = [];
 * indexes.forEach((i) => back.push(i), true);
 * [indexes.first, indexes.last, indexes.length, back] //=> [3, 1000, 3, [1000, 40, 3]]
 */
export class RisingIndexes {
  /** Each index's step from the one before; 0 where the step is in `wide`. */
  private readonly steps = new ChunkedColumn((n) => new Uint8Array(n));
  private readonly wide = new IntColumn();
  first = -1;
  last = -1;
  length = 0;

  push(index: number): void {
    if (this.length === 0) this.first = index;
    else {
      const step = index - this.last;
      // Rates are grouped in file order; an index that does not rise is a bug of the plan.
      if (step <= 0) throw internalError(`RisingIndexes: ${index} after ${this.last}`);
      if (step < 256) this.steps.push(step);
      else {
        this.steps.push(0);
        this.wide.push(step);
      }
    }
    this.last = index;
    this.length += 1;
  }

  /** Hands each index to `visit`, first to last, or last to first when `backwards`. */
  forEach(visit: (index: number) => void, backwards = false): void {
    if (this.length === 0) return;
    const steps = this.steps;
    if (!backwards) {
      let index = this.first;
      visit(index);
      for (let k = 0, w = 0; k < steps.length; k += 1) {
        const step = steps.at(k);
        index += step === 0 ? this.wide.at(w++) : step;
        visit(index);
      }
      return;
    }
    let index = this.last;
    visit(index);
    for (let k = steps.length - 1, w = this.wide.length - 1; k >= 0; k -= 1) {
      const step = steps.at(k);
      index -= step === 0 ? this.wide.at(w--) : step;
      visit(index);
    }
  }
}

/** How many values share one 32-bit start in ValueEnds. */
const END_BLOCK_BITS = 10;

/**
 * Where each value ends among the characters, in 2 bytes a value, not 4: per block of 1,024
 * values where the block starts (32 bits), and each end's offset from it (16 bits). Values longer
 * than 64 characters on average in a block (no real rate) make it keep every end whole.
 */
class ValueEnds {
  private starts: IntColumn | null = new IntColumn();
  private offsets: ChunkedColumn<Uint16Array> | null = new ChunkedColumn((n) => new Uint16Array(n));
  private whole: IntColumn | null = null;
  length = 0;

  push(end: number): void {
    const { starts, offsets } = this;
    if (starts === null || offsets === null) {
      (this.whole as IntColumn).push(end);
      this.length += 1;
      return;
    }
    const block = this.length >>> END_BLOCK_BITS;
    if (block === starts.length) starts.push(this.length === 0 ? 0 : this.at(this.length - 1));
    const offset = end - starts.at(block);
    if (offset > 0xffff) {
      const whole = new IntColumn();
      for (let i = 0; i < this.length; i += 1) whole.push(this.at(i));
      this.whole = whole;
      this.starts = null;
      this.offsets = null;
      this.push(end);
      return;
    }
    offsets.push(offset);
    this.length += 1;
  }

  at(i: number): number {
    const { starts, offsets } = this;
    if (starts === null || offsets === null) return (this.whole as IntColumn).at(i);
    return starts.at(i >>> END_BLOCK_BITS) + offsets.at(i);
  }
}

/** The point's four-bit code among a value's characters; the digits are 0 to 9. */
const POINT = 10;

/**
 * A growable column of a decimal's characters, the digits and the point, four bits each: two to
 * a byte, half what a byte a character takes (a 64 MiB ECB history has 60 million of them).
 */
class DecimalChars {
  private readonly chunks: Uint8Array[] = [];
  length = 0;

  /** Adds a character by its code: a digit or the point (isPlainDecimal). */
  push(code: number): void {
    const nibble = code === 46 ? POINT : code - 48;
    const byte = this.length >>> 1;
    const odd = (this.length & 1) === 1;
    if (!odd && (byte & IN_CHUNK) === 0) this.chunks.push(new Uint8Array(CHUNK));
    const chunk = this.chunks[byte >>> CHUNK_BITS] as Uint8Array;
    const at = byte & IN_CHUNK;
    chunk[at] = odd ? (chunk[at] as number) | (nibble << 4) : nibble;
    this.length += 1;
  }

  /** The character code at i. */
  at(i: number): number {
    const byte = (this.chunks[i >>> (CHUNK_BITS + 1)] as Uint8Array)[(i >>> 1) & IN_CHUNK] as number;
    const nibble = (i & 1) === 1 ? byte >>> 4 : byte & 0xf;
    return nibble === POINT ? 46 : 48 + nibble;
  }
}

/** Whether every character of a value is a digit or a point, as DecimalChars holds them. */
function isPlainDecimal(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code !== 46 && (code < 48 || code > 57)) return false;
  }
  return true;
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
  /** Each rate's pair, a byte while the file has at most 256 pairs (it has a few dozen). */
  private pairOf: ChunkedColumn<Uint8Array | Uint16Array> = new ChunkedColumn((n) => new Uint8Array(n));
  private readonly valueEnds = new ValueEnds();
  private readonly valueChars = new DecimalChars();
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

  /** Adds a rate; its value is a validated decimal (digits and a point). */
  push(date: string, base: CurrencyCode, quote: CurrencyCode, value: string, line: number): void {
    // Only validated decimals come here; anything else is a parser's bug, not the file's.
    if (!isPlainDecimal(value))
      throw internalError(`ImportedRates: a rate value that is not a plain decimal: ${value.slice(0, 40)}`);
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
      if (pair === 0x100) this.pairOf = this.pairOf.copy((n) => new Uint16Array(n));
      this.pairs.push({ base, quote });
      this.pairIndex.set(key, pair);
    }
    for (let i = 0; i < value.length; i += 1) this.valueChars.push(value.charCodeAt(i));
    this.pairOf.push(pair);
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
