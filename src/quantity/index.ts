export * from './interval.js';
export * from './closedInterval.js';
export * from './intervalArithmetic.js';
