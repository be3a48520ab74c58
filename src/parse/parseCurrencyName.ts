import { internalError } from '../commonErrors.js';
import { unknownCurrencyWord } from '../money/currencyErrors.js';
import { fail, succeed, type Result } from '../errors.js';
import { chooseLanguages } from './engine.js';
import { repeatedCurrencyError } from './figureErrors.js';
import { normalizeText } from './normalize.js';
import { readCurrencyAt, mentionMeaning, type CurrencyMention } from './readCurrency.js';
import { readWordAt } from './readWordAt.js';
import { resolveCurrency } from './resolveCurrency.js';
import { skipSpace, trimmedEnd } from './skipSpace.js';
import { suggestWord } from './suggestWord.js';
import type { CurrencyReading, ParseCurrencyNameOptions } from './types.js';

const unknownCurrency = unknownCurrencyWord;

function readName(text: string, options: ParseCurrencyNameOptions): Result<CurrencyReading> {
  const choice = chooseLanguages(options.languages);
  if (!choice.ok) return choice;
  const { lexicon, mask } = choice.value;
  const view = normalizeText(text);
  const start = skipSpace(view, 0);
  const end = trimmedEnd(view);
  if (start >= end) return fail(unknownCurrency(text, 0, text.length, text, null));
  const mentions: CurrencyMention[] = [];
  let i = start;
  while (i < end && mentions.length < 3) {
    const step = readCurrencyAt(lexicon, text, view, i, mask, { scan: false, position: 'after' });
    if (step === null) break;
    // The same token twice ("$$", "USD USD") is a slip, not a currency: refuse it as figures do.
    const previous = mentions[mentions.length - 1];
    if (previous !== undefined && previous.token.text === step.value.token.text) {
      return fail({ ...repeatedCurrencyError(text, step.value.token), code: 'CURRENCY_UNKNOWN' });
    }
    mentions.push(mentionMeaning(step.value, mask));
    i = skipSpace(view, step.next);
  }
  if (i < end || mentions.length === 0) {
    const word = readWordAt(text, i)?.value.text ?? text.slice(i, end);
    return fail(unknownCurrency(text, i, word.length, word, suggestWord(lexicon, word)));
  }
  const reading = resolveCurrency(text, mentions, options.yen);
  if (!reading.ok) {
    if (reading.error.code !== 'FIGURE_AMBIGUOUS_CURRENCY') return reading;
    return fail({ ...reading.error, code: 'CURRENCY_AMBIGUOUS' });
  }
  if (reading.value === null)
    return fail(unknownCurrency(text, start, end - start, text.slice(start, end), null));
  return succeed(reading.value);
}

/**
 * Reads a currency written alone, as people write it on a command line or in a form: a code in
 * any case ("USD", "usd"), a word ("yuan", "US dollars", "美元", "Milliarden"-free words of any
 * table), a symbol ("€", "HK$"). A bare "$" is US dollars and says so; a lone "¥" is an error
 * (CURRENCY_AMBIGUOUS) unless the `yen` option decides; an unknown name gets a suggestion only
 * when one currency is closest ("CYN" → "CNY").
 *
 * @param text - the currency
 * @param options - how to read a lone "¥"; the languages to read with
 * @returns the currency reading, or CURRENCY_UNKNOWN / CURRENCY_AMBIGUOUS / FIGURE_CONFLICTING_CURRENCY
 *
 * @example
 * const usd = parseCurrencyName('usd');
 * usd.ok && usd.value.code //=> 'USD'
 * const yuan = parseCurrencyName('人民币');
 * yuan.ok && yuan.value.code //=> 'CNY'
 * parseCurrencyName('¥').ok //=> false
 */
export function parseCurrencyName(
  text: string,
  options: ParseCurrencyNameOptions = {},
): Result<CurrencyReading> {
  try {
    return readName(text, options);
  } catch (error) {
    return fail(
      internalError(
        `reading the currency "${text.slice(0, 200)}" failed: ${error instanceof Error ? error.message : String(error)}`,
        'the currency',
      ).toInfo(),
    );
  }
}
