import { errorFrom, DealCalcError } from '../errors.js';
import { writeFileAtomic } from '../node/atomicWrite.js';
import type { ChartSpec } from '../render/chart.js';
import { svgChart } from '../render/svgChart.js';

/**
 * Writes a chart as an SVG file (atomically), or says in one line why it could not.
 *
 * @example
 * typeof writeChartSvg //=> 'function'
 */
export function writeChartSvg(path: string, spec: ChartSpec): void {
  try {
    writeFileAtomic(path, svgChart(spec));
  } catch (error) {
    if (!(error instanceof DealCalcError)) throw error;
    throw errorFrom({
      code: 'OUTPUT_FAILED',
      message: error.message.replace(/^cannot write/, 'cannot write the chart'),
      hint: 'Name a file in a folder you may write to (--svg FILE).',
    });
  }
}
