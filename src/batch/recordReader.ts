/**
 * Reading a batch's input: UTF-8 bytes as they arrive, cut anywhere, into CSV records handed over
 * in place (no string per line). A record cut by a chunk boundary waits for the next chunk; a byte
 * order mark is passed over; a record longer than the limit stops the run. For each record the
 * reader says where its cells end (`commas`) and what it holds (`scan`), and whether it must be
 * read as text (quotes, bytes not UTF-8, cells to neutralise for spreadsheets).
 */
import { recordTooLong } from './batchErrors.js';
import { countNewlines, quotedRecordEnd, scanLine, type LineScan } from './csvRecords.js';

/** What the records are handed to. */
export interface RecordSink {
  /**
   * One record, bytes[start, end) (its CR and newline left out), starting on line `line`;
   * `general` when it must be read as text. Returns false when the record's row failed.
   */
  record(bytes: Uint8Array, start: number, end: number, general: boolean, line: number): boolean;
}

/** The most cells a row may have to take the byte path (its commas are noted up to this many). */
export const MAX_FAST_CELLS = 256;

const ENCODER = new TextEncoder();
const STRICT_DECODER = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** carry followed by bytes[0, length), in a new array. */
function concat(carry: Uint8Array, bytes: Uint8Array, length: number): Uint8Array {
  const joined = new Uint8Array(carry.length + length);
  joined.set(carry, 0);
  joined.set(bytes.subarray(0, length), carry.length);
  return joined;
}

/** Whether bytes[start, end) is UTF-8 text. */
function isUtf8(bytes: Uint8Array, start: number, end: number): boolean {
  try {
    STRICT_DECODER.decode(bytes.subarray(start, end));
    return true;
  } catch {
    return false;
  }
}

/** A copy of bytes from `start` (a Node Buffer's slice() is a view, and the caller reuses its buffer). */
function copyOf(bytes: Uint8Array, start: number): Uint8Array {
  return new Uint8Array(bytes.subarray(start));
}

/** Whether bytes[start, end) is digits with at most one point between or before them ("5", "1.25", ".5"). */
function plainNumber(bytes: Uint8Array, start: number, end: number): boolean {
  let digits = 0;
  let point = -1;
  for (let i = start; i < end; i += 1) {
    const b = bytes[i] as number;
    if (b >= 48 && b <= 57) digits += 1;
    else if (b === 46 && point === -1) point = i;
    else return false;
  }
  return digits > 0 && point !== end - 1;
}

/** The records of one input (see the top of this file). */
export class RecordReader {
  /** Where the current record's cells end: cell k ends at commas[k] (the last at the record's end). */
  readonly commas = new Int32Array(MAX_FAST_CELLS);
  /** What the current record holds. */
  readonly scan: LineScan = {
    end: 0,
    cells: 0,
    quoted: false,
    wide: false,
    formulaLike: false,
    printable: false,
  };
  /** The line the next record starts on. */
  line = 1;
  /** True once a strict run met a row that failed: further input is ignored. */
  stopped = false;
  /** Bytes of a record not yet complete, from the previous push. */
  private carry: Uint8Array | null = null;
  private started = false;

  constructor(
    private readonly sink: RecordSink,
    private readonly maxRecordLength: number,
    private readonly strict: boolean,
  ) {}

  /** Reads input: bytes as read (cut anywhere), or text. */
  push(input: Uint8Array | string): void {
    // A plain Uint8Array view, so that the row loop reads one kind of array (a Buffer is another).
    const bytes =
      typeof input === 'string'
        ? ENCODER.encode(input)
        : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    if (!this.stopped) this.feed(bytes);
  }

  /** Ends the input: a last record without a line end is read. */
  end(): void {
    const rest = this.carry;
    this.carry = null;
    if (rest !== null && !this.stopped) this.records(rest, true);
  }

  /**
   * Feeds bytes after what the last push left: the record cut by the chunk boundary is completed
   * with the head of these bytes, up to their first newline, and the rest is read in place (no
   * copy of the whole chunk). A quoted record that goes on past that newline joins the rest.
   */
  private feed(bytes: Uint8Array): void {
    const carry = this.carry;
    this.carry = null;
    if (carry === null) return this.records(bytes, false);
    const newline = this.started ? bytes.indexOf(10) : -1;
    if (newline === -1) return this.records(concat(carry, bytes, bytes.length), false);
    this.records(concat(carry, bytes, newline + 1), false);
    const rest = bytes.subarray(newline + 1);
    if (this.stopped) return;
    const left = this.carry as Uint8Array | null;
    if (left === null) return this.records(rest, false);
    this.carry = null;
    this.records(concat(left, rest, rest.length), false);
  }

  /**
   * Every complete record of `bytes`, in order; what is left (a record without its end) waits for
   * the next push, unless this is the end of the input.
   */
  private records(bytes: Uint8Array, final: boolean): void {
    let pos = 0;
    if (!this.started) {
      if (bytes.length < 3 && !final) {
        this.carry = copyOf(bytes, 0);
        return;
      }
      this.started = true;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) pos = 3;
    }
    const scan = this.scan;
    while (pos < bytes.length) {
      scanLine(bytes, pos, this.commas, scan);
      let end = scan.end;
      let lines = 1;
      if (scan.quoted) {
        end = quotedRecordEnd(bytes, pos);
        if (end === -1) end = final ? bytes.length : -1;
        else lines += countNewlines(bytes, pos, end);
      } else if (end === bytes.length && !final) end = -1;
      if (end === -1) {
        if (bytes.length - pos > this.maxRecordLength) throw recordTooLong(this.line, this.maxRecordLength);
        this.carry = copyOf(bytes, pos);
        return;
      }
      const recordEnd = end > pos && bytes[end - 1] === 13 ? end - 1 : end;
      if (recordEnd - pos > this.maxRecordLength) throw recordTooLong(this.line, this.maxRecordLength);
      // Text in another script (a memo in Chinese) keeps the byte path once checked as UTF-8:
      // every delimiter is ASCII, and the cells read in place are decoded when not ASCII.
      const general =
        scan.quoted ||
        (scan.wide && !isUtf8(bytes, pos, recordEnd)) ||
        (scan.formulaLike && this.needsNeutralising(bytes, pos, recordEnd));
      const ok = this.sink.record(bytes, pos, recordEnd, general, this.line);
      this.line += lines;
      pos = end + 1;
      if (!ok && this.strict) {
        this.stopped = true;
        return;
      }
    }
  }

  /**
   * Whether a cell of a line without quotes starts like a formula (= + - @ tab CR) and is
   * not a plain number (a negative amount is data): then its cells are written neutralised.
   */
  private needsNeutralising(bytes: Uint8Array, start: number, end: number): boolean {
    const cells = Math.min(this.scan.cells, MAX_FAST_CELLS);
    for (let i = 0; i < cells; i += 1) {
      const from = i === 0 ? start : (this.commas[i - 1] as number) + 1;
      const to = i === cells - 1 ? end : (this.commas[i] as number);
      const b = bytes[from];
      if (b === 61 || b === 64 || b === 9 || b === 13) return true;
      if ((b === 45 || b === 43) && !plainNumber(bytes, from + 1, to)) return true;
    }
    return this.scan.cells > MAX_FAST_CELLS;
  }
}
