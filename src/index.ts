/**
 * dealcalc's public library API: pure functions over exact decimals. Nothing here reads files,
 * the clock or the environment; rate tables are values the caller passes in.
 *
 * @example
 * import { parseFigureOrThrow, lookupRate, convertFigure } from 'dealcalc';
 * const figure = parseFigureOrThrow('1.5 billion yuan');
 * const rate = lookupRate(myTable, figure.currency!.code, toCurrencyCode('USD'), '2017-11-15');
 * convertFigure(figure, toCurrencyCode('USD'), rate).to.amount.toFixed(2); //=> '226586102.72'
 */
export * from './errors.js';
export * from './money/index.js';
export * from './quantity/index.js';
export * from './parse/index.js';
export * from './fx/index.js';
export * from './deal/scenario/index.js';
