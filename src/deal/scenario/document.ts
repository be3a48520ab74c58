/**
 * A scenario document as written: YAML or JSON read into a plain tree whose leaves keep their
 * text exactly as in the file ("$8M", "12.50", "2018-01-01"), with the line each came from.
 * Numbers are never read as JS numbers here; the schema reads each leaf by what its key means.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { fail, succeed, type ErrorInfo, type Result } from '../../errors.js';
import { syntaxError } from './scenarioErrors.js';

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

function whereAt(text: string, lines: LineCounter, offset: number, cache?: Map<number, string>): DocWhere {
  const { line, col } = lines.linePos(offset);
  let lineText = cache?.get(line);
  if (lineText === undefined) {
    const lineStart = lines.lineStarts[line - 1] ?? 0;
    const lineEnd = text.indexOf('\n', lineStart);
    lineText = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
    // Once per line, not per value: 20,000 values on one long line were 20,000 copies of it.
    cache?.set(line, lineText);
  }
  return { line, column: col, lineText };
}

/**
 * How deep `[` and `{` nest outside quotes and comments, stopping once past `limit`: the YAML
 * library recurses per level, and a text of 100,000 brackets took it seconds to refuse.
 */
function flowDepthOver(text: string, limit: number): number | undefined {
  let depth = 0;
  let quote = '';
  let comment = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '\n') {
      comment = false;
      if (quote === "'") quote = '';
      continue;
    }
    if (comment) continue;
    if (quote !== '') {
      if (ch === '\\' && quote === '"') i += 1;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1] as string))) comment = true;
    else if (ch === '[' || ch === '{') {
      depth += 1;
      if (depth > limit) return i;
    } else if ((ch === ']' || ch === '}') && depth > 0) depth -= 1;
  }
  return undefined;
}

/** The largest scenario text read (a scenario is a page or two; 1 MiB is far past any). */
export const MAX_SCENARIO_CHARS = 1024 * 1024;
/** The most values a document may hold once its aliases are expanded (an alias bomb holds billions). */
export const MAX_SCENARIO_VALUES = 100_000;
/** The deepest nesting of mappings and lists read (a scenario needs five or six levels). */
export const MAX_SCENARIO_DEPTH = 64;

class Unreadable extends Error {
  constructor(readonly info: ErrorInfo) {
    super(info.message);
  }
}

/**
 * Converts the YAML tree. An alias is converted once and shared (never copied), and the values
 * the document holds with every alias expanded are counted as it goes (memoised per node), so an
 * alias bomb is refused in time linear in its text, before anything walks it (issue 20).
 */
class Converter {
  private readonly done = new Map<unknown, { node: DocNode; values: number }>();
  private readonly anchors = new Map<string, unknown>();
  private readonly lineTexts = new Map<number, string>();
  constructor(
    private readonly doc: Document,
    private readonly text: string,
    private readonly lines: LineCounter,
  ) {}

  private where(n: Node | null | undefined): DocWhere | undefined {
    return n?.range ? whereAt(this.text, this.lines, n.range[0], this.lineTexts) : undefined;
  }

  run(node: unknown): DocNode {
    const { node: root, values } = this.convert(node, 0);
    if (values > MAX_SCENARIO_VALUES) throw this.tooLarge(values, node);
    return root;
  }

  private tooLarge(values: number, node: unknown): Unreadable {
    return new Unreadable({
      ...syntaxError(
        `the document holds more than ${MAX_SCENARIO_VALUES} values once its aliases (*name) are expanded (${values > 1e15 ? 'billions' : values})`,
        this.where(node as Node),
      ),
      hint: 'Write the values out, or use fewer aliases: a scenario is a page or two, never this large.',
    });
  }

  private convert(node: unknown, depth: number): { node: DocNode; values: number } {
    if (depth > MAX_SCENARIO_DEPTH) {
      throw new Unreadable(
        syntaxError(
          `mappings and lists are nested more than ${MAX_SCENARIO_DEPTH} deep`,
          this.where(node as Node),
        ),
      );
    }
    if (isAlias(node)) {
      // The anchor defined last before the alias (documents are converted in order).
      const target = this.anchors.get(node.source);
      if (target === undefined)
        throw new Unreadable(
          syntaxError(`the alias *${node.source.slice(0, 40)} names no anchor before it`, this.where(node)),
        );
      return this.convert(target, depth + 1);
    }
    const seen = this.done.get(node);
    if (seen !== undefined) return seen;
    const result = this.convertNew(node, depth);
    if (result.values > MAX_SCENARIO_VALUES) throw this.tooLarge(result.values, node);
    if (node !== null && typeof node === 'object') this.done.set(node, result);
    return result;
  }

  private convertNew(node: unknown, depth: number): { node: DocNode; values: number } {
    if (node === null || node === undefined) return { node: { kind: 'scalar', text: null }, values: 1 };
    const anchor = (node as { anchor?: string }).anchor;
    if (typeof anchor === 'string') this.anchors.set(anchor, node);
    if (isMap(node)) {
      const entries: DocEntry[] = [];
      let values = 1;
      for (const pair of node.items) {
        const key = pair.key;
        if (!isScalar(key) || key.value === null || typeof key.value === 'object')
          throw new Unreadable(syntaxError('a key must be a plain word', this.where(key as Node)));
        const keyText = typeof key.source === 'string' ? key.source : String(key.value);
        const at = this.where(key);
        const value = this.convert(pair.value, depth + 1);
        values += value.values;
        entries.push({ key: keyText, value: value.node, ...(at ? { where: at } : {}) });
      }
      const at = this.where(node);
      return { node: { kind: 'map', entries, ...(at ? { where: at } : {}) }, values };
    }
    if (isSeq(node)) {
      const at = this.where(node);
      let values = 1;
      const items = node.items.map((item) => {
        const value = this.convert(item, depth + 1);
        values += value.values;
        return value.node;
      });
      return { node: { kind: 'list', items, ...(at ? { where: at } : {}) }, values };
    }
    if (isScalar(node)) {
      const at = this.where(node);
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
      return { node: { kind: 'scalar', text: scalarText, ...(at ? { where: at } : {}) }, values: 1 };
    }
    void this.doc;
    throw new Unreadable(syntaxError('this kind of YAML value is not read', this.where(node as Node)));
  }
}

/** The YAML library's words for a fault, in ours where they name the library's own API. */
function problemText(code: string, message: string): string {
  if (code === 'MULTIPLE_DOCS') return 'a scenario is one document: this "---" starts a second one';
  if (/call stack/i.test(message))
    return `mappings and lists are nested more than ${MAX_SCENARIO_DEPTH} deep`;
  const firstLine = message.split('\n')[0] ?? message;
  return firstLine.replace(/ at line \d+, column \d+:?$/, '').replace(/;? ?please use YAML\.\w+\(\)/, '');
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
  if (text.length > MAX_SCENARIO_CHARS) {
    return fail({
      ...syntaxError(
        `the document is ${text.length} characters long, more than ${MAX_SCENARIO_CHARS}`,
        undefined,
      ),
      hint: 'A scenario is a page or two: split it, or leave out what it does not need.',
    });
  }
  const lines = new LineCounter();
  const deep = flowDepthOver(text, MAX_SCENARIO_DEPTH);
  if (deep !== undefined) {
    lines.addNewLine(0);
    for (let i = text.indexOf('\n'); i !== -1 && i < deep; i = text.indexOf('\n', i + 1))
      lines.addNewLine(i + 1);
    return fail(
      syntaxError(
        `mappings and lists are nested more than ${MAX_SCENARIO_DEPTH} deep`,
        whereAt(text, lines, deep),
      ),
    );
  }
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    // The library recurses on nesting: a document nested thousands deep exhausts the stack.
    if (error instanceof RangeError)
      return fail(
        syntaxError(`mappings and lists are nested more than ${MAX_SCENARIO_DEPTH} deep`, undefined),
      );
    throw error;
  }
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const offset = problem.pos[0];
    const what = problemText(problem.code, problem.message);
    return fail(syntaxError(what, whereAt(text, lines, Math.min(offset, Math.max(0, text.length - 1)))));
  }
  try {
    const root = new Converter(doc, text, lines).run(doc.contents);
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
    if (error instanceof RangeError)
      return fail(
        syntaxError(`mappings and lists are nested more than ${MAX_SCENARIO_DEPTH} deep`, undefined),
      );
    throw error;
  }
}
