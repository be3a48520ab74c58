import type { QuotedFigure } from '../parse/types.js';

/**
 * A key two figures share exactly when a check or a conversion reads them alike: the text, the
 * currency and how it was decided, the point value, the interval and the reading. A story that
 * quotes the same figure twice is then checked once.
 *
 * @example
 * figureKey(parseFigureOrThrow('about $5 million')) === figureKey(parseFigureOrThrow('about $5 million')) //=> true
 * figureKey(parseFigureOrThrow('$5 million')) === figureKey(parseFigureOrThrow('about $5 million')) //=> false
 */
export function figureKey(figure: QuotedFigure): string {
  const { interval } = figure;
  return [
    figure.text,
    figure.currency?.code ?? '',
    figure.currency?.assumption ?? '',
    figure.value.toString(),
    interval.lowOpen ? '(' : '[',
    interval.low?.toString() ?? '-inf',
    interval.high?.toString() ?? '+inf',
    interval.highOpen ? ')' : ']',
    figure.reading,
  ].join('\u0000');
}
