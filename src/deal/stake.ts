import type { RateSource } from '../fx/types.js';
import type { CurrencyCode } from '../money/currency.js';
import { Decimal } from '../money/decimal.js';
import type { Interval } from '../quantity/interval.js';
import { intervalPlus } from '../quantity/intervalArithmetic.js';
import { dealError, nonNegativeRange, percentInRange, positiveRange } from './dealChecks.js';
import {
  convertDealFigures,
  excludedWrittenValues,
  percentFigureRead,
  type DealFigure,
  type MoneyFigureInput,
} from './dealFigures.js';
import { dealFrame } from './dealFrame.js';
import { dealParts } from './dealParts.js';
import { fractionOf, moneyRange, percentRange, pointOf, valueOf } from './ranges.js';
import { readingValues, type DealShape, type DealValues, type ReadingValues } from './stakeFormulas.js';
import type {
  DealStructure,
  FigureRead,
  HolderChange,
  HolderInput,
  ReadingBasis,
  StakeReading,
  StakeRequest,
  StakeResult,
} from './types.js';
import { checkArgument, checkSources } from '../requestFields.js';

const ZERO = new Decimal('0');
const ONE = new Decimal('1');

/**
 * The stake that money buys at a valuation, with everything `dealcalc stake` prints: post- and
 * pre-money, each investor's stake and the total, existing holders before and after (dilution in
 * percentage points and relative), the primary and secondary parts, the rates used with their
 * provenance, how every figure was read, and every assumption.
 *
 * - Primary money (the default, said in the assumptions): post = pre + investment;
 *   stake = investment / post. A post-money valuation gives pre = post − investment.
 * - An ambiguous valuation gives both readings, post-money first, never one hidden default.
 * - Secondary: the money buys existing shares: stake = investment / valuation; pre- and
 *   post-money are the valuation, and holders marked `sells` sell (pro rata if several).
 * - Mixed: `primaryPart` of the money is new (it dilutes everyone), the rest buys existing
 *   shares at the same price.
 * - Figures in other currencies are converted on `date` into the reporting currency (default
 *   the valuation's). Ranges follow every figure's interval; open and unbounded ends stay so.
 *
 * @param sources - rate tables in order of preference
 * @param request - the deal
 * @throws DealCalcError DEAL_* for figures no deal can have (see `ErrorCode`), and the rate lookup's errors
 *
 * @example
 * const r = stake([fred, imf], {
 *   investments: [{ figure: parseFigureOrThrow('1.5 billion yuan') }],
 *   valuation: parseFigureOrThrow('more than $2 billion'),
 *   basis: 'ambiguous',
 *   date: '2017-11-15',
 * });
 * r.readings.map((x) => x.basis) //=> ['post', 'pre']
 * r.readings[0].stake.percent.toFixed(7) //=> '11.3293051'
 * [r.readings[0].stake.high.toFixed(7), r.readings[0].stake.highOpen] //=> ['11.7069486', true]
 * r.readings[1].stake.high.toFixed(7) //=> '10.4800541'
 */
export function stake(sources: readonly RateSource[], request: StakeRequest): StakeResult {
  checkSources('stake', sources);
  checkArgument('stake', 'request', 'object', request);
  if (request.investments.length === 0) {
    throw dealError('DEAL_NO_INVESTMENT', 'no investment was given', 'Give at least one amount invested.');
  }
  const { structure, reporting, assumptions } = dealFrame(
    request,
    request.valuation,
    'valuation',
    '$2 billion',
  );

  const inputs: MoneyFigureInput[] = [
    ...request.investments.map((i) => ({
      role: 'investment' as const,
      name: i.name ?? null,
      figure: i.figure,
    })),
    { role: 'valuation', name: null, figure: request.valuation },
    ...(structure.kind === 'mixed'
      ? [{ role: 'primary part' as const, name: null, figure: structure.primaryPart }]
      : []),
  ];
  const conversion = convertDealFigures(sources, inputs, reporting, request.date, request.lookup);
  assumptions.push(...conversion.assumptions);
  const byRole = (role: FigureRead['role']) => conversion.figures.filter((f) => f.input.role === role);

  const investments = byRole('investment').map((f) => checkedAmount(f, 'investment', assumptions));
  const valuation = checkedAmount(only(byRole('valuation')), 'valuation', assumptions);
  const primaryPart = structure.kind === 'mixed' ? checkedPrimaryPart(only(byRole('primary part'))) : null;
  const holders = request.holders ?? [];
  const { ranges: holderRanges, total: holderTotal } = checkHolders(holders, assumptions);

  const totalPoint = investments.reduce((acc, x) => acc.plus(valueOf(x.point)), ZERO);
  if (primaryPart && valueOf(primaryPart.point).gt(totalPoint)) {
    throw dealError(
      'DEAL_PRIMARY_PART_TOO_LARGE',
      `the new money "${primaryPart.text}" is more than the whole investment`,
      'The primary part is the new money within the investment; give at most the amount invested.',
    );
  }
  const existingBought =
    structure.kind === 'primary' ? ZERO : totalPoint.minus(primaryPart ? valueOf(primaryPart.point) : ZERO);
  const sellers = checkSellers(holders, structure, existingBought, assumptions);
  const shape = (basis: ReadingBasis): DealShape => ({
    basis,
    structure: structure.kind,
    sellers,
    remainder: holders.length > 0 && holderTotal.lt('100'),
  });
  const points: DealValues = {
    investments: investments.map((x) => x.point),
    valuation: valuation.point,
    primaryPart: primaryPart?.point ?? null,
    holders: holders.map((h) => fractionOf(pointOf(h.percent.value))),
  };
  const ranges: DealValues = {
    investments: investments.map((x) => x.range),
    valuation: valuation.range,
    primaryPart: primaryPart?.range ?? null,
    holders: holderRanges.map(fractionOf),
  };

  const bases: ReadingBasis[] = request.basis === 'ambiguous' ? ['post', 'pre'] : [request.basis];
  const readings: StakeReading[] = [];
  const impossible: string[] = [];
  for (const basis of bases) {
    const point = readingValues(points, shape(basis));
    const why = impossibleReading(point, basis, structure.kind, request.valuation.text);
    if (why) {
      impossible.push(why);
      continue;
    }
    checkSellersHoldEnough(point, holders, sellers);
    const range = readingValues(ranges, shape(basis));
    readings.push(
      buildReading(basis, point, range, {
        reporting,
        structure: structure.kind,
        valuationText: request.valuation.text,
        names: request.investments.map((i) => i.name ?? null),
        investmentPoints: points.investments,
        investmentRanges: ranges.investments,
        holders,
        sellers,
      }),
    );
  }
  const first = readings[0];
  if (!first) {
    throw dealError(
      'DEAL_INVESTMENT_EXCEEDS_VALUATION',
      impossible.join('; '),
      'Check the figures: the money bought cannot exceed what the company is worth after the deal.',
    );
  }
  for (const why of impossible) assumptions.push(`${why}, so only the other reading is given`);
  assumptions.push(
    ...excludedWrittenValues([
      ...request.investments.map((i) => i.figure),
      request.valuation,
      ...(structure.kind === 'mixed' ? [structure.primaryPart] : []),
      ...holders.map((h) => h.percent),
    ]),
  );

  const single = readings.length === 1 ? first : null;
  const investmentRange = ranges.investments.reduce((acc, x) => intervalPlus(acc, x));
  return {
    basis: single ? single.basis : 'both',
    structure: structure.kind,
    currency: reporting,
    date: conversion.date,
    investment: moneyRange(pointOf(totalPoint), investmentRange, reporting),
    valuation: moneyRange(valuation.point, valuation.range, reporting),
    postMoney: single?.postMoney ?? null,
    preMoney: single?.preMoney ?? null,
    stake: single?.stake ?? null,
    investors: single?.investors ?? null,
    holders: single?.holders ?? null,
    parts: single?.parts ?? null,
    readings,
    fx: conversion.fx,
    figures: [...conversion.reads, ...holders.map((h) => percentFigureRead(h.percent, 'holder', h.name))],
    assumptions,
  };
}

/** A money figure, checked and in the reporting currency, with its text for messages. */
interface CheckedAmount {
  readonly text: string;
  readonly point: Interval;
  readonly range: Interval;
}

function only(figures: readonly DealFigure[]): DealFigure {
  const figure = figures[0];
  if (!figure) throw new Error('a deal figure went missing in conversion');
  return figure;
}

function checkedAmount(figure: DealFigure, what: string, assumptions: string[]): CheckedAmount {
  const text = figure.input.figure.text;
  return {
    text,
    point: figure.point,
    range: positiveRange(what, text, valueOf(figure.point), figure.range, assumptions),
  };
}

function checkedPrimaryPart(figure: DealFigure): CheckedAmount {
  const text = figure.input.figure.text;
  if (valueOf(figure.point).lt(ZERO)) {
    throw dealError(
      'DEAL_NOT_POSITIVE',
      `the new money "${text}" is below zero`,
      'Give the primary part as an amount of zero or more.',
    );
  }
  return { text, point: figure.point, range: nonNegativeRange('primary part', text, figure.range) };
}

function checkHolders(
  holders: readonly HolderInput[],
  assumptions: string[],
): { ranges: Interval[]; total: Decimal } {
  const ranges = holders.map((h) =>
    percentInRange(
      `holding of ${h.name}`,
      h.percent.text,
      h.percent.value,
      h.percent.interval,
      false,
      assumptions,
    ),
  );
  const total = holders.reduce((acc, h) => acc.plus(h.percent.value), ZERO);
  if (total.gt('100')) {
    throw dealError(
      'DEAL_HOLDERS_OVER_100',
      `the holders' percentages add up to ${total.toString()}%, more than the whole company`,
      'Give each existing holder its percentage of the company before the deal; together at most 100%.',
    );
  }
  return { ranges, total };
}

function checkSellers(
  holders: readonly HolderInput[],
  structure: DealStructure,
  existingBought: Decimal,
  assumptions: string[],
): boolean[] {
  const named = holders.filter((h) => h.sells === true).map((h) => h.name);
  if (structure.kind === 'primary') {
    if (named.length > 0) {
      assumptions.push(
        `${named.join(', ')} ${named.length === 1 ? 'is' : 'are'} marked as selling, but a primary purchase buys only new shares, so nobody sells`,
      );
    }
    return holders.map(() => false);
  }
  if (holders.length > 0 && named.length === 0 && existingBought.gt(ZERO)) {
    throw dealError(
      'DEAL_SELLERS_UNKNOWN',
      'the deal buys existing shares, but none of the holders given sells',
      'Mark the holders who sell their shares to the investors (several sell pro rata to their holdings).',
    );
  }
  const held = holders.reduce((acc, h) => (h.sells ? acc.plus(h.percent.value) : acc), ZERO);
  if (named.length > 0 && existingBought.gt(ZERO) && !held.gt(ZERO)) {
    throw dealError(
      'DEAL_SELLERS_HOLD_TOO_LITTLE',
      'the deal buys existing shares, but the sellers hold 0% of the company',
      'Mark as sellers the holders who hold the shares bought.',
    );
  }
  if (named.length > 1) {
    assumptions.push(`the sellers (${named.join(', ')}) sell in proportion to their holdings`);
  }
  return holders.map((h) => h.sells === true);
}

function checkSellersHoldEnough(
  point: ReadingValues,
  holders: readonly HolderInput[],
  sellers: boolean[],
): void {
  if (point.soldOfPre === null) return;
  const sold = valueOf(point.soldOfPre).times('100');
  const held = holders.reduce((acc, h, i) => (sellers[i] ? acc.plus(h.percent.value) : acc), ZERO);
  if (sold.gt(held)) {
    throw dealError(
      'DEAL_SELLERS_HOLD_TOO_LITTLE',
      `the existing shares bought are ${sold.toSignificantDigits(6).toString()}% of the company, but the sellers hold ${held.toString()}%`,
      'Mark more holders as sellers, or check the amounts and the valuation.',
    );
  }
}

/** Why a reading cannot be a deal at the written figures (nothing left for the holders, or more than 100% bought). */
function impossibleReading(
  point: ReadingValues,
  basis: ReadingBasis,
  structure: DealStructure['kind'],
  valuationText: string,
): string | null {
  const stakeTooLarge = valueOf(point.stake).gt(ONE);
  const noPreMoney = structure !== 'secondary' && !valueOf(point.pre).gt(ZERO);
  if (!stakeTooLarge && !noPreMoney) return null;
  const reading = basis === 'post' ? 'post-money' : 'pre-money';
  if (structure === 'secondary') {
    return `the money buys more than the whole company valued at "${valuationText}"`;
  }
  return noPreMoney
    ? `read as ${reading}, "${valuationText}" leaves no pre-money value: the new money is at least the post-money valuation`
    : `read as ${reading}, "${valuationText}" is less than the existing shares bought`;
}

interface ReadingContext {
  readonly reporting: CurrencyCode;
  readonly structure: DealStructure['kind'];
  readonly valuationText: string;
  readonly names: readonly (string | null)[];
  readonly investmentPoints: readonly Interval[];
  readonly investmentRanges: readonly Interval[];
  readonly holders: readonly HolderInput[];
  readonly sellers: readonly boolean[];
}

function buildReading(
  basis: ReadingBasis,
  point: ReadingValues,
  range: ReadingValues,
  context: ReadingContext,
): StakeReading {
  const { reporting, structure, valuationText } = context;
  const money = (p: Interval, r: Interval) => moneyRange(p, r, reporting);
  const holders: HolderChange[] = point.holders.map((p, i) => {
    const r = range.holders[i] ?? p;
    const holder = context.holders[i];
    return {
      name: holder?.name ?? null,
      sells: holder !== undefined && context.sellers[i] === true && p.sold !== null,
      before: percentRange(p.before, r.before),
      after: percentRange(p.after, r.after),
      sold: p.sold && r.sold ? percentRange(p.sold, r.sold) : null,
      dilutionPoints: percentRange(p.dilutionPoints, r.dilutionPoints),
      dilutionRelative: percentRange(p.dilutionRelative, r.dilutionRelative),
    };
  });
  const parts = dealParts(
    structure,
    { ...point, primaryShare: point.newShare },
    { ...range, primaryShare: range.newShare },
    reporting,
  );
  return {
    basis,
    label: readingLabel(basis, structure, valuationText),
    postMoney: money(point.post, range.post),
    preMoney: money(point.pre, range.pre),
    stake: percentRange(point.stake, range.stake),
    investors: point.investorStakes.map((p, i) => ({
      name: context.names[i] ?? null,
      investment: money(
        context.investmentPoints[i] ?? point.total,
        context.investmentRanges[i] ?? range.total,
      ),
      stake: percentRange(p, range.investorStakes[i] ?? p),
    })),
    holders,
    parts,
    notes: readingNotes(
      range,
      structure,
      context.sellers.some((s) => s),
    ),
  };
}

function readingLabel(basis: ReadingBasis, structure: DealStructure['kind'], valuationText: string): string {
  const reading = basis === 'post' ? 'post-money' : 'pre-money';
  if (structure === 'secondary') {
    return `${reading}: a secondary purchase adds no money, so "${valuationText}" is the company's value before and after`;
  }
  return basis === 'post'
    ? `post-money: "${valuationText}" is the company's value including the new money; pre-money = it − the new money`
    : `pre-money: "${valuationText}" is the company's value before the new money; post-money = it + the new money`;
}

function readingNotes(range: ReadingValues, structure: DealStructure['kind'], anySeller: boolean): string[] {
  const notes: string[] = [];
  const reachesZero = (x: Interval) => x.low === null || !x.low.gt(ZERO);
  if (structure !== 'secondary' && reachesZero(range.pre)) {
    notes.push(
      'the ranges of the figures allow a pre-money valuation of zero or less (new money at least the post-money valuation), which no deal has; the ranges that follow include such values',
    );
  }
  if (range.stake.high === null || range.stake.high.gt(ONE)) {
    notes.push(
      'the ranges of the figures allow a stake above 100%, which no deal has; the stake range includes such values',
    );
  }
  if (anySeller && structure !== 'primary') {
    notes.push(
      "a seller's range after the deal combines ranges that share figures, so it may be wider than the tightest range (it holds every consistent value)",
    );
  }
  return notes;
}
