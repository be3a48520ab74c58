export * from './decimal.js';
export * from './currency.js';
export * from './money.js';
export * from './round.js';
export * from './format.js';
