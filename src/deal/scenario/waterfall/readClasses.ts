/**
 * Reading the waterfall keys of a scenario file: the preferred series (`classes:`), a holding's
 * class and exercise price, and the exits asked about. Each reader throws a ScenarioError naming
 * the key path, as the other readers do.
 */
import type { CurrencyCode } from '../../../money/currency.js';
import { Decimal } from '../../../money/decimal.js';
import { parseFigure } from '../../../parse/parseFigure.js';
import type { DocMap } from '../document.js';
import {
  booleanAt,
  choiceAt,
  dateAt,
  figureAt,
  listAt,
  mapAt,
  nameAt,
  optional,
  required,
  textAt,
  wholeAt,
  type At,
} from '../readNode.js';
import {
  capNotAbovePreference,
  classNameReserved,
  classUnknown,
  figureUnreadable,
  nameTaken,
  narrowBaseWithoutNarrow,
  notAConversionRatio,
  notAMultiple,
  rankStatedTwice,
  strikeNotOptions,
} from '../scenarioErrors.js';
import type { ScenarioFigure } from '../types.js';
import type { AntiDilution, NarrowBase, Participation, ScenarioExit, ShareClassTerms } from './terms.js';

const CLASS_KEYS = [
  'name',
  'issuePrice',
  'preference',
  'participation',
  'seniority',
  'pariPassu',
  'conversionRatio',
  'antiDilution',
  'narrowBase',
];
const CLASS_EXAMPLE =
  '{ name: Series A, issuePrice: "$6", preference: 1x, participation: none, seniority: 1 }';
const EXIT_KEYS = ['value', 'date'];
const MULTIPLE = /^(\d+(?:\.\d+)?)\s*[xX×]$/;
const RATIO = /^\d+(?:\.\d+)?$/;

/** Names a preferred series may not take: they are the other classes. */
export const RESERVED_CLASSES = ['common', 'options'];

/**
 * A multiple of the issue price: "1x", "1.5x", "3X" (above zero).
 *
 * @example
 * multipleAt({ node: { kind: 'scalar', text: '1.5x' }, path: 'classes[0].preference' }).toString() //=> '1.5'
 */
export function multipleAt(at: At): Decimal {
  const text = textAt(at, '1x');
  const match = MULTIPLE.exec(text);
  const value = match ? new Decimal(match[1] ?? '0') : null;
  if (value === null || !value.gt('0')) throw notAMultiple(at, text);
  return value;
}

function participationAt(at: At): Participation {
  if (at.node.kind === 'map') {
    const map = mapAt(at, ['cap'], '{ cap: 3x }');
    const cap = required(map, 'cap', 'Give the cap as a multiple of the issue price, e.g. { cap: 3x }.');
    return { kind: 'capped', multiple: multipleAt(cap), text: textAt(cap, '3x') };
  }
  const kind = choiceAt(at, ['none', 'full']);
  return { kind };
}

function readClass(at: At, currency: CurrencyCode, yen: 'CNY' | 'JPY' | undefined): ShareClassTerms {
  const map = mapAt(at, CLASS_KEYS, CLASS_EXAMPLE);
  const nameNode = required(map, 'name', `Name the series, e.g. ${CLASS_EXAMPLE}.`);
  const name = nameAt(nameNode);
  if (RESERVED_CLASSES.includes(name)) throw classNameReserved(nameNode, name);
  const issuePrice = optional(map, 'issuePrice');
  const preference = optional(map, 'preference');
  const participation = optional(map, 'participation');
  const seniority = optional(map, 'seniority');
  const pariPassu = optional(map, 'pariPassu');
  const conversionRatio = optional(map, 'conversionRatio');
  const antiDilution = optional(map, 'antiDilution');
  const narrowBase = optional(map, 'narrowBase');
  let ratio: Decimal | null = null;
  if (conversionRatio !== undefined) {
    const text = textAt(conversionRatio, '1');
    if (!RATIO.test(text) || !new Decimal(text).gt('0')) throw notAConversionRatio(conversionRatio, text);
    ratio = new Decimal(text);
  }
  if (seniority !== undefined && pariPassu !== undefined)
    throw rankStatedTwice(pariPassu, textAt(seniority, '1'), textAt(pariPassu, 'true'));
  const terms: ShareClassTerms = {
    path: at.path,
    name,
    issuePrice: issuePrice ? figureAt(issuePrice, currency, yen) : null,
    preference: preference ? multipleAt(preference) : null,
    participation: participation ? participationAt(participation) : null,
    seniority: seniority ? Number.parseInt(wholeAt(seniority, 'ranks').toFixed(), 10) : null,
    pariPassu: pariPassu ? booleanAt(pariPassu) : false,
    conversionRatio: ratio,
    antiDilution: antiDilution ? choiceAt<AntiDilution>(antiDilution, ['broad', 'narrow', 'ratchet']) : null,
    narrowBase: narrowBase
      ? choiceAt<NarrowBase>(narrowBase, ['series', 'preferred', 'common-and-preferred'])
      : null,
  };
  if (narrowBase !== undefined && terms.antiDilution !== 'narrow')
    throw narrowBaseWithoutNarrow(narrowBase, textAt(narrowBase, 'preferred'), terms.antiDilution);
  const cap = terms.participation?.kind === 'capped' ? terms.participation.multiple : null;
  const preferenceMultiple = terms.preference ?? new Decimal('1');
  if (cap !== null && !cap.gt(preferenceMultiple))
    throw capNotAbovePreference(at.path, cap.toFixed(), preferenceMultiple.toFixed());
  return terms;
}

/**
 * The file's `classes:` list (the preferred series), names unique and not "common" or "options".
 *
 * @example
 * const root = { node: { kind: 'map', entries: [{ key: 'classes', value: { kind: 'list', items: [{ kind: 'map', entries: [{ key: 'name', value: { kind: 'scalar', text: 'Series A' } }, { key: 'preference', value: { kind: 'scalar', text: '2x' } }] }] } }] }, path: '' };
 * readClasses(root, 'USD', undefined)[0].preference.toString() //=> '2'
 */
export function readClasses(
  root: At<DocMap>,
  currency: CurrencyCode,
  yen: 'CNY' | 'JPY' | undefined,
): ShareClassTerms[] {
  const classes = listAt(optional(root, 'classes'), `[${CLASS_EXAMPLE}]`).map((at) =>
    readClass(at, currency, yen),
  );
  const seen = new Map<string, string>();
  for (const c of classes) {
    const taken = seen.get(c.name);
    if (taken !== undefined) throw nameTaken(`${c.path}.name`, c.name, taken, 'series');
    seen.set(c.name, c.path);
  }
  return classes;
}

/**
 * An amount that may be zero (an exit of nothing), read as dealcalc reads figures; hedged figures
 * and negative amounts are refused.
 *
 * @example
 * exitFigureAt({ node: { kind: 'scalar', text: '$0' }, path: 'exits[0]' }, 'USD', undefined).amount.toString() //=> '0'
 */
export function exitFigureAt(at: At, currency: CurrencyCode, yen: 'CNY' | 'JPY' | undefined): ScenarioFigure {
  const text = textAt(at, '"$50M"');
  const read = parseFigure(text, { requireCurrency: false, ...(yen ? { yen } : {}) });
  if (read.ok && read.value.value.isZero() && read.value.hedge === null && !read.value.value.isNegative()) {
    const code = read.value.currency?.code ?? currency;
    return { path: at.path, text, amount: new Decimal('0'), currency: code, assumption: null };
  }
  if (!read.ok) throw figureUnreadable(at, read.error);
  return figureAt(at, currency, yen);
}

function readExit(at: At, currency: CurrencyCode, yen: 'CNY' | 'JPY' | undefined): ScenarioExit {
  if (at.node.kind !== 'map') return { figure: exitFigureAt(at, currency, yen), date: null };
  const map = mapAt(at, EXIT_KEYS, '{ value: "€50M", date: 2024-06-28 }');
  const date = optional(map, 'date');
  return {
    figure: exitFigureAt(required(map, 'value', 'Give the exit value, e.g. value: "$50M".'), currency, yen),
    date: date ? dateAt(date) : null,
  };
}

/**
 * The exits asked about: `exit` (one, first) then `exits` (a list), each a figure or
 * `{ value, date }` (the day its currency is converted at).
 *
 * @example
 * const root = { node: { kind: 'map', entries: [{ key: 'exits', value: { kind: 'list', items: [{ kind: 'scalar', text: '$9M' }] } }] }, path: '' };
 * readExits(root, 'USD', undefined)[0].figure.amount.toString() //=> '9000000'
 */
export function readExits(
  root: At<DocMap>,
  currency: CurrencyCode,
  yen: 'CNY' | 'JPY' | undefined,
): ScenarioExit[] {
  const one = optional(root, 'exit');
  const list = listAt(optional(root, 'exits'), '["$50M", "$200M"]');
  return [...(one ? [one] : []), ...list].map((at) => readExit(at, currency, yen));
}

/**
 * A holding's class: common (the default), options, or a series of `classes`, with an exercise
 * price for options (optional here; an exit needs it).
 *
 * @example
 * const map = { node: { kind: 'map', entries: [{ key: 'class', value: { kind: 'scalar', text: 'options' } }, { key: 'strike', value: { kind: 'scalar', text: '$0.50' } }] }, path: 'holders[2]' };
 * holdingClassAt(map, ['Series A'], 'USD', undefined).strike.amount.toString() //=> '0.5'
 */
export function holdingClassAt(
  map: At<DocMap>,
  series: readonly string[],
  currency: CurrencyCode,
  yen: 'CNY' | 'JPY' | undefined,
): { holdingClass: string; strike: ScenarioFigure | null } {
  const classAt = optional(map, 'class');
  const strikeAt = optional(map, 'strike');
  const holdingClass = classAt ? textAt(classAt, 'Series A') : 'common';
  if (classAt !== undefined && !RESERVED_CLASSES.includes(holdingClass) && !series.includes(holdingClass))
    throw classUnknown(classAt, holdingClass, series);
  if (strikeAt !== undefined && holdingClass !== 'options') throw strikeNotOptions(strikeAt, holdingClass);
  return { holdingClass, strike: strikeAt ? exitFigureAt(strikeAt, currency, yen) : null };
}
