import { DealCalcError, unwrap } from '../../errors.js';
import { daysBetween } from '../../fx/calendar.js';
import { chooseSource } from '../../fx/chooseSource.js';
import { convertFigure } from '../../fx/convertFigure.js';
import { lookupRate } from '../../fx/lookup.js';
import type { LookupPolicy, RateSource } from '../../fx/types.js';
import { parseFigure } from '../../parse/index.js';
import type { CliIO } from '../io.js';
import { defaultDataDir, listSources, loadCurrencyDirectory, loadRateSource } from '../loadData.js';
import { renderConvertJson, renderConvertText, type ConvertContext } from '../render/convert.js';
import {
  parseCurrencyOption,
  parseDateOption,
  parseMaxAgeOption,
  parsePolicyOption,
  parseYenOption,
} from '../options.js';

/** Options of `dealcalc convert`, as commander hands them over (raw text). */
export interface ConvertOptions {
  readonly on?: string;
  readonly source?: string;
  readonly policy?: string;
  readonly maxAge?: string;
  readonly yen?: string;
  readonly json?: boolean;
  readonly dataDir?: string;
}

function pickSource(dataDir: string, from: string, to: string, requested: string | undefined): RateSource {
  if (requested) return loadRateSource(dataDir, requested);
  const sources = listSources(dataDir).map((id) => loadRateSource(dataDir, id));
  const chosen = chooseSource(
    sources.map((source) => ({
      id: source.info.id,
      pivot: source.info.pivot,
      currencies: source.currencies,
      source,
    })),
    from as never,
    to as never,
  );
  if (chosen) return chosen.source;
  throw new DealCalcError({
    code: 'CURRENCY_NOT_IN_SOURCE',
    kind: 'data',
    message: `no shipped rate table quotes both ${from} and ${to}`,
    hint: `Shipped sources: ${sources.map((s) => `${s.info.id} (${[s.info.pivot, ...s.currencies].join(' ')})`).join('; ')}.`,
  });
}

/** `dealcalc convert <figure> <currency>`: converts at a dated reference rate and cites it. */
export function convertCommand(
  figureText: string,
  currencyText: string,
  options: ConvertOptions,
  io: CliIO,
): number {
  const yen = options.yen === undefined ? undefined : parseYenOption(options.yen);
  const figure = unwrap(parseFigure(figureText, yen ? { yen } : {}));
  const to = parseCurrencyOption(currencyText);
  const on = options.on === undefined ? undefined : parseDateOption(options.on);
  const policy: LookupPolicy = options.policy === undefined ? 'previous' : parsePolicyOption(options.policy);
  const maxAgeDays = options.maxAge === undefined ? 7 : parseMaxAgeOption(options.maxAge);
  if (!figure.currency) throw new Error('parseFigure returned a figure without a currency');
  const from = figure.currency.code;

  const dataDir = options.dataDir ?? io.dataDir ?? defaultDataDir();
  const source = pickSource(dataDir, from, to, options.source);
  const requested = on ?? source.info.lastDate;
  const rate = lookupRate(source, from, to, requested, { policy, maxAgeDays });
  const result = convertFigure(figure, to, rate);

  const today = io.today();
  const currencies = loadCurrencyDirectory(dataDir);
  const context: ConvertContext = on
    ? { currencies }
    : { currencies, latest: { today, ageDays: daysBetween(rate.observedDate, today) } };
  io.stdout(options.json ? renderConvertJson(result, context) : renderConvertText(result, context));
  return 0;
}
