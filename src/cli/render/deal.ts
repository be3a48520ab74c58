import { currencyInfo } from '../../money/currency.js';
import type { Decimal } from '../../money/decimal.js';
import { formatDecimal, formatMoneyFull } from '../../money/format.js';
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
} from '../../deal/types.js';
import { rangeWords } from '../../deal/rangeWords.js';
import { intervalText, rateLine, rateQuoteJson } from './convert.js';
import { inline } from '../terminalText.js';

const pct = (value: Decimal): string => `${formatDecimal(value, 2)}%`;
const money = (range: MoneyRange) => (value: Decimal) =>
  formatMoneyFull({ amount: value, currency: range.currency }, currencyInfo(range.currency).minorUnits);

const moneyWords = (range: MoneyRange) => rangeWords(range.amount, range, money(range));
const pctWords = (range: PercentRange) => rangeWords(range.percent, range, pct);

function fxLines(fx: readonly DealRate[], figures: readonly FigureRead[]): string[] {
  const lines: string[] = [];
  for (const figure of figures) {
    if (figure.converted && figure.written && figure.written.currency !== figure.converted.currency) {
      lines.push(
        `${inline(figure.text)} = ${formatMoneyFull({ amount: figure.converted.amount, currency: figure.converted.currency })}`,
      );
    }
  }
  for (const rate of fx) {
    lines.push(rateLine(rate.rate));
    if (rate.rate.derivation === 'cross') lines.push(`via: ${rate.rate.derivationNote}`);
    if (rate.rate.note) lines.push(`note: ${rate.rate.note}`);
    for (const p of rate.passedOver) lines.push(`source: ${p.reason}, so ${rate.rate.source.id} was used`);
  }
  return lines;
}

function investorLines(investors: readonly InvestorStake[]): string[] {
  if (investors.length < 2 && investors[0]?.name == null) return [];
  return investors.map(
    (i) =>
      `  ${inline(i.name ?? 'investor').padEnd(12)} ${pctWords(i.stake)} for ${moneyWords(i.investment)}`,
  );
}

function holderLines(holders: readonly HolderChange[]): string[] {
  return holders.map((h) => {
    const who = inline(h.name ?? 'others').padEnd(12);
    const sold = h.sold ? `, sold ${pctWords(h.sold)}` : '';
    return `  ${who} ${pctWords(h.before)} → ${pctWords(h.after)}${sold}; diluted ${pctWords(h.dilutionPoints).replace(/%/g, ' points')} (relative ${pctWords(h.dilutionRelative)})`;
  });
}

function partLines(parts: readonly DealPart[]): string[] {
  if (parts.length < 2 && parts[0]?.kind === 'primary') return [];
  return parts.map(
    (p) =>
      `  ${inline(p.label)}: ${moneyWords(p.amount)} buys ${pctWords(p.stake)}, valuing the company at ${moneyWords(p.valuation)} (${p.valuationBasis}-money)`,
  );
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

function readLines(figures: readonly FigureRead[], assumptions: readonly string[]): string[] {
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

/**
 * The human form of a stake: each reading (both when the valuation does not say pre or post),
 * the rates that converted the figures, and how every figure was read.
 *
 * @example
 * renderStakeText(stakeFromText(openShippedStore(), { invest: ['$227 million'], post: '$2 billion' })).split('\n')[0]
 * //=> '  stake        11.35% (within [9.06%, 15.17%])'
 */
export function renderStakeText(result: StakeResult): string {
  const both = result.readings.length > 1;
  const lines = [
    ...(both
      ? [
          `the valuation "${inline(result.figures.find((f) => f.role === 'valuation')?.text ?? '')}" does not say pre- or post-money: both readings`,
        ]
      : []),
    ...result.readings.flatMap((r) => readingLines(r, both)),
    ...fxLines(result.fx, result.figures),
    ...readLines(result.figures, result.assumptions),
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
  const lines = [
    `post-money   ${moneyWords(result.postMoney)}`,
    `pre-money    ${moneyWords(result.preMoney)}`,
    `for          ${moneyWords(result.investment)} buying ${pctWords(result.stake)}`,
    ...partLines(result.parts),
    ...result.notes.map((n) => `note: ${n}`),
    ...fxLines(result.fx, result.figures),
    ...readLines(result.figures, result.assumptions),
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

export { intervalText };
