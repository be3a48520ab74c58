/**
 * Stakes and implied valuations as the page shows them: each reading of the valuation as rows of
 * label and value (ranges said in words, "below 11.33% as written; …"), the rates that converted
 * figures, how each figure was read and every assumption, in the command line's words.
 */
import { currencyInfo } from '../money/currency.js';
import { formatBound, formatDecimal, formatMoneyFull } from '../money/format.js';
import type { IntervalSide } from '../money/round.js';
import type {
  DealPart,
  DealRate,
  FigureRead,
  HolderChange,
  ImpliedResult,
  InvestorStake,
  MoneyRange,
  PercentRange,
  StakeReading,
  StakeResult,
} from '../deal/types.js';
import { rangeWords } from '../deal/rangeWords.js';
import { rateCitation } from './format.js';

/** A labelled value. */
export interface DealRow {
  readonly label: string;
  readonly value: string;
}

/** One block of rows under a heading. */
export interface DealSection {
  readonly heading: string;
  /** A sentence under the heading ('' for none). */
  readonly lead: string;
  readonly rows: readonly DealRow[];
}

/** What the stake and implied panels show. */
export interface DealView {
  /** A sentence above everything ('' for none), e.g. that the valuation does not say pre or post. */
  readonly lead: string;
  readonly sections: readonly DealSection[];
  /** Rates used, conversions of figures, readings and assumptions, one line each. */
  readonly provenance: readonly string[];
  readonly copyText: string;
}

// An interval's end is rounded outward (formatBound), a point half-even.
const digits = (value: MoneyRange['amount'], decimals: number, side?: IntervalSide): string =>
  side === undefined ? formatDecimal(value, decimals) : formatBound(value, decimals, side);
const money = (range: MoneyRange) => (value: MoneyRange['amount'], side?: IntervalSide) =>
  `${digits(value, currencyInfo(range.currency).minorUnits, side)} ${range.currency}`;
const moneyWords = (range: MoneyRange) => rangeWords(range.amount, range, money(range));
const pctWords = (range: PercentRange) =>
  rangeWords(range.percent, range, (value, side) => `${digits(value, 2, side)}%`);

function investorRows(investors: readonly InvestorStake[]): DealRow[] {
  if (investors.length < 2 && investors[0]?.name == null) return [];
  return investors.map((i) => ({
    label: i.name ?? 'investor',
    value: `${pctWords(i.stake)} for ${moneyWords(i.investment)}`,
  }));
}

function holderRows(holders: readonly HolderChange[]): DealRow[] {
  return holders.map((h) => ({
    label: h.name ?? 'others',
    value: `${pctWords(h.before)} → ${pctWords(h.after)}${h.sold ? `, sold ${pctWords(h.sold)}` : ''}; diluted ${pctWords(h.dilutionPoints).replace(/%/g, ' points')} (relative ${pctWords(h.dilutionRelative)})`,
  }));
}

function partRows(parts: readonly DealPart[]): DealRow[] {
  if (parts.length < 2 && parts[0]?.kind === 'primary') return [];
  return parts.map((p) => ({
    label: p.label,
    value: `${moneyWords(p.amount)} buys ${pctWords(p.stake)}, valuing the company at ${moneyWords(p.valuation)} (${p.valuationBasis}-money)`,
  }));
}

function readingSection(reading: StakeReading, both: boolean): DealSection {
  return {
    heading: both ? `${reading.basis}-money reading` : 'stake',
    lead: both ? reading.label.replace(/^(pre|post)-money: /, '') : '',
    rows: [
      { label: 'stake', value: pctWords(reading.stake) },
      ...investorRows(reading.investors),
      { label: 'post-money', value: moneyWords(reading.postMoney) },
      { label: 'pre-money', value: moneyWords(reading.preMoney) },
      ...partRows(reading.parts),
      ...holderRows(reading.holders),
      ...reading.notes.map((n) => ({ label: 'note', value: n })),
    ],
  };
}

function provenanceLines(
  fx: readonly DealRate[],
  figures: readonly FigureRead[],
  assumptions: readonly string[],
): string[] {
  const lines: string[] = [];
  for (const f of figures) {
    if (f.converted && f.written && f.written.currency !== f.converted.currency) {
      lines.push(
        `${f.text} = ${formatMoneyFull({ amount: f.converted.amount, currency: f.converted.currency })}`,
      );
    }
  }
  for (const rate of fx) {
    lines.push(`rate ${rateCitation(rate.rate)}`);
    if (rate.rate.derivation === 'cross') lines.push(`via: ${rate.rate.derivationNote}`);
    if (rate.rate.note) lines.push(`note: ${rate.rate.note}`);
    for (const p of rate.passedOver) lines.push(`source: ${p.reason}, so ${rate.rate.source.id} was used`);
  }
  for (const f of figures)
    lines.push(`read "${f.text}" (${f.role}${f.name ? ` ${f.name}` : ''}): ${f.reading}`);
  for (const f of figures) if (f.assumption) lines.push(`assumed: ${f.assumption}`);
  for (const a of assumptions) lines.push(`assumed: ${a}`);
  return lines;
}

function withCopy(view: Omit<DealView, 'copyText'>): DealView {
  const lines = [
    ...(view.lead ? [view.lead] : []),
    ...view.sections.flatMap((s) => [
      `${s.heading}${s.lead ? `: ${s.lead}` : ''}`,
      ...s.rows.map((r) => `  ${r.label.padEnd(12)} ${r.value}`),
    ]),
    ...view.provenance,
  ];
  return { ...view, copyText: `${lines.join('\n')}\n` };
}

/**
 * The stake panel's view of a stake answer.
 *
 * @example
 * const view = stakeView(stakeFromText(openShippedStore(), { invest: ['$227 million'], post: '$2 billion' }));
 * view.sections[0].rows[0] //=> { label: 'stake', value: '11.35% (within [9.06%, 15.17%])' }
 */
export function stakeView(result: StakeResult): DealView {
  const both = result.readings.length > 1;
  const valuation = result.figures.find((f) => f.role === 'valuation')?.text ?? '';
  return withCopy({
    lead: both ? `The valuation "${valuation}" does not say pre- or post-money: both readings.` : '',
    sections: result.readings.map((r) => readingSection(r, both)),
    provenance: provenanceLines(result.fx, result.figures, result.assumptions),
  });
}

/**
 * The implied-valuation panel's view of an implied valuation.
 *
 * @example
 * const view = impliedView(impliedFromText(openShippedStore(), { invest: '$240 million', stake: '1.6%' }));
 * view.sections[0].rows[0].value //=> '15,000,000,000.00 USD (within [14,515,151,515.15 USD, 15,516,129,032.26 USD])'
 */
export function impliedView(result: ImpliedResult): DealView {
  return withCopy({
    lead: '',
    sections: [
      {
        heading: 'implied valuation',
        lead: '',
        rows: [
          { label: 'post-money', value: moneyWords(result.postMoney) },
          { label: 'pre-money', value: moneyWords(result.preMoney) },
          { label: 'for', value: `${moneyWords(result.investment)} buying ${pctWords(result.stake)}` },
          ...partRows(result.parts),
          ...result.notes.map((n) => ({ label: 'note', value: n })),
        ],
      },
    ],
    provenance: provenanceLines(result.fx, result.figures, result.assumptions),
  });
}
