/**
 * One checked pair as the page's detail panel shows it, in the command line's words: the verdict
 * and the source it rests on, the implied rate and the interval the figures allow, each source's
 * reference rate with its observed day and gap note, the explanation, the fitting days, the
 * diagnosis when it does not fit, and how each figure was read. The pieces are the text form's
 * (check.ts), and the text to copy is the command line's (renderCheckText).
 */
import type { CheckAnswer } from '../checkQuote.js';
import type { SourceCheck } from '../types.js';
import { formatImpliedRate } from '../../fx/render/rate.js';
import {
  allowedRates,
  explanationText,
  fittingDays,
  referenceRate,
  renderCheckText,
  tightRates,
} from './check.js';
import { deviationText } from './deviation.js';
import { verdictView, type VerdictView } from './verdict.js';

/** One source's reference rate, as a row of the detail's table. */
export interface ReferenceRow {
  readonly source: string;
  readonly sourceName: string;
  /** "6.6200 CNY per USD". */
  readonly rate: string;
  readonly observedDate: string;
  readonly requestedDate: string;
  /** "implied 0.18% below". */
  readonly deviation: string;
  readonly verdict: VerdictView;
  /** Why the observed day differs from the requested one ('' when it does not). */
  readonly note: string;
  /** How a derived rate was made ('' for a rate used as published). */
  readonly derivation: string;
}

/** Fitting days of one source. */
export interface FittingRow {
  readonly source: string;
  /** "2017-11-06..2017-11-24", one per run of days; empty when none fits. */
  readonly ranges: readonly string[];
  /**
   * When the pair is inconsistent: the nearest days before and after whose rate fits, e.g.
   * "2012-08-06 (1043 days before)"; empty otherwise.
   */
  readonly nearest: readonly string[];
}

/** Everything the detail panel shows of a checked pair. */
export interface CheckView {
  /** '“about 1.5 billion yuan” and “$227 million”'. */
  readonly title: string;
  readonly verdict: VerdictView;
  /** What the verdict rests on: "with the fred-h10 rate of 2017-11-15 (Fed H.10 noon buying rate, New York)". */
  readonly headline: string;
  readonly date: string;
  /** "6.6079 CNY per USD". */
  readonly implied: string;
  /** "[6.3736, 6.8433] CNY per USD". */
  readonly allowed: string;
  /**
   * The rates a consistent verdict needs, each figure within the rounding limit of its written
   * value: "within 2% of their written values, [113.0334, 122.4490] JPY per USD"; '' when the same as `allowed`.
   */
  readonly tightAllowed: string;
  /** How the interval's ends were computed. */
  readonly bounds: string;
  readonly directionRule: string;
  readonly references: readonly ReferenceRow[];
  /** Sources that quote the pair but had no usable rate on the day. */
  readonly skipped: readonly { readonly source: string; readonly reason: string }[];
  readonly explanation: string;
  readonly windowDays: number;
  readonly fitting: readonly FittingRow[];
  /** When inconsistent: the possible explanations (or what was tried), else null. */
  readonly diagnosis: { readonly summary: string; readonly findings: readonly string[] } | null;
  readonly readings: readonly {
    readonly text: string;
    readonly reading: string;
    readonly assumption: string;
  }[];
  /** Set when no day was given. */
  readonly dayAssumption: string;
  /** The whole check as text, in the command line's words. */
  readonly copyText: string;
}

function referenceRow(reference: SourceCheck): ReferenceRow {
  return {
    source: reference.source,
    sourceName: reference.sourceName,
    rate: referenceRate(reference),
    observedDate: reference.observedDate,
    requestedDate: reference.requestedDate,
    deviation: deviationText(reference.deviationPct),
    verdict: verdictView(reference.verdict),
    note: reference.note,
    derivation: reference.rate.derivation === 'cross' ? reference.rate.derivationNote : '',
  };
}

function daysAway(days: number): string {
  const count = Math.abs(days);
  return `${count} day${count === 1 ? '' : 's'} ${days < 0 ? 'before' : 'after'}`;
}

/** The nearest days whose rate fits, from the diagnosis of an inconsistent pair. */
function nearestDays(check: CheckAnswer, source: string): string[] {
  const finding = check.diagnosis?.findings.find((f) => f.kind === 'other-date' && f.source === source);
  if (finding === undefined || finding.kind !== 'other-date') return [];
  return [finding.before, finding.after].flatMap((d) =>
    d === null ? [] : [`${d.date} (${daysAway(d.daysAway)})`],
  );
}

/**
 * The detail panel's view of a checked pair.
 *
 * @param check - checkQuote's answer, or the check of a pair scanText found
 * @returns the rows, sentences and text to copy
 *
 * @example
 * const view = checkView(checkQuote(openShippedStore(), { text: 'about 1.5 billion yuan ($227 million)', on: '2017-11-15', source: 'fred-h10' }));
 * [view.verdict.label, view.implied, view.allowed, view.references[0].rate] //=> ['consistent', '6.6079 CNY per USD', '[6.3736, 6.8433] CNY per USD', '6.6200 CNY per USD']
 */
export function checkView(check: CheckAnswer): CheckView {
  const { implied } = check;
  const best = check.references.find((r) => r.source === check.source);
  const view = {
    title: `“${check.figures[0].text}” and “${check.figures[1].text}”`,
    verdict: verdictView(check.verdict),
    headline: best
      ? `with the ${best.source} rate of ${best.observedDate} (${best.sourceName})`
      : `no source has a rate for the pair on ${check.date}`,
    date: check.date,
    implied: `${formatImpliedRate(implied.value)} ${implied.quote} per ${implied.base}`,
    allowed: `${allowedRates(implied)} ${implied.quote} per ${implied.base}`,
    tightAllowed: tightRates(check) === '' ? '' : `${tightRates(check)} ${implied.quote} per ${implied.base}`,
    bounds: implied.bounds,
    directionRule: implied.directionRule,
    references: check.references.map(referenceRow),
    skipped: check.skipped.map((s) => ({ source: s.source, reason: s.reason })),
    explanation: explanationText(check),
    windowDays: check.windowDays,
    fitting: fittingDays(check).map(({ source, ranges }) => ({
      source,
      ranges,
      nearest: nearestDays(check, source),
    })),
    diagnosis: check.diagnosis
      ? {
          summary: check.diagnosis.summary,
          findings: check.diagnosis.findings.map((f) => f.explanation),
        }
      : null,
    readings: check.figures.map((f) => ({
      text: f.text,
      reading: f.reading,
      assumption: f.assumption ?? '',
    })),
    dayAssumption: check.dayAssumption ?? '',
  };
  return { ...view, copyText: renderCheckText(check) };
}
