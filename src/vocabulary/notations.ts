import type { NumberNotation } from './types.js';

/** The spaces that group digits: space, no-break space, narrow no-break space, thin space. */
const SPACES = [' ', '\u00A0', '\u202F', '\u2009'] as const;

/**
 * The number notations the tables share, by name. A language lists the ones it writes; a
 * number with no mark at all ("1500", "1500000") reads the same in every notation.
 */
export const NUMBER_NOTATIONS = {
  /** 1,500,000.25 and 1 500 000.25 (English, Chinese, Japanese, Korean). */
  'comma-thousands': {
    name: 'comma-thousands',
    example: '1,500,000.25',
    decimalMarks: ['.'],
    groupMarks: [',', ...SPACES],
    grouping: 'thousands',
    leadingDecimal: true,
  },
  /** 1,50,00,000.25 (lakh grouping: the last three digits, then twos). */
  indian: {
    name: 'indian',
    example: '1,50,00,000',
    decimalMarks: ['.'],
    groupMarks: [','],
    grouping: 'indian',
    leadingDecimal: true,
  },
  /** 1.500.000,25 and 1 500 000,25 (German, Spanish, Portuguese; Swiss 1'500'000). */
  'dot-thousands': {
    name: 'dot-thousands',
    example: '1.500.000,25',
    decimalMarks: [','],
    groupMarks: ['.', ...SPACES, "'"],
    grouping: 'thousands',
  },
  /** 1 500 000,25 (French; a dot also groups in older and Belgian texts). */
  'space-thousands': {
    name: 'space-thousands',
    example: '1 500 000,25',
    decimalMarks: [','],
    groupMarks: [...SPACES, '.'],
    grouping: 'thousands',
  },
  /**
   * 1'500'000.25 and 1'500'000,25 (Switzerland: an apostrophe groups, a point or a comma starts
   * the fraction: "CHF 7.5 Mrd.", "1,5 Mia. Franken").
   */
  swiss: {
    name: 'swiss',
    example: "1'500'000.25",
    decimalMarks: ['.', ','],
    groupMarks: ["'", ...SPACES],
    grouping: 'thousands',
  },
  /** 1,500,000.25, 1٬500٬000٫25 and 12ر4 (Arabic: the decimal separator U+066B, or ر). */
  arabic: {
    name: 'arabic',
    example: '12ر4',
    decimalMarks: ['.', '\u066B', '\u0631'],
    groupMarks: [',', '\u066C'],
    grouping: 'thousands',
  },
} as const satisfies Readonly<Record<string, NumberNotation>>;
