/** dealcalc's public library API: pure functions, no fs, no process, no console. */
export * from './errors.js';
export * from './money/decimal.js';
export * from './money/currency.js';
export type * from './quantity/interval.js';
export type * from './parse/types.js';
export type * from './fx/types.js';
