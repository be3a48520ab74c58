/**
 * A scanned story as the page shows it: the text cut into runs, each money figure marked in
 * place, each conversion pair wrapped with its verdict; the list of pairs; the lone figures; the
 * day and where it came from; and the whole result as text to copy (the command line's,
 * renderScanText). Rows are written with the text form's pieces (scan.ts).
 */
import type { ScanResult, ScannedPair } from '../scanText.js';
import type { Span } from '../../parse/types.js';
import { loneValue, pairImplied, pairReference, renderScanText, scanSummary } from './scan.js';
import { verdictView, type VerdictView } from './verdict.js';

/** A run of the story's text. */
export type StorySegment =
  | { readonly kind: 'text'; readonly text: string }
  /** A money figure; `pair` is the pair it belongs to, or null for a lone figure. */
  | {
      readonly kind: 'figure';
      readonly text: string;
      readonly figure: number;
      readonly pair: number | null;
      /** How it was read, in one line (for a tooltip and for screen readers). */
      readonly reading: string;
    }
  /** Text that looks like money but names no one currency. */
  | { readonly kind: 'unread'; readonly text: string; readonly message: string }
  /** The date the story's day was read from. */
  | { readonly kind: 'date'; readonly text: string }
  /** A conversion pair, from its first figure to the end of its second, with its verdict. */
  | {
      readonly kind: 'pair';
      readonly pair: number;
      readonly verdict: VerdictView;
      readonly children: readonly StorySegment[];
    };

/** One pair in the list of pairs. */
export interface PairRow {
  readonly index: number;
  readonly line: number;
  readonly first: string;
  readonly second: string;
  readonly verdict: VerdictView;
  /** "6.6079 CNY per USD", or '' when not checked. */
  readonly implied: string;
  /** "6.6200 fred-h10 2017-11-15", or why the pair was not checked. */
  readonly reference: string;
}

/** A figure that is not part of a pair, in the reporting currency on the day. */
export interface LoneRow {
  readonly figure: number;
  readonly line: number;
  readonly text: string;
  /** "= 60,422,960,725.08 USD", or why it could not be converted. */
  readonly value: string;
  readonly failed: boolean;
}

/** Everything the story panel shows. */
export interface StoryView {
  readonly date: string;
  /** "read from the text: "15 November 2017"", or "as you set it". */
  readonly dateNote: string;
  readonly dateFromText: boolean;
  readonly segments: readonly StorySegment[];
  readonly pairs: readonly PairRow[];
  readonly lone: readonly LoneRow[];
  readonly unread: readonly { readonly text: string; readonly message: string }[];
  /** "10 figures, 3 pairs: 2 consistent, 0 close, 1 inconsistent". */
  readonly summary: string;
  readonly counts: ScanResult['summary'];
  /** The whole result as text, in the command line's words. */
  readonly copyText: string;
}

interface Mark {
  readonly span: Span;
  readonly segment: StorySegment;
}

/** The marks that do not overlap an earlier one, in text order. */
function disjoint(marks: readonly Mark[]): Mark[] {
  const sorted = [...marks].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: Mark[] = [];
  let end = 0;
  for (const mark of sorted) {
    if (mark.span.start < end || mark.span.end <= mark.span.start) continue;
    kept.push(mark);
    end = mark.span.end;
  }
  return kept;
}

/** Cuts text[from, to) into plain runs and the marks inside it (which must lie inside it). */
function runs(text: string, from: number, to: number, marks: readonly Mark[]): StorySegment[] {
  const out: StorySegment[] = [];
  let at = from;
  for (const mark of marks) {
    if (mark.span.start > at) out.push({ kind: 'text', text: text.slice(at, mark.span.start) });
    out.push(mark.segment);
    at = mark.span.end;
  }
  if (to > at) out.push({ kind: 'text', text: text.slice(at, to) });
  return out;
}

/**
 * Cuts the story into runs of text, figures, unread money and pairs. A mark that would cross a
 * pair's edge (which the scanner does not produce) is left as plain text rather than drawn wrong.
 */
function segmentsOf(text: string, scan: ScanResult): StorySegment[] {
  const figureMarks: Mark[] = scan.figures.map((f, index) => ({
    span: f.span,
    segment: {
      kind: 'figure',
      text: text.slice(f.span.start, f.span.end),
      figure: index,
      pair: f.pair,
      reading: figureReading(f.figure.text, f.figure.reading, f.figure.currency?.code ?? null),
    },
  }));
  const unreadMarks: Mark[] = scan.unread.map((u) => ({
    span: u.span,
    segment: { kind: 'unread', text: text.slice(u.span.start, u.span.end), message: u.error.message },
  }));
  const dateMarks: Mark[] =
    scan.dateSource === 'text' && scan.storyDate
      ? [
          {
            span: scan.storyDate.span,
            segment: { kind: 'date', text: text.slice(scan.storyDate.span.start, scan.storyDate.span.end) },
          },
        ]
      : [];
  const inner = disjoint([...figureMarks, ...unreadMarks, ...dateMarks]);
  const pairSpans = disjoint(
    scan.pairs.map((p, index) => ({
      span: p.span,
      segment: { kind: 'pair', pair: index, verdict: verdictView(p.check?.verdict ?? null), children: [] },
    })),
  );
  const top: Mark[] = [];
  for (const pair of pairSpans) {
    const inside = inner.filter((m) => m.span.start >= pair.span.start && m.span.end <= pair.span.end);
    const segment = pair.segment as Extract<StorySegment, { kind: 'pair' }>;
    top.push({
      span: pair.span,
      segment: { ...segment, children: runs(text, pair.span.start, pair.span.end, inside) },
    });
  }
  const outside = inner.filter(
    (m) => !pairSpans.some((p) => m.span.start < p.span.end && m.span.end > p.span.start),
  );
  return runs(text, 0, text.length, disjoint([...top, ...outside]));
}

function figureReading(text: string, reading: string, currency: string | null): string {
  return `"${text}"${currency ? ` (${currency})` : ''}: ${reading}`;
}

function pairRow(scan: ScanResult, pair: ScannedPair, index: number): PairRow {
  const first = scan.figures[pair.first]?.figure.text ?? '';
  const second = scan.figures[pair.second]?.figure.text ?? '';
  const check = pair.check;
  if (check === null) {
    return {
      index,
      line: pair.line,
      first,
      second,
      verdict: verdictView(null),
      implied: '',
      reference: pair.error?.message ?? '',
    };
  }
  return {
    index,
    line: pair.line,
    first,
    second,
    verdict: verdictView(check.verdict),
    implied: pairImplied(pair),
    reference: pairReference(pair),
  };
}

function loneRows(scan: ScanResult): LoneRow[] {
  return scan.figures.flatMap((f, index) => {
    if (f.pair !== null) return [];
    const value = loneValue(f);
    return [{ figure: index, line: f.line, text: f.figure.text, value, failed: f.normalised === null }];
  });
}

/**
 * The story panel's view of a scan.
 *
 * @param text - the story, exactly as scanned
 * @param scan - scanText's answer for it
 * @returns the runs to draw, the pairs, the lone figures, the day and the text to copy
 *
 * @example
 * const text = '15 November 2017: about 1.5 billion yuan ($227 million).';
 * const view = storyView(text, scanText(openShippedStore(), { text, source: 'fred-h10' }));
 * [view.date, view.dateNote, view.pairs[0].verdict.label] //=> ['2017-11-15', 'read from the text: "15 November 2017"', 'consistent']
 * view.segments.map((s) => s.kind) //=> ['date', 'text', 'pair', 'text']
 */
export function storyView(text: string, scan: ScanResult): StoryView {
  const pairs = scan.pairs.map((p, i) => pairRow(scan, p, i));
  const lone = loneRows(scan);
  const fromText = scan.dateSource === 'text' && scan.storyDate !== null;
  const dateNote = fromText ? `read from the text: "${scan.storyDate?.text ?? ''}"` : 'as you set it';
  return {
    date: scan.date,
    dateNote,
    dateFromText: fromText,
    segments: segmentsOf(text, scan),
    pairs,
    lone,
    unread: scan.unread.map((u) => ({ text: u.text, message: u.error.message })),
    summary: scanSummary(scan.summary),
    counts: scan.summary,
    copyText: renderScanText(scan),
  };
}
