/**
 * The chart of a checked pair on the page: the reference rate around the story's day, with the
 * band of rates the quoted figures allow, the same chart `dealcalc check --chart --svg` draws.
 */
import { checkChart } from '../check/checkQuote.js';
import type { CheckResult } from '../check/types.js';
import { GIVEN_SOURCE_ID } from '../fx/givenRate.js';
import { svgChart } from '../render/svgChart.js';
import type { RateStore } from '../store/rateStore.js';

/** Days before and after the story's day the chart shows. */
export const PAIR_CHART_DAYS = 30;

/** What the chart of a checked pair is drawn from. */
export interface PairChartRequest {
  readonly store: RateStore;
  readonly check: CheckResult;
  /** The source to chart (the one the verdict rests on). */
  readonly source: string;
}

/**
 * The chart of a checked pair as an SVG document, or null when there is no table to chart (a
 * rate the user gave).
 *
 * @example
 * const check = checkQuote(openShippedStore(), { text: 'about 1.5 billion yuan ($227 million)', on: '2017-11-15' });
 * pairChartSvg({ store: openShippedStore(), check, source: check.source }).startsWith('<svg') //=> true
 */
export function pairChartSvg(request: PairChartRequest): string | null {
  if (request.source === GIVEN_SOURCE_ID) return null;
  return svgChart(checkChart(request.store, { ...request.check, source: request.source }, PAIR_CHART_DAYS));
}
