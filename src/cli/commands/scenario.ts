import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import type { ScenarioOptions } from './optionTypes.js';
import { nonEmpty, once, parseYenOption } from '../options.js';

const collect = (value: string, previous: readonly string[] | undefined): readonly string[] => [
  ...(previous ?? []),
  value,
];

/**
 * `dealcalc scenario <file>`: the definition only; the work (and the YAML reader) loads when the
 * command runs, so that no other command pays for it on a cold start.
 */
export function defineScenario(program: Command, context: CommandContext): void {
  program
    .command('scenario')
    .description(
      'model rounds, pools, SAFEs, notes and secondaries from a scenario file; override and sweep its values',
    )
    .argument('<file>', 'the scenario (YAML or JSON), or - for standard input')
    .option('--set <path=value>', 'override one value, e.g. rounds[0].preMoney=3B (repeat)', collect)
    .option(
      '--sweep <path=from..to:step>',
      'sweep a value, e.g. rounds[0].preMoney=6M..12M:1M (once: a table; twice: a matrix)',
      collect,
    )
    .option(
      '--show <path>',
      'a result to show at each sweep point, e.g. holders["Founder A"].percent (repeat)',
      collect,
    )
    .option(
      '--exit <figure>',
      "divide an exit value among the classes and holders, e.g. '$200M' (repeat; replaces the file's exits)",
      collect,
    )
    .option(
      '--solve <question>',
      "solve one term exactly: 'investment:Lead=20%' (what Lead must invest to own 20% after its round) or 'preMoney:Series A=$1.25' (the pre-money giving that price)",
      once('--solve', nonEmpty('--solve')),
    )
    .option(
      '--svg <file>',
      'with --sweep exit=…: write the payout chart as an SVG file',
      once('--svg', nonEmpty('--svg')),
    )
    .option('--wide', 'with --csv: the final table as a row per holder and a column per class')
    .option('--json', 'print one JSON object')
    .option('--csv', 'print CSV: the pro-forma tables, or the sweep')
    .option('--chart', "draw a sweep's first result against the swept value")
    .option('--yen <CNY|JPY>', 'how to read a lone "¥"', once('--yen', parseYenOption))
    .option(
      '--data-dir <dir>',
      'folder holding manifest.json and the rate tables',
      once('--data-dir', nonEmpty('--data-dir')),
    )
    .option(
      '--user-dir <dir>',
      'folder of your own rate tables (default: $DEALCALC_USER_DIR, else the XDG data folder)',
      once('--user-dir', nonEmpty('--user-dir')),
    )
    .addHelpText(
      'after',
      "\nExamples:\n  dealcalc scenario series-a.yaml\n  dealcalc scenario series-a.yaml --sweep 'rounds[0].preMoney=6M..12M:1M' --show 'holders[\"Founder A\"].percent' --csv\n  dealcalc scenario series-a.yaml --exit '$50M' --exit '$200M'\n  dealcalc scenario series-a.yaml --sweep 'exit=0..500M:10M' --chart\n  dealcalc scenario series-a.yaml --solve 'investment:Lead=20%'",
    )
    .action(async (file: string, options: ScenarioOptions) => {
      const { scenarioCommand } = await import('../scenarioCommand.js');
      scenarioCommand(file, options, context);
    });
}
