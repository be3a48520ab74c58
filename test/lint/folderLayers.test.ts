/**
 * The folders of src/ form layers with no cycle (issue 16, "Done when": "No folder cycle (a test
 * builds the import graph of src/ and fails on one)"; DESIGN.md: money → vocabulary → parse → fx
 * → store → check/deal → shells).
 *
 * The graph is built from every .ts file's imports as TypeScript itself lists them
 * (ts.preProcessFile: static imports and re-exports, `import type`, dynamic `import()`; comments
 * and JSDoc examples are not imports). Type-only imports count as edges: a lower folder that
 * names a type of a higher one still has to change when that one does, and a cycle hidden behind
 * `import type` is the coupling this test is here to stop.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../fx/helpers.js';

const SRC = join(ROOT, 'src');

/**
 * The layers, lowest first. A folder may import only from folders of lower layers (and from
 * itself). The files at the root of src/ are their own units: errors.ts, commonErrors.ts and requestFields.ts at the
 * bottom ("errors"), index.ts (the public API, "api") above the jobs it lists.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['errors', 'text'],
  ['money'],
  ['vocabulary', 'quantity'],
  ['parse'],
  ['fx'],
  ['store', 'render'],
  ['check', 'deal', 'batch'],
  ['api'],
  ['node', 'web'],
  ['cli'],
];

/** The unit a file of src/ belongs to: its top folder, or a name for a file at the root. */
function unitOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  if (parts.length > 1) return parts[0] ?? '';
  const name = parts[0] ?? '';
  if (name === 'index.ts') return 'api';
  // requestFields.ts checks a public call's arguments with commonErrors' builder: error machinery too.
  if (name === 'errors.ts' || name === 'commonErrors.ts' || name === 'requestFields.ts') return 'errors';
  return name;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** One import that crosses units: which file imports what. */
interface Crossing {
  readonly from: string;
  readonly to: string;
  readonly file: string;
  readonly specifier: string;
}

/** Every import of src/ from one unit into another. */
function crossings(): Crossing[] {
  const found: Crossing[] = [];
  for (const file of sourceFiles(SRC)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName: specifier } of info.importedFiles) {
      if (!specifier.startsWith('.')) continue;
      const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
      const from = unitOf(file);
      const to = unitOf(target);
      if (from !== to) found.push({ from, to, file: relative(ROOT, file), specifier });
    }
  }
  return found;
}

/**
 * The cycles of a graph of units: its strongly connected components of more than one unit
 * (Tarjan), each sorted, listed in sorted order.
 */
function cyclesOf(edges: readonly (readonly [string, string])[]): string[][] {
  const next = new Map<string, string[]>();
  for (const [a, b] of edges) {
    next.set(a, [...(next.get(a) ?? []), b]);
    if (!next.has(b)) next.set(b, []);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (unit: string): void => {
    index.set(unit, index.size);
    low.set(unit, index.get(unit) ?? 0);
    stack.push(unit);
    onStack.add(unit);
    for (const other of next.get(unit) ?? []) {
      if (!index.has(other)) {
        visit(other);
        low.set(unit, Math.min(low.get(unit) ?? 0, low.get(other) ?? 0));
      } else if (onStack.has(other)) {
        low.set(unit, Math.min(low.get(unit) ?? 0, index.get(other) ?? 0));
      }
    }
    if (low.get(unit) !== index.get(unit)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== unit);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const unit of next.keys()) if (!index.has(unit)) visit(unit);
  return cycles.sort((x, y) => (x.join() < y.join() ? -1 : 1));
}

const graph = crossings();
const layerOf = new Map(LAYERS.flatMap((units, layer) => units.map((unit) => [unit, layer] as const)));

describe('the folders of src/ form layers (issue 16)', () => {
  it('finds the imports it judges (the graph is not empty, type-only imports included)', () => {
    // parse/types.ts imports `type { Interval }` from quantity/: a type-only edge must be seen.
    expect(graph).toContainEqual(
      expect.objectContaining({ from: 'parse', to: 'quantity', file: join('src', 'parse', 'types.ts') }),
    );
    expect(graph.length).toBeGreaterThan(100);
  });

  it('the cycle finder finds the cycles it is shown', () => {
    expect(
      cyclesOf([
        ['money', 'parse'],
        ['parse', 'money'],
        ['fx', 'store'],
        ['store', 'check'],
        ['check', 'fx'],
        ['deal', 'fx'],
      ]),
    ).toEqual([
      ['check', 'fx', 'store'],
      ['money', 'parse'],
    ]);
    expect(
      cyclesOf([
        ['check', 'fx'],
        ['fx', 'money'],
      ]),
    ).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const cycles = cyclesOf(graph.map((c) => [c.from, c.to] as const));
    const explained = cycles.map((units) => ({
      units,
      imports: graph
        .filter((c) => units.includes(c.from) && units.includes(c.to))
        .map((c) => `${c.file} imports ${c.specifier}`),
    }));
    expect(explained).toEqual([]);
  });

  it('puts every folder in a layer', () => {
    const units = new Set(graph.flatMap((c) => [c.from, c.to]));
    expect([...units].filter((unit) => !layerOf.has(unit)).sort()).toEqual([]);
  });

  it('imports only downwards: money → vocabulary → parse → fx → store → check/deal → shells', () => {
    const upwards = graph
      .filter((c) => (layerOf.get(c.to) ?? Infinity) >= (layerOf.get(c.from) ?? -Infinity))
      .map((c) => `${c.from} → ${c.to}: ${c.file} imports ${c.specifier}`);
    expect(upwards).toEqual([]);
  });
});
