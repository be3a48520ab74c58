/**
 * Changing one value of a scenario, as if the file said so, and checking the result again.
 */
import { fail, succeed, type ErrorSpec, type Result } from '../../errors.js';
import {
  readScenarioDocument,
  type DocEntry,
  type DocList,
  type DocMap,
  type DocNode,
  type ScenarioDocument,
} from './document.js';
import { scenarioFromDocument, type ParseScenarioOptions } from './parseScenario.js';
import { formatScenarioPath, parseScenarioPath, type ScenarioPathSegment } from './path.js';
import { pathStepInvalid, valueNotYaml, wholeScenarioReplaced } from './scenarioErrors.js';
import type { Scenario } from './types.js';
import { SCENARIO_FIELDS, checkArgument, checkFields } from '../../requestFields.js';

/** Keys that pick one element of a list by name. */
const NAME_KEYS = ['name', 'holder'];
/** A round states one of these; setting one replaces the others. */
const PRICE_KEYS = ['preMoney', 'postMoney', 'pricePerShare'];
const EMPTY = new Set(['', '~', 'null']);

class BadPath extends Error {
  constructor(readonly info: ErrorSpec) {
    super(info.message);
  }
}

function badPath(path: string, at: readonly ScenarioPathSegment[], what: string, hint: string): never {
  throw new BadPath(pathStepInvalid(path, what, formatScenarioPath(at), hint));
}

function nameOf(node: DocNode): string | null {
  if (node.kind !== 'map') return null;
  const entry = node.entries.find((e) => NAME_KEYS.includes(e.key));
  return entry?.value.kind === 'scalar' ? (entry.value.text?.trim() ?? null) : null;
}

/** A value written as in the file: a plain value as it stands; quoted, {…} or […] read as YAML. */
function valueNode(path: string, text: string): DocNode {
  const trimmed = text.trim();
  if (!/^["'{[]/.test(trimmed)) return { kind: 'scalar', text: trimmed };
  const read = readScenarioDocument(`value: ${trimmed}\n`);
  const entry = read.ok ? read.value.root.entries[0] : undefined;
  if (entry === undefined)
    throw new BadPath(valueNotYaml(path, trimmed, read.ok ? undefined : read.error.message));
  return strip(entry.value);
}

/** The node without file positions (it no longer comes from the file). */
function strip(node: DocNode): DocNode {
  switch (node.kind) {
    case 'scalar':
      return { kind: 'scalar', text: node.text };
    case 'list':
      return { kind: 'list', items: node.items.map(strip) };
    case 'map':
      return { kind: 'map', entries: node.entries.map((e) => ({ key: e.key, value: strip(e.value) })) };
  }
}

function setIn(
  node: DocNode,
  segments: readonly ScenarioPathSegment[],
  depth: number,
  path: string,
  value: DocNode | null,
): DocNode {
  const segment = segments[depth];
  if (segment === undefined) return value ?? node;
  const here = segments.slice(0, depth + 1);
  const last = depth === segments.length - 1;
  if (segment.kind === 'key') {
    const map: DocMap =
      node.kind === 'map'
        ? node
        : node.kind === 'scalar' && node.text === null
          ? { kind: 'map', entries: [] }
          : badPath(
              path,
              here,
              `"${segment.key}" is a key, but this is ${node.kind === 'list' ? 'a list' : 'a value'}`,
              'Use [index] or ["name"] for a list.',
            );
    const existing = map.entries.find((e) => e.key === segment.key);
    let entries: DocEntry[] = [...map.entries];
    if (last && value === null) {
      entries = entries.filter((e) => e.key !== segment.key);
    } else {
      const child = setIn(
        existing?.value ?? { kind: 'scalar', text: null },
        segments,
        depth + 1,
        path,
        value,
      );
      entries = existing
        ? entries.map((e) => (e === existing ? { ...e, value: child } : e))
        : [...entries, { key: segment.key, value: child }];
      if (last && PRICE_KEYS.includes(segment.key))
        entries = entries.filter((e) => e.key === segment.key || !PRICE_KEYS.includes(e.key));
    }
    return { ...map, entries };
  }
  if (node.kind !== 'list')
    badPath(
      path,
      here,
      'this is not a list',
      node.kind === 'map' ? 'Use .key for a mapping.' : 'Check the path.',
    );
  const list: DocList = node;
  let index: number;
  if (segment.kind === 'index') {
    index = segment.index;
    if (index >= list.items.length)
      badPath(
        path,
        here,
        `the list has ${list.items.length} element${list.items.length === 1 ? '' : 's'}`,
        list.items.length === 0
          ? 'The list is empty; add the element to the file.'
          : `Use an index from 0 to ${list.items.length - 1}.`,
      );
  } else {
    index = list.items.findIndex((item) => nameOf(item) === segment.name);
    if (index === -1)
      badPath(
        path,
        here,
        `no element is named "${segment.name}"`,
        `Names here: ${
          list.items
            .map(nameOf)
            .filter((n) => n !== null)
            .join(', ') || '(none)'
        }.`,
      );
  }
  const item = list.items[index] as DocNode;
  if (last && value === null) return { ...list, items: list.items.filter((_, i) => i !== index) };
  const child = setIn(item, segments, depth + 1, path, value);
  return { ...list, items: list.items.map((x, i) => (i === index ? child : x)) };
}

/**
 * Sets one value of a scenario's document, written as in the file ("3B", "$8M", "15%",
 * "2018-06-30", 500000, or YAML such as `{ target: "10%", placement: post-money }`), and checks
 * the whole scenario again. The path is as in the file: `rounds[0].preMoney`,
 * `rounds["Series A"].investors["Lead"].amount`, `convertibles[1].cap`. Setting one of a round's
 * preMoney, postMoney, pricePerShare replaces the other two; an empty value (or ~) removes the key
 * (or the list element). A missing key is added (its value is checked like any other).
 *
 * @returns the new scenario, or an error: SCENARIO_PATH_INVALID, or any error parseScenario returns
 *
 * @example
 * const s = unwrap(parseScenario('currency: USD\nholders: [{ name: F, shares: 1000000 }]\nrounds: [{ name: A, date: 2018-01-02, preMoney: "$8M" }]\n'));
 * const t = applyOverride(s, 'rounds[0].postMoney', '3B');
 * t.ok && [t.value.rounds[0].price.basis, t.value.rounds[0].price.figure.amount.toString()] //=> ['postMoney', '3000000000']
 * applyOverride(s, 'rounds[1].preMoney', '3B').error.code //=> 'SCENARIO_PATH_INVALID'
 */
export function applyOverride(
  scenario: Scenario,
  path: string,
  value: string,
  options: ParseScenarioOptions = {},
): Result<Scenario> {
  checkFields('applyOverride', 'scenario', scenario, SCENARIO_FIELDS);
  checkArgument('applyOverride', 'path', 'text', path);
  checkArgument('applyOverride', 'value', 'text', value);
  const document = overrideDocument(scenario.document, path, value);
  if (!document.ok) return document;
  return scenarioFromDocument(document.value, options);
}

/**
 * The document with one value set (see applyOverride), not yet checked.
 *
 * @example
 * const doc = unwrap(readScenarioDocument('currency: USD\n'));
 * unwrap(overrideDocument(doc, 'currency', 'EUR')).root.entries[0].value.text //=> 'EUR'
 */
export function overrideDocument(
  document: ScenarioDocument,
  path: string,
  value: string,
): Result<ScenarioDocument> {
  const segments = parseScenarioPath(path);
  if (!segments.ok) return segments;
  try {
    const node = EMPTY.has(value.trim()) ? null : valueNode(path, value);
    const root = setIn(document.root, segments.value, 0, path, node);
    if (root.kind !== 'map') return fail(wholeScenarioReplaced(path));
    return succeed({ root });
  } catch (error) {
    if (error instanceof BadPath) return fail(error.info);
    throw error;
  }
}
