/**
 * The money figures of a deal in one reporting currency: each converted on one day at a rate
 * from the preferred source that has it, every rate kept with its provenance, every assumption
 * said. One lookup per currency pair.
 */
import { errorFrom } from '../errors.js';
import { latestPreferred } from '../fx/latestPreferred.js';
import { lookupPreferred } from '../fx/lookupPreferred.js';
import { sourceUnknown } from '../store/storeErrors.js';
import { convertFigure } from '../fx/convertFigure.js';
import type { IsoDate, RateQuote, RateSource } from '../fx/types.js';
import type { CurrencyCode } from '../money/currency.js';
import type { QuotedFigure } from '../parse/types.js';
import { intervalContains, type Interval } from '../quantity/interval.js';
import { fractionOf, moneyRange, percentRange, pointOf } from './ranges.js';
import type { DealLookupOptions, DealRate, FigureRead } from './types.js';
import type { QuotedPercent } from '../parse/types.js';

/** A money figure of the request and the part it plays. */
export interface MoneyFigureInput {
  readonly role: FigureRead['role'];
  readonly name: string | null;
  readonly figure: QuotedFigure;
}

/** A money figure in the reporting currency: its written value and its range. */
export interface DealFigure {
  readonly input: MoneyFigureInput;
  /** The currency it was written in (the reporting currency when it names none). */
  readonly currency: CurrencyCode;
  readonly point: Interval;
  readonly range: Interval;
  readonly rate: RateQuote | null;
}

/** The figures converted, the rates used, the day, and what was assumed on the way. */
export interface DealConversion {
  readonly figures: readonly DealFigure[];
  readonly fx: readonly DealRate[];
  readonly date: IsoDate | null;
  readonly reads: readonly FigureRead[];
  readonly assumptions: readonly string[];
}

/**
 * Converts a deal's money figures into the reporting currency on one day. Sources are tried in
 * the order given (`lookup.source` keeps only that one); without a date, the latest day that
 * every needed table covers is used, and the assumptions say so. A figure that names no currency
 * is read in the reporting currency, also said.
 *
 * @throws DealCalcError SOURCE_UNKNOWN, and the lookup's errors (RATE_*, CURRENCY_NOT_IN_SOURCE …)
 *
 * @example
 * const invested = { role: 'investment', name: null, figure: parseFigureOrThrow('1.5 billion yuan') };
 * const c = convertDealFigures([fred, imf], [invested], USD, '2017-11-15');
 * c.figures[0].point.low.toFixed(2) //=> '226586102.72'
 * c.fx[0].rate.value.toString() //=> '6.62'
 */
export function convertDealFigures(
  sources: readonly RateSource[],
  inputs: readonly MoneyFigureInput[],
  reporting: CurrencyCode,
  date?: IsoDate,
  lookup: DealLookupOptions = {},
): DealConversion {
  const usable = pickSources(sources, lookup.source);
  const options = {
    ...(lookup.policy ? { policy: lookup.policy } : {}),
    ...(lookup.maxAgeDays !== undefined ? { maxAgeDays: lookup.maxAgeDays } : {}),
  };
  const assumptions: string[] = [];
  const currencyOf = (figure: QuotedFigure) => figure.currency?.code ?? reporting;
  const foreign = [...new Set(inputs.map((input) => currencyOf(input.figure)))].filter(
    (c) => c !== reporting,
  );

  const latest = date === undefined && foreign.length > 0;
  const day: IsoDate = latest ? latestCommonDay(usable, foreign, reporting) : (date ?? '');
  if (latest) {
    assumptions.push(
      `no date given: figures are converted at the latest rates, for ${day} (the last day every rate table needed covers); give the deal's date to use that day's rates`,
    );
  }

  const rates = new Map<CurrencyCode, DealRate>();
  for (const currency of foreign) {
    const { quote, passedOver } = lookupPreferred(usable, currency, reporting, day, options);
    const texts = inputs.filter((input) => currencyOf(input.figure) === currency).map((i) => i.figure.text);
    rates.set(currency, { rate: quote, passedOver, figures: texts });
  }

  const figures: DealFigure[] = [];
  const reads: FigureRead[] = [];
  for (const input of inputs) {
    const { figure } = input;
    const currency = currencyOf(figure);
    if (figure.currency === null) {
      assumptions.push(`"${figure.text}" names no currency; read as ${reporting}, the deal's currency`);
    }
    const rate = rates.get(currency)?.rate ?? null;
    const written = moneyRange(pointOf(figure.value), figure.interval, currency);
    if (rate === null) {
      figures.push({ input, currency, point: pointOf(figure.value), range: figure.interval, rate });
      reads.push(read(input, written, null));
      continue;
    }
    const converted = convertFigure(figure, rate);
    const point = pointOf(converted.to.amount);
    figures.push({ input, currency, point, range: converted.toInterval, rate });
    reads.push(read(input, written, moneyRange(point, converted.toInterval, reporting)));
  }
  return { figures, fx: [...rates.values()], date: day === '' ? null : day, reads, assumptions };
}

function read(
  input: MoneyFigureInput,
  written: FigureRead['written'],
  converted: FigureRead['converted'],
): FigureRead {
  return {
    role: input.role,
    name: input.name,
    text: input.figure.text,
    reading: input.figure.reading,
    assumption: input.figure.currency?.assumption ?? null,
    written,
    converted,
    percent: null,
  };
}

function pickSources(sources: readonly RateSource[], id: string | undefined): readonly RateSource[] {
  if (id === undefined) return sources;
  const picked = sources.filter((source) => source.info.id === id);
  if (picked.length > 0) return picked;
  throw errorFrom(
    sourceUnknown(
      id,
      sources.map((source) => source.info.id),
    ),
  );
}

/** The last day the freshest source quotes each pair (per series), and the earliest of those: a day every pair can be looked up on. */
function latestCommonDay(
  sources: readonly RateSource[],
  currencies: readonly CurrencyCode[],
  reporting: CurrencyCode,
): IsoDate {
  let day: IsoDate | null = null;
  for (const currency of currencies) {
    const last = latestPreferred(sources, currency, reporting).date;
    if (day === null || last < day) day = last;
  }
  if (day === null) throw new Error('unreachable: latestCommonDay is asked only with currencies to convert');
  return day;
}

/**
 * How a percentage of the request was read, for the answer's list of figures.
 *
 * @example
 * percentFigureRead(parsePercentOrThrow('20%'), 'holder', 'Founder').percent.percent.toString() //=> '20'
 */
export function percentFigureRead(
  percent: QuotedPercent,
  role: FigureRead['role'],
  name: string | null,
): FigureRead {
  return {
    role,
    name,
    text: percent.text,
    reading: percent.reading,
    assumption: null,
    written: null,
    converted: null,
    percent: percentRange(fractionOf(pointOf(percent.value)), fractionOf(percent.interval)),
  };
}

/**
 * The assumption to state for each figure whose written value lies outside its own range
 * ("more than $2 billion" is (2e9, ∞)): results at the written figures are then bounds.
 *
 * @example
 * excludedWrittenValues([parseFigureOrThrow('more than $2 billion'), parseFigureOrThrow('$5 million')]).length //=> 1
 */
export function excludedWrittenValues(
  figures: readonly {
    readonly text: string;
    readonly value: QuotedFigure['value'];
    readonly interval: Interval;
  }[],
): string[] {
  return figures
    .filter((figure) => !intervalContains(figure.interval, figure.value))
    .map(
      (figure) =>
        `"${figure.text}" excludes its written value itself, so results at the written figures are bounds the ranges approach but do not reach`,
    );
}
