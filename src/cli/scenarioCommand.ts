import { cliOutputName } from './hints.js';
import { optionInvalid } from '../commonErrors.js';
import { answerScenario } from '../deal/scenario/scenarioJob.js';
import type { CommandContext } from './context.js';
import type { ScenarioOptions } from './commands/optionTypes.js';
import { storeFor } from './openStore.js';
import { readInputFile } from './readInputFile.js';
import { renderClassTableCsv, sweepPayoutChart } from '../deal/scenario/render/waterfall.js';
import { payoutChartSvg } from '../render/payoutChart.js';
import { writeFileAtomic } from '../node/atomicWrite.js';
import {
  renderScenarioCsv,
  renderScenarioJson,
  renderScenarioText,
  renderSolveJson,
  renderSolveText,
  renderSweepCsv,
  renderSweepJson,
  renderSweepText,
} from '../deal/scenario/render/scenario.js';

/**
 * The scenario command's work: read the file, one core call, a renderer.
 */
export function scenarioCommand(file: string, options: ScenarioOptions, context: CommandContext): void {
  if (options.json && options.csv) {
    throw optionInvalid('--json and --csv are two outputs', 'Choose one.');
  }
  const { io } = context;
  const text = readInputFile(file, io.readStdin ?? (() => ''));
  const store = storeFor(options, io);
  let drawn = false;
  const answer = answerScenario(store, {
    text,
    sets: options.set ?? [],
    sweeps: options.sweep ?? [],
    shows: options.show ?? [],
    exits: options.exit ?? [],
    ...(options.solve !== undefined ? { solve: options.solve } : {}),
    ...(options.yen ? { yen: options.yen } : {}),
    ...(io.stderrIsTTY
      ? {
          onProgress: (done: number, total: number) => {
            if (total < 20) return;
            drawn = true;
            const width = 30;
            const filled = Math.round((done / total) * width);
            io.stderr(`\rsweep ${'█'.repeat(filled)}${'·'.repeat(width - filled)} ${done}/${total}`);
          },
        }
      : {}),
  });
  if (drawn) io.stderr('\n');
  if (answer.kind === 'solve') {
    io.stdout(options.json ? renderSolveJson(answer.solved) : renderSolveText(answer.solved));
  } else if (answer.kind === 'run') {
    io.stdout(
      options.json
        ? renderScenarioJson(answer.result)
        : options.csv
          ? options.wide
            ? renderClassTableCsv(answer.result)
            : renderScenarioCsv(answer.result)
          : renderScenarioText(answer.result, cliOutputName),
    );
  } else {
    const chart = options.svg === undefined ? null : sweepPayoutChart(answer.sweep);
    if (options.svg !== undefined) {
      if (chart === null)
        throw optionInvalid(
          '--svg draws the payout chart of a sweep of the exit value',
          "Sweep the exit, e.g. --sweep 'exit=0..500M:10M' --svg payouts.svg.",
        );
      writeFileAtomic(options.svg, payoutChartSvg(chart));
    }
    io.stdout(
      options.json
        ? renderSweepJson(answer.sweep)
        : options.csv
          ? renderSweepCsv(answer.sweep)
          : renderSweepText(answer.sweep, options.chart === true),
    );
  }
}
