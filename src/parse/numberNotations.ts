import type { NumberNotationName } from './vocabulary/types.js';

/** One way of writing a number in digits: how digits are grouped and which mark starts the fraction. */
export interface NumberNotation {
  readonly name: NumberNotationName;
  /** An example, for hints and documentation. */
  readonly example: string;
  /** Matches a whole numeral; named groups `int` (may contain group marks) and `frac` (digits only). */
  readonly pattern: RegExp;
  /** The grouping marks to strip from `int`. */
  readonly groupMarks: RegExp | null;
}

/**
 * The number notations, by name. Vocabularies list the ones their language writes; the parser
 * accepts a numeral when one notation of an active vocabulary matches it whole.
 */
export const NUMBER_NOTATIONS: Readonly<Record<NumberNotationName, NumberNotation>> = {
  // 1500000000, 1.5, 12.34
  plain: {
    name: 'plain',
    example: '1500000.5',
    pattern: /^(?<int>\d+)(?:\.(?<frac>\d+))?$/,
    groupMarks: null,
  },
  // .5 (a leading decimal point: the integer part is zero)
  'leading-point': {
    name: 'leading-point',
    example: '.5',
    pattern: /^(?<int>)\.(?<frac>\d+)$/,
    groupMarks: null,
  },
  // 1,500,000,000.25: groups of three after a head of one to three digits
  'comma-thousands': {
    name: 'comma-thousands',
    example: '1,500,000',
    pattern: /^(?<int>\d{1,3}(?:,\d{3})+)(?:\.(?<frac>\d+))?$/,
    groupMarks: /,/g,
  },
  // 1 500 000 with one kind of space throughout: space, no-break space U+00A0, narrow
  // no-break space U+202F or thin space U+2009
  'space-thousands': {
    name: 'space-thousands',
    example: '1 500 000',
    pattern: /^(?<int>\d{1,3}(?<sep>[ \u00A0\u202F\u2009])\d{3}(?:\k<sep>\d{3})*)(?:\.(?<frac>\d+))?$/,
    groupMarks: /[ \u00A0\u202F\u2009]/g,
  },
  // 1,50,00,000 (lakh grouping): the last three digits, then groups of two; at least one
  // group of two, so that plain thousands grouping stays 'comma-thousands'
  indian: {
    name: 'indian',
    example: '1,50,00,000',
    pattern: /^(?<int>\d{1,2}(?:,\d{2})+,\d{3})(?:\.(?<frac>\d+))?$/,
    groupMarks: /,/g,
  },
};
