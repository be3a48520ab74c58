/**
 * The sign of an amount cell as accounting exports write a negative: in parentheses,
 * "(1,234.00)", or with a trailing minus, "1,234.00-" (a leading sign is the figure's own).
 * What is inside is read as any amount (thousands groups, a currency symbol, a decimal comma).
 */
import type { ErrorInfo } from '../errors.js';
import { amountSignInvalid } from './batchErrors.js';

/** An amount cell's text without an accounting sign, and whether that sign made it negative. */
export interface AccountingAmount {
  readonly text: string;
  /** How the cell said it is negative ("in parentheses", "with a trailing minus"), or '' when it did not. */
  readonly negative: string;
}

const SIGN = /^[-+\u2212]|[-+\u2212]$/;

/**
 * Takes an accounting sign off an amount cell, or says why the sign cannot be read.
 *
 * @example
 * accountingAmount('(1,500,000,000.00)') //=> { text: '1,500,000,000.00', negative: 'in parentheses' }
 * accountingAmount('1,234.00-') //=> { text: '1,234.00', negative: 'with a trailing minus' }
 * accountingAmount('-5') //=> { text: '-5', negative: '' }
 * accountingAmount('(-5)').code //=> 'BATCH_AMOUNT_INVALID'
 */
export function accountingAmount(cell: string): AccountingAmount | ErrorInfo {
  const text = cell.trim();
  const opens = text.startsWith('(');
  const closes = text.endsWith(')');
  if (opens || closes) {
    const inner = text.slice(1, -1).trim();
    if (!(opens && closes) || inner === '' || SIGN.test(inner)) return amountSignInvalid(cell);
    return { text: inner, negative: 'in parentheses' };
  }
  const last = text.charCodeAt(text.length - 1);
  if (text.length > 1 && (last === 45 || last === 0x2212)) {
    const inner = text.slice(0, -1).trim();
    if (inner === '' || SIGN.test(inner)) return amountSignInvalid(cell);
    return { text: inner, negative: 'with a trailing minus' };
  }
  return { text: cell, negative: '' };
}
