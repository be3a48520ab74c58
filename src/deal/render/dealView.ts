/**
 * Stakes and implied valuations as the page shows them: each reading of the valuation as rows of
 * label and value (ranges said in words, "below 11.33% as written; …"), the rates that converted
 * figures, how each figure was read and every assumption, in the command line's words (the pieces
 * of deal.ts); the text to copy is the command line's (renderStakeText, renderImpliedText).
 */
import type {
  DealPart,
  HolderChange,
  ImpliedResult,
  InvestorStake,
  StakeReading,
  StakeResult,
} from '../types.js';
import {
  dealRateLines,
  dealReadLines,
  holderText,
  investorText,
  moneyWords,
  partText,
  percentWords,
  renderImpliedText,
  renderStakeText,
} from './deal.js';

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

const pctWords = percentWords;

function investorRows(investors: readonly InvestorStake[]): DealRow[] {
  if (investors.length < 2 && investors[0]?.name == null) return [];
  return investors.map((i) => ({
    label: i.name ?? 'investor',
    value: investorText(i),
  }));
}

function holderRows(holders: readonly HolderChange[]): DealRow[] {
  return holders.map((h) => ({
    label: h.name ?? 'others',
    value: holderText(h),
  }));
}

function partRows(parts: readonly DealPart[]): DealRow[] {
  if (parts.length < 2 && parts[0]?.kind === 'primary') return [];
  return parts.map((p) => ({
    label: p.label,
    value: partText(p),
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
  const view = {
    lead: both ? `The valuation "${valuation}" does not say pre- or post-money: both readings.` : '',
    sections: result.readings.map((r) => readingSection(r, both)),
    provenance: [
      ...dealRateLines(result.fx, result.figures),
      ...dealReadLines(result.figures, result.assumptions),
    ],
  };
  return { ...view, copyText: renderStakeText(result) };
}

/**
 * The implied-valuation panel's view of an implied valuation.
 *
 * @example
 * const view = impliedView(impliedFromText(openShippedStore(), { invest: '$240 million', stake: '1.6%' }));
 * view.sections[0].rows[0].value //=> '15,000,000,000.00 USD (within [14,515,151,515.15 USD, 15,516,129,032.26 USD])'
 */
export function impliedView(result: ImpliedResult): DealView {
  const view = {
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
    provenance: [
      ...dealRateLines(result.fx, result.figures),
      ...dealReadLines(result.figures, result.assumptions),
    ],
  };
  return { ...view, copyText: renderImpliedText(result) };
}
