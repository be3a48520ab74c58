/**
 * A conversion as the converter panel shows it: the answer first, then its provenance (the rate,
 * its source and observed day, the legs of a cross, the gap that was filled, the source passed
 * over, how old a latest rate is), then how the figure was read and the range it converts to.
 */
import type { Conversion, ConvertAnswer } from '../convertJob.js';
import { isPoint } from '../../quantity/interval.js';
import { amountDecimals, intervalText, moneyText, rateCitation } from '../../web/format.js';
import { currencyInfo } from '../../money/currency.js';

/** One target's answer. */
export interface ConversionView {
  /** "1,500,000,000.00 CNY = 226,586,102.72 USD". */
  readonly answer: string;
  /** "6.6200 CNY per USD · fred-h10 (Fed H.10 noon buying rate, New York) · 2017-11-15". */
  readonly rate: string;
  /** Further lines of provenance, each with its label ("via", "note", "source", "latest"). */
  readonly notes: readonly { readonly label: string; readonly text: string }[];
  /** The range the figure's interval converts to, e.g. "[219,033,232.63, 234,138,972.81] USD". */
  readonly range: string;
}

/** The converter's answer. */
export interface ConvertView {
  readonly conversions: readonly ConversionView[];
  /** How the figure was read ('' when it is exact and unhedged). */
  readonly reading: string;
  /** Assumptions and ambiguity notes. */
  readonly assumptions: readonly string[];
  readonly rounding: string;
  readonly copyText: string;
}

function conversionView(answer: ConvertAnswer, conversion: Conversion): ConversionView {
  const fromDecimals = Math.max(currencyInfo(conversion.from.currency).minorUnits, answer.figure.decimals);
  const toDecimals = amountDecimals(conversion.to.amount, conversion.to.currency);
  const stale = conversion.latest?.stale ? ` (at the rate of ${conversion.rate.observedDate})` : '';
  const notes: { label: string; text: string }[] = [];
  const rate = conversion.rate;
  if (rate.derivation === 'cross') notes.push({ label: 'via', text: rate.derivationNote });
  const passed = conversion.passedOver.map((p) => `${p.reason}, so ${rate.source.id} was used`).join('; ');
  if (passed) notes.push({ label: 'source', text: passed });
  if (rate.note) notes.push({ label: 'note', text: rate.note });
  const latest = conversion.latest;
  if (latest) {
    const age =
      latest.ageDays === undefined || latest.today === undefined
        ? ''
        : latest.ageDays < 0
          ? `; it is dated after today (${latest.today}): check the clock`
          : `; on ${latest.today} it is ${latest.ageDays} day${latest.ageDays === 1 ? '' : 's'} old`;
    notes.push({
      label: 'latest',
      text: `no date given, so the latest rate was used (${rate.observedDate})${age}`,
    });
  }
  return {
    answer: `${moneyText(conversion.from, fromDecimals)} = ${moneyText(conversion.to, toDecimals)}${stale}`,
    rate: rateCitation(rate),
    notes,
    range: `${intervalText(conversion.toInterval, toDecimals)} ${conversion.to.currency}`,
  };
}

/**
 * The converter panel's view of a conversion.
 *
 * @param answer - convertToEach's answer
 * @returns the answer lines, their provenance, the reading and the text to copy
 *
 * @example
 * const view = convertView(convertToEach(openShippedStore(), { figure: '1.5 billion yuan', to: 'USD', on: '2017-11-15' }));
 * view.conversions[0].answer //=> '1,500,000,000.00 CNY = 226,586,102.72 USD'
 * view.conversions[0].rate //=> '6.6200 CNY per USD · fred-h10 (Fed H.10 noon buying rate, New York) · 2017-11-15'
 */
export function convertView(answer: ConvertAnswer): ConvertView {
  const conversions = answer.conversions.map((c) => conversionView(answer, c));
  const figure = answer.figure;
  const ranged = !isPoint(figure.interval) || figure.hedge !== null;
  const reading = ranged
    ? `read "${figure.text}": ${figure.reading}; ${conversions.map((c) => c.range).join('; ')}`
    : '';
  const assumptions = [
    ...(figure.ambiguity ? [figure.ambiguity.note] : []),
    ...(figure.currency?.assumption ? [figure.currency.assumption] : []),
    ...answer.conversions.flatMap((c) =>
      c.target?.assumption ? [`${c.target.assumption} (the currency to convert to)`] : [],
    ),
  ];
  const decimals = [...new Set(answer.conversions.map((c) => amountDecimals(c.to.amount, c.to.currency)))];
  const rounding = `rounded half-even to ${decimals.map((d) => `${d} decimal${d === 1 ? '' : 's'}`).join(', ')} for display; the exact value is kept`;
  const lines = [
    ...conversions.flatMap((c) => [
      c.answer,
      `rate ${c.rate}`,
      ...c.notes.map((n) => `${n.label}: ${n.text}`),
    ]),
    ...(reading ? [reading] : []),
    ...assumptions.map((a) => `assumed: ${a}`),
    rounding,
  ];
  return { conversions, reading, assumptions, rounding, copyText: `${lines.join('\n')}\n` };
}
