import type { Decimal } from '../../money/decimal.js';
import { currencyInfo } from '../../money/currency.js';
import { formatBound, formatMoneyFull } from '../../money/format.js';
import type { IntervalSide } from '../../money/round.js';
import { percentText } from '../../money/percentText.js';
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
} from '../types.js';
import { rangeWords } from '../rangeWords.js';
import { inline } from '../../text/inlineText.js';
import { passedOverText, rateCitation, rateQuoteJson } from '../../fx/render/rate.js';
import { checkFields } from '../../requestFields.js';

/**
 * An amount and its range in words: "15,000,000,000.00 USD (within [14,515,151,515.15 USD, …])";
 * a point half-even, every end rounded outward (a low end down, a high end up).
 *
 * @example
 * moneyWords({ amount: new Decimal('2e9'), currency: USD, low: new Decimal('2e9'), high: null, lowOpen: true, highOpen: false })
 * //=> 'more than 2,000,000,000.00 USD'
 */
export function moneyWords(range: MoneyRange): string {
  return rangeWords(range.amount, range, (value: Decimal, side?: IntervalSide) =>
    side === undefined
      ? formatMoneyFull({ amount: value, currency: range.currency })
      : `${formatBound(value, currencyInfo(range.currency).minorUnits, side)} ${range.currency}`,
  );
}

/**
 * A percentage and its range in words: "11.35% (within [9.06%, 15.17%])"; every end rounded
 * outward, so "below 5.01%" for an exact bound of 5.0025%.
 *
 * @example
 * percentWords({ percent: new Decimal('1.6'), low: new Decimal('1.55'), high: new Decimal('1.65'), lowOpen: false, highOpen: true })
 * //=> '1.60% (within [1.55%, 1.65%))'
 */
export function percentWords(range: PercentRange): string {
  return rangeWords(range.percent, range, percentText);
}

const pctWords = percentWords;

/**
 * An investor's stake and what was paid for it: "11.35% (…) for 227,000,000.00 USD (…)".
 *
 * @example
 * const deal = stakeFromText(openShippedStore(), { invest: ['Lead=$227 million', 'Other=$10 million'], post: '$2 billion' });
 * investorText(deal.readings[0].investors[0]).split(' for ')[0] //=> '11.35% (within [9.06%, 15.17%])'
 */
export function investorText(investor: InvestorStake): string {
  return `${pctWords(investor.stake)} for ${moneyWords(investor.investment)}`;
}

/**
 * What a holder had and has: "80.00% → 70.00%; diluted 10.00 points (relative 12.50%)".
 *
 * @example
 * holderText({ name: 'Founder', before: { percent: new Decimal('80'), low: new Decimal('80'), high: new Decimal('80'), lowOpen: false, highOpen: false }, after: { percent: new Decimal('70'), low: new Decimal('70'), high: new Decimal('70'), lowOpen: false, highOpen: false }, dilutionPoints: { percent: new Decimal('10'), low: new Decimal('10'), high: new Decimal('10'), lowOpen: false, highOpen: false }, dilutionRelative: { percent: new Decimal('12.5'), low: new Decimal('12.5'), high: new Decimal('12.5'), lowOpen: false, highOpen: false } })
 * //=> '80.00% → 70.00%; diluted 10.00 points (relative 12.50%)'
 */
export function holderText(holder: HolderChange): string {
  const sold = holder.sold ? `, sold ${pctWords(holder.sold)}` : '';
  return `${pctWords(holder.before)} → ${pctWords(holder.after)}${sold}; diluted ${pctWords(holder.dilutionPoints).replace(/%/g, ' points')} (relative ${pctWords(holder.dilutionRelative)})`;
}

/**
 * A part of a deal (primary money, a secondary purchase): what it buys and the valuation it implies.
 *
 * @example
 * const deal = stakeFromText(openShippedStore(), { invest: ['$227 million'], post: '$2 billion' });
 * partText(deal.readings[0].parts[0]).includes(' buys ') //=> true
 */
export function partText(part: DealPart): string {
  return `${moneyWords(part.amount)} buys ${pctWords(part.stake)}, valuing the company at ${moneyWords(part.valuation)} (${part.valuationBasis}-money)`;
}

/**
 * The rates a deal used, after the figures they converted: one line each, with the legs of a
 * cross, the gap filled and the source passed over.
 *
 * @example
 * const deal = stakeFromText(openShippedStore(), { invest: ['1.5 billion yuan'], post: '$2 billion', on: '2017-11-15' });
 * dealRateLines(deal.fx, deal.figures)[1]
 * //=> 'rate 6.6200 CNY per USD · fred-h10 (Fed H.10 noon buying rate, New York) · 2017-11-15'
 */
export function dealRateLines(fx: readonly DealRate[], figures: readonly FigureRead[]): string[] {
  const lines: string[] = [];
  for (const figure of figures) {
    if (figure.converted && figure.written && figure.written.currency !== figure.converted.currency) {
      lines.push(
        `${figure.text} = ${formatMoneyFull({ amount: figure.converted.amount, currency: figure.converted.currency })}`,
      );
    }
  }
  for (const rate of fx) {
    lines.push(`rate ${rateCitation(rate.rate)}`);
    if (rate.rate.derivation === 'cross') lines.push(`via: ${rate.rate.derivationNote}`);
    if (rate.rate.note) lines.push(`note: ${rate.rate.note}`);
    for (const p of rate.passedOver) lines.push(`source: ${passedOverText(p, rate.rate.source.id)}`);
  }
  return lines;
}

/**
 * How each figure of a deal was read, then every assumption made.
 *
 * @example
 * dealReadLines([], ['the valuation is post-money']) //=> ['assumed: the valuation is post-money']
 */
export function dealReadLines(figures: readonly FigureRead[], assumptions: readonly string[]): string[] {
  return [
    ...figures.map(
      (f) =>
        `read "${inline(f.text)}" (${f.role}${f.name ? ` ${inline(f.name)}` : ''}): ${inline(f.reading)}`,
    ),
    // Two figures read the same way assume the same thing: said once.
    ...[...new Set([...figures.flatMap((f) => (f.assumption ? [f.assumption] : [])), ...assumptions])].map(
      (a) => `assumed: ${inline(a)}`,
    ),
  ];
}

function investorLines(investors: readonly InvestorStake[]): string[] {
  if (investors.length < 2 && investors[0]?.name == null) return [];
  return investors.map((i) => `  ${inline(i.name ?? 'investor').padEnd(12)} ${investorText(i)}`);
}

function holderLines(holders: readonly HolderChange[]): string[] {
  return holders.map((h) => `  ${inline(h.name ?? 'others').padEnd(12)} ${holderText(h)}`);
}

function partLines(parts: readonly DealPart[]): string[] {
  if (parts.length < 2 && parts[0]?.kind === 'primary') return [];
  return parts.map((p) => `  ${inline(p.label)}: ${partText(p)}`);
}

function readingLines(reading: StakeReading, both: boolean): string[] {
  return [
    ...(both ? [`${reading.basis}-money reading: ${reading.label.replace(/^(pre|post)-money: /, '')}`] : []),
    `  stake        ${pctWords(reading.stake)}`,
    ...investorLines(reading.investors),
    `  post-money   ${moneyWords(reading.postMoney)}`,
    `  pre-money    ${moneyWords(reading.preMoney)}`,
    ...partLines(reading.parts),
    ...(reading.holders.length > 0 ? ['  holders, before → after:', ...holderLines(reading.holders)] : []),
    ...reading.notes.map((n) => `  note: ${n}`),
  ];
}

/**
 * The human form of a stake: each reading (both when the valuation does not say pre or post),
 * the rates that converted the figures, and how every figure was read.
 *
 * @example
 * renderStakeText(stakeFromText(openShippedStore(), { invest: ['$227 million'], post: '$2 billion' })).split('\n')[0]
 * //=> '  stake        11.35% (within [9.06%, 15.17%])'
 */
export function renderStakeText(result: StakeResult): string {
  checkFields('renderStakeText', 'result', result, { figures: 'list', assumptions: 'list', fx: 'list' });
  const both = result.readings.length > 1;
  const lines = [
    ...(both
      ? [
          `the valuation "${inline(result.figures.find((f) => f.role === 'valuation')?.text ?? '')}" does not say pre- or post-money: both readings`,
        ]
      : []),
    ...result.readings.flatMap((r) => readingLines(r, both)),
    ...dealRateLines(result.fx, result.figures),
    ...dealReadLines(result.figures, result.assumptions),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The human form of an implied valuation.
 *
 * @example
 * renderImpliedText(impliedFromText(openShippedStore(), { invest: '$240 million', stake: '1.6%' })).split('\n')[0]
 * //=> 'post-money   15,000,000,000.00 USD (within [14,515,151,515.15 USD, 15,516,129,032.26 USD])'
 */
export function renderImpliedText(result: ImpliedResult): string {
  checkFields('renderImpliedText', 'result', result, { figures: 'list', assumptions: 'list', fx: 'list' });
  const lines = [
    `post-money   ${moneyWords(result.postMoney)}`,
    `pre-money    ${moneyWords(result.preMoney)}`,
    `for          ${moneyWords(result.investment)} buying ${pctWords(result.stake)}`,
    ...partLines(result.parts),
    ...result.notes.map((n) => `note: ${n}`),
    ...dealRateLines(result.fx, result.figures),
    ...dealReadLines(result.figures, result.assumptions),
  ];
  return `${lines.join('\n')}\n`;
}

/** Decimals as full-precision strings; rates as every command writes them. */
function jsonOf(value: unknown): string {
  return `${JSON.stringify(
    value,
    (key, v: unknown) => {
      if (key === 'fx' && Array.isArray(v)) {
        return (v as DealRate[]).map((f) => ({
          ...rateQuoteJson(f.rate),
          passedOver: f.passedOver,
          figures: f.figures,
        }));
      }
      return v;
    },
    2,
  )}\n`;
}

/**
 * The JSON form of a stake: the issue's keys (basis, investment, postMoney, preMoney, stake,
 * investors, holders, fx, readings), decimals as strings, percentages in percent.
 *
 * @example
 * JSON.parse(renderStakeJson(stakeFromText(openShippedStore(), { invest: ['$227 million'], post: '$2 billion' }))).stake.percent //=> '11.35'
 */
export function renderStakeJson(result: StakeResult): string {
  return jsonOf(result);
}

/**
 * The JSON form of an implied valuation.
 *
 * @example
 * JSON.parse(renderImpliedJson(impliedFromText(openShippedStore(), { invest: '$240 million', stake: '1.6%' }))).postMoney.amount //=> '15000000000'
 */
export function renderImpliedJson(result: ImpliedResult): string {
  return jsonOf(result);
}
