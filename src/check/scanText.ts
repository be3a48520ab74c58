/**
 * The scan job, whole: find every money figure in a story, the day it is written on, the
 * conversions it quotes ("X (Y)", "X, or Y,", "X（约合Y）" …), check each as `check` does, and put
 * the lone figures in one currency on that day.
 */
import type { ErrorInfo } from '../errors.js';
import type { Conversion } from '../fx/convertJob.js';
import type { IsoDate, LookupPolicy } from '../fx/types.js';
import type { UnreadFigure } from '../parse/findFigures.js';
import type { QuotedFigure, Span } from '../parse/types.js';
import type { RateStore } from '../store/rateStore.js';
import type { ConversionPair, FigureInText } from './pairConversions.js';
import type { StoryDate } from './readStoryDate.js';
import { checkScanRequest, openScan } from './scanStream.js';
import type { CheckResult } from './types.js';

/** What to scan, and how to check what is found. */
export interface ScanRequest {
  readonly text: string;
  /** The story's day; without it, the first date written in the text. */
  readonly on?: IsoDate;
  /** One source id, or 'all' (default). */
  readonly source?: string;
  readonly tolerancePct?: string;
  /** How far from its written value a figure may be taken for "consistent", in percent (default 2). */
  readonly roundingLimitPct?: string;
  readonly windowDays?: number;
  readonly policy?: LookupPolicy;
  readonly maxAgeDays?: number;
  readonly yen?: 'CNY' | 'JPY';
  /** The decimal mark of the text, where a figure's marks read two ways. */
  readonly notation?: 'decimal-point' | 'decimal-comma';
  /** The languages of the text (default: every table). */
  readonly languages?: readonly string[];
  /** The currency lone figures are put in (default USD). */
  readonly in?: string;
}

/** Where a piece of text sits, for people: line and column from 1. */
export interface TextPlace {
  readonly line: number;
  readonly column: number;
}

/** A figure found in the story. */
export interface ScannedFigure extends TextPlace {
  readonly figure: QuotedFigure;
  readonly span: Span;
  /** Index of the pair it belongs to, or null for a lone figure. */
  readonly pair: number | null;
  /** A lone figure in the reporting currency on the day, or why it could not be put there. */
  readonly normalised: Conversion | null;
  readonly normaliseError: ErrorInfo | null;
}

/** A conversion pair found in the story, with its check (or why it could not be checked). */
export interface ScannedPair extends TextPlace {
  readonly span: Span;
  /** Indexes into `figures`. */
  readonly first: number;
  readonly second: number;
  readonly form: ConversionPair<FigureInText>['form'];
  readonly connector: string;
  readonly check: CheckResult | null;
  readonly error: ErrorInfo | null;
}

/** Everything a scan found and checked. */
export interface ScanResult {
  readonly date: IsoDate;
  /** 'option' when the day was given, 'text' when it was read from the story. */
  readonly dateSource: 'option' | 'text';
  readonly storyDate: StoryDate | null;
  readonly figures: readonly ScannedFigure[];
  readonly pairs: readonly ScannedPair[];
  /** Text that looks like money but names no one currency ("¥5 million"). */
  readonly unread: readonly UnreadFigure[];
  readonly summary: ScanSummary;
}

/** A scan's counts. */
export interface ScanSummary {
  readonly figures: number;
  readonly pairs: number;
  readonly consistent: number;
  readonly close: number;
  /** Pairs that fit only through a round figure's wide rounding (not consistent). */
  readonly fitsOnlyByRounding: number;
  readonly inconsistent: number;
  readonly unchecked: number;
}

/**
 * Scans a story for money figures and the conversions it quotes, checks each conversion against
 * the reference rates of the story's day, and puts the lone figures in one currency.
 *
 * @param store - the rate store
 * @param request - the text, the day (else read from the text) and the check options
 * @returns the figures, the pairs with their checks, and a summary
 * @throws DealCalcError SCAN_NO_DATE when no day is given and none is written in the text
 *
 * @example
 * const text = 'Beijing, 15 November 2017. Alibaba will invest about 1.5 billion yuan ($227 million) in SenseTime.';
 * const scan = scanText(openShippedStore(), { text, source: 'fred-h10' });
 * [scan.date, scan.dateSource, scan.pairs.length, scan.pairs[0].check.verdict] //=> ['2017-11-15', 'text', 1, 'consistent']
 */
export function scanText(store: RateStore, request: ScanRequest): ScanResult {
  checkScanRequest('scanText', store, request);
  // Every found thing is kept: the story is read once, and the answer holds it all anyway.
  const scan = openScan(store, request, Number.POSITIVE_INFINITY);
  const figures: ScannedFigure[] = [];
  scan.eachFigure((figure) => figures.push(figure));
  const pairs: ScannedPair[] = [];
  scan.eachPair((pair) => pairs.push(pair));
  const unread: UnreadFigure[] = [];
  scan.eachUnread((item) => unread.push(item));
  return {
    date: scan.date,
    dateSource: scan.dateSource,
    storyDate: scan.storyDate,
    figures,
    pairs,
    unread,
    summary: scan.summary(),
  };
}
