/**
 * A conversion as the converter panel shows it: the answer first, then its provenance (the rate,
 * its source and observed day, the legs of a cross, the gap that was filled, the source passed
 * over, how old a latest rate is), then how the figure was read and the range it converts to.
 * The words are convertText's, and the text to copy is the command line's (renderConvertText).
 */
import type { ConvertAnswer } from '../convertJob.js';
import { convertText, renderConvertText, type ConversionText, type LabelledNote } from './convert.js';

/** One target's answer. */
export type ConversionView = ConversionText;

/** The converter's answer. */
export interface ConvertView {
  readonly conversions: readonly ConversionView[];
  /** How the figure was read ('' when it is exact and unhedged). */
  readonly reading: string;
  /** The figure's ambiguity note and the assumptions made about currencies, labelled. */
  readonly notes: readonly LabelledNote[];
  readonly rounding: string;
  readonly copyText: string;
}

/**
 * The converter panel's view of a conversion.
 *
 * @param answer - convertToEach's answer
 * @returns the answer lines, their provenance, the reading and the text to copy
 *
 * @example
 * const view = convertView(convertToEach(openShippedStore(), { figure: '1.5 billion yuan', to: 'USD', on: '2017-11-15' }));
 * view.conversions[0].answer //=> '1,500,000,000.00 CNY = 226,586,102.72 USD'
 * view.conversions[0].rate //=> '6.6200 CNY per USD · fred-h10 (Fed H.10 noon buying rate, New York) · 2017-11-15'
 */
export function convertView(answer: ConvertAnswer): ConvertView {
  const text = convertText(answer);
  return {
    ...text,
    rounding: `${text.rounding} for display; the exact value is kept`,
    copyText: renderConvertText(answer),
  };
}
