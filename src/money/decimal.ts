import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The one configured Decimal used everywhere in dealcalc.
 *
 * 40 significant digits keep a quotient such as 1.5e9 / 6.62 exact far past any figure a
 * person would quote; rounding inside arithmetic is half-even, and `toString()` always writes
 * plain (never scientific) notation, which is what JSON output promises.
 * Nothing calls the global `Decimal.set`.
 *
 * @example
 * new Decimal('1500000000').div('6.62').toString()
 * //=> '226586102.7190332326283987915407854984894'
 */
export const Decimal: ExactDecimalConstructor = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  // Never exponential notation: JSON promises plain decimals, and the parser bounds how many
  // digits a figure may have, so plain text stays short.
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** A decimal value of the configured clone. */
export type Decimal = DecimalJs;

/**
 * The clone's constructor, typed to take text or a Decimal only: a JS number (a float) cannot
 * become money, a rate or a percentage, and the compiler says so where someone tries.
 */
export type ExactDecimalConstructor = Omit<typeof DecimalJs, 'prototype'> & {
  new (value: string | DecimalJs): DecimalJs;
  readonly prototype: DecimalJs;
};

/** Significant digits carried by every intermediate result. */
export const DECIMAL_PRECISION = 40;
