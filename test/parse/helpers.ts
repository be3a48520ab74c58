import { expect } from 'vitest';
import { parseFigure } from '../../src/parse/index.js';
import type { ErrorCode } from '../../src/errors.js';
import type { ParseFigureOptions, QuotedFigure } from '../../src/parse/index.js';

/**
 * One figure and what a reader means by it: [text, value, low, high, currency, open ends?].
 * Bounds are Decimal strings in units of the currency, null for an unbounded end.
 */
export type FigureRow = readonly [
  text: string,
  value: string,
  low: string | null,
  high: string | null,
  currency: string | null,
  open?: { readonly lowOpen?: boolean; readonly highOpen?: boolean },
];

/** Reads a row's figure and checks value, interval, open ends and currency. */
export function expectFigure(
  [text, value, low, high, currency, open]: FigureRow,
  options: ParseFigureOptions = {},
): QuotedFigure {
  const result = parseFigure(text, { requireCurrency: currency !== null, ...options });
  if (!result.ok) throw new Error(`${text}: ${result.error.code} ${result.error.message}`);
  const figure = result.value;
  expect(figure.value.toString(), `${text}: value`).toBe(value);
  expect(figure.interval.low?.toString() ?? null, `${text}: low`).toBe(low);
  expect(figure.interval.high?.toString() ?? null, `${text}: high`).toBe(high);
  expect(figure.interval.lowOpen, `${text}: lowOpen`).toBe(open?.lowOpen ?? false);
  expect(figure.interval.highOpen, `${text}: highOpen`).toBe(open?.highOpen ?? false);
  expect(figure.currency?.code ?? null, `${text}: currency`).toBe(currency);
  return figure;
}

/** One bad input: [text, code, index, length]. */
export type ErrorRow = readonly [text: string, code: ErrorCode, index: number, length: number];

/** Reads a row's figure and checks the error's code and position. */
export function expectError([text, code, index, length]: ErrorRow, options: ParseFigureOptions = {}): void {
  const result = parseFigure(text, options);
  expect(result.ok, text).toBe(false);
  if (result.ok) return;
  expect(result.error.code, `${text}: ${result.error.message}`).toBe(code);
  expect(result.error.position, text).toEqual({ input: text, index, length });
  expect(result.error.hint.length).toBeGreaterThan(0);
}

/** Names each row by its text, for test titles. */
export function named<T extends readonly [string, ...unknown[]]>(
  rows: readonly T[],
): (readonly [string, T])[] {
  return rows.map((row) => [row[0], row] as const);
}
