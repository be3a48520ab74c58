import type { CurrencyCode } from '../../money/currency.js';

/** A FRED daily H.10 series dealcalc imports: its currency and the direction FRED publishes it in. */
export interface FredSeries {
  readonly id: string;
  readonly currency: CurrencyCode;
  /** true: US dollars per unit of the currency (DEXUSEU); false: units of the currency per US dollar. */
  readonly dollarsPerUnit: boolean;
}

const c = (code: string) => code as CurrencyCode;
const perDollar = (id: string, code: string): FredSeries => ({
  id,
  currency: c(code),
  dollarsPerUnit: false,
});
const dollarsPer = (id: string, code: string): FredSeries => ({
  id,
  currency: c(code),
  dollarsPerUnit: true,
});

/**
 * The FRED daily series of the Fed's H.10 release, as FRED names them (series pages
 * fred.stlouisfed.org/series/DEXCHUS and so on; "Chinese Yuan Renminbi to U.S. Dollar Spot
 * Exchange Rate", "U.S. Dollars to Euro Spot Exchange Rate"). DEXVZUS is left out: its unit
 * changes twice (VEF, VES, VED) within the one series, and dealcalc will not guess where.
 */
export const FRED_SERIES: readonly FredSeries[] = [
  perDollar('DEXBZUS', 'BRL'),
  perDollar('DEXCAUS', 'CAD'),
  perDollar('DEXCHUS', 'CNY'),
  perDollar('DEXDNUS', 'DKK'),
  perDollar('DEXHKUS', 'HKD'),
  perDollar('DEXINUS', 'INR'),
  perDollar('DEXJPUS', 'JPY'),
  perDollar('DEXKOUS', 'KRW'),
  perDollar('DEXMAUS', 'MYR'),
  perDollar('DEXMXUS', 'MXN'),
  perDollar('DEXNOUS', 'NOK'),
  perDollar('DEXSDUS', 'SEK'),
  perDollar('DEXSFUS', 'ZAR'),
  perDollar('DEXSIUS', 'SGD'),
  perDollar('DEXSLUS', 'LKR'),
  perDollar('DEXSZUS', 'CHF'),
  perDollar('DEXTAUS', 'TWD'),
  perDollar('DEXTHUS', 'THB'),
  dollarsPer('DEXUSAL', 'AUD'),
  dollarsPer('DEXUSEU', 'EUR'),
  dollarsPer('DEXUSNZ', 'NZD'),
  dollarsPer('DEXUSUK', 'GBP'),
];

/** Series FRED publishes that dealcalc will not import, and why. */
export const FRED_REFUSED: Readonly<Record<string, string>> = {
  DEXVZUS:
    'DEXVZUS changes unit twice within the one series (VEF to 2018-08-17, VES to 2021-10-01, then VED); dealcalc ships it split as fred-h10 and will not guess the joins in a file',
};

/**
 * The FRED H.10 series with this id (any letter case), or undefined.
 *
 * @example
 * fredSeries('dexchus')?.currency //=> 'CNY'
 * fredSeries('DEXUSEU')?.dollarsPerUnit //=> true
 * fredSeries('GDP') //=> undefined
 */
export function fredSeries(id: string): FredSeries | undefined {
  const upper = id.trim().toUpperCase();
  return FRED_SERIES.find((s) => s.id === upper);
}
