/**
 * Checks of a public call's arguments at its boundary: a script that passes the wrong type (no
 * request, a number where text belongs, a list that is not one) gets REQUEST_INVALID naming the
 * job and the field, before any work, instead of a TypeError from deep inside. The types say the
 * same; these checks are for JavaScript callers and data read from JSON.
 */
import { requestInvalid } from './commonErrors.js';

/** What a field holds: text, a list of texts, any list, a count (a non-negative integer), a yes/no, an object or a function. */
export type FieldKind = 'text' | 'texts' | 'list' | 'count' | 'flag' | 'object' | 'function';

/** A field's kinds (any of them will do), `?` when the field may be left out. */
export type FieldSpec = FieldKind | `${FieldKind}?` | readonly (FieldKind | `${FieldKind}?`)[];

const WANTED: Readonly<Record<FieldKind, string>> = {
  text: 'text (a string)',
  texts: 'a list of texts',
  list: 'a list',
  count: 'a whole number of 0 or more',
  flag: 'true or false',
  object: 'an object',
  function: 'a function',
};

/** How a value looks, in words: 'a number', 'null', 'an array'. */
function kindOfValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

function holds(kind: FieldKind, value: unknown): boolean {
  switch (kind) {
    default:
      return false;
    case 'text':
      return typeof value === 'string';
    case 'texts':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'list':
      return Array.isArray(value);
    case 'count':
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
    case 'flag':
      return typeof value === 'boolean';
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'function':
      return typeof value === 'function';
  }
}

/**
 * Checks one argument: REQUEST_INVALID unless it holds one of the kinds.
 *
 * @example
 * checkArgument('parseFigure', 'text', 'text', 42) // throws REQUEST_INVALID
 * checkArgument('parseFigure', 'text', 'text', '$5') //=> undefined
 * checkArgument('stakeFromText', 'request.invest', 'texts', ['$1M']) //=> undefined
 */
export function checkArgument(job: string, name: string, spec: FieldSpec, value: unknown): void {
  // The common case first, without allocating: one kind, and the value holds it.
  if (typeof spec === 'string' && holds(spec as FieldKind, value)) return;
  const specs = (typeof spec === 'string' ? [spec] : spec) as readonly string[];
  if (value === undefined && specs.some((s) => s.endsWith('?'))) return;
  const kinds = specs.map((s) => s.replace(/\?$/, '') as FieldKind);
  if (kinds.some((kind) => holds(kind, value))) return;
  throw requestInvalid(job, name, kinds.map((kind) => WANTED[kind]).join(' or '), kindOfValue(value));
}

/**
 * Checks an object argument and the fields named in `fields` (fields not named are left to the
 * job, which checks their values): a parsed scenario, an answer given to a renderer.
 *
 * @example
 * checkFields('runScenario', 'scenario', {}, { rounds: 'list' }) // throws REQUEST_INVALID
 * checkFields('runScenario', 'scenario', { rounds: [] }, { rounds: 'list' }) //=> undefined
 */
export function checkFields(
  job: string,
  name: string,
  value: unknown,
  fields: Readonly<Record<string, FieldSpec>>,
): void {
  checkArgument(job, name, 'object', value);
  for (const [field, spec] of Object.entries(fields)) {
    checkArgument(job, `${name}.${field}`, spec, (value as Record<string, unknown>)[field]);
  }
}

/**
 * Checks a request object and the fields named in `fields` (fields not named are left to the
 * job, which checks their values).
 *
 * @example
 * checkRequest('convert', undefined, { figure: 'text' }) // throws REQUEST_INVALID
 * checkRequest('convert', { figure: '$5', on: 20171115 }, { figure: 'text', on: 'text?' }) // throws REQUEST_INVALID
 * checkRequest('convert', { figure: '$5' }, { figure: 'text', on: 'text?' }) //=> undefined
 */
export function checkRequest(
  job: string,
  request: unknown,
  fields: Readonly<Record<string, FieldSpec>>,
): void {
  checkFields(job, 'request', request, fields);
}

/** The fields of a parsed scenario (parseScenario's value) a run reads first. */
export const SCENARIO_FIELDS: Readonly<Record<string, FieldSpec>> = {
  holders: 'list',
  rounds: 'list',
  convertibles: 'list',
  fx: 'object',
  pool: 'object',
  document: 'object',
};

/**
 * Checks a rate store argument: an object with its sources and a source(id) lookup.
 *
 * @example
 * checkStore('convert', null) // throws REQUEST_INVALID
 * checkStore('convert', openShippedStore()) //=> undefined
 */
export function checkStore(job: string, store: unknown, name = 'store'): void {
  const looksLikeStore =
    typeof store === 'object' &&
    store !== null &&
    Array.isArray((store as { sources?: unknown }).sources) &&
    typeof (store as { source?: unknown }).source === 'function';
  if (!looksLikeStore) {
    throw requestInvalid(
      job,
      name,
      'a rate store (openShippedStore(), openStore(), openRateStore())',
      kindOfValue(store),
    );
  }
}

/**
 * Checks a list of rate sources (a store's `sources`).
 *
 * @example
 * checkSources('stake', undefined) // throws REQUEST_INVALID
 * checkSources('stake', openShippedStore().sources) //=> undefined
 */
export function checkSources(job: string, sources: unknown): void {
  const ok =
    Array.isArray(sources) &&
    sources.every(
      (s) => typeof s === 'object' && s !== null && typeof (s as { info?: unknown }).info === 'object',
    );
  if (!ok)
    throw requestInvalid(job, 'sources', "a list of rate sources (a store's sources)", kindOfValue(sources));
}
