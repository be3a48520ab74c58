import type { CurrencyCode } from '../money/currency.js';
import type { QuotedFigure } from '../parse/types.js';
import { dealError } from './dealChecks.js';
import type { DealStructure } from './types.js';

/** What a stake or an implied valuation starts from. */
export interface DealFrame {
  /** As given; a primary purchase when none is. */
  readonly structure: DealStructure;
  /** The currency the answer is given in. */
  readonly reporting: CurrencyCode;
  /** What was assumed for lack of a structure or a currency (more are added later). */
  readonly assumptions: string[];
}

/**
 * The structure, the reporting currency (as given, or the anchor figure's) and the assumptions
 * either took, for a deal answered from its anchor figure (the investment or the valuation).
 *
 * @throws DealCalcError DEAL_NO_CURRENCY when neither the request nor the anchor names a currency
 *
 * @example
 * const frame = dealFrame({}, parseFigureOrThrow('$2 billion'), 'valuation', '$2 billion');
 * [frame.structure.kind, frame.reporting, frame.assumptions[1]] //=> ['primary', 'USD', "amounts are in USD, the valuation's currency"]
 */
export function dealFrame(
  request: { readonly structure?: DealStructure; readonly currency?: CurrencyCode },
  anchor: QuotedFigure,
  role: 'investment' | 'valuation',
  example: string,
): DealFrame {
  const reporting = request.currency ?? anchor.currency?.code;
  if (!reporting) {
    throw dealError(
      'DEAL_NO_CURRENCY',
      `the ${role} "${anchor.text}" names no currency, and no reporting currency was given`,
      `Name the currency in the ${role} (e.g. "${example}") or give the currency to report in.`,
    );
  }
  const assumptions: string[] = [];
  if (!request.structure) {
    assumptions.push(
      'the money is new money (a primary purchase of newly issued shares); say so if it buys existing shares (secondary) or both',
    );
  }
  if (!request.currency) assumptions.push(`amounts are in ${reporting}, the ${role}'s currency`);
  return { structure: request.structure ?? { kind: 'primary' }, reporting, assumptions };
}
