import type { ErrorInfo } from '../errors.js';
import { invisibleNote, writtenSpan, type VisibleText } from './invisible.js';
import type { QuotedFigure, QuotedPercent, Span } from './types.js';

/** Maps what was read in a text without its invisible characters back onto the text as written. */
export class WrittenPlaces {
  constructor(
    private readonly text: string,
    private readonly v: VisibleText,
  ) {}

  span(span: Span): Span {
    return writtenSpan(this.v, span);
  }

  /** The reading rule, with a note on the invisible characters inside the span. */
  private reading(reading: string, span: Span): string {
    const note = invisibleNote(this.v, this.text, span);
    return note === null ? reading : `${reading}; ${note}`;
  }

  /**
   * A figure read in the visible text, placed in the text as written.
   *
   * @example
   * const text = '$227 mil\u00ADlion';
   * // The soft hyphen at 8 is left out: 'l' at 8 of the visible text stands at 9 as written.
   * const v = { visible: '$227 million', origin: Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13]), removed: [8] };
   * new WrittenPlaces(text, v).figure(parseFigureOrThrow(v.visible)).span //=> { start: 0, end: 13 }
   */
  figure(f: QuotedFigure): QuotedFigure {
    const span = this.span(f.span);
    const { currency, scale, hedge, range } = f;
    return {
      ...f,
      text: this.text.slice(span.start, span.end),
      span,
      currency:
        currency === null
          ? null
          : {
              ...currency,
              span: this.span(currency.span),
              ...(currency.inferredFrom ? { inferredFrom: this.span(currency.inferredFrom) } : {}),
            },
      scale: scale === null ? null : { ...scale, span: this.span(scale.span) },
      hedge: hedge === null ? null : { ...hedge, span: this.span(hedge.span) },
      reading: this.reading(f.reading, span),
      range:
        range === null
          ? null
          : {
              low: { ...range.low, span: this.span(range.low.span) },
              high: { ...range.high, span: this.span(range.high.span) },
            },
    };
  }

  /** A percentage read in the visible text, placed in the text as written. */
  percent(p: QuotedPercent): QuotedPercent {
    const span = this.span(p.span);
    return {
      ...p,
      text: this.text.slice(span.start, span.end),
      span,
      hedge: p.hedge === null ? null : { ...p.hedge, span: this.span(p.hedge.span) },
      reading: this.reading(p.reading, span),
    };
  }

  /** An error about the visible text, pointing into the text as written. */
  error(e: ErrorInfo): ErrorInfo {
    if (e.position === undefined) return e;
    const span = this.span({ start: e.position.index, end: e.position.index + e.position.length });
    return {
      ...e,
      position: {
        ...e.position,
        input: this.text,
        index: span.start,
        length: Math.max(1, span.end - span.start),
      },
    };
  }
}
