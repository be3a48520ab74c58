import { internalError } from '../commonErrors.js';
import { fail, succeed, type Result } from '../errors.js';
import { describeUnexpected } from './describeUnexpected.js';
import { noCurrencyError, noNumberError, repeatedCurrencyError } from './figureErrors.js';
import { quoteFigure } from './quoteFigure.js';
import { readFigureAt } from './readFigureAt.js';
import { skipSpace } from './skipSpace.js';
import { hasDigit, wholeText } from './wholeText.js';
import { withoutInvisible } from './invisible.js';
import { WrittenPlaces } from './mapToWritten.js';
import type { ParseFigureOptions, QuotedFigure } from './types.js';
import { checkArgument } from '../requestFields.js';

function readFigure(text: string, options: ParseFigureOptions): Result<QuotedFigure> {
  const whole = wholeText(text, options.languages);
  if (!whole.ok) return whole;
  const { choice, view, start, end, token: figure } = whole.value;
  const { lexicon, mask } = choice;

  const read = readFigureAt(text, view, start, { lexicon, mask, scan: false, percent: false });
  if (!read.ok) {
    const { failure } = read;
    if (failure.repeated) return fail(repeatedCurrencyError(text, failure.repeated));
    // Nothing that could be a number where one must stand, and no digit anywhere: say so.
    if (!failure.afterNumber && !hasDigit(view, start, end)) return fail(noNumberError(text, figure));
    return fail(describeUnexpected(lexicon, text, view, failure.at, end, failure.afterNumber, mask));
  }
  const after = skipSpace(view, read.figure.consumed);
  if (after < end) return fail(describeUnexpected(lexicon, text, view, after, end, true, mask));

  const quoted = quoteFigure(text, view, read.figure, {
    ...choice,
    ambiguity: options.ambiguity,
    notation: options.notation,
    yen: options.yen,
  });
  if (!quoted.ok) return quoted;
  if (quoted.value.currency === null && options.requireCurrency !== false)
    return fail(noCurrencyError(text, figure));
  return succeed({ ...quoted.value, text: figure.text, span: figure.span });
}

/**
 * Reads one money figure that makes up the whole text, as news writes it in the languages of
 * the tables: "$227 million", "about 1.5 billion yuan", "15亿元", "Rs 3 crore", "4,8 Milliarden
 * Dollar", "約2兆3千億円", "seven billion dollars", "27.4 US cents", "1.5-2 billion yuan".
 *
 * The result carries the point value, the interval the figure stands for (from its last
 * written digit and its hedge), the reading rule in one sentence, the decimals needed to show
 * every written digit, how its digits were read (and, where languages disagree and nothing in
 * the figure decides, the other readings), and where each part sits in the input. It never
 * throws on user text: every problem is an error result with a code, a message, a hint and the
 * position of the fault. Linear in the length of the text.
 *
 * @param text - the figure, with or without surrounding whitespace
 * @param options - how to read a lone "¥"; whether a currency is required (default: yes); the
 *   languages to read with and what to do when they disagree
 * @returns the quoted figure, or an input error: FIGURE_EMPTY, FIGURE_NO_NUMBER,
 *   FIGURE_BAD_NUMBER, FIGURE_UNKNOWN_WORD, FIGURE_TRAILING_TEXT, FIGURE_NO_CURRENCY,
 *   FIGURE_AMBIGUOUS_CURRENCY, FIGURE_CONFLICTING_CURRENCY, FIGURE_REPEATED_CURRENCY,
 *   FIGURE_BAD_RANGE, FIGURE_AMBIGUOUS_NUMBER (only with `ambiguity: 'error'`), OPTION_INVALID
 *
 * @example
 * const figure = parseFigure('$227 million');
 * figure.ok && figure.value.interval.low?.toString() //=> '226500000'
 * figure.ok && figure.value.currency?.assumption //=> 'a bare "$" is read as US dollars'
 * const german = parseFigure('4,8 Milliarden Dollar');
 * german.ok && german.value.value.toString() //=> '4800000000'
 */
export function parseFigure(text: string, options: ParseFigureOptions = {}): Result<QuotedFigure> {
  checkArgument('parseFigure', 'text', 'text', text);
  checkArgument('parseFigure', 'options', 'object', options);
  try {
    const visible = withoutInvisible(text);
    if (visible === null) return readFigure(text, options);
    // Read through invisible characters ("$227 mil\u00ADlion"), then point into the text as written.
    const places = new WrittenPlaces(text, visible);
    const read = readFigure(visible.visible, options);
    return read.ok ? succeed(places.figure(read.value)) : fail(places.error(read.error));
  } catch (error) {
    // A bug of ours, never the user's: report it as such instead of crashing the caller.
    return fail(
      internalError(
        `reading the figure "${text.slice(0, 200)}" failed: ${error instanceof Error ? error.message : String(error)}`,
        'the figure',
      ).toInfo(),
    );
  }
}
