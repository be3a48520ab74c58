import { errorFrom } from '../errors.js';
import { writeOutputFile } from '../node/writeOutputFile.js';
import type { ChartSpec } from '../render/chart.js';
import { svgChart } from '../render/svgChart.js';
import { usageInvalid } from './cliErrors.js';

/**
 * Writes a chart as SVG where --svg names: standard output for "-" (then the command prints
 * nothing else), a device or FIFO as a stream, a regular or new file atomically.
 */
export function writeChartSvg(path: string, spec: ChartSpec, stdout: (text: string) => void): void {
  if (path === '-') stdout(svgChart(spec));
  else writeOutputFile(path, svgChart(spec), '--svg');
}

/**
 * Refuses `--svg -` with --json or --csv: both want standard output.
 *
 * @example
 * checkSvgTarget('chart.svg', true) //=> undefined
 */
export function checkSvgTarget(path: string | undefined, machineOutput: boolean): void {
  if (path === '-' && machineOutput) {
    throw errorFrom(
      usageInvalid(
        '--svg - writes the chart to standard output, which --json or --csv also writes to',
        'Name a file for the chart (--svg chart.svg), or leave out --json and --csv.',
      ),
    );
  }
}
