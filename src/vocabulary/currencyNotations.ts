/**
 * The decimal mark of the places a currency is at home, for the figures whose languages write
 * numbers both ways (Spanish in Madrid and in Mexico City, German in Berlin and in Zurich, and
 * the euro written in an English sentence): a figure that names the currency and reads two ways
 * is read the way its home writes ("1.125 millones de pesos mexicanos" is 1.125 million,
 * "12.000 euros" is twelve thousand). Only currencies whose home writes one way are listed: the
 * dollar, the yuan or the yen are written both ways in the press of the languages that share
 * marks with them, so they decide nothing.
 */
export type DecimalStyle = 'decimal-point' | 'decimal-comma';

export const CURRENCY_NOTATIONS: Readonly<Record<string, DecimalStyle>> = {
  // Mexico, Central America and the Caribbean, the Philippines, Switzerland: 1,500.5 (1'500.5).
  MXN: 'decimal-point',
  GTQ: 'decimal-point',
  HNL: 'decimal-point',
  NIO: 'decimal-point',
  DOP: 'decimal-point',
  PAB: 'decimal-point',
  PHP: 'decimal-point',
  CHF: 'decimal-point',
  // The euro area, Brazil, most of South America, Turkey, Indonesia, Vietnam: 1.500,5.
  EUR: 'decimal-comma',
  BRL: 'decimal-comma',
  ARS: 'decimal-comma',
  CLP: 'decimal-comma',
  COP: 'decimal-comma',
  UYU: 'decimal-comma',
  PYG: 'decimal-comma',
  BOB: 'decimal-comma',
  VES: 'decimal-comma',
  CRC: 'decimal-comma',
  TRY: 'decimal-comma',
  IDR: 'decimal-comma',
  VND: 'decimal-comma',
  DKK: 'decimal-comma',
  NOK: 'decimal-comma',
  SEK: 'decimal-comma',
  PLN: 'decimal-comma',
  CZK: 'decimal-comma',
  HUF: 'decimal-comma',
  RUB: 'decimal-comma',
  UAH: 'decimal-comma',
};

/**
 * The language of a currency's home, where only one is spoken there and its words differ from
 * English ones: "R$ 5 mil" is five thousand reais (Portuguese "mil"), not five million.
 */
export const CURRENCY_LANGUAGES: Readonly<Record<string, string>> = {
  BRL: 'pt',
  MXN: 'es',
  ARS: 'es',
  CLP: 'es',
  COP: 'es',
  UYU: 'es',
  PEN: 'es',
  PYG: 'es',
  BOB: 'es',
  VES: 'es',
  GTQ: 'es',
  DOP: 'es',
  CRC: 'es',
  HNL: 'es',
  NIO: 'es',
};
