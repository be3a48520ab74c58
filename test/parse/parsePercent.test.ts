import { describe, expect, it } from 'vitest';
import { parsePercent, parsePercentOrThrow } from '../../src/parse/index.js';
import type { ErrorCode } from '../../src/errors.js';

/** [text, value, low, high, open ends?] in percent, by hand: ±half the last written digit. */
type PercentRow = readonly [
  string,
  string,
  string | null,
  string | null,
  { lowOpen?: boolean; highOpen?: boolean }?,
];

// Issue 8, item 3: percentages as people write them, read by the same parser.
const READINGS: readonly PercentRow[] = [
  ['1.6%', '1.6', '1.55', '1.65'],
  ['about 10%', '10', '9.5', '10.5'],
  ['9.99 per cent', '9.99', '9.985', '9.995'],
  ['a 5 percent stake', '5', '4.5', '5.5'],
  ['百分之十', '10', '9.5', '10.5'],
  ['百分之1.6', '1.6', '1.55', '1.65'],
  ['10 Prozent', '10', '9.5', '10.5'],
  ['rund 10 Prozent', '10', '9.5', '10.5'],
  ['10 %', '10', '9.5', '10.5'],
  ['10 pour cent', '10', '9.5', '10.5'],
  ['10 por ciento', '10', '9.5', '10.5'],
  ['10 por cento', '10', '9.5', '10.5'],
  ['12,5 %', '12.5', '12.45', '12.55'],
  ['10％', '10', '9.5', '10.5'],
  ['10٪', '10', '9.5', '10.5'],
  ['10 في المائة', '10', '9.5', '10.5'],
  ['ten percent', '10', '9.5', '10.5'],
  ['more than 10%', '10', '10', null, { lowOpen: true }],
  ['less than 5%', '5', '0', '5', { highOpen: true }],
  ['-2.5%', '-2.5', '-2.55', '-2.45'],
  ['5-10%', '7.5', '4.5', '10.5'],
  ['10%股份', '10', '9.5', '10.5'],
  ['0.05 pct', '0.05', '0.045', '0.055'],
];

const ERRORS: readonly (readonly [string, ErrorCode])[] = [
  ['10', 'PERCENT_NO_MARK'],
  ['', 'FIGURE_EMPTY'],
  ['percent', 'FIGURE_NO_NUMBER'],
  ['10% of revenue', 'FIGURE_UNKNOWN_WORD'],
  ['10 USD', 'PERCENT_NO_MARK'],
];

describe('parsePercent', () => {
  it.each(READINGS.map((row) => [row[0], row] as const))(
    'reads %s',
    (_text, [text, value, low, high, open]) => {
      const percent = parsePercentOrThrow(text);
      expect(percent.value.toString()).toBe(value);
      expect(percent.interval.low?.toString() ?? null).toBe(low);
      expect(percent.interval.high?.toString() ?? null).toBe(high);
      expect(percent.interval.lowOpen).toBe(open?.lowOpen ?? false);
      expect(percent.interval.highOpen).toBe(open?.highOpen ?? false);
    },
  );

  it.each(ERRORS)('refuses %j with %s', (text, code) => {
    const result = parsePercent(text);
    expect(!result.ok && result.error.code).toBe(code);
  });

  it('keeps the article and the noun out of the percentage, and says so', () => {
    const percent = parsePercentOrThrow('a 5 percent stake');
    expect(percent.text).toBe('5 percent');
    expect(percent.span).toEqual({ start: 2, end: 11 });
    expect(percent.reading).toContain('"a" and "stake" are not part of it');
  });

  it('reads the hedge as for money', () => {
    expect(parsePercentOrThrow('about 10%').hedge).toEqual({
      token: 'about',
      kind: 'approximate',
      span: { start: 0, end: 5 },
    });
    expect(parsePercentOrThrow('1.6%').reading).toBe('rounded to the nearest 0.1, so within ±0.05');
  });
});
