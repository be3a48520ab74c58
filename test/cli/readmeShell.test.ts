/**
 * The README's and every `--help`'s examples, run as a user types them (issue 16 item 7): each
 * `$ …` line of a README code block, and each example line of a command's help, goes through
 * `bash -c` in a copy of examples/ with the built `dealcalc` on PATH, and its whole output
 * (stdout and stderr, as a terminal shows them) must be what the README prints beneath it. An
 * example the README shows no output for, each help example, and each command's text and
 * `--json` output are compared with a golden file under test/cli/golden/ instead; regenerate
 * them with `UPDATE_GOLDEN=1 npx vitest run test/cli/readmeShell.test.ts` and read the diff.
 *
 * One code block (or one command's help) is one shell session: its lines run in order in one
 * copy of examples/, with one empty home folder, so an import is seen by the lines after it.
 * Normalised on both sides, and nothing else: what depends on today (the day and a table's age),
 * the session's home folder (shown as /home/ann), the time an import ran, a batch's timing, and
 * spaces at the end of a line.
 * Needs a build (`npm run build`).
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLE = join(ROOT, 'dist', 'dealcalc.cjs');
const GOLDEN = join(ROOT, 'test', 'cli', 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const WORK = mkdtempSync(join(tmpdir(), 'dealcalc-readme-'));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

/** One line a user types, and what the docs say it prints (undefined: a golden file says). */
interface Example {
  readonly command: string;
  readonly shown?: string;
}

/** Lines run in one shell session, in order. */
interface Session {
  readonly name: string;
  readonly examples: readonly Example[];
}

// `dealcalc serve` serves until stopped: its example is shown, not run (test/node covers it).
const NEVER_ENDS = /^dealcalc serve\b/;

/** The `$ …` lines of each fenced block of the README, with the lines shown beneath each. */
export function readmeSessions(readme: string): Session[] {
  const sessions: Session[] = [];
  let block: string[] | undefined;
  let startLine = 0;
  readme.split('\n').forEach((line, index) => {
    if (line.startsWith('```')) {
      if (block === undefined) {
        block = [];
        startLine = index + 2;
      } else {
        const examples = blockExamples(block);
        if (examples.length > 0) sessions.push({ name: `README.md:${startLine}`, examples });
        block = undefined;
      }
    } else if (block !== undefined) block.push(line);
  });
  return sessions;
}

function blockExamples(lines: readonly string[]): Example[] {
  const examples: { command: string; out: string[] }[] = [];
  for (const line of lines) {
    if (line.startsWith('$ ')) examples.push({ command: line.slice(2), out: [] });
    else examples.at(-1)?.out.push(line);
  }
  return examples.map(({ command, out }) => {
    while (out.length > 0 && out.at(-1) === '') out.pop();
    return out.length === 0 ? { command } : { command, shown: `${out.join('\n')}\n` };
  });
}

/** The example lines of a help text (after "Example:" or "Examples:", up to a blank line). */
export function helpExamples(help: string): string[] {
  const lines = help.split('\n');
  const start = lines.findIndex((l) => /^Examples?:$/.test(l));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && l.trim() === '');
  return lines.slice(start + 1, end < 0 ? undefined : end).map((l) => l.trim());
}

const HELPS = [
  'convert',
  'check',
  'scan',
  'stake',
  'implied',
  'scenario',
  'serve',
  'rates sources',
  'rates show',
  'rates import',
  'rates export',
  'rates update',
] as const;

// Each command's text and --json output, beside what the docs show: golden files.
const EACH_COMMAND: Session = {
  name: 'each command',
  examples: [
    "dealcalc convert '1.5 billion yuan' USD,EUR --on 2017-11-23 --json",
    "dealcalc convert '1.5 bilion yuan' USD --json",
    'dealcalc convert --batch deals.csv --to USD --json',
    "dealcalc check 'about 1.5 billion yuan ($227 million)' --on 2017-11-15 --json",
    'dealcalc scan story.txt --json',
    "dealcalc stake --invest '1.5 billion yuan' --valuation 'more than $2 billion' --on 2017-11-15 --json",
    "dealcalc implied --invest '$240 million' --stake 1.6% --json",
    'dealcalc scenario series-a.yaml --json',
    'dealcalc scenario exit-waterfall.yaml --json',
    'dealcalc scenario exit-waterfall.yaml --csv --wide',
    'dealcalc rates sources',
    'dealcalc rates sources --json',
    'dealcalc rates show USD/CNY --from 2017-11-20 --to 2017-11-26 --json',
    'dealcalc rates show USD/CNY --from 2017-11-20 --to 2017-11-26 --csv',
    'dealcalc rates export --source fred-h10 --pair USD/CNY --from 2017-11-15 --to 2017-11-17 --json',
    'dealcalc rates import csv house.csv',
    'dealcalc rates import ledger prices.journal --json',
  ].map((command) => ({ command })),
};

/** A copy of examples/ and an empty home folder for one session, and the environment it runs in. */
function sessionPlace(): { cwd: string; home: string; env: NodeJS.ProcessEnv } {
  const place = mkdtempSync(join(WORK, 'session-'));
  const cwd = join(place, 'examples');
  const home = join(place, 'home');
  const bin = join(place, 'bin');
  cpSync(join(ROOT, 'examples'), cwd, { recursive: true });
  mkdirSync(home);
  mkdirSync(bin);
  symlinkSync(join(ROOT, 'bin', 'dealcalc.cjs'), join(bin, 'dealcalc'));
  const env: NodeJS.ProcessEnv = {
    PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin`,
    HOME: home,
    LANG: 'C.UTF-8',
    TERM: 'dumb',
  };
  return { cwd, home, env };
}

/** What a terminal shows for one line: stdout and stderr in the order written, and the exit. */
function runLine(command: string, place: ReturnType<typeof sessionPlace>): { output: string; code: number } {
  const r = spawnSync('bash', ['-c', `exec 2>&1\n${command}`], {
    cwd: place.cwd,
    env: place.env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { output: r.stdout, code: r.status ?? -1 };
}

const TODAY = new Date().toISOString().slice(0, 10);

/** What may differ between the day the docs were written and a run: the things named above. */
export function normalise(text: string, home?: string): string {
  let out = home === undefined ? text : text.split(home).join('/home/ann');
  // where the package is installed (a checkout here, a clean clone in CI)
  out = out.split(ROOT.replace(/[\\/]$/, '')).join('/usr/lib/node_modules/dealcalc');
  out = out
    // the latest rate's age, said on a given day
    .replace(/on \d{4}-\d\d-\d\d it is [\d,]+ days? old \([^)]*\)/g, 'on <today> it is <n> days old (<age>)')
    .replace(/"today": "\d{4}-\d\d-\d\d"/g, '"today": "<today>"')
    .replace(/"ageDays": \d+/g, '"ageDays": <n>')
    // the time an import ran
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g, '<now>')
    // a batch's timing
    .replace(/[\d.]+ s \([\d,]+ rows\/s\)/g, '<t> s (<n> rows/s)')
    .replace(/"(elapsedSeconds|rowsPerSecond)": [\d.]+/g, '"$1": <n>');
  // spaces at a line's end, which no reader sees and editors strip (a terminal chart pads its rows)
  return out
    .split(TODAY)
    .join('<today>')
    .replace(/[ \t]+$/gm, '');
}

function goldenName(session: string, command: string, used: Set<string>): string {
  const slug = `${session}-${command.replace(/\s+#.*$/, '').replace(/^dealcalc /, '')}`
    .replace(/[^A-Za-z0-9.%]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 90);
  let name = `${slug}.txt`;
  for (let n = 2; used.has(name); n += 1) name = `${slug}-${n}.txt`;
  used.add(name);
  return name;
}

const built = existsSync(BUNDLE);
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const helpSessions: Session[] = built
  ? HELPS.map((command) => {
      const place = sessionPlace();
      const help = runLine(`dealcalc ${command} --help`, place).output;
      return { name: `help ${command}`, examples: helpExamples(help).map((line) => ({ command: line })) };
    })
  : [];
const usedGolden = new Set<string>();

describe.skipIf(!built)('the examples, typed into bash', () => {
  it('reads the examples out of the README and the help texts', () => {
    const readmeCommands = readmeSessions(readme).flatMap((s) => s.examples.map((e) => e.command));
    expect(readmeCommands).toContain(
      "dealcalc check 'about 1.5 billion yuan ($227 million)' --on 2017-11-15",
    );
    expect(helpSessions.find((s) => s.name === 'help check')?.examples.map((e) => e.command)).toContain(
      "dealcalc check '2 trillion yen ($17 billion)' --on 2023-06-01 --exact from",
    );
    expect(blockExamples(['$ a', 'one', '', '$ b', '', '$ c', 'two', ''])).toEqual([
      { command: 'a', shown: 'one\n' },
      { command: 'b' },
      { command: 'c', shown: 'two\n' },
    ]);
  });

  it('quotes every example that holds a $ in single quotes, so no shell expands it', () => {
    const all = [...readmeSessions(readme), ...helpSessions].flatMap((s) => s.examples.map((e) => e.command));
    // a $ outside single quotes: strip the single-quoted parts and a comment, and look for one
    const unquoted = all.filter((c) =>
      c
        .replace(/'[^']*'/g, '')
        .replace(/\s#.*$/, '')
        .includes('$'),
    );
    expect(unquoted).toEqual([]);
  });

  const sessions = [...readmeSessions(readme), ...helpSessions, EACH_COMMAND];
  for (const session of sessions) {
    it(
      `${session.name}: ${session.examples.map((e) => e.command).join(' · ')}`.slice(0, 200),
      () => {
        const place = sessionPlace();
        for (const example of session.examples) {
          const line = example.command;
          if (NEVER_ENDS.test(line)) continue;
          const { output, code } = runLine(line, place);
          const got = normalise(output, place.home);
          if (example.shown !== undefined) {
            expect({ line, output: got }).toEqual({ line, output: normalise(example.shown) });
            continue;
          }
          // named by the line (not by the README's line number, which moves)
          const prefix = session.name.startsWith('README') ? 'readme' : session.name;
          const file = join(GOLDEN, goldenName(prefix, line, usedGolden));
          const text = `$ ${line}\n${got}[exit ${code}]\n`;
          if (UPDATE || !existsSync(file)) {
            mkdirSync(GOLDEN, { recursive: true });
            if (UPDATE) writeFileSync(file, text);
          }
          expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
          expect(text).toBe(readFileSync(file, 'utf8'));
        }
      },
      180_000,
    );
  }
});
