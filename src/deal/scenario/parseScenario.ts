/**
 * Reading a scenario document into the checked model runScenario takes. The keys are listed in
 * src/deal/scenario/README.md; every error names its key path, the reason and what to write.
 */
import { fail, succeed, type Result } from '../../errors.js';
import { DEFAULT_MAX_AGE_DAYS, DEFAULT_POLICY } from '../../fx/lookupPolicy.js';
import type { LookupPolicy } from '../../fx/types.js';
import { isCurrencyCode, type CurrencyCode } from '../../money/currency.js';
import { readScenarioDocument, type DocMap, type ScenarioDocument } from './document.js';
import { COMPOUNDING_PERIODS, COMPOUNDINGS, DAY_COUNTS } from './interest.js';
import { ScenarioError } from './scenarioError.js';
import {
  capitalizationOnPostSafe,
  conventionMissing,
  issuedAfterRound,
  maturityBeforeStart,
  maturityMissing,
  nameTaken,
  nameUnknown,
  notACurrency,
  notAPriceRounding,
  noteTermOnSafe,
  priceMissing,
  priceStatedTwice,
  roundsOutOfOrder,
  saleOfNoShares,
  startMissing,
} from './scenarioErrors.js';
import { exitFigureAt, holdingClassAt, readClasses, readExits } from './waterfall/readClasses.js';
import {
  booleanAt,
  choiceAt,
  dateAt,
  figureAt,
  listAt,
  mapAt,
  nameAt,
  optional,
  percentAt,
  required,
  textAt,
  wholeAt,
  type At,
  MAX_ROUNDS,
} from './readNode.js';
import type {
  ConvertibleType,
  ScenarioFxSettings,
  PoolTarget,
  PriceRounding,
  PreCapCapitalization,
  PricingConvention,
  Scenario,
  ScenarioConvertible,
  ScenarioFigure,
  ScenarioHolder,
  ScenarioRound,
  ShareRounding,
} from './types.js';
import { checkArgument } from '../../requestFields.js';

/** Options for reading a scenario. */
export interface ParseScenarioOptions {
  /** How to read a lone "¥" in the scenario's figures (as for convert). */
  readonly yen?: 'CNY' | 'JPY';
}

const TOP_KEYS = [
  'name',
  'description',
  'currency',
  'fx',
  'classes',
  'holders',
  'pool',
  'convertibles',
  'rounds',
  'exit',
  'exits',
];
const FX_KEYS = ['source', 'policy', 'maxAge'];
const HOLDER_KEYS = ['name', 'shares', 'class', 'strike', 'proRata'];
const POOL_KEYS = ['shares'];
const CONVERTIBLE_KEYS = [
  'name',
  'type',
  'amount',
  'cap',
  'discount',
  'interest',
  'start',
  'compounding',
  'compoundingPeriod',
  'dayCount',
  'mfn',
  'holder',
  'convertsIn',
  'series',
  'capitalization',
  'maturity',
  'atMaturity',
];
const ROUND_KEYS = [
  'name',
  'date',
  'preMoney',
  'postMoney',
  'pricePerShare',
  'pool',
  'convention',
  'rounding',
  'investors',
  'secondaries',
  'grants',
];
const PRICE_KEYS = ['preMoney', 'postMoney', 'pricePerShare'] as const;
/** The keys only a note takes: a SAFE carries no interest and has no maturity. */
const NOTE_KEYS = ['interest', 'compounding', 'compoundingPeriod', 'dayCount', 'maturity', 'atMaturity'];
const ROUND_POOL_KEYS = ['target', 'placement'];
const ROUNDING_KEYS = ['shares', 'price', 'conversionPrice'];
const INVESTOR_KEYS = ['name', 'amount', 'proRata'];
const SECONDARY_KEYS = ['seller', 'buyer', 'shares', 'price', 'class'];
const GRANT_KEYS = ['holder', 'shares', 'strike'];

const CONVERTIBLE_TYPES: readonly ConvertibleType[] = ['safe-post', 'safe-pre', 'note'];
const CAPITALIZATIONS: readonly PreCapCapitalization[] = [
  'with-pool-increase',
  'pre-money-count',
  'without-pool-increase',
];
const CONVENTIONS: readonly PricingConvention[] = ['percentage-ownership', 'pre-money', 'dollars-invested'];
const POLICIES: readonly LookupPolicy[] = ['exact', 'previous', 'next', 'nearest', 'interpolate'];
const SHARE_ROUNDINGS: readonly ShareRounding[] = ['floor', 'ceil', 'round', 'half-even'];
const PRICE_ROUNDING = /^(\d{1,2})dp(?:-(up|down|half-up|half-even))?$/;

/** No rounding of prices, and shares rounded down: what a round without `rounding` uses. */
export const DEFAULT_PRICE_ROUNDING: PriceRounding = { text: 'none', decimals: null, mode: 'half-even' };
export const DEFAULT_SHARE_ROUNDING: ShareRounding = 'floor';

function priceRoundingAt(at: At): PriceRounding {
  const text = textAt(at, '4dp');
  if (text === 'none') return DEFAULT_PRICE_ROUNDING;
  const match = PRICE_ROUNDING.exec(text);
  if (match === null) throw notAPriceRounding(at, text);
  const mode = (match[2] ?? 'half-even') as PriceRounding['mode'];
  return { text, decimals: Number.parseInt(match[1] ?? '0', 10), mode };
}

function uniqueNames(items: readonly { name: string; path: string }[], what: string): void {
  const seen = new Map<string, string>();
  for (const item of items) {
    const first = seen.get(item.name);
    if (first !== undefined) throw nameTaken(`${item.path}.name`, item.name, first, what);
    seen.set(item.name, item.path);
  }
}

function readCurrency(root: At<DocMap>): CurrencyCode {
  const at = required(root, 'currency', 'Name the reporting currency, e.g. currency: USD.');
  const text = textAt(at, 'USD').toUpperCase();
  if (!isCurrencyCode(text)) throw notACurrency(at, text);
  return text;
}

function readFx(root: At<DocMap>, defaults: string[]): ScenarioFxSettings {
  const at = optional(root, 'fx');
  if (at === undefined) {
    defaults.push(
      `fx: not stated; rates come from fred-h10, else imf, policy ${DEFAULT_POLICY}, at most ${DEFAULT_MAX_AGE_DAYS} days from the round's date`,
    );
    return { source: null, policy: DEFAULT_POLICY, maxAgeDays: DEFAULT_MAX_AGE_DAYS };
  }
  const map = mapAt(at, FX_KEYS, '{ source: fred-h10, policy: previous, maxAge: 7 }');
  const source = optional(map, 'source');
  const policy = optional(map, 'policy');
  const maxAge = optional(map, 'maxAge');
  return {
    source: source ? textAt(source, 'fred-h10') : null,
    policy: policy ? choiceAt(policy, POLICIES) : DEFAULT_POLICY,
    maxAgeDays: maxAge ? Number.parseInt(wholeAt(maxAge, 'days').toFixed(), 10) : DEFAULT_MAX_AGE_DAYS,
  };
}

/**
 * `proRata: true` (a right to buy its pro-rata share of every later round's new-money shares), or
 * `proRata: { take: "$100K" }` (that amount of it in each round; `take: all` is `true`); default false.
 */
function proRataAt(
  map: At<DocMap>,
  currency: CurrencyCode,
  yen: 'CNY' | 'JPY' | undefined,
): { proRata: boolean; proRataTake: ScenarioFigure | null } {
  const at = optional(map, 'proRata');
  if (at === undefined) return { proRata: false, proRataTake: null };
  if (at.node.kind !== 'map') return { proRata: booleanAt(at), proRataTake: null };
  const take = required(
    mapAt(at, ['take'], '{ take: "$100K" }'),
    'take',
    'Say how much of its pro-rata it takes, e.g. { take: "$100K" }, or { take: all }.',
  );
  if (take.node.kind === 'scalar' && take.node.text?.trim() === 'all')
    return { proRata: true, proRataTake: null };
  return { proRata: true, proRataTake: figureAt(take, currency, yen) };
}

function readHolders(
  root: At<DocMap>,
  series: readonly string[],
  currency: CurrencyCode,
  options: ParseScenarioOptions,
): ScenarioHolder[] {
  const holders = listAt(optional(root, 'holders'), '[{ name: Founder A, shares: 1000000 }]').map((at) => {
    const map = mapAt(at, HOLDER_KEYS, '{ name: Founder A, shares: 1000000 }');
    return {
      path: at.path,
      name: nameAt(required(map, 'name', 'Name the holder, e.g. name: Founder A.')),
      shares: wholeAt(required(map, 'shares', 'Give the holder’s shares, e.g. shares: 1000000.')),
      ...holdingClassAt(map, series, currency, options.yen),
      ...proRataAt(map, currency, options.yen),
    };
  });
  // One holder may hold several classes: a row per holder and class.
  uniqueNames(
    holders.map((h) => ({
      path: h.path,
      name: h.holdingClass === 'common' ? h.name : `${h.name} (${h.holdingClass})`,
    })),
    'holder',
  );
  return holders;
}

function readConvertible(
  at: At,
  currency: CurrencyCode,
  options: ParseScenarioOptions,
  roundNames: readonly string[],
  defaults: string[],
): ScenarioConvertible {
  const example = '{ name: Angel, type: safe-post, amount: "$200K", cap: "$4M" }';
  const map = mapAt(at, CONVERTIBLE_KEYS, example);
  const name = nameAt(required(map, 'name', `Name the convertible, e.g. ${example}.`));
  const type = choiceAt(required(map, 'type', 'Say safe-post, safe-pre or note.'), CONVERTIBLE_TYPES);
  const amount = figureAt(
    required(map, 'amount', 'Give the amount invested, e.g. amount: "$200K".'),
    currency,
    options.yen,
  );
  const capAt = optional(map, 'cap');
  const discountAt = optional(map, 'discount');
  const interestAt = optional(map, 'interest');
  const startAt = optional(map, 'start');
  const holderAt = optional(map, 'holder');
  const convertsInAt = optional(map, 'convertsIn');
  const mfnAt = optional(map, 'mfn');
  const compoundingAt = optional(map, 'compounding');
  const periodAt = optional(map, 'compoundingPeriod');
  const dayCountAt = optional(map, 'dayCount');
  const seriesAt = optional(map, 'series');
  const capitalizationAt = optional(map, 'capitalization');
  if (capitalizationAt !== undefined && type === 'safe-post')
    throw capitalizationOnPostSafe(capitalizationAt, textAt(capitalizationAt, 'with-pool-increase'));

  const maturityAt = optional(map, 'maturity');
  const atMaturityAt = optional(map, 'atMaturity');
  if (type !== 'note') {
    const noteOnly = NOTE_KEYS.find((key) => optional(map, key) !== undefined);
    const noteOnlyAt = noteOnly === undefined ? undefined : optional(map, noteOnly);
    if (noteOnly !== undefined && noteOnlyAt !== undefined) throw noteTermOnSafe(noteOnlyAt, noteOnly, type);
  }
  const interest = interestAt ? percentAt(interestAt, { low: '0', high: null, highOpen: false }) : null;
  const start = startAt ? dateAt(startAt) : null;
  if (interest !== null && start === null) throw startMissing(at.path, at.node.where, interest.text);
  if (interest !== null && (compoundingAt === undefined || dayCountAt === undefined))
    defaults.push(
      `${at.path}: interest counted ${compoundingAt ? '' : 'simple (not stated), '}${
        dayCountAt ? '' : 'actual/365 (not stated)'
      }`.replace(/, $/, ''),
    );
  const maturity = maturityAt ? dateAt(maturityAt) : null;
  if (maturityAt !== undefined && maturity !== null && start !== null && maturity < start)
    throw maturityBeforeStart(maturityAt, maturity, start);
  if (atMaturityAt !== undefined && maturity === null)
    throw maturityMissing(at.path, atMaturityAt.node.where, textAt(atMaturityAt, 'interest-stops'));
  if (maturity !== null && atMaturityAt === undefined)
    defaults.push(
      `${at.path}: past its maturity the note stays outstanding and keeps accruing interest (atMaturity: outstanding, not stated)`,
    );
  let convertsIn: number | null = roundNames.length > 0 ? 0 : null;
  if (convertsInAt !== undefined) {
    const round = textAt(convertsInAt, 'Series A');
    const index = roundNames.indexOf(round);
    if (index === -1) throw nameUnknown(convertsInAt, 'round', round, roundNames);
    convertsIn = index;
  }
  return {
    path: at.path,
    name,
    holder: holderAt ? nameAt(holderAt) : name,
    type,
    amount,
    cap: capAt ? figureAt(capAt, currency, options.yen) : null,
    discount: discountAt ? percentAt(discountAt, { low: '0', high: '100', highOpen: true }) : null,
    interest,
    start,
    compounding: compoundingAt ? choiceAt(compoundingAt, COMPOUNDINGS) : 'simple',
    compoundingPeriod: periodAt ? choiceAt(periodAt, COMPOUNDING_PERIODS) : 'annual',
    dayCount: dayCountAt ? choiceAt(dayCountAt, DAY_COUNTS) : 'actual/365',
    mfn: mfnAt ? booleanAt(mfnAt) : false,
    convertsIn,
    series: seriesAt ? choiceAt(seriesAt, ['round', 'shadow']) : 'round',
    capitalization:
      type === 'safe-post'
        ? null
        : capitalizationAt
          ? choiceAt(capitalizationAt, CAPITALIZATIONS)
          : type === 'safe-pre'
            ? 'with-pool-increase'
            : 'pre-money-count',
    capitalizationStated: capitalizationAt !== undefined,
    maturity,
    atMaturity: atMaturityAt ? choiceAt(atMaturityAt, ['interest-stops', 'outstanding']) : 'outstanding',
  };
}

function readPoolTarget(at: At): PoolTarget {
  const text = textAt(at, '"10%"');
  if (text.includes('%'))
    return {
      kind: 'percent',
      percent: percentAt(at, { low: '0', high: '100', highOpen: true, lowOpen: true }),
    };
  return { kind: 'shares', shares: wholeAt(at), text };
}

function readRound(
  at: At,
  currency: CurrencyCode,
  options: ParseScenarioOptions,
  converting: readonly string[],
  defaults: string[],
): ScenarioRound {
  const example =
    '{ name: Series A, date: 2018-01-01, preMoney: "$8M", investors: [{ name: Lead, amount: "$2M" }] }';
  const map = mapAt(at, ROUND_KEYS, example);
  const name = nameAt(required(map, 'name', 'Name the round, e.g. name: Series A.'));
  const date = dateAt(required(map, 'date', 'Give the day of the round, e.g. date: 2018-01-01.'));
  const stated = PRICE_KEYS.filter((key) => optional(map, key) !== undefined);
  if (stated.length === 0) throw priceMissing(at.path, map.node.where);
  if (stated.length > 1)
    throw priceStatedTwice(
      at.path,
      map.node.where,
      stated.map((key) => {
        const value = optional(map, key);
        return { key, text: value?.node.kind === 'scalar' ? (value.node.text ?? '') : '…' };
      }),
    );
  const basis = stated[0] ?? 'preMoney';
  const price = { basis, figure: figureAt(required(map, basis, ''), currency, options.yen) };

  const poolAt = optional(map, 'pool');
  let pool: ScenarioRound['pool'] = null;
  if (poolAt !== undefined) {
    const poolMap = mapAt(poolAt, ROUND_POOL_KEYS, '{ target: "10%", placement: pre-money }');
    pool = {
      target: readPoolTarget(
        required(
          poolMap,
          'target',
          'Give the pool after the round: a percent of post-money fully diluted shares, or shares.',
        ),
      ),
      placement: choiceAt(
        required(
          poolMap,
          'placement',
          'Say where the top-up sits: pre-money (existing holders pay) or post-money (all do).',
        ),
        ['pre-money', 'post-money'],
      ),
    };
  }

  const conventionAt = optional(map, 'convention');
  const convention = conventionAt ? choiceAt(conventionAt, CONVENTIONS) : null;
  if (convention === null && converting.length > 0 && basis !== 'pricePerShare')
    throw conventionMissing(at.path, map.node.where, converting);

  const roundingAt = optional(map, 'rounding');
  let rounding: ScenarioRound['rounding'] = {
    shares: DEFAULT_SHARE_ROUNDING,
    price: DEFAULT_PRICE_ROUNDING,
    conversionPrice: DEFAULT_PRICE_ROUNDING,
    stated: false,
  };
  if (roundingAt !== undefined) {
    const roundingMap = mapAt(roundingAt, ROUNDING_KEYS, '{ shares: floor, price: 4dp }');
    const sharesAt = optional(roundingMap, 'shares');
    const priceAt = optional(roundingMap, 'price');
    const conversionAt = optional(roundingMap, 'conversionPrice');
    const priceRule = priceAt ? priceRoundingAt(priceAt) : DEFAULT_PRICE_ROUNDING;
    rounding = {
      shares: sharesAt ? choiceAt(sharesAt, SHARE_ROUNDINGS) : DEFAULT_SHARE_ROUNDING,
      price: priceRule,
      conversionPrice: conversionAt ? priceRoundingAt(conversionAt) : priceRule,
      stated: true,
    };
  } else {
    defaults.push(
      `${at.path}.rounding: not stated; shares are rounded down (floor) and prices are not rounded`,
    );
  }

  const investors = listAt(optional(map, 'investors'), '[{ name: Lead, amount: "$2M" }]').map((item) => {
    const investor = mapAt(item, INVESTOR_KEYS, '{ name: Lead, amount: "$2M" }');
    return {
      path: item.path,
      name: nameAt(required(investor, 'name', 'Name the investor.')),
      amount: figureAt(
        required(investor, 'amount', 'Give the amount, e.g. amount: "$2M".'),
        currency,
        options.yen,
      ),
      ...proRataAt(investor, currency, options.yen),
    };
  });
  uniqueNames(investors, 'investor of a round');
  const secondaries = listAt(
    optional(map, 'secondaries'),
    '[{ seller: Founder A, buyer: Lead, shares: 50000, price: "$1.20" }]',
  ).map((item) => {
    const sale = mapAt(
      item,
      SECONDARY_KEYS,
      '{ seller: Founder A, buyer: Lead, shares: 50000, price: "$1.20" }',
    );
    const sharesAt = required(sale, 'shares', 'Give the number of shares sold.');
    const shares = wholeAt(sharesAt);
    if (shares.isZero()) throw saleOfNoShares(sharesAt, textAt(sharesAt, '50000'));
    const classAt = optional(sale, 'class');
    return {
      path: item.path,
      holdingClass: classAt ? textAt(classAt, 'common') : null,
      seller: nameAt(required(sale, 'seller', 'Name the holder who sells.')),
      buyer: nameAt(required(sale, 'buyer', 'Name the buyer.')),
      shares,
      price: figureAt(
        required(sale, 'price', 'Give the price per share, e.g. price: "$1.20".'),
        currency,
        options.yen,
      ),
    };
  });
  const grants = listAt(optional(map, 'grants'), '[{ holder: Employee 1, shares: 10000 }]').map((item) => {
    const grant = mapAt(item, GRANT_KEYS, '{ holder: Employee 1, shares: 10000, strike: "$0.50" }');
    const strikeAt = optional(grant, 'strike');
    return {
      strike: strikeAt ? exitFigureAt(strikeAt, currency, options.yen) : null,
      path: item.path,
      holder: nameAt(required(grant, 'holder', 'Name who receives the options.')),
      shares: wholeAt(required(grant, 'shares', 'Give the number of options granted.')),
    };
  });
  return { path: at.path, name, date, price, pool, convention, rounding, investors, secondaries, grants };
}

function readModel(document: ScenarioDocument, options: ParseScenarioOptions): Scenario {
  const defaults: string[] = [];
  const root = mapAt({ node: document.root, path: '' }, TOP_KEYS, 'currency: USD');
  const nameNode = optional(root, 'name');
  const currency = readCurrency(root);
  const fx = readFx(root, defaults);
  const classes = readClasses(root, currency, options.yen);
  const holders = readHolders(
    root,
    classes.map((c) => c.name),
    currency,
    options,
  );
  const exits = readExits(root, currency, options.yen);
  const poolAt = optional(root, 'pool');
  const pool = {
    shares: poolAt
      ? wholeAt(required(mapAt(poolAt, POOL_KEYS, '{ shares: 0 }'), 'shares', 'Give the pool’s shares.'))
      : wholeAt({ node: { kind: 'scalar', text: '0' }, path: 'pool.shares' }),
  };
  const description = optional(root, 'description');
  if (description !== undefined) textAt(description, 'a sentence');

  const roundItems = listAt(
    optional(root, 'rounds'),
    '[{ name: Series A, date: 2018-01-01, preMoney: "$8M" }]',
    MAX_ROUNDS,
  );
  const roundNames = roundItems.map((item) => {
    const map = mapAt(item, ROUND_KEYS, '{ name: Series A, date: 2018-01-01, preMoney: "$8M" }');
    return nameAt(required(map, 'name', 'Name the round, e.g. name: Series A.'));
  });
  const convertibles = listAt(
    optional(root, 'convertibles'),
    '[{ name: Angel, type: safe-post, amount: "$200K" }]',
  ).map((at) => readConvertible(at, currency, options, roundNames, defaults));
  uniqueNames(convertibles, 'convertible');
  const rounds = roundItems.map((at, index) =>
    readRound(
      at,
      currency,
      options,
      convertibles.filter((c) => c.convertsIn === index).map((c) => c.name),
      defaults,
    ),
  );
  uniqueNames(rounds, 'round');

  rounds.forEach((round, index) => {
    const previous = rounds[index - 1];
    if (previous !== undefined && round.date < previous.date)
      throw roundsOutOfOrder(round.path, round, previous);
  });
  for (const convertible of convertibles) {
    const round = convertible.convertsIn === null ? undefined : rounds[convertible.convertsIn];
    if (round !== undefined && convertible.start !== null && round.date < convertible.start)
      throw issuedAfterRound(convertible.path, { name: convertible.name, start: convertible.start }, round);
  }
  const foreign = [
    ...convertibles.flatMap((c) => [c.amount, ...(c.cap ? [c.cap] : [])]),
    ...rounds.flatMap((r) => [
      r.price.figure,
      ...r.investors.map((i) => i.amount),
      ...r.secondaries.map((s) => s.price),
      ...r.grants.flatMap((g) => (g.strike ? [g.strike] : [])),
    ]),
    ...classes.flatMap((c) => (c.issuePrice ? [c.issuePrice] : [])),
    ...holders.flatMap((h) => (h.strike ? [h.strike] : [])),
    ...exits.map((e) => e.figure),
  ].some((figure) => figure.currency !== currency);
  const fxDefaults = defaults.filter((line) => line.startsWith('fx:'));
  const kept = foreign ? defaults : defaults.filter((line) => !fxDefaults.includes(line));
  return {
    name: nameNode ? textAt(nameNode, 'My company') : null,
    currency,
    fx,
    holders,
    pool,
    convertibles,
    rounds,
    classes,
    exits,
    defaults: kept,
    document,
  };
}

/**
 * Checks a scenario document against the scenario keys and reads it into the model runScenario
 * takes. Never throws on user text: every problem is an error result whose message starts with
 * the key path (and line), with a stable code (SCENARIO_KEY_UNKNOWN, SCENARIO_KEY_MISSING,
 * SCENARIO_VALUE_INVALID, SCENARIO_DUPLICATE_NAME, SCENARIO_DATE_ORDER, or a FIGURE_* code for a
 * figure that does not read) and a hint.
 *
 * @example
 * const doc = readScenarioDocument('currency: USD\nholders: [{ name: Founder, shares: 1000000 }]\n');
 * doc.ok && scenarioFromDocument(doc.value).ok //=> true
 */
export function scenarioFromDocument(
  document: ScenarioDocument,
  options: ParseScenarioOptions = {},
): Result<Scenario> {
  try {
    return succeed(readModel(document, options));
  } catch (error) {
    if (error instanceof ScenarioError) return fail(error.toInfo());
    throw error;
  }
}

/**
 * Reads a scenario file's text (YAML or JSON) into a checked scenario: the holders, pool,
 * convertibles and rounds, each figure read as dealcalc reads figures ("$8M" is 8,000,000 USD,
 * with the assumption that a bare "$" is US dollars said; "€1.7M", "15亿元"), percentages as
 * plain "20%". Never throws on user text: a YAML syntax error points at its line
 * (SCENARIO_SYNTAX); every other error names the key path and the reason.
 *
 * @param text - the file's text
 * @param options - how to read a lone "¥"
 * @returns the scenario, or an input error
 *
 * @example
 * const s = parseScenario('currency: USD\nholders:\n  - { name: Founder A, shares: 1000000 }\nrounds:\n  - { name: Seed, date: 2018-01-02, preMoney: "$4M", investors: [{ name: Angel, amount: "$1M" }] }\n');
 * s.ok && s.value.rounds[0].price.figure.amount.toString() //=> '4000000'
 * s.ok && s.value.rounds[0].price.figure.assumption //=> 'a bare "$" is read as US dollars'
 * parseScenario('currency: USD\nrounds: [{ name: A, date: 2018-01-02, preMony: "$4M" }]').error.message //=> 'rounds[0].preMony (line 2): is not a key dealcalc knows here'
 */
export function parseScenario(text: string, options: ParseScenarioOptions = {}): Result<Scenario> {
  checkArgument('parseScenario', 'text', 'text', text);
  checkArgument('parseScenario', 'options', 'object', options);
  const document = readScenarioDocument(text);
  if (!document.ok) return document;
  return scenarioFromDocument(document.value, options);
}
