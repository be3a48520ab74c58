import type { CurrencyCode } from '../money/currency.js';
import { fail, succeed, type Result } from '../errors.js';
import { ambiguousCurrencyError, conflictingCurrencyError } from './figureErrors.js';
import type { CurrencyMention } from './readCurrency.js';
import type { CurrencyReading } from './types.js';

function describe(mention: CurrencyMention): string {
  return `"${mention.token.text}"`;
}

/** The currency as read from one mention; `assumption` only when a rule decided (a literal, not a spread). */
function reading(code: CurrencyCode, mention: CurrencyMention, assumption?: string): CurrencyReading {
  return assumption === undefined
    ? { code, token: mention.token.text, span: mention.token.span }
    : { code, token: mention.token.text, span: mention.token.span, assumption };
}

/**
 * Decides the one currency of a figure from everything that names one in its text.
 *
 * The codes every mention allows are intersected: "$ … HKD" is HKD, "¥ … 元" is CNY, and an
 * empty intersection ("$1.5 billion yuan") is FIGURE_CONFLICTING_CURRENCY. If several codes
 * remain, the `yen` option decides between CNY and JPY, then a token's fallback ("$" → USD)
 * with its assumption; otherwise it is FIGURE_AMBIGUOUS_CURRENCY.
 *
 * @param input - the whole input (for error positions)
 * @param mentions - the currencies named, in text order
 * @param yen - how to read a lone "¥", if the user said
 * @returns the currency reading, null when nothing names a currency, or the error
 *
 * @example
 * const dollar = { token: { text: '$', span: { start: 0, end: 1 } }, meaning: { codes: ['USD', 'HKD'], fallback: { code: 'USD', assumption: 'a bare "$" is read as US dollars' }, subunit: 0, before: true, weak: false } };
 * const hkd = { token: { text: 'HKD', span: { start: 3, end: 6 } }, meaning: { codes: ['HKD'], subunit: 0, before: true, weak: false } };
 * resolveCurrency('$5 HKD', [dollar, hkd]).value.code //=> 'HKD'
 */
export function resolveCurrency(
  input: string,
  mentions: readonly CurrencyMention[],
  yen: 'CNY' | 'JPY' | undefined,
): Result<CurrencyReading | null> {
  const [first] = mentions;
  if (first === undefined) return succeed(null);
  let allowed: readonly CurrencyCode[] = first.meaning.codes;
  for (let k = 1; k < mentions.length; k += 1) {
    const mention = mentions[k] as CurrencyMention;
    const narrowed = allowed.filter((c) => mention.meaning.codes.includes(c));
    if (narrowed.length === 0) {
      const rival = mentions.find(
        (m) => m !== mention && !m.meaning.codes.some((c) => mention.meaning.codes.includes(c)),
      );
      return fail(conflictingCurrencyError(input, rival ?? first, mention));
    }
    allowed = narrowed;
  }
  // The most specific mention names the figure's currency: "yuan" rather than "¥".
  let chosen = first;
  for (const mention of mentions)
    if (mention.meaning.codes.length < chosen.meaning.codes.length) chosen = mention;
  const only = allowed[0];
  if (allowed.length === 1 && only !== undefined) {
    if (chosen.meaning.codes.length === 1) return succeed(reading(only, chosen));
    const others = mentions.filter((m) => m !== chosen).map(describe);
    return succeed(
      reading(
        only,
        chosen,
        `${describe(chosen)} is read as ${only}, as the text also says ${others.join(' and ')}`,
      ),
    );
  }
  if (
    yen !== undefined &&
    allowed.includes('CNY' as CurrencyCode) &&
    allowed.includes('JPY' as CurrencyCode)
  ) {
    const code = allowed.find((c) => c === yen);
    if (code !== undefined)
      return succeed(reading(code, chosen, `${describe(chosen)} is read as ${code}, as the yen option says`));
  }
  for (const mention of mentions) {
    const fallback = mention.meaning.fallback;
    if (fallback !== undefined && allowed.includes(fallback.code)) {
      return succeed({
        code: fallback.code,
        token: mention.token.text,
        span: mention.token.span,
        assumption: fallback.assumption,
      });
    }
  }
  return fail(ambiguousCurrencyError(input, chosen, allowed));
}
