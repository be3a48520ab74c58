/**
 * A scenario document as written: YAML or JSON read into a plain tree whose leaves keep their
 * text exactly as in the file ("$8M", "12.50", "2018-01-01"), with the line each came from.
 * Numbers are never read as JS numbers here; the schema reads each leaf by what its key means.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { errorInfo, fail, succeed, type ErrorInfo, type Result } from '../../errors.js';

/** Where a node sits in the file (lines and columns count from 1). */
export interface DocWhere {
  readonly line: number;
  readonly column: number;
  /** The text of that line, for a caret under the fault. */
  readonly lineText: string;
}

/** A leaf: its text as written (quotes removed), or null for an empty value (`key:`, `~`, `null`). */
export interface DocScalar {
  readonly kind: 'scalar';
  readonly text: string | null;
  readonly where?: DocWhere;
}

/** One `key: value` of a mapping. */
export interface DocEntry {
  readonly key: string;
  readonly value: DocNode;
  readonly where?: DocWhere;
}

/** A mapping, keys in the order written. */
export interface DocMap {
  readonly kind: 'map';
  readonly entries: readonly DocEntry[];
  readonly where?: DocWhere;
}

/** A list. */
export interface DocList {
  readonly kind: 'list';
  readonly items: readonly DocNode[];
  readonly where?: DocWhere;
}

export type DocNode = DocScalar | DocMap | DocList;

/** A whole scenario document: a mapping at the top. */
export interface ScenarioDocument {
  readonly root: DocMap;
}

function whereAt(text: string, lines: LineCounter, offset: number): DocWhere {
  const { line, col } = lines.linePos(offset);
  const lineStart = lines.lineStarts[line - 1] ?? 0;
  const lineEnd = text.indexOf('\n', lineStart);
  const lineText = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
  return { line, column: col, lineText };
}

/**
 * A syntax error of the document, pointing at its line.
 *
 * @example
 * syntaxError('bad indentation', { line: 3, column: 1, lineText: 'b: 1' }).message //=> 'line 3, column 1: bad indentation'
 */
export function syntaxError(what: string, where: DocWhere | undefined): ErrorInfo {
  return errorInfo({
    code: 'SCENARIO_SYNTAX',
    message: where ? `line ${where.line}, column ${where.column}: ${what}` : what,
    hint: 'A scenario is YAML or JSON: a mapping with the keys currency, holders, convertibles and rounds (see the scenario format).',
    ...(where
      ? {
          position: {
            input: where.lineText,
            index: Math.min(where.column - 1, Math.max(0, where.lineText.length - 1)),
            length: 1,
          },
        }
      : {}),
  });
}

class Unreadable extends Error {
  constructor(readonly info: ErrorInfo) {
    super(info.message);
  }
}

function convert(node: unknown, doc: Document, text: string, lines: LineCounter): DocNode {
  const where = (n: Node | null | undefined) => (n?.range ? whereAt(text, lines, n.range[0]) : undefined);
  if (isAlias(node)) return convert(node.resolve(doc), doc, text, lines);
  if (node === null || node === undefined) return { kind: 'scalar', text: null };
  if (isMap(node)) {
    const entries: DocEntry[] = [];
    for (const pair of node.items) {
      const key = pair.key;
      if (!isScalar(key) || key.value === null || typeof key.value === 'object')
        throw new Unreadable(syntaxError('a key must be a plain word', where(key as Node)));
      const keyText = typeof key.source === 'string' ? key.source : String(key.value);
      const at = where(key);
      entries.push({
        key: keyText,
        value: convert(pair.value, doc, text, lines),
        ...(at ? { where: at } : {}),
      });
    }
    const at = where(node);
    return { kind: 'map', entries, ...(at ? { where: at } : {}) };
  }
  if (isSeq(node)) {
    const at = where(node);
    return {
      kind: 'list',
      items: node.items.map((item) => convert(item, doc, text, lines)),
      ...(at ? { where: at } : {}),
    };
  }
  if (isScalar(node)) {
    const at = where(node);
    // Plain scalars keep their source text ("12.50", not 12.5); quoted ones their unquoted value.
    const value = node.value;
    const scalarText =
      value === null
        ? null
        : node.type === 'PLAIN' && typeof node.source === 'string'
          ? node.source
          : typeof value === 'string'
            ? value
            : String(node.source ?? value);
    return { kind: 'scalar', text: scalarText, ...(at ? { where: at } : {}) };
  }
  throw new Unreadable(syntaxError('this kind of YAML value is not read', where(node as Node)));
}

/**
 * Reads the text of a scenario file (YAML, or JSON, which YAML reads too) into a document tree.
 * Never throws on user text: a syntax error is an error result naming the line.
 *
 * @example
 * const doc = readScenarioDocument('currency: USD\nrate: 12.50\n');
 * doc.ok && doc.value.root.entries[1].value.text //=> '12.50'
 * readScenarioDocument('a: [1, 2\nb: 3\n').ok //=> false
 */
export function readScenarioDocument(text: string): Result<ScenarioDocument> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const offset = problem.pos[0];
    const firstLine = problem.message.split('\n')[0] ?? problem.message;
    const what = firstLine.replace(/ at line \d+, column \d+:?$/, '');
    return fail(syntaxError(what, whereAt(text, lines, Math.min(offset, Math.max(0, text.length - 1)))));
  }
  try {
    const root = convert(doc.contents, doc, text, lines);
    if (root.kind !== 'map')
      return fail(
        syntaxError(
          root.kind === 'scalar' && root.text === null
            ? 'the scenario is empty'
            : 'a scenario is a mapping of keys (currency, holders, rounds, …)',
          root.where,
        ),
      );
    return succeed({ root });
  } catch (error) {
    if (error instanceof Unreadable) return fail(error.info);
    throw error;
  }
}
