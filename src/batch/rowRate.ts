/**
 * The rate of one (currency, date) in a batch, ready to write on every row that has them. A
 * ledger has tens of thousands of them, so a rate read from a series keeps little (where its
 * bytes sit, its published value, its note) and makes the rest (its text, its BigInt integers)
 * only when a row needs them: what a batch keeps is what its garbage collector copies.
 */
import type { ErrorInfo } from '../errors.js';
import { csvCell } from '../text/csvCell.js';
import { exactRateOfPublished, exactStep, smallStep, type ExactRate } from './exactAmount.js';

/** The text a row cites a rate with: what follows the amount up to the note, the note, and all of it. */
export interface RateText {
  readonly head: string;
  readonly note: string;
  readonly tail: string;
}

/** A rate read as published from one series: its value's text and how a conversion applies it. */
export interface PublishedValue {
  readonly value: string;
  readonly derivation: 'direct' | 'inverse';
  readonly minorUnits: number;
}

const DECODER = new TextDecoder();

/** See the top of this file. A class, so that every rate has one shape and rows read fixed places. */
export class RowRate {
  /**
   * The small integers of exactUnits for amounts of `smallScale` decimals (the last scale seen;
   * -1 before any), kept on the rate itself so that a row reaches them in one step: both 0 when
   * they are not small (exactUnits then declines).
   */
  smallScale = -1;
  smallMultiplier = 0;
  smallDivisor = 0;
  private exactMade: ExactRate | null | undefined;

  constructor(
    /** Why there is no rate (the rows at it fail with this error), or null. */
    readonly error: ErrorInfo | null,
    /** The tail as UTF-8 with the row's line end, what the byte path writes after the amount: tailPool[tailStart, tailEnd). */
    readonly tailPool: Uint8Array,
    /** A view of tailPool whole, for copyWords. */
    readonly tailView: DataView,
    readonly tailStart: number,
    readonly tailEnd: number,
    /** Whether the tail is printable ASCII (and its line end): a row of it is when its line is. */
    readonly tailPrintable: boolean,
    /** The rate's text, or undefined to read it back from the tail's bytes and the note. */
    private text: RateText | undefined,
    /** The note (kept apart, to cut the text back out of the tail). */
    private readonly noteText: string,
    /** The published value the integers are made from, or null when `exact` was given. */
    private readonly published: PublishedValue | null,
    exact?: ExactRate | null,
  ) {
    this.exactMade = exact;
  }

  /** The rate as integers for the scaled-integer path, or null (the decimal core converts). */
  get exact(): ExactRate | null {
    if (this.exactMade === undefined) {
      const p = this.published as PublishedValue;
      this.exactMade = exactRateOfPublished(p.value, p.derivation, p.minorUnits);
    }
    return this.exactMade;
  }

  /** What follows the amount on an output row, up to the note. */
  get head(): string {
    return this.texts().head;
  }

  /** The note every row at this rate carries (a filled day, a source passed over, a cross's legs). */
  get note(): string {
    return this.noteText;
  }

  /** head, the note, and what ends the row. */
  get tail(): string {
    return this.texts().tail;
  }

  /** Sets the small integers for amounts of `scale` decimals (see smallScale). */
  stepFor(scale: number): void {
    this.smallScale = scale;
    if (this.published !== null) {
      const p = this.published;
      [this.smallMultiplier, this.smallDivisor] = smallStep(p.value, p.derivation, p.minorUnits, scale);
      return;
    }
    const exact = this.exact;
    if (exact === null) {
      this.smallMultiplier = 0;
      this.smallDivisor = 0;
      return;
    }
    const step = exactStep(exact, scale);
    this.smallMultiplier = step.smallMultiplier;
    this.smallDivisor = step.smallDivisor;
  }

  private texts(): RateText {
    if (this.text === undefined) {
      // The tail less its line end; the head is the tail less the note's cell and its comma.
      const tail = DECODER.decode(this.tailPool.subarray(this.tailStart, this.tailEnd - 1));
      const head = tail.slice(0, tail.length - csvCell(this.noteText).length - 1);
      this.text = { head, note: this.noteText, tail };
    }
    return this.text;
  }
}
