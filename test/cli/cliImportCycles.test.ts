/**
 * No import circle among the files of src/cli (issue 16 item 6): the rates subcommands once
 * formed an 8-file circle (rates.ts → ratesLoader → ratesRuns → each run → rates.ts, for the
 * option types). Every import counts here, `import type` and `import()` included, since each is
 * a dependency a reader has to hold. (The folder-level layering of src/ is tested elsewhere.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const CLI = join(SRC, 'cli');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

// `from './x.js'` (import, import type, export … from) and `import('./x.js')`.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*)'(\.{1,2}\/[^']+)'/g;

/** Each file's imports of other files in the folder, by path relative to src/. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(SPECIFIER)]
      .map((m) => resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')))
      .filter((target) => known.has(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The strongly connected components of more than one file (or a file importing itself). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('imports among the files of src/cli', () => {
  it('finds a circle when there is one (the finder itself)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c']]);
  });

  it('reads import type, export … from and import() as imports', () => {
    const graph = importGraph(tsFiles(join(CLI, 'commands')));
    const rates = join(CLI, 'commands', 'rates.ts');
    expect(graph.get(rates)).toContain(join(CLI, 'commands', 'optionTypes.ts'));
    expect(graph.get(join(CLI, 'commands', 'ratesLoader.ts'))).toEqual([
      join(CLI, 'commands', 'ratesRuns.ts'),
    ]);
  });

  it('has no circle', () => {
    const found = cycles(importGraph(tsFiles(CLI))).map((c) => c.map((f) => relative(SRC, f)));
    expect(found).toEqual([]);
  });
});
