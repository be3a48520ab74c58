import { formatBound } from '../../money/format.js';
import type { Decimal } from '../../money/decimal.js';
import type { CheckAnswer } from '../checkQuote.js';
import type { SourceCheck } from '../types.js';
import { formatImpliedRate, formatRate, isDerivedRate, rateQuoteJson } from '../../fx/render/rate.js';
import type { Interval } from '../../quantity/interval.js';
import { intervalText } from '../../quantity/intervalText.js';
import { deviationText } from './deviation.js';
import { checkFields } from '../../requestFields.js';

const decimalOrNull = (value: Decimal | null): string | null => (value === null ? null : value.toString());
const intervalJson = (interval: Interval) => ({
  low: decimalOrNull(interval.low),
  high: decimalOrNull(interval.high),
  lowOpen: interval.lowOpen,
  highOpen: interval.highOpen,
});

/**
 * A reference rate as a check writes it: "6.6200 CNY per USD" (derived ones to 8 significant
 * digits).
 *
 * @example
 * referenceRate(checkQuote(openShippedStore(), { text: 'about 1.5 billion yuan ($227 million)', on: '2017-11-15', source: 'fred-h10' }).references[0])
 * //=> '6.6200 CNY per USD'
 */
export function referenceRate(reference: SourceCheck): string {
  return `${formatRate(reference.value, isDerivedRate(reference.rate))} ${reference.quote} per ${reference.base}`;
}

/**
 * The rates the figures allow, as a check writes them, each end rounded outward so that the
 * written interval holds the exact one: "[6.3736, 6.8433]" for [6.3736264…, 6.8432671…].
 *
 * @example
 * allowedRates(checkQuote(openShippedStore(), { text: 'about 1.5 billion yuan ($227 million)', on: '2017-11-15', source: 'fred-h10' }).implied)
 * //=> '[6.3736, 6.8433]'
 */
export function allowedRates(implied: Interval): string {
  return intervalText(implied, (value, side) => formatBound(value, 4, side));
}

/**
 * The rates a consistent verdict needs (each figure at most the rounding limit from its written
 * value), when that narrows what the figures allow: "within 2% of their written values,
 * [6.4615, 6.7550]"; '' when it does not.
 *
 * @example
 * tightRates(checkQuote(openShippedStore(), { text: 'about 1.5 billion yuan ($227 million)', on: '2017-11-15', source: 'fred-h10' }))
 * //=> 'within 2% of their written values, [6.4615, 6.7550]'
 */
export function tightRates(check: CheckAnswer): string {
  const tight = allowedRates(check.implied.tight);
  if (tight === allowedRates(check.implied)) return '';
  return `within ${check.roundingLimitPct.toString()}% of their written values, ${tight}`;
}

/**
 * How a check says a diagnosis' explanation: without the diagnosis' summary at its end, since
 * the findings follow one per line.
 *
 * @example
 * explanationText(checkQuote(openShippedStore(), { text: 'about 1.5 billion yuan ($227 million)', on: '2017-11-15', source: 'fred-h10' })).startsWith('1,500,000,000 CNY') //=> true
 */
export function explanationText(check: CheckAnswer): string {
  const summary = check.diagnosis?.summary ?? '';
  return summary && check.explanation.endsWith(summary)
    ? check.explanation.slice(0, -summary.length).trimEnd()
    : check.explanation;
}

/**
 * The days within the window whose rate fits, per source, one "from..to" per run of days.
 *
 * @example
 * fittingDays(checkQuote(openShippedStore(), { text: 'about 1.5 billion yuan ($227 million)', on: '2017-11-15', source: 'fred-h10' }))[0].ranges[0]
 * //=> '2017-11-06..2017-11-24'
 */
export function fittingDays(check: CheckAnswer): { source: string; ranges: string[] }[] {
  return Object.entries(check.matchingDates).map(([source, ranges]) => ({
    source,
    ranges: ranges.map(([from, to]) => (from === to ? from : `${from}..${to}`)),
  }));
}

function referenceLine(reference: SourceCheck, width: number): string {
  const via = reference.rate.derivation === 'cross' ? ` (cross through ${reference.rate.source.pivot})` : '';
  return `${reference.source.padEnd(width)}  ${referenceRate(reference)}  ${reference.observedDate}  ${deviationText(reference.deviationPct)}  ${reference.verdict}${via}`;
}

/**
 * The human form of a check: the verdict and implied rate first, one line per source, then the
 * explanation, the fitting days, the diagnosis when it does not fit, and how each figure was read.
 *
 * @example
 * renderCheckText(checkQuote(openShippedStore(), { text: 'about 1.5 billion yuan ($227 million)', on: '2017-11-15', source: 'fred-h10' })).split('\n')[0]
 * //=> 'consistent: implied 6.6079 CNY per USD, and the figures allow [6.3736, 6.8433]; within 2% of their written values, [6.4615, 6.7550]'
 */
export function renderCheckText(check: CheckAnswer): string {
  checkFields('renderCheckText', 'check', check, { figures: 'list', references: 'list' });
  const { implied } = check;
  const allowed = allowedRates(implied);
  const tight = tightRates(check);
  const within = tight === '' ? '' : `; ${tight}`;
  const lines = [
    `${check.verdict}: implied ${formatImpliedRate(implied.value)} ${implied.quote} per ${implied.base}, and the figures allow ${allowed}${within}`,
  ];
  const width = Math.max(...check.references.map((r) => r.source.length));
  for (const reference of check.references) lines.push(referenceLine(reference, width));
  for (const reference of check.references)
    if (reference.note) lines.push(`note (${reference.source}): ${reference.note}`);
  for (const skip of check.skipped) lines.push(`not checked: ${skip.source}: ${skip.reason}`);
  lines.push(`explanation: ${explanationText(check)}`);
  const fitting = fittingDays(check).map(({ source, ranges }) => `${source} ${ranges.join(', ') || 'none'}`);
  lines.push(`fitting days within ${check.windowDays} days of ${check.date}: ${fitting.join('; ')}`);
  if (check.diagnosis) {
    const findings = check.diagnosis.findings;
    if (findings.length === 0) lines.push(`diagnosis: ${check.diagnosis.summary}`);
    else lines.push('diagnosis, possible explanations:', ...findings.map((f) => `  - ${f.explanation}`));
  }
  for (const figure of check.figures) {
    lines.push(`read "${figure.text}": ${figure.reading}`);
    if (figure.assumption) lines.push(`assumed: ${figure.assumption}`);
  }
  if (check.dayAssumption) lines.push(`assumed: ${check.dayAssumption}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The JSON form of a check, with the keys scripts rely on (issue 7) and the provenance of every
 * reference rate.
 *
 * @example
 * JSON.parse(renderCheckJson(checkQuote(openShippedStore(), { text: 'about 1.5 billion yuan ($227 million)', on: '2017-11-15', source: 'fred-h10' }))).references[0].value //=> '6.62'
 */
export function renderCheckJson(check: CheckAnswer): string {
  return `${JSON.stringify(checkJson(check), null, 2)}\n`;
}

/**
 * A check as the plain object its JSON holds (scan puts one per pair).
 *
 * @example
 * checkJson(checkQuote(openShippedStore(), { text: 'about 1.5 billion yuan ($227 million)', on: '2017-11-15', source: 'fred-h10' })).verdict //=> 'consistent'
 */
export function checkJson(check: CheckAnswer) {
  return {
    figures: check.figures.map((f) => ({
      text: f.text,
      amount: f.amount.toString(),
      currency: f.currency,
      low: decimalOrNull(f.low),
      high: decimalOrNull(f.high),
      lowOpen: f.lowOpen,
      highOpen: f.highOpen,
      reading: f.reading,
      assumption: f.assumption ?? null,
      treatment: f.treatment,
      tight: intervalJson(f.tight),
    })),
    implied: {
      base: check.implied.base,
      quote: check.implied.quote,
      value: check.implied.value.toString(),
      low: decimalOrNull(check.implied.low),
      high: decimalOrNull(check.implied.high),
      lowOpen: check.implied.lowOpen,
      highOpen: check.implied.highOpen,
      directionRule: check.implied.directionRule,
      tight: intervalJson(check.implied.tight),
    },
    date: check.date,
    policy: check.policy,
    tolerancePct: check.tolerancePct.toString(),
    roundingLimitPct: check.roundingLimitPct.toString(),
    windowDays: check.windowDays,
    references: check.references.map((r) => ({
      source: r.source,
      value: r.value.toString(),
      base: r.base,
      quote: r.quote,
      requestedDate: r.requestedDate,
      observedDate: r.observedDate,
      deviationPct: r.deviationPct.toString(),
      outsideByPct: decimalOrNull(r.outsideByPct),
      outsideTightByPct: decimalOrNull(r.outsideTightByPct),
      verdict: r.verdict,
      note: r.note,
      rate: rateQuoteJson(r.rate),
    })),
    skipped: check.skipped,
    verdict: check.verdict,
    source: check.source,
    explanation: check.explanation,
    matchingDates: check.matchingDates,
    diagnosis: check.diagnosis
      ? {
          summary: check.diagnosis.summary,
          findings: check.diagnosis.findings.map((f) => JSON.parse(JSON.stringify(f)) as unknown),
        }
      : null,
    ...(check.dayAssumption ? { dayAssumption: check.dayAssumption } : {}),
  };
}
