/** The lookup policies and their defaults, in one place. */
import { isIsoDate } from './calendar.js';
import { dateInvalid, maxAgeInvalid, policyInvalid } from './fxErrors.js';
import type { IsoDate, LookupPolicy } from './types.js';

/** Every lookup policy, the default first. */
export const LOOKUP_POLICIES: readonly LookupPolicy[] = [
  'previous',
  'exact',
  'next',
  'nearest',
  'interpolate',
];

/** The default policy: the latest rate on or before the day. */
export const DEFAULT_POLICY: LookupPolicy = 'previous';

/** The default maximum distance, in calendar days, between the requested and the observed day. */
export const DEFAULT_MAX_AGE_DAYS = 7;

/** How a lookup fills a day without a rate, and how far it may reach. */
export interface LookupOptions {
  /** Default 'previous': the latest rate on or before the day. */
  readonly policy?: LookupPolicy;
  /** The filled day may be at most this many calendar days from the requested one. Default 7. */
  readonly maxAgeDays?: number;
}

/**
 * Reads a lookup policy name (any letter case); throws OPTION_INVALID listing the policies.
 *
 * @example
 * toLookupPolicy('Nearest') //=> 'nearest'
 * toLookupPolicy('latest') // throws OPTION_INVALID
 */
export function toLookupPolicy(text: string): LookupPolicy {
  const found = LOOKUP_POLICIES.find((policy) => policy === text.trim().toLowerCase());
  if (found === undefined) throw policyInvalid(text, LOOKUP_POLICIES);
  return found;
}

/**
 * Checks the arguments of a lookup: a real day, a known policy, a whole maximum age.
 *
 * @example
 * checkLookupArguments('2017-11-15', 'previous', 7) //=> undefined
 * checkLookupArguments('2017-02-30', 'previous', 7) // throws DATE_INVALID
 */
export function checkLookupArguments(date: IsoDate, policy: LookupPolicy, maxAgeDays: number): void {
  if (!isIsoDate(date)) throw dateInvalid(date);
  if (!LOOKUP_POLICIES.includes(policy)) throw policyInvalid(String(policy), LOOKUP_POLICIES);
  if (!Number.isSafeInteger(maxAgeDays) || maxAgeDays < 0) throw maxAgeInvalid(String(maxAgeDays));
}
