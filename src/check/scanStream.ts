/**
 * The scan job one piece at a time: the figures, the pairs with their checks and what could not
 * be read are handed to visitors as the story is read, and nothing grows with the story but its
 * text and its line starts, so a shell can write a long story's answer as it is checked (a 8 MB
 * story of distinct conversions took 3.25 GB as one answer, issue 20). scanText collects it.
 */
import { errorFrom, DealCalcError, type ErrorInfo } from '../errors.js';
import type { CurrencyCode } from '../money/currency.js';
import { convertFigure } from '../fx/convertFigure.js';
import { convertToEach, type Conversion } from '../fx/convertJob.js';
import type { IsoDate, RateSource } from '../fx/types.js';
import { eachFoundFigure, type FindFiguresOptions, type UnreadFigure } from '../parse/findFigures.js';
import { parseCurrencyName } from '../parse/parseCurrencyName.js';
import type { QuotedFigure } from '../parse/types.js';
import type { RateStore } from '../store/rateStore.js';
import { checkRequest, checkStore } from '../requestFields.js';
import { readRoundingLimit, readTolerance } from './readTolerance.js';
import { checkPair, type CheckOptions } from './checkPair.js';
import { scanNoDate } from './checkErrors.js';
import { figureKey } from './figureKey.js';
import { pairConversions, type ConversionPair, type FigureInText } from './pairConversions.js';
import { readStoryDate, type StoryDate } from './readStoryDate.js';
import type {
  ScannedFigure,
  ScannedPair,
  ScanRequest,
  ScanResult,
  ScanSummary,
  TextPlace,
} from './scanText.js';
import type { CheckResult } from './types.js';

/** A scan that hands out its parts as it reads the story; each `each…` call reads it through once. */
export interface ScanStream {
  readonly date: IsoDate;
  /** 'option' when the day was given, 'text' when it was read from the story. */
  readonly dateSource: 'option' | 'text';
  readonly storyDate: StoryDate | null;
  /** Hands every figure found to `visit`, in text order, with its index among them. */
  eachFigure(visit: (figure: ScannedFigure, index: number) => void): void;
  /** Hands the figures in no pair to `visit`, in text order, with their index among all figures. */
  eachLoneFigure(visit: (figure: ScannedFigure, index: number) => void): void;
  /** Hands every conversion pair, checked, to `visit` in text order, with its two figures. */
  eachPair(visit: (pair: ScannedPair, first: QuotedFigure, second: QuotedFigure) => void): void;
  /** Hands every piece of text that looks like money but could not be read to `visit`, in text order. */
  eachUnread(visit: (unread: UnreadFigure) => void): void;
  /** The counts: taken while the pairs were handed out, or by reading them when they were not. */
  summary(): ScanSummary;
}

/** How many found things a stream keeps to replay instead of reading the story again (about 1 KB each). */
export const SCAN_REPLAY_LIMIT = 20_000;
/** How many distinct pairs' checks are kept for a pair quoted again (a check holds a few KB). */
const CHECKS_KEPT = 256;
/** How many distinct pairs' keys are kept to tell a pair quoted again (a key is its two figures' text). */
const KEYS_SEEN = 4096;

type Caught<T> = { value: T; error: null } | { value: null; error: ErrorInfo };

function caught<T>(work: () => T): Caught<T> {
  try {
    return { value: work(), error: null };
  } catch (error) {
    if (error instanceof DealCalcError) return { value: null, error: error.toInfo() };
    throw error;
  }
}

/** Line and column (from 1) of every offset, from one pass over the text. */
function placer(text: string): (offset: number) => TextPlace {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  };
}

/** A check of the same two readings, given the figures of another place in the text. */
function withFigures(result: CheckResult, first: QuotedFigure, second: QuotedFigure): CheckResult {
  const [a, b] = result.figures;
  return {
    ...result,
    figures: [
      { ...a, quoted: first },
      { ...b, quoted: second },
    ],
  };
}

/** Another figure in the same currency, converted at the rate the first one was. */
function atRateOf(conversion: Conversion, figure: QuotedFigure): Conversion {
  const converted = convertFigure(figure, conversion.rate);
  return {
    figure: converted.figure,
    from: converted.from,
    to: converted.to,
    toInterval: converted.toInterval,
    rate: converted.rate,
    passedOver: conversion.passedOver,
    ...(conversion.target === undefined ? {} : { target: conversion.target }),
  };
}

/** What a walk through the story's figures hands out. */
interface Walker {
  readonly figure?: (figure: QuotedFigure, index: number, pair: number | null) => void;
  readonly pair?: (pair: ConversionPair, index: number) => void;
  readonly unread?: (unread: UnreadFigure) => void;
}

/** A figure in no pair, and its index among all figures. */
interface LoneFigure {
  readonly figure: QuotedFigure;
  readonly index: number;
}

/** One found thing, as kept for a replay. */
type Found = { figure: QuotedFigure; unread: null } | { figure: null; unread: UnreadFigure };

/**
 * Opens a scan of a story: the day is settled and the options are read at once (their errors are
 * thrown here, before any part is handed out), the figures and pairs are read when asked for. A
 * shell writes a long story's answer as it comes; scanText collects the same parts into one
 * answer.
 *
 * @param store - the rate store
 * @param request - the text, the day (else read from the text) and the check options
 * @param keep - how many found things to keep so that a second `each…` call need not read the story again
 * @returns the scan, its parts to be read
 * @throws DealCalcError SCAN_NO_DATE when no day is given and none is written in the text; OPTION_INVALID, SOURCE_UNKNOWN, CURRENCY_UNKNOWN for bad options
 *
 * @example
 * const scan = openScan(openShippedStore(), { text: '15 November 2017: about 1.5 billion yuan ($227 million).', source: 'fred-h10' });
 * const verdicts = [];
 * scan.eachPair((pair) => verdicts.push(pair.check.verdict));
 * [scan.date, verdicts, scan.summary().figures] //=> ['2017-11-15', ['consistent'], 2]
 */
export function openScan(store: RateStore, request: ScanRequest, keep = SCAN_REPLAY_LIMIT): ScanStream {
  checkScanRequest('openScan', store, request);
  const { text } = request;
  const tolerancePct = readTolerance(request.tolerancePct);
  const roundingLimitPct = readRoundingLimit(request.roundingLimitPct);
  const storyDate = readStoryDate(text) ?? null;
  const date = request.on ?? storyDate?.date;
  if (date === undefined) {
    throw scanNoDate();
  }
  const findOptions: FindFiguresOptions = {
    ...(request.yen ? { yen: request.yen } : {}),
    ...(request.languages ? { languages: request.languages } : {}),
    ...(request.notation ? { notation: request.notation } : {}),
  };
  // A languages option no table reads is refused now, not halfway through the answer.
  eachFoundFigure('', findOptions, { figure: () => {} });
  const options: CheckOptions = {
    date,
    source: request.source ?? 'all',
    ...(tolerancePct === undefined ? {} : { tolerancePct }),
    ...(roundingLimitPct === undefined ? {} : { roundingLimitPct }),
    ...(request.windowDays === undefined ? {} : { windowDays: request.windowDays }),
    ...(request.policy === undefined ? {} : { policy: request.policy }),
    ...(request.maxAgeDays === undefined ? {} : { maxAgeDays: request.maxAgeDays }),
  };
  const sources: readonly RateSource[] =
    request.source === undefined || request.source === 'all' ? store.sources : [store.source(request.source)];
  const reading = parseCurrencyName(request.in ?? 'USD', request.yen ? { yen: request.yen } : {});
  if (!reading.ok) throw errorFrom(reading.error);
  const target: CurrencyCode = reading.value.code;
  const settings = {
    ...(request.source && request.source !== 'all' ? { source: request.source } : {}),
    ...(request.policy ? { policy: request.policy } : {}),
    ...(request.maxAgeDays === undefined ? {} : { maxAgeDays: request.maxAgeDays }),
  };
  const place = placer(text);

  // What a read of every figure found, replayed by later reads while it is small enough to keep.
  // A read for the pairs keeps none: what a writer asks for after the pairs (the lone figures,
  // the unread) is kept apart (leftovers), and a replay kept for nothing costs its copying.
  let replay: Found[] | null = null;
  let replayComplete = false;
  const read = (visit: (found: Found) => void, replayable: boolean): void => {
    if (replayComplete && replay !== null) {
      for (const found of replay) visit(found);
      return;
    }
    const kept: Found[] | null = replayable && replay === null && keep > 0 ? [] : null;
    let keeping = kept !== null;
    const found = (item: Found): void => {
      if (keeping && kept !== null) {
        if (kept.length < keep) kept.push(item);
        else {
          keeping = false;
          kept.length = 0;
        }
      }
      visit(item);
    };
    eachFoundFigure(text, findOptions, {
      figure: (figure) => found({ figure, unread: null }),
      unread: (unread) => found({ figure: null, unread }),
    });
    if (kept !== null && keeping) {
      replay = kept;
      replayComplete = true;
    } else if (kept !== null) {
      // Too many to keep: every read reads the story again, and none tries to keep it.
      keep = 0;
    }
  };

  // What a whole walk found outside the pairs, while small enough to keep (together at most
  // `keep`): a writer that wants the pairs, then the lone figures, then the unread reads the
  // story once, not three times.
  let leftovers: { lone: LoneFigure[]; unread: UnreadFigure[] } | null = null;
  // How many a whole walk found, kept or not: a part none was found of is not read for.
  let counts: { lone: number; unread: number } | null = null;

  // Figures pair with the next one or not at all (pairConversions: each in at most one pair,
  // left to right), so one figure held back is enough to tell each its pair.
  const walk = (walker: Walker, replayable = false): number => {
    let count = 0;
    let pairs = 0;
    let held: FigureInText | null = null;
    const lone: LoneFigure[] = [];
    const unread: UnreadFigure[] = [];
    let keeping = leftovers === null && keep > 0;
    const kept = (): boolean => {
      if (keeping && lone.length + unread.length >= keep) {
        keeping = false;
        lone.length = 0;
        unread.length = 0;
      }
      return keeping;
    };
    let loneCount = 0;
    let unreadCount = 0;
    const single = (figure: QuotedFigure, index: number): void => {
      loneCount += 1;
      if (kept()) lone.push({ figure, index });
      walker.figure?.(figure, index, null);
    };
    read((found) => {
      if (found.figure === null) {
        unreadCount += 1;
        if (kept()) unread.push(found.unread);
        walker.unread?.(found.unread);
        return;
      }
      const current = { figure: found.figure, span: found.figure.span };
      const index = count;
      count += 1;
      if (held === null) {
        held = current;
        return;
      }
      const [pair] = pairConversions(text, [held, current]);
      if (pair === undefined) {
        single(held.figure, index - 1);
        held = current;
        return;
      }
      walker.figure?.(held.figure, index - 1, pairs);
      walker.figure?.(current.figure, index, pairs);
      walker.pair?.({ ...pair, firstIndex: index - 1, secondIndex: index }, pairs);
      pairs += 1;
      held = null;
    }, replayable);
    const last = held as FigureInText | null;
    if (last !== null) single(last.figure, count - 1);
    if (keeping) leftovers = { lone, unread };
    counts = { lone: loneCount, unread: unreadCount };
    return count;
  };

  // The same pair quoted again is checked once more, then kept (while kept); it is given the
  // figures of its place. A pair's first check is not kept: in a story of distinct pairs every
  // kept check (about 10 KB) outlived the young generation and was copied, then collected.
  const checked = new Map<string, Caught<CheckResult>>();
  const seen = new Set<string>();
  const checkOf = (p: ConversionPair): Caught<CheckResult> => {
    const key = `${figureKey(p.first.figure)}\u0001${figureKey(p.second.figure)}\u0001${p.conversion}`;
    const before = checked.get(key);
    if (before !== undefined) {
      return before.value === null
        ? before
        : { value: withFigures(before.value, p.first.figure, p.second.figure), error: null };
    }
    // Which figure is the conversion (rounded at its last written digit) is what the text says.
    const converted = p.conversion === 'either' ? 'either' : 'second';
    const result = caught(() =>
      checkPair(sources, p.first.figure, p.second.figure, { ...options, converted }),
    );
    if (!seen.has(key)) {
      if (seen.size >= KEYS_SEEN) seen.clear();
      seen.add(key);
      return result;
    }
    if (checked.size >= CHECKS_KEPT) checked.clear();
    checked.set(key, result);
    return result;
  };

  // A lone figure's rate depends only on its currency: looked up once per currency.
  const byCurrency = new Map<string, Caught<Conversion | null>>();
  const normalise = (figure: QuotedFigure): Caught<Conversion | null> => {
    const code = figure.currency?.code;
    const first = code === undefined ? undefined : byCurrency.get(code);
    if (first !== undefined) {
      return first.value === null ? first : { value: atRateOf(first.value, figure), error: null };
    }
    const result = caught(
      () =>
        convertToEach(store, {
          figure,
          to: target,
          on: date,
          source: settings.source,
          policy: settings.policy,
          maxAgeDays: settings.maxAgeDays,
        }).conversions[0] ?? null,
    );
    if (code !== undefined) byCurrency.set(code, result);
    return result;
  };

  const scanned = (figure: QuotedFigure, pair: number | null): ScannedFigure => {
    const lone = pair === null ? normalise(figure) : { value: null, error: null };
    const at = place(figure.span.start);
    return {
      line: at.line,
      column: at.column,
      figure,
      span: figure.span,
      pair,
      normalised: lone.value,
      normaliseError: lone.error,
    };
  };

  let summary: ScanSummary | null = null;
  const eachPair = (visit: (pair: ScannedPair, first: QuotedFigure, second: QuotedFigure) => void): void => {
    const tally = { pairs: 0, consistent: 0, close: 0, fitsOnlyByRounding: 0, inconsistent: 0, unchecked: 0 };
    const figures = walk({
      pair: (p) => {
        const result = checkOf(p);
        const at = place(p.span.start);
        tally.pairs += 1;
        const verdict = result.value?.verdict;
        if (verdict === undefined) tally.unchecked += 1;
        else if (verdict === 'fits-only-by-rounding') tally.fitsOnlyByRounding += 1;
        else tally[verdict] += 1;
        // Plain literals, not spreads: Node 20's V8 takes microseconds for `{ ...obj, more }`.
        visit(
          {
            line: at.line,
            column: at.column,
            span: p.span,
            first: p.firstIndex,
            second: p.secondIndex,
            form: p.form,
            connector: p.connector.text,
            check: result.value,
            error: result.error,
          },
          p.first.figure,
          p.second.figure,
        );
      },
    });
    summary = {
      figures,
      pairs: tally.pairs,
      consistent: tally.consistent,
      close: tally.close,
      fitsOnlyByRounding: tally.fitsOnlyByRounding,
      inconsistent: tally.inconsistent,
      unchecked: tally.unchecked,
    };
  };

  return {
    date,
    dateSource: request.on === undefined ? 'text' : 'option',
    storyDate,
    eachFigure: (visit) => {
      walk({ figure: (figure, index, pair) => visit(scanned(figure, pair), index) }, true);
    },
    eachLoneFigure: (visit) => {
      if (counts?.lone === 0) return;
      if (leftovers !== null) {
        for (const { figure, index } of leftovers.lone) visit(scanned(figure, null), index);
        return;
      }
      walk({
        figure: (figure, index, pair) => {
          if (pair === null) visit(scanned(figure, null), index);
        },
      });
    },
    eachPair,
    eachUnread: (visit) => {
      if (counts?.unread === 0) return;
      if (leftovers === null) walk({ unread: visit });
      else for (const item of leftovers.unread) visit(item);
    },
    summary: () => {
      if (summary === null) eachPair(() => {});
      return summary as unknown as ScanSummary;
    },
  };
}

/**
 * A scan's one-call answer read as a stream, so that one renderer writes both.
 *
 * @param scan - scanText's answer
 * @returns the same parts, handed out from the answer
 *
 * @example
 * const scan = scanText(openShippedStore(), { text: '15 November 2017: about 1.5 billion yuan ($227 million).', source: 'fred-h10' });
 * const texts = [];
 * scanStreamOf(scan).eachPair((pair, first, second) => texts.push(first.text, second.text));
 * texts //=> ['about 1.5 billion yuan', '$227 million']
 */
export function scanStreamOf(scan: ScanResult): ScanStream {
  const figureAt = (index: number): QuotedFigure => (scan.figures[index] as ScannedFigure).figure;
  return {
    date: scan.date,
    dateSource: scan.dateSource,
    storyDate: scan.storyDate,
    eachFigure: (visit) => scan.figures.forEach((figure, index) => visit(figure, index)),
    eachLoneFigure: (visit) =>
      scan.figures.forEach((figure, index) => {
        if (figure.pair === null) visit(figure, index);
      }),
    eachPair: (visit) => {
      for (const pair of scan.pairs) visit(pair, figureAt(pair.first), figureAt(pair.second));
    },
    eachUnread: (visit) => {
      for (const item of scan.unread) visit(item);
    },
    summary: () => scan.summary,
  };
}

/**
 * Refuses a wrong-typed scan call (REQUEST_INVALID naming the job and the field) before any work.
 *
 * @example
 * checkScanRequest('scanText', openShippedStore(), { text: 42 }) // throws REQUEST_INVALID
 */
export function checkScanRequest(job: string, store: RateStore, request: ScanRequest): void {
  checkStore(job, store);
  checkRequest(job, request, {
    text: 'text',
    on: 'text?',
    source: 'text?',
    tolerancePct: 'text?',
    roundingLimitPct: 'text?',
    windowDays: 'count?',
    policy: 'text?',
    maxAgeDays: 'count?',
    yen: 'text?',
    notation: 'text?',
    languages: 'texts?',
    in: 'text?',
  });
}
