/**
 * The words news puts between a figure and its conversion, one table per language (lower case;
 * spaces stand for any run of white space). Adding a language is adding a table.
 */
export interface ConnectorTable {
  /** BCP 47 code of the language. */
  readonly language: string;
  /**
   * Words that say "that is, converted" strongly enough to stand alone between two figures:
   * "X umgerechnet Y", "X soit Y", "X约合Y".
   */
  readonly strong: readonly string[];
  /** Words that make a conversion after a comma or inside parentheses: "X, or Y", "X (equivalent to Y)". */
  readonly weak: readonly string[];
  /** Hedges a conversion is written with: "X, about Y", "X (roughly Y)", "X, soit environ Y". */
  readonly hedges: readonly string[];
}

export const ENGLISH_CONNECTORS: ConnectorTable = {
  language: 'en',
  strong: [],
  weak: ['or', 'or roughly', 'equivalent to', 'the equivalent of', 'equal to', 'i.e.'],
  hedges: [
    'about',
    'around',
    'roughly',
    'approximately',
    'approx.',
    'some',
    'nearly',
    'almost',
    'close to',
    '~',
    '≈',
  ],
};

export const CHINESE_CONNECTORS: ConnectorTable = {
  language: 'zh',
  strong: ['约合', '約合', '折合', '合计约', '相当于', '相當於', '合'],
  weak: ['即', '或'],
  hedges: ['约', '約', '大约', '大約', '近', '逾'],
};

export const JAPANESE_CONNECTORS: ConnectorTable = {
  language: 'ja',
  strong: [],
  weak: [],
  hedges: ['約'],
};

export const GERMAN_CONNECTORS: ConnectorTable = {
  language: 'de',
  strong: ['umgerechnet'],
  weak: ['also', 'oder', 'das sind'],
  hedges: ['rund', 'etwa', 'ungefähr', 'knapp', 'circa', 'ca.', 'fast'],
};

export const FRENCH_CONNECTORS: ConnectorTable = {
  language: 'fr',
  strong: ['soit'],
  weak: ['ou', "c'est-à-dire"],
  hedges: ['environ', 'près de', 'quelque', 'autour de'],
};

export const SPANISH_CONNECTORS: ConnectorTable = {
  language: 'es',
  strong: ['o sea', 'equivalente a', 'equivalentes a'],
  weak: ['o', 'es decir'],
  hedges: ['unos', 'unas', 'cerca de', 'alrededor de', 'aproximadamente', 'casi'],
};

export const PORTUGUESE_CONNECTORS: ConnectorTable = {
  language: 'pt',
  strong: ['o equivalente a', 'equivalente a', 'equivalentes a'],
  weak: ['ou', 'ou seja'],
  hedges: ['cerca de', 'aproximadamente', 'quase', 'em torno de'],
};

export const ARABIC_CONNECTORS: ConnectorTable = {
  language: 'ar',
  strong: ['أي ما يعادل', 'ما يعادل', 'بما يعادل', 'أي حوالي'],
  weak: ['أي', 'أو'],
  hedges: ['حوالي', 'نحو', 'قرابة', 'ما يقرب من'],
};

/** Every table the pairing knows. */
export const CONNECTOR_TABLES: readonly ConnectorTable[] = [
  ENGLISH_CONNECTORS,
  CHINESE_CONNECTORS,
  JAPANESE_CONNECTORS,
  GERMAN_CONNECTORS,
  FRENCH_CONNECTORS,
  SPANISH_CONNECTORS,
  PORTUGUESE_CONNECTORS,
  ARABIC_CONNECTORS,
];
