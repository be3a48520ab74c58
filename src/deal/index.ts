/** Stakes and implied valuations: pure, rate tables passed in as values. */
// stake / implied (issue 8)
export type * from './types.js';
export { stake } from './stake.js';
export { impliedValuation } from './impliedValuation.js';
export {
  impliedFromText,
  stakeFromText,
  type DealTextOptions,
  type ImpliedTextRequest,
  type StakeTextRequest,
} from './dealJobs.js';
