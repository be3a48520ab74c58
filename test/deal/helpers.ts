import { Decimal } from '../../src/money/decimal.js';
import { toCurrencyCode } from '../../src/money/currency.js';
import type { QuotedFigure } from '../../src/parse/types.js';
import type { Interval } from '../../src/quantity/interval.js';
import type { QuotedPercent } from '../../src/parse/types.js';

/** A percentage built from its parts, for tests that need a range the parser would not write. */
export function quotedPercent(
  text: string,
  value: Decimal,
  interval: Interval,
  reading = 'as given',
): QuotedPercent {
  return { text, span: { start: 0, end: text.length }, value, interval, hedge: null, reading };
}

export const d = (text: string): Decimal => new Decimal(text);

/** An exact percentage, e.g. a holding from a cap table: pct('20'). */
export function pct(value: string): QuotedPercent {
  return quotedPercent(`${value}%`, d(value), {
    low: d(value),
    high: d(value),
    lowOpen: false,
    highOpen: false,
  });
}

/**
 * A percentage as news writes it, rounded at its last written digit: rounded('1.6') is 1.6%
 * in [1.55, 1.65] (what the percentage parser will return for "1.6%").
 */
export function rounded(value: string): QuotedPercent {
  const decimals = value.includes('.') ? value.length - value.indexOf('.') - 1 : 0;
  const half = d(`5e-${decimals + 1}`);
  const interval: Interval = {
    low: d(value).minus(half),
    high: d(value).plus(half),
    lowOpen: false,
    highOpen: false,
  };
  return quotedPercent(
    `${value}%`,
    d(value),
    interval,
    `rounded to the nearest ${d(`1e-${decimals}`).toString()}%`,
  );
}

/** A US-dollar figure with the given range (for properties, where the parser's text does not matter). */
export function usd(value: Decimal, interval: Interval, text = `$${value.toString()}`): QuotedFigure {
  return {
    text,
    span: { start: 0, end: text.length },
    value,
    currency: { code: toCurrencyCode('USD'), token: '$', span: { start: 0, end: 1 } },
    scale: null,
    hedge: null,
    decimals: value.decimalPlaces(),
    notation: { decimalMark: '.', groupMark: ',', languages: ['en'] },
    ambiguity: null,
    range: null,
    interval,
    reading: 'as generated',
  };
}

/** A value to n decimals, for comparing with figures printed to that precision. */
export const fixed = (value: Decimal | null | undefined, decimals: number): string | undefined =>
  value?.toFixed(decimals);
