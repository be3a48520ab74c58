import type { RateSource } from '../fx/types.js';
import { Decimal } from '../money/decimal.js';
import type { Interval } from '../quantity/interval.js';
import { intervalDivide, intervalMinus, intervalTimes } from '../quantity/intervalArithmetic.js';
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
import type { DealStructure, ImpliedRequest, ImpliedResult } from './types.js';
import { checkArgument, checkSources } from '../requestFields.js';

const ZERO = new Decimal('0');
const ONE = pointOf(new Decimal('1'));

/** The figures of an implied valuation as intervals: money in the reporting currency, the stake as a fraction. */
interface ImpliedValues {
  readonly investment: Interval;
  readonly stake: Interval;
  readonly primaryPart: Interval | null;
}

/** Every quantity of an implied valuation, as intervals. */
interface ImpliedQuantities {
  readonly post: Interval;
  readonly pre: Interval;
  readonly primaryAmount: Interval;
  readonly primaryShare: Interval;
  readonly secondaryAmount: Interval;
  readonly secondaryShare: Interval;
}

/**
 * The valuation that money for a stake implies: post-money = investment ÷ stake; pre-money =
 * post-money − the new money (all of it for a primary purchase, the default and said so; none for
 * a secondary one, where pre = post; `primaryPart` of it in a mixed deal). Ranges come from the
 * written precision of both figures ("1.6%" is [1.55%, 1.65%]); the investment is converted on
 * `date` into the reporting currency (default its own) when another is asked for.
 *
 * @param sources - rate tables in order of preference
 * @param request - the money, the stake, and the deal's structure
 * @throws DealCalcError DEAL_* for figures no deal can have, and the rate lookup's errors
 *
 * @example
 * const onePointSix = parsePercentOrThrow('1.6%');
 * const r = impliedValuation([fred, imf], { investment: parseFigureOrThrow('$240 million'), stake: onePointSix });
 * r.postMoney.amount.toString() //=> '15000000000'
 * [r.postMoney.low.toFixed(2), r.postMoney.high.toFixed(2)] //=> ['14515151515.15', '15516129032.26']
 * r.preMoney.amount.toString() //=> '14760000000'
 */
export function impliedValuation(sources: readonly RateSource[], request: ImpliedRequest): ImpliedResult {
  checkSources('impliedValuation', sources);
  checkArgument('impliedValuation', 'request', 'object', request);
  const { structure, reporting, assumptions } = dealFrame(
    request,
    request.investment,
    'investment',
    '$240 million',
  );

  const inputs: MoneyFigureInput[] = [
    { role: 'investment', name: null, figure: request.investment },
    ...(structure.kind === 'mixed'
      ? [{ role: 'primary part' as const, name: null, figure: structure.primaryPart }]
      : []),
  ];
  const conversion = convertDealFigures(sources, inputs, reporting, request.date, request.lookup);
  assumptions.push(...conversion.assumptions);
  const [investment, primary] = conversion.figures as [DealFigure, DealFigure | undefined];
  const investmentRange = positiveRange(
    'investment',
    request.investment.text,
    valueOf(investment.point),
    investment.range,
    assumptions,
  );
  const stakeText = request.stake.text;
  const stakeRange = percentInRange(
    'stake',
    stakeText,
    request.stake.value,
    request.stake.interval,
    true,
    assumptions,
  );
  if (primary) checkPrimaryPart(primary, valueOf(investment.point));

  const points: ImpliedValues = {
    investment: investment.point,
    stake: fractionOf(pointOf(request.stake.value)),
    primaryPart: primary?.point ?? null,
  };
  const ranges: ImpliedValues = {
    investment: investmentRange,
    stake: fractionOf(stakeRange),
    primaryPart: primary ? nonNegativeRange('primary part', primary.input.figure.text, primary.range) : null,
  };
  const point = impliedQuantities(points, structure.kind);
  if (structure.kind !== 'secondary' && !valueOf(point.pre).gt(ZERO)) {
    throw dealError(
      'DEAL_INVESTMENT_EXCEEDS_VALUATION',
      `new money "${request.investment.text}" for "${stakeText}" leaves no pre-money value: it buys the whole company`,
      'A stake bought with new money is below 100%; check the stake, or say the money buys existing shares.',
    );
  }
  const range = impliedQuantities(ranges, structure.kind);
  assumptions.push(
    ...excludedWrittenValues([
      request.investment,
      request.stake,
      ...(structure.kind === 'mixed' ? [structure.primaryPart] : []),
    ]),
  );

  const money = (p: Interval, r: Interval) => moneyRange(p, r, reporting);
  const parts = dealParts(
    structure.kind,
    { ...point, primaryShare: point.primaryShare },
    { ...range, primaryShare: range.primaryShare },
    reporting,
  );
  return {
    structure: structure.kind,
    currency: reporting,
    date: conversion.date,
    investment: money(investment.point, investmentRange),
    stake: percentRange(points.stake, ranges.stake),
    postMoney: money(point.post, range.post),
    preMoney: money(point.pre, range.pre),
    parts,
    fx: conversion.fx,
    figures: [...conversion.reads, percentFigureRead(request.stake, 'stake', null)],
    assumptions,
    notes: impliedNotes(range, structure.kind),
  };
}

/** The formulas, arranged so that each figure appears once where possible (ranges stay tight). */
function impliedQuantities(values: ImpliedValues, kind: DealStructure['kind']): ImpliedQuantities {
  const { investment: I, stake: s } = values;
  const post = intervalDivide(I, s);
  const zero = pointOf(ZERO);
  switch (kind) {
    case 'primary':
      // post − I = I / s − I = I × (1 / s − 1)
      return {
        post,
        pre: intervalTimes(I, intervalMinus(intervalDivide(ONE, s), ONE)),
        primaryAmount: I,
        primaryShare: s,
        secondaryAmount: zero,
        secondaryShare: zero,
      };
    case 'secondary':
      return {
        post,
        pre: post,
        primaryAmount: zero,
        primaryShare: zero,
        secondaryAmount: I,
        secondaryShare: s,
      };
    case 'mixed': {
      const P = values.primaryPart ?? zero;
      // P / post = P × s / I; (I − P) / post = s × (1 − P / I)
      const newMoneyFraction = intervalDivide(P, I);
      return {
        post,
        pre: intervalMinus(post, P),
        primaryAmount: P,
        primaryShare: intervalTimes(s, newMoneyFraction),
        secondaryAmount: intervalMinus(I, P),
        secondaryShare: intervalTimes(s, intervalMinus(ONE, newMoneyFraction)),
      };
    }
  }
}

function impliedNotes(range: ImpliedQuantities, kind: DealStructure['kind']): string[] {
  const notes: string[] = [];
  if (kind !== 'secondary' && (range.pre.low === null || !range.pre.low.gt(ZERO))) {
    notes.push(
      'the ranges of the figures allow a pre-money valuation of zero or less (a stake near 100% bought with new money), which no deal has; the pre-money range includes such values',
    );
  }
  return notes;
}

function checkPrimaryPart(primary: DealFigure, investment: Decimal): void {
  const value = valueOf(primary.point);
  const text = primary.input.figure.text;
  if (value.lt(ZERO)) {
    throw dealError(
      'DEAL_NOT_POSITIVE',
      `the new money "${text}" is below zero`,
      'Give the primary part as an amount of zero or more.',
    );
  }
  if (value.gt(investment)) {
    throw dealError(
      'DEAL_PRIMARY_PART_TOO_LARGE',
      `the new money "${text}" is more than the whole investment`,
      'The primary part is the new money within the investment; give at most the amount invested.',
    );
  }
}
