/** Currency pairs as people write them: USD/CNY, usd-cny, USDCNY, "CNY per USD". */
import { fail, succeed, type ErrorInfo, type Result } from '../errors.js';
import { isCurrencyCode, type CurrencyCode } from '../money/currency.js';

/** A pair of currencies in a direction: rates of it are units of `quote` per 1 `base`. */
export interface CurrencyPair {
  readonly base: CurrencyCode;
  readonly quote: CurrencyCode;
}

const PAIR_HINT = 'Write the pair as BASE/QUOTE, e.g. USD/CNY for the yuan price of 1 US dollar.';

function bad(message: string, code: ErrorInfo['code'] = 'OPTION_INVALID'): Result<CurrencyPair> {
  return fail({ code, message, hint: PAIR_HINT });
}

function codeOf(text: string): CurrencyCode | undefined {
  const upper = text.toUpperCase();
  return isCurrencyCode(upper) ? upper : undefined;
}

/**
 * Reads a currency pair: `BASE/QUOTE` (also with "-", ":" or a space, or the six letters run
 * together, in any letter case), or `QUOTE per BASE`. USD/CNY means 1 USD in CNY, as the market
 * writes it and as hledger's `P` directive does.
 *
 * @param text - the pair as written
 * @returns the pair, or OPTION_INVALID / CURRENCY_UNKNOWN naming what is wrong
 *
 * @example
 * parseCurrencyPair('USD/CNY').value //=> { base: 'USD', quote: 'CNY' }
 * parseCurrencyPair('cnyusd').value //=> { base: 'CNY', quote: 'USD' }
 * parseCurrencyPair('CNY per USD').value //=> { base: 'USD', quote: 'CNY' }
 * parseCurrencyPair('USD/XYZ').error.code //=> 'CURRENCY_UNKNOWN'
 */
export function parseCurrencyPair(text: string): Result<CurrencyPair> {
  const trimmed = text.trim();
  if (trimmed.length > 40) return bad(`"${trimmed.slice(0, 40)}…" is not a currency pair`);
  let parts: readonly string[];
  const per = /^([A-Za-z]{3})\s+per\s+([A-Za-z]{3})$/i.exec(trimmed);
  if (per) parts = [per[2] as string, per[1] as string];
  else if (/^[A-Za-z]{6}$/.test(trimmed)) parts = [trimmed.slice(0, 3), trimmed.slice(3)];
  else parts = trimmed.split(/\s*[/:-]\s*|\s+/);
  if (parts.length !== 2 || !parts.every((p) => /^[A-Za-z]{3}$/.test(p))) {
    return bad(`"${trimmed}" is not a currency pair`);
  }
  const [baseText, quoteText] = parts as [string, string];
  const base = codeOf(baseText);
  const quote = codeOf(quoteText);
  if (base === undefined || quote === undefined) {
    const unknown = base === undefined ? baseText : quoteText;
    return bad(`"${unknown}" in the pair "${trimmed}" is not an ISO 4217 currency code`, 'CURRENCY_UNKNOWN');
  }
  if (base === quote) return bad(`the pair "${trimmed}" names ${base} twice`);
  return succeed({ base, quote });
}

/**
 * A pair written the one way dealcalc writes it: BASE/QUOTE.
 *
 * @example
 * pairText({ base: USD, quote: CNY }) //=> 'USD/CNY'
 */
export function pairText(pair: CurrencyPair): string {
  return `${pair.base}/${pair.quote}`;
}
