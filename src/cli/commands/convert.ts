import { unwrap } from '../../errors.js';
import { daysBetween } from '../../fx/calendar.js';
import { chooseSource, lookupPreferred, sourceCandidate } from '../../fx/chooseSource.js';
import { convertFigure } from '../../fx/convertFigure.js';
import type { LookupPolicy } from '../../fx/types.js';
import { parseFigure } from '../../parse/index.js';
import type { CliIO } from '../io.js';
import { defaultDataDir, listSources, loadCurrencyDirectory, loadRateSource } from '../loadData.js';
import { renderConvertJson, renderConvertText, type ConvertContext } from '../render/convert.js';
import {
  parseCurrencyOption,
  parseDateOption,
  parseMaxAgeOption,
  parsePolicyOption,
  parseStyleOption,
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
  readonly style?: string;
  readonly sig?: string;
}

/**
 * `dealcalc convert <figure> <currency>`: converts at a dated reference rate and cites it.
 *
 * @example
 * convertCommand('1.5 billion yuan', 'USD', { on: '2017-11-15' }, io) //=> 0, and prints
 * // 1,500,000,000.00 CNY = 226,586,102.72 USD
 * // rate 6.6200 CNY per USD · fred-h10 (Fed H.10 noon buying rate, New York) · 2017-11-15 …
 */
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
  const sources = (options.source ? [options.source] : listSources(dataDir)).map((id) =>
    loadRateSource(dataDir, id),
  );
  // Without --on, the latest day of the preferred table that quotes both currencies.
  const requested =
    on ?? chooseSource(sources.map(sourceCandidate), from, to)?.source.info.lastDate ?? '9999-12-31';
  const { quote: rate, passedOver } = lookupPreferred(sources, from, to, requested, { policy, maxAgeDays });
  const result = convertFigure(figure, to, rate);

  const today = io.today();
  const currencies = loadCurrencyDirectory(dataDir);
  const sourceNote = passedOver.map((p) => `${p.reason}, so ${rate.source.id} was used`).join('; ');
  const style = options.style === undefined ? undefined : parseStyleOption(options.style, options.sig);
  const context: ConvertContext = {
    currencies,
    ...(style ? { style } : {}),
    ...(sourceNote ? { sourceNote } : {}),
    ...(on ? {} : { latest: { today, ageDays: daysBetween(rate.observedDate, today) } }),
  };
  io.stdout(options.json ? renderConvertJson(result, context) : renderConvertText(result, context));
  return 0;
}
