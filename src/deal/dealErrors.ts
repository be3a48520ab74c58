/**
 * The errors of stakes and valuations that are not a figure's or an option's, one wording each.
 */
import { errorFrom, type DealCalcError } from '../errors.js';

/**
 * A seller named who is not one of the holders given.
 *
 * @example
 * sellerUnknown('Founder C').message //=> 'seller "Founder C" is not one of the holders'
 */
export function sellerUnknown(seller: string): DealCalcError {
  return errorFrom({
    code: 'DEAL_SELLERS_UNKNOWN',
    message: `seller "${seller}" is not one of the holders`,
    hint: 'Name a seller as one of the holders given, exactly as written there.',
  });
}
