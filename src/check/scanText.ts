/**
 * The scan job, whole: find every money figure in a story, the day it is written on, the
 * conversions it quotes ("X (Y)", "X, or Y,", "X（约合Y）" …), check each as `check` does, and put
 * the lone figures in one currency on that day.
 */
import { errorFrom, DealCalcError, type ErrorInfo } from '../errors.js';
import type { CurrencyCode } from '../money/currency.js';
import { convertFigure } from '../fx/convertFigure.js';
import { convertToEach, type Conversion } from '../fx/convertJob.js';
import type { IsoDate, LookupPolicy } from '../fx/types.js';
import { findFigures } from '../parse/findFigures.js';
import { parseCurrencyName } from '../parse/parseCurrencyName.js';
import type { QuotedFigure, Span } from '../parse/types.js';
import type { RateStore } from '../store/rateStore.js';
import { readRoundingLimit, readTolerance } from './readTolerance.js';
import { checkPair } from './checkPair.js';
import { scanNoDate } from './checkErrors.js';
import { figureKey } from './figureKey.js';
import { pairConversions, type ConversionPair, type FigureInText } from './pairConversions.js';
import { readStoryDate, type StoryDate } from './readStoryDate.js';
import type { CheckResult, Verdict } from './types.js';

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
  readonly unread: readonly { readonly text: string; readonly span: Span; readonly error: ErrorInfo }[];
  readonly summary: {
    readonly figures: number;
    readonly pairs: number;
    readonly consistent: number;
    readonly close: number;
    /** Pairs that fit only through a round figure's wide rounding (not consistent). */
    readonly fitsOnlyByRounding: number;
    readonly inconsistent: number;
    readonly unchecked: number;
  };
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

type Caught<T> = { value: T; error: null } | { value: null; error: ErrorInfo };

function caught<T>(work: () => T): Caught<T> {
  try {
    return { value: work(), error: null };
  } catch (error) {
    if (error instanceof DealCalcError) return { value: null, error: error.toInfo() };
    throw error;
  }
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
  const { text } = request;
  const tolerancePct = readTolerance(request.tolerancePct);
  const roundingLimitPct = readRoundingLimit(request.roundingLimitPct);
  const storyDate = readStoryDate(text);
  const date = request.on ?? storyDate?.date;
  if (date === undefined) {
    throw scanNoDate();
  }
  const found = findFigures(text, {
    ...(request.yen ? { yen: request.yen } : {}),
    ...(request.languages ? { languages: request.languages } : {}),
    ...(request.notation ? { notation: request.notation } : {}),
  });
  const place = placer(text);
  const inText = found.figures.map((figure) => ({ figure, span: figure.span }));
  const pairs = pairConversions(text, inText);
  const pairOf = new Map<number, number>();
  pairs.forEach((p, i) => {
    pairOf.set(p.firstIndex, i);
    pairOf.set(p.secondIndex, i);
  });
  const options = {
    date,
    source: request.source ?? 'all',
    ...(tolerancePct === undefined ? {} : { tolerancePct }),
    ...(roundingLimitPct === undefined ? {} : { roundingLimitPct }),
    ...(request.windowDays === undefined ? {} : { windowDays: request.windowDays }),
    ...(request.policy === undefined ? {} : { policy: request.policy }),
    ...(request.maxAgeDays === undefined ? {} : { maxAgeDays: request.maxAgeDays }),
  };
  const sources =
    request.source === undefined || request.source === 'all' ? store.sources : [store.source(request.source)];
  // The same pair quoted again is checked once; its result is given the figures of this place.
  const checked = new Map<string, Caught<CheckResult>>();
  const scannedPairs: ScannedPair[] = pairs.map((p) => {
    const key = `${figureKey(p.first.figure)}\u0001${figureKey(p.second.figure)}\u0001${p.conversion}`;
    let result = checked.get(key);
    if (result === undefined) {
      // Which figure is the conversion (rounded at its last written digit) is what the text says.
      const converted = p.conversion === 'either' ? 'either' : 'second';
      result = caught(() => checkPair(sources, p.first.figure, p.second.figure, { ...options, converted }));
      checked.set(key, result);
    } else if (result.value !== null) {
      result = { value: withFigures(result.value, p.first.figure, p.second.figure), error: null };
    }
    const at = place(p.span.start);
    // Plain literals, not spreads: Node 20's V8 takes microseconds for `{ ...obj, more }`.
    return {
      line: at.line,
      column: at.column,
      span: p.span,
      first: p.firstIndex,
      second: p.secondIndex,
      form: p.form,
      connector: p.connector.text,
      check: result.value,
      error: result.error,
    };
  });
  const reading = parseCurrencyName(request.in ?? 'USD', request.yen ? { yen: request.yen } : {});
  if (!reading.ok) throw errorFrom(reading.error);
  const target: CurrencyCode = reading.value.code;
  const settings = {
    ...(request.source && request.source !== 'all' ? { source: request.source } : {}),
    ...(request.policy ? { policy: request.policy } : {}),
    ...(request.maxAgeDays === undefined ? {} : { maxAgeDays: request.maxAgeDays }),
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
  const figures: ScannedFigure[] = inText.map(({ figure, span }, index) => {
    const pair = pairOf.get(index) ?? null;
    const lone = pair === null ? normalise(figure) : { value: null, error: null };
    const at = place(span.start);
    return {
      line: at.line,
      column: at.column,
      figure,
      span,
      pair,
      normalised: lone.value,
      normaliseError: lone.error,
    };
  });
  const count = (verdict: Verdict) => scannedPairs.filter((p) => p.check?.verdict === verdict).length;
  return {
    date,
    dateSource: request.on === undefined ? 'text' : 'option',
    storyDate: storyDate ?? null,
    figures,
    pairs: scannedPairs,
    unread: found.unread,
    summary: {
      figures: figures.length,
      pairs: scannedPairs.length,
      consistent: count('consistent'),
      close: count('close'),
      fitsOnlyByRounding: count('fits-only-by-rounding'),
      inconsistent: count('inconsistent'),
      unchecked: scannedPairs.filter((p) => p.check === null).length,
    },
  };
}
