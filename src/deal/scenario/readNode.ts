/**
 * Reading the leaves and branches of a scenario document by what their key means. Each reader
 * throws a ScenarioError naming the key path; parseScenario turns it into a Result.
 */
import { isIsoDate } from '../../fx/calendar.js';
import type { IsoDate } from '../../fx/types.js';
import type { CurrencyCode } from '../../money/currency.js';
import { Decimal } from '../../money/decimal.js';
import { parseFigure } from '../../parse/parseFigure.js';
import { editDistance } from '../../parse/editDistance.js';
import type { DocEntry, DocMap, DocNode } from './document.js';
import { readScenarioPercent } from './readScenarioPercent.js';
import {
  figureHedged,
  figureNotPositive,
  figureUnreadable,
  keyMissing,
  keyUnknown,
  keyWrongKind,
  listTooLong,
  notAChoice,
  notADay,
  notAPercent,
  notAWholeNumber,
  percentOutOfRange,
  valueEmpty,
  wholeTooLong,
} from './scenarioErrors.js';
import type { ScenarioFigure, ScenarioPercent } from './types.js';

/** A node together with its key path. */
export interface At<T extends DocNode = DocNode> {
  readonly node: T;
  readonly path: string;
}

function expectKind<K extends DocNode['kind']>(
  at: At,
  kind: K,
  example: string,
): At<Extract<DocNode, { kind: K }>> {
  if (at.node.kind !== kind) throw keyWrongKind(at, kind, example);
  return at as At<Extract<DocNode, { kind: K }>>;
}

/**
 * A mapping whose keys must all be among `known` (an unknown key is an error that suggests the
 * nearest known one).
 *
 * @example
 * const map = { kind: 'map', entries: [{ key: 'preMony', value: { kind: 'scalar', text: '$8M' } }] };
 * mapAt({ node: map, path: 'rounds[0]' }, ['preMoney'], '{ preMoney: "$8M" }') // throws SCENARIO_KEY_UNKNOWN
 */
export function mapAt(at: At, known: readonly string[], example: string): At<DocMap> {
  const map = expectKind(at, 'map', example);
  for (const entry of map.node.entries) {
    if (known.includes(entry.key)) continue;
    const nearest = [...known].sort((a, b) => editDistance(entry.key, a) - editDistance(entry.key, b))[0];
    const close = nearest !== undefined && editDistance(entry.key, nearest) <= 2;
    throw keyUnknown(childPath(map.path, entry.key), entry.where, known, close ? nearest : null);
  }
  return map;
}

/**
 * The items of a list with their paths (an absent key reads as an empty list).
 *
 * @example
 * listAt({ node: { kind: 'list', items: [{ kind: 'scalar', text: 'a' }] }, path: 'holders' }, '[]')[0].path //=> 'holders[0]'
 */
export function listAt(at: At | undefined, example: string, max = MAX_LIST_ITEMS): At[] {
  if (at === undefined) return [];
  if (at.node.kind === 'scalar' && at.node.text === null) return [];
  const list = expectKind(at, 'list', example);
  if (list.node.items.length > max) throw listTooLong(list, list.node.items.length, max);
  return list.node.items.map((node, i) => ({ node, path: `${list.path}[${i}]` }));
}

/**
 * The path of a key under a path ("" at the top).
 *
 * @example
 * childPath('rounds[0]', 'date') //=> 'rounds[0].date'
 */
export function childPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/**
 * The entry of a key, if present.
 *
 * @example
 * entryOf({ node: { kind: 'map', entries: [] }, path: '' }, 'currency') //=> undefined
 */
export function entryOf(map: At<DocMap>, key: string): DocEntry | undefined {
  return map.node.entries.find((entry) => entry.key === key);
}

/**
 * The value of a key, if present and not empty (`key:` and `key: ~` read as absent).
 *
 * @example
 * optional({ node: { kind: 'map', entries: [{ key: 'pool', value: { kind: 'scalar', text: null } }] }, path: '' }, 'pool') //=> undefined
 */
export function optional(map: At<DocMap>, key: string): At | undefined {
  const entry = entryOf(map, key);
  if (entry === undefined) return undefined;
  if (entry.value.kind === 'scalar' && entry.value.text === null) return undefined;
  return { node: entry.value, path: childPath(map.path, key) };
}

/**
 * The value of a key that must be present.
 *
 * @example
 * required({ node: { kind: 'map', entries: [] }, path: 'rounds[0]' }, 'date', 'Give the day.') // throws SCENARIO_KEY_MISSING
 */
export function required(map: At<DocMap>, key: string, hint: string): At {
  const value = optional(map, key);
  if (value === undefined)
    throw keyMissing(childPath(map.path, key), entryOf(map, key)?.where ?? map.node.where, hint);
  return value;
}

/**
 * The text of a leaf (trimmed, not empty).
 *
 * @example
 * textAt({ node: { kind: 'scalar', text: ' USD ' }, path: 'currency' }, 'USD') //=> 'USD'
 */
export function textAt(at: At, example: string): string {
  const scalar = expectKind(at, 'scalar', example);
  const text = scalar.node.text?.trim() ?? '';
  if (text === '') throw valueEmpty(at, example);
  return text;
}

/**
 * One of a fixed set of words.
 *
 * @example
 * choiceAt({ node: { kind: 'scalar', text: 'note' }, path: 'type' }, ['safe-post', 'note']) //=> 'note'
 */
export function choiceAt<T extends string>(at: At, choices: readonly T[]): T {
  const text = textAt(at, choices.join(' or '));
  const found = choices.find((choice) => choice === text);
  if (found === undefined) throw notAChoice(at, text, choices);
  return found;
}

/**
 * A yes/no value: true or false.
 *
 * @example
 * booleanAt({ node: { kind: 'scalar', text: 'true' }, path: 'mfn' }) //=> true
 */
export function booleanAt(at: At): boolean {
  return choiceAt(at, ['true', 'false']) === 'true';
}

/**
 * A calendar day, YYYY-MM-DD.
 *
 * @example
 * dateAt({ node: { kind: 'scalar', text: '2018-01-01' }, path: 'date' }) //=> '2018-01-01'
 */
export function dateAt(at: At): IsoDate {
  const text = textAt(at, '2018-01-01');
  if (!isIsoDate(text)) throw notADay(at, text);
  return text;
}

const WHOLE = /^(?:\d+|\d{1,3}(?:,\d{3})+|\d{1,3}(?:_\d{3})+)$/;

/** The most items any list of a scenario holds (holders, investors, grants, …); rounds have MAX_ROUNDS. */
export const MAX_LIST_ITEMS = 10_000;
/** The most rounds a scenario holds. */
export const MAX_ROUNDS = 200;
/** The most digits of a whole number (shares, days): 10^24 shares is past any company's. */
export const MAX_WHOLE_DIGITS = 24;

/**
 * A whole number of shares or days, written plainly or grouped ("1000000", "1,000,000", "1_000_000").
 *
 * @example
 * wholeAt({ node: { kind: 'scalar', text: '1_000_000' }, path: 'shares' }).toString() //=> '1000000'
 */
export function wholeAt(at: At, what = 'shares'): Decimal {
  const text = textAt(at, '1000000');
  const digits = text.replace(/[^0-9]/g, '').length;
  if (digits > MAX_WHOLE_DIGITS) throw wholeTooLong(at, what, digits, MAX_WHOLE_DIGITS);
  if (!WHOLE.test(text)) throw notAWholeNumber(at, text, what);
  return new Decimal(text.replace(/[,_]/g, ''));
}

/**
 * A name (of a holder, convertible, round or investor).
 *
 * @example
 * nameAt({ node: { kind: 'scalar', text: 'Founder A' }, path: 'holders[0].name' }) //=> 'Founder A'
 */
export function nameAt(at: At): string {
  return textAt(at, 'Founder A');
}

/**
 * A percentage ("20%"), within the bounds given.
 *
 * @example
 * percentAt({ node: { kind: 'scalar', text: '20%' }, path: 'discount' }, { low: '0', high: '100', highOpen: true }).percent.toString() //=> '20'
 */
export function percentAt(
  at: At,
  bounds: { low: string; high: string | null; highOpen: boolean; lowOpen?: boolean },
): ScenarioPercent {
  const text = textAt(at, '20%');
  const percent = readScenarioPercent(text);
  if (percent === null) throw notAPercent(at, text);
  const tooLow = bounds.lowOpen ? percent.lte(bounds.low) : percent.lt(bounds.low);
  const tooHigh =
    bounds.high !== null && (bounds.highOpen ? percent.gte(bounds.high) : percent.gt(bounds.high));
  if (tooLow || tooHigh) {
    const range = `${bounds.lowOpen ? 'above' : 'at least'} ${bounds.low}%${
      bounds.high === null ? '' : ` and ${bounds.highOpen ? 'below' : 'at most'} ${bounds.high}%`
    }`;
    throw percentOutOfRange(at, text, range);
  }
  return { path: at.path, text, percent };
}

/**
 * A money figure as dealcalc reads figures ("$8M", "€1.7M", "15亿元", "1.5 billion yuan"); a
 * figure without a currency is in the scenario's currency, and says so. Hedged figures ("about
 * $8M") are refused: a scenario states terms, not estimates. The amount must be positive.
 *
 * @example
 * figureAt({ node: { kind: 'scalar', text: '6M' }, path: 'rounds[0].preMoney' }, 'USD').assumption //=> "no currency written: read in USD, the scenario's currency"
 */
export function figureAt(at: At, currency: CurrencyCode, yen: 'CNY' | 'JPY' | undefined): ScenarioFigure {
  const text = textAt(at, '"$8M"');
  const read = parseFigure(text, { requireCurrency: false, ...(yen ? { yen } : {}) });
  if (!read.ok) throw figureUnreadable(at, read.error);
  const figure = read.value;
  if (figure.hedge !== null) throw figureHedged(at, text, figure.hedge.token);
  if (!figure.value.gt('0')) throw figureNotPositive(at, text);
  const code = figure.currency?.code ?? currency;
  const assumption =
    figure.currency === null
      ? `no currency written: read in ${currency}, the scenario's currency`
      : (figure.currency.assumption ?? null);
  return { path: at.path, text, amount: figure.value, currency: code, assumption };
}
