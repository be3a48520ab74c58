import { unwrap } from '../errors.js';
import { parseFigure } from './parseFigure.js';
import type { ParseFigureOptions, QuotedFigure } from './types.js';

/**
 * Reads a money figure like `parseFigure`, but throws its error: for tests and for text
 * dealcalc wrote itself.
 *
 * @param text - the figure
 * @param options - as for parseFigure
 * @returns the quoted figure
 * @throws DealCalcError with the FIGURE_* code parseFigure would return
 *
 * @example
 * parseFigureOrThrow('15亿元').value.toString() //=> '1500000000'
 */
export function parseFigureOrThrow(text: string, options?: ParseFigureOptions): QuotedFigure {
  return unwrap(parseFigure(text, options));
}
