/**
 * Every `@example` in the source runs here. In an example, `expr //=> expected` asserts that
 * `expr` equals the JavaScript literal `expected` (Decimals compare by their text), a `//=>` line
 * of its own asserts the statement before it, `expr // throws CODE` asserts a DealCalcError with
 * that code, and every other line just runs. In scope: the module's own exports, its folder's
 * (the folder's index.ts), the core folders' (an example inside the package may use the package's
 * own pieces, which the public entry points no longer export), the package's (dealcalc and
 * dealcalc/node), and the fixtures below.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Command } from 'commander';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/node/index.js';
import * as coreApi from '../../src/index.js';
import { Decimal } from '../../src/money/decimal.js';
import { ROOT } from '../fx/helpers.js';

const SRC = join(ROOT, 'src');
const SKIP = new Set(['src/money/currencyTable.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !SKIP.has(relative(ROOT, path)) ? [path] : [];
  });
}

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

/** The @example blocks of a file's JSDoc comments, as code. */
function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const examples: Example[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const lines = comment[0]
      .split('\n')
      .map((l) => l.replace(/^\s*\/?\*+\/?\s?/, '').replace(/\s*\*\/$/, ''));
    const startLine = text.slice(0, comment.index).split('\n').length;
    let current: string[] | null = null;
    let at = 0;
    lines.forEach((line, i) => {
      if (/^@example\b/.test(line)) {
        if (current) examples.push({ file, line: at, code: current.join('\n') });
        current = [line.replace(/^@example\s*/, '')];
        at = startLine + i;
      } else if (/^@\w/.test(line)) {
        if (current) examples.push({ file, line: at, code: current.join('\n') });
        current = null;
      } else if (current) current.push(line);
    });
    if (current) examples.push({ file, line: at, code: (current as string[]).join('\n') });
  }
  return examples.filter((e) => e.code.trim() !== '');
}

/** Turns an example into statements that assert. */
function toTest(code: string): string {
  const out: string[] = [];
  const lines = code.split('\n').filter((l) => !/^\s*import\s/.test(l));
  let pending: string | null = null;
  const flush = () => {
    if (pending !== null) out.push(pending);
    pending = null;
  };
  for (const raw of lines) {
    const line = raw.trimEnd();
    const own = /^\s*\/\/=>\s*(.*)$/.exec(line);
    if (own && pending !== null) {
      const statement = pending.replace(/;\s*$/, '');
      out.push(`__check(${statement}, (${own[1]}));`);
      pending = null;
      continue;
    }
    flush();
    const inline = /^(.*?)\s*\/\/=>\s*(.*)$/.exec(line);
    const throws = /^(.*?)\s*\/\/ throws ([A-Z_]+)\s*$/.exec(line);
    if (inline) out.push(`__check(${inline[1]?.replace(/;\s*$/, '')}, (${inline[2]}));`);
    else if (throws) out.push(`await __throws(async () => { ${throws[1]} }, '${throws[2]}');`);
    else if (/^\s*(\/\/.*)?$/.test(line)) out.push(line);
    else pending = line;
  }
  flush();
  return out.join('\n');
}

function normalize(value: unknown): unknown {
  if (value instanceof Decimal) return value.toString();
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v)]));
  }
  return value;
}

// The core's folders: what an example inside the package may use besides the public API.
const CORE_BARRELS = [
  'money',
  'quantity',
  'parse',
  'fx',
  'store',
  'store/formats',
  'check',
  'deal',
  'deal/scenario',
  'render',
  'batch',
];
const core: Record<string, unknown> = {};
for (const folder of CORE_BARRELS) {
  Object.assign(core, (await import(join(SRC, folder, 'index.ts'))) as Record<string, unknown>);
}
// The Node shell has no internal barrel (its index.ts is dealcalc/node): its modules, one by one.
const nodeShell: Record<string, unknown> = {};
for (const name of readdirSync(join(SRC, 'node')).filter((n) => n.endsWith('.ts') && n !== 'index.ts')) {
  Object.assign(nodeShell, (await import(join(SRC, 'node', name))) as Record<string, unknown>);
}

const store = api.openShippedStore();
const fixtures = {
  fred: store.source('fred-h10'),
  imf: store.source('imf'),
  ecb: store.source('ecb'),
  ...Object.fromEntries(
    ['CNY', 'USD', 'EUR', 'JPY', 'HKD', 'GBP'].map((code) => [code, api.toCurrencyCode(code)]),
  ),
  io: { stdout: () => {}, stderr: () => {}, today: () => '2026-11-28' },
  Command,
  __check: (actual: unknown, expected: unknown) => expect(normalize(actual)).toEqual(normalize(expected)),
  __throws: async (fn: () => Promise<unknown>, code: string) => {
    let error: unknown;
    try {
      await fn();
    } catch (e) {
      error = e;
    }
    expect(error, 'expected a DealCalcError').toBeInstanceOf(api.DealCalcError);
    expect((error as api.DealCalcError).code).toBe(code);
  },
};

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

// Only the files that have examples: a file without any (a shell's wiring: commands, the page's
// DOM) gets no test, neither a fake example nor an empty test that pads the count.
const files = sourceFiles(SRC)
  .map((file) => ({ file, examples: examplesOf(file) }))
  .filter(({ examples }) => examples.length > 0);
describe.each(files.map(({ file, examples }) => [relative(ROOT, file), file, examples] as const))(
  'examples in %s',
  (_, file, examples) => {
    for (const example of examples) {
      it(`line ${example.line}`, async () => {
        const own = (await import(file)) as Record<string, unknown>;
        const barrel = join(dirname(file), 'index.ts');
        const folder = existsSync(barrel) ? ((await import(barrel)) as Record<string, unknown>) : {};
        const shell = dirname(file) === join(SRC, 'node') ? nodeShell : {};
        const scope: Record<string, unknown> = { ...core, ...api, ...folder, ...shell, ...own, ...fixtures };
        const body = transformSync(toTest(example.code), { loader: 'ts' }).code;
        const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
        const fn = new AsyncFunction(...names, body);
        await fn(...names.map((n) => scope[n]));
      });
    }
  },
);

describe('the examples', () => {
  it("are examples: none says only that a function is a function (a shell's function gets no example)", () => {
    const fake = sourceFiles(SRC).flatMap((file) =>
      examplesOf(file)
        .filter((e) => /^\s*typeof \w+ \/\/=> 'function'\s*$/.test(e.code))
        .map((e) => `${relative(ROOT, e.file)}:${e.line}`),
    );
    expect(fake).toEqual([]);
  });
});

/** The README's library blocks under "### One call per job", each with its line in README.md. */
function readmeExamples(): Example[] {
  const file = join(ROOT, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const start = readme.indexOf('### One call per job');
  const end = readme.indexOf('\n## ', start);
  if (start < 0) return [];
  return [...readme.slice(start, end).matchAll(/```js\n([\s\S]*?)```/g)].map((m) => ({
    file,
    line: readme.slice(0, start + (m.index ?? 0)).split('\n').length,
    code: m[1] as string,
  }));
}

/** The names a block imports from the package, with the entry point each comes from. */
function packageImports(code: string): Record<string, unknown> {
  const scope: Record<string, unknown> = {};
  for (const m of code.matchAll(/^import \{([^}]*)\} from '([^']+)';$/gm)) {
    const entry = m[2] === 'dealcalc' ? coreApi : m[2] === 'dealcalc/node' ? api : null;
    expect(entry, `README imports from ${m[2]}, not the package`).not.toBeNull();
    for (const name of (m[1] as string).split(',').map((n) => n.trim())) {
      if (name === '') continue;
      expect(Object.keys(entry as object), `${name} is not exported by ${m[2]}`).toContain(name);
      scope[name] = (entry as Record<string, unknown>)[name];
    }
  }
  return scope;
}

// README's examples run with only what they import (from dealcalc or dealcalc/node), so a block
// that works here works when a user types it; a name the package does not export fails.
describe('README library examples (One call per job)', () => {
  const examples = readmeExamples();
  it('there is one for each job: convert, check, scan, stake, implied, scenario, rates', () => {
    const calls = [
      'convert(',
      'checkQuote(',
      'scanText(',
      'stakeFromText(',
      'impliedFromText(',
      'answerScenario(',
      'rateHistory(',
    ];
    expect(calls.filter((call) => !examples.some((e) => e.code.includes(call)))).toEqual([]);
    for (const example of examples) expect(example.code, `README.md:${example.line}`).toContain('//=>');
  });
  for (const example of examples) {
    it(`README.md:${example.line}`, async () => {
      const scope: Record<string, unknown> = {
        ...packageImports(example.code),
        __check: fixtures.__check,
        __throws: fixtures.__throws,
      };
      const body = transformSync(toTest(example.code), { loader: 'ts' }).code;
      const names = Object.keys(scope);
      await new AsyncFunction(...names, body)(...names.map((n) => scope[n]));
    });
  }
});
