/**
 * THE CHART HOOK. The detail panel shows a chart of the pair's reference rate around the day,
 * with the band of rates the quoted figures allow, once the pure SVG chart writer
 * (`src/render/svgChart.ts`, branch `rates`) is on main. Until then this returns null and the
 * panel shows no chart. To wire it: build a ChartSpec from `rateHistory(store, { pair, from,
 * to, source })` through `historyChart`, add `band` = the check's implied interval (label "rates
 * the figures allow") and a marker on the day, and return `svgChart(spec)`.
 */
import type { CheckResult } from '../check/types.js';
import type { RateStore } from '../store/rateStore.js';

/** What the chart of a checked pair is drawn from. */
export interface PairChartRequest {
  readonly store: RateStore;
  readonly check: CheckResult;
  /** The source to chart (the one the verdict rests on). */
  readonly source: string;
}

/**
 * The chart of a checked pair as an SVG document, or null while no chart writer is available.
 *
 * @example
 * const check = checkQuote(openShippedStore(), { text: 'about 1.5 billion yuan ($227 million)', on: '2017-11-15' });
 * pairChartSvg({ store: openShippedStore(), check, source: check.source }) //=> null
 */
export function pairChartSvg(request: PairChartRequest): string | null {
  void request;
  return null;
}
