import type { CurrencyCode } from '../money/currency.js';
import type { Interval } from '../quantity/interval.js';
import { moneyRange, percentRange } from './ranges.js';
import type { DealPart, DealStructure } from './types.js';

/** The values a deal's parts are built from, at the written figures or over their ranges. */
export interface PartValues {
  readonly primaryAmount: Interval;
  readonly primaryShare: Interval;
  readonly secondaryAmount: Interval;
  readonly secondaryShare: Interval;
  readonly pre: Interval;
  readonly post: Interval;
}

/**
 * The primary and secondary parts of a deal: which part is new money (dilutes, priced on the
 * post-money) and which buys existing shares (no dilution, priced on the pre-money).
 *
 * @example
 * const one = { low: new Decimal('1'), high: new Decimal('1'), lowOpen: false, highOpen: false };
 * dealParts('secondary', { primaryAmount: one, primaryShare: one, secondaryAmount: one, secondaryShare: one, pre: one, post: one }, { primaryAmount: one, primaryShare: one, secondaryAmount: one, secondaryShare: one, pre: one, post: one }, USD).map((p) => [p.kind, p.dilutes])
 * //=> [['secondary', false]]
 */
export function dealParts(
  structure: DealStructure['kind'],
  point: PartValues,
  range: PartValues,
  reporting: CurrencyCode,
): DealPart[] {
  const money = (p: Interval, r: Interval) => moneyRange(p, r, reporting);
  const parts: DealPart[] = [];
  if (structure !== 'secondary') {
    parts.push({
      kind: 'primary',
      amount: money(point.primaryAmount, range.primaryAmount),
      stake: percentRange(point.primaryShare, range.primaryShare),
      valuation: money(point.post, range.post),
      valuationBasis: 'post',
      dilutes: true,
      label:
        'new money (primary): buys newly issued shares, which dilute every existing holder; priced on the post-money valuation',
    });
  }
  if (structure !== 'primary') {
    parts.push({
      kind: 'secondary',
      amount: money(point.secondaryAmount, range.secondaryAmount),
      stake: percentRange(point.secondaryShare, range.secondaryShare),
      valuation: money(point.pre, range.pre),
      valuationBasis: 'pre',
      dilutes: false,
      label:
        'existing shares (secondary): bought from holders, so no new shares and no dilution; priced on the pre-money valuation',
    });
  }
  return parts;
}
