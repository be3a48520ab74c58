/**
 * The stake and implied-valuation jobs, whole, from figures as people write them: each reads its
 * figures and percentages, checks that the question is one question (one valuation basis, one
 * deal structure), and answers with every rate and reading cited. The command line and scripts
 * call these; the arithmetic is stake() and impliedValuation().
 */
import { optionInvalid } from '../commonErrors.js';
import { errorFrom, DealCalcError } from '../errors.js';
import { toCurrencyCode, type CurrencyCode } from '../money/currency.js';
import { givenSources } from '../fx/givenSources.js';
import type { IsoDate, LookupPolicy } from '../fx/types.js';
import { parseFigure } from '../parse/parseFigure.js';
import { parsePercent } from '../parse/parsePercent.js';
import type { ParseFigureOptions, QuotedFigure } from '../parse/types.js';
import type { RateStore } from '../store/rateStore.js';
import { sellerUnknown } from './dealErrors.js';
import { impliedValuation } from './impliedValuation.js';
import { stake } from './stake.js';
import type { DealStructure, ImpliedResult, StakeResult, ValuationBasis } from './types.js';
import type { QuotedPercent } from '../parse/types.js';
import { checkRequest, checkStore, type FieldSpec } from '../requestFields.js';

/** The options stake and implied read from text share: the day, the currency, the rates. */
const DEAL_TEXT_FIELDS = {
  on: 'text?',
  in: 'text?',
  source: 'text?',
  policy: 'text?',
  maxAgeDays: 'count?',
  yen: 'text?',
  notation: 'text?',
  secondary: 'flag?',
  primaryPart: 'text?',
  rate: 'text?',
  today: 'text?',
} as const satisfies Record<string, FieldSpec>;

/** What the deal options have in common: the day, the reporting currency, the rate lookup. */
export interface DealTextOptions {
  /** The day figures in other currencies are converted on (default: the latest rates, said). */
  readonly on?: IsoDate;
  /** The reporting currency (a code); default the valuation's (stake) or the investment's (implied). */
  readonly in?: string;
  readonly source?: string;
  readonly policy?: LookupPolicy;
  readonly maxAgeDays?: number;
  readonly yen?: ParseFigureOptions['yen'];
  /** The decimal mark the figures are written with, where their marks read two ways. */
  readonly notation?: ParseFigureOptions['notation'];
  /** The investor buys existing shares from holders instead of new ones. */
  readonly secondary?: boolean;
  /** Of the investment, how much is new money (the rest buys existing shares). */
  readonly primaryPart?: string;
  /** Rates the user gives ("7.10", "USD/CNY=7.10"): used as given, cited as such, no table read. */
  readonly rate?: string;
  /** Today, the day given rates are for when no day is given (the core reads no clock). */
  readonly today?: IsoDate;
}

/** A stake question as people write it. */
export interface StakeTextRequest extends DealTextOptions {
  /** Each investor's money, "1.5 billion yuan" or named "Alibaba=1.5 billion yuan". */
  readonly invest: readonly string[];
  /** Exactly one of: the pre-money, the post-money, or a valuation that does not say which. */
  readonly pre?: string;
  readonly post?: string;
  readonly valuation?: string;
  /** Existing holders before the deal, "Founders=60%". */
  readonly holders?: readonly string[];
  /** Names of holders who sell in a secondary or mixed deal. */
  readonly sellers?: readonly string[];
}

/** An implied-valuation question as people write it. */
export interface ImpliedTextRequest extends DealTextOptions {
  readonly invest: string;
  readonly stake: string;
}

function input(message: string, template: string): DealCalcError {
  return optionInvalid(message, template);
}

function figure(text: string, options: DealTextOptions): QuotedFigure {
  const { yen, notation } = options;
  const parsed = parseFigure(text, {
    ...(yen ? { yen } : {}),
    ...(notation ? { notation } : {}),
    requireCurrency: false,
  });
  if (!parsed.ok) throw errorFrom(parsed.error);
  return parsed.value;
}

function percent(text: string, options: DealTextOptions): QuotedPercent {
  const parsed = parsePercent(text, options.notation ? { notation: options.notation } : {});
  if (!parsed.ok) throw errorFrom(parsed.error);
  return parsed.value;
}

/** "Name=value" → [name, value]; a value without "=" has no name. Figures never hold "=". */
function named(text: string, what: string): { name?: string; value: string } {
  const at = text.indexOf('=');
  if (at === -1) return { value: text };
  const name = text.slice(0, at).trim();
  if (name === '')
    throw input(`"${text}" has an empty name before "="`, `Write ${what} as NAME=VALUE, or the value alone.`);
  return { name, value: text.slice(at + 1) };
}

function structureOf(options: DealTextOptions): DealStructure {
  if (options.secondary && options.primaryPart !== undefined) {
    throw input(
      'a deal cannot be both a secondary purchase and partly new money',
      'Say secondary for existing shares only, or the primary part for a mixed deal.',
    );
  }
  if (options.secondary) return { kind: 'secondary' };
  if (options.primaryPart !== undefined)
    return { kind: 'mixed', primaryPart: figure(options.primaryPart, options) };
  return { kind: 'primary' };
}

function lookupOf(options: DealTextOptions) {
  return {
    ...(options.source === undefined ? {} : { source: options.source }),
    ...(options.policy === undefined ? {} : { policy: options.policy }),
    ...(options.maxAgeDays === undefined ? {} : { maxAgeDays: options.maxAgeDays }),
  };
}

/**
 * The sources a deal converts with: the store's, or, when the user gives rates, those rates as
 * sources for every pair the deal's figures need, on the day.
 */
function sourcesFor(
  store: RateStore,
  options: DealTextOptions,
  figures: readonly QuotedFigure[],
  reporting: CurrencyCode | undefined,
) {
  if (options.rate === undefined) return store.sources;
  if (options.source !== undefined || options.policy !== undefined || options.maxAgeDays !== undefined) {
    throw input(
      'a rate given together with a rate table setting',
      'Convert at the rate you give, or with the tables (a {source}, a {policy}, a {maxAgeDays}), not both.',
    );
  }
  const day = options.on ?? options.today;
  if (day === undefined) throw input('a given rate needs a day', "Give the deal's {date}.");
  const target = reporting ?? figures.find((f) => f.currency !== null)?.currency?.code;
  if (target === undefined) return [];
  const pairs = figures.flatMap((f) => (f.currency === null ? [] : [[f.currency.code, target] as const]));
  return givenSources(options.rate, pairs, day);
}

function common(options: DealTextOptions) {
  return {
    structure: structureOf(options),
    ...(options.on === undefined ? {} : { date: options.on }),
    ...(options.in === undefined ? {} : { currency: toCurrencyCode(options.in) }),
    lookup: lookupOf(options),
  };
}

/**
 * Answers "what stake does this buy?" from figures as written: each investor's stake, the pre-
 * and post-money (both readings when the valuation does not say which), holders before and
 * after with their dilution, and every rate used.
 *
 * @example
 * const r = stakeFromText(openShippedStore(), { invest: ['1.5 billion yuan'], valuation: 'more than $2 billion', on: '2017-11-15' });
 * r.readings.map((x) => [x.basis, x.stake.percent.toFixed(2), x.stake.high.toFixed(2), x.stake.highOpen]) //=> [['post', '11.33', '11.71', true], ['pre', '10.18', '10.48', true]]
 */
export function stakeFromText(store: RateStore, request: StakeTextRequest): StakeResult {
  checkStore('stakeFromText', store);
  checkRequest('stakeFromText', request, {
    invest: 'texts',
    pre: 'text?',
    post: 'text?',
    valuation: 'text?',
    holders: 'texts?',
    sellers: 'texts?',
    ...DEAL_TEXT_FIELDS,
  });
  const given = (['pre', 'post', 'valuation'] as const).filter((key) => request[key] !== undefined);
  if (given.length !== 1) {
    throw input(
      given.length === 0 ? 'no valuation given' : `give one valuation, not ${given.join(' and ')}`,
      'Give the pre-money, the post-money, or a valuation that does not say which (both readings are then given).',
    );
  }
  if (request.invest.length === 0)
    throw input('no investment given', 'Give the money invested, e.g. 1.5 billion yuan.');
  const key = given[0] as 'pre' | 'post' | 'valuation';
  const basis: ValuationBasis = key === 'valuation' ? 'ambiguous' : key;
  const sellers = new Set((request.sellers ?? []).map((s) => s.trim()));
  const holders = (request.holders ?? []).map((text) => {
    const { name, value } = named(text, 'a holder');
    if (name === undefined)
      throw input(`holder "${text}" has no name`, 'Write a holder as NAME=PERCENT, e.g. Founders=60%.');
    return { name, percent: percent(value, request), sells: sellers.has(name) };
  });
  for (const seller of sellers) {
    if (!holders.some((h) => h.name === seller)) {
      throw sellerUnknown(seller);
    }
  }
  const investments = request.invest.map((text) => {
    const { name, value } = named(text, 'an investment');
    return { ...(name === undefined ? {} : { name }), figure: figure(value, request) };
  });
  const valuation = figure(request[key] as string, request);
  const settings = common(request);
  const figures = [
    valuation,
    ...investments.map((i) => i.figure),
    ...(settings.structure.kind === 'mixed' ? [settings.structure.primaryPart] : []),
  ];
  const reporting = settings.currency ?? valuation.currency?.code;
  return stake(sourcesFor(store, request, figures, reporting), {
    investments,
    valuation,
    basis,
    holders,
    ...settings,
  });
}

/**
 * Answers "what valuation does this stake imply?" from figures as written: post-money =
 * investment ÷ stake, pre-money = post-money − new money, with the interval both figures allow.
 *
 * @example
 * const r = impliedFromText(openShippedStore(), { invest: '$240 million', stake: '1.6%' });
 * r.postMoney.amount.toString() //=> '15000000000'
 */
export function impliedFromText(store: RateStore, request: ImpliedTextRequest): ImpliedResult {
  checkStore('impliedFromText', store);
  checkRequest('impliedFromText', request, {
    invest: 'text',
    stake: 'text',
    ...DEAL_TEXT_FIELDS,
  });
  const investment = figure(request.invest, request);
  const settings = common(request);
  const figures = [
    investment,
    ...(settings.structure.kind === 'mixed' ? [settings.structure.primaryPart] : []),
  ];
  const reporting = settings.currency ?? investment.currency?.code;
  return impliedValuation(sourcesFor(store, request, figures, reporting), {
    investment,
    stake: percent(request.stake, request),
    ...settings,
  });
}
