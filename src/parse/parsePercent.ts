import { internalError } from '../commonErrors.js';
import { fail, succeed, unwrap, type Result } from '../errors.js';
import { withoutInvisible } from './invisible.js';
import { WrittenPlaces } from './mapToWritten.js';
import { describeUnexpected } from './describeUnexpected.js';
import { noNumberError, noPercentError } from './figureErrors.js';
import { quotePercent } from './quoteFigure.js';
import { readFigureAt } from './readFigureAt.js';
import { skipSpace } from './skipSpace.js';
import { hasDigit, wholeText } from './wholeText.js';
import type { ParsePercentOptions, QuotedPercent } from './types.js';
import { checkArgument } from '../requestFields.js';

function readPercent(text: string, options: ParsePercentOptions): Result<QuotedPercent> {
  const whole = wholeText(text, options.languages);
  if (!whole.ok) return whole;
  const { choice, view, start, end, token } = whole.value;
  const { lexicon, mask } = choice;
  const read = readFigureAt(text, view, start, { lexicon, mask, scan: false, percent: true });
  if (!read.ok) {
    const { failure } = read;
    if (!failure.afterNumber && !hasDigit(view, start, end)) return fail(noNumberError(text, token));
    const error = describeUnexpected(lexicon, text, view, failure.at, end, failure.afterNumber, mask);
    // After the number: a misspelt percent word gets its suggestion; anything else is no percentage.
    if (failure.afterNumber && !error.hint.startsWith('Did you mean'))
      return fail(noPercentError(text, token));
    return fail(error);
  }
  const after = skipSpace(view, read.figure.consumed);
  if (after < end) return fail(describeUnexpected(lexicon, text, view, after, end, true, mask));
  return quotePercent(text, view, read.figure, {
    ...choice,
    ambiguity: options.ambiguity,
    notation: options.notation,
  });
}

/**
 * Reads a percentage as people write it: "1.6%", "about 10%", "9.99 per cent", "a 5 percent
 * stake", "百分之十", "10 Prozent", "10 %", "10 pour cent", "10 por ciento", "5-10%". Value and
 * interval are in percent; the interval comes from the last written digit ("1.6%" is
 * [1.55, 1.65]: a percentage is always rounded, even without a scale word) and the hedge, as for
 * money. An article before and a known noun after ("a", "stake") are read but not part of it.
 *
 * @param text - the percentage
 * @param options - the languages to read with, and what to do when they disagree
 * @returns the percentage, or an input error (PERCENT_NO_MARK when no percent sign or word)
 *
 * @example
 * const onePointSix = parsePercent('1.6%');
 * onePointSix.ok && onePointSix.value.interval.low?.toString() //=> '1.55'
 * const german = parsePercent('rund 10 Prozent');
 * german.ok && german.value.hedge?.kind //=> 'approximate'
 */
export function parsePercent(text: string, options: ParsePercentOptions = {}): Result<QuotedPercent> {
  checkArgument('parsePercent', 'text', 'text', text);
  checkArgument('parsePercent', 'options', 'object', options);
  try {
    const visible = withoutInvisible(text);
    if (visible === null) return readPercent(text, options);
    const places = new WrittenPlaces(text, visible);
    const read = readPercent(visible.visible, options);
    return read.ok ? succeed(places.percent(read.value)) : fail(places.error(read.error));
  } catch (error) {
    return fail(
      internalError(
        `reading the percentage "${text.slice(0, 200)}" failed: ${error instanceof Error ? error.message : String(error)}`,
        'the percentage',
      ).toInfo(),
    );
  }
}

/**
 * Reads a percentage like `parsePercent`, but throws its error: for tests and for text dealcalc
 * wrote itself.
 *
 * @example
 * parsePercentOrThrow('1.6%').value.toString() //=> '1.6'
 */
export function parsePercentOrThrow(text: string, options?: ParsePercentOptions): QuotedPercent {
  return unwrap(parsePercent(text, options));
}
