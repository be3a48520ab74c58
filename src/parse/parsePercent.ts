/**
 * A minimal percentage reader ("1.6%", "about 10%", "10 percent"), standing in until the
 * languages-aware parser lands with the full reader of the same name and signature.
 */
import { fail, succeed, type Result } from '../errors.js';
import { Decimal } from '../money/decimal.js';
import type { QuotedPercent } from '../deal/types.js';

const PERCENT = /^\s*(about\s+|around\s+|~\s*)?(\d{1,6})(?:\.(\d{1,12}))?\s*(%|percent|per cent)\s*$/i;

/**
 * Reads a percentage; its interval comes from the last written digit ("1.6%" is [1.55, 1.65]).
 *
 * @example
 * const onePointSix = parsePercent('1.6%');
 * onePointSix.ok && onePointSix.value.interval.low.toString() //=> '1.55'
 */
export function parsePercent(text: string): Result<QuotedPercent> {
  const match = PERCENT.exec(text);
  if (match === null) {
    return fail({
      code: 'PERCENT_INVALID',
      kind: 'input',
      message: `"${text.slice(0, 200)}" is not a percentage`,
      hint: 'Write a percentage such as "1.6%" or "about 10%".',
      position: { input: text, index: 0, length: Math.max(1, text.length) },
    });
  }
  const [, hedge, whole = '0', fraction = ''] = match;
  const value = new Decimal(`${whole}.${fraction || '0'}`);
  const half = new Decimal(`5e-${fraction.length + 1}`);
  const start = text.length - text.trimStart().length;
  return succeed({
    text: text.trim(),
    span: { start, end: start + text.trim().length },
    value,
    interval: { low: value.minus(half), high: value.plus(half), lowOpen: false, highOpen: false },
    hedge: hedge
      ? { token: hedge.trim(), kind: 'approximate', span: { start, end: start + hedge.length } }
      : null,
    reading: `rounded to the nearest ${new Decimal(`1e-${fraction.length}`).toFixed()}%, so within ±${half.toFixed()}%`,
  });
}
