import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEcb } from '../../src/store/formats/ecb.js';
import { parseFred } from '../../src/store/formats/fred.js';
import { parseImport } from '../../src/store/formats/index.js';
import { parseLedgerPrices } from '../../src/store/formats/ledger.js';
import { parseRateCsv } from '../../src/store/formats/rateCsv.js';
import type { ImportFormat, ParsedImport } from '../../src/store/formats/types.js';
import type { Result } from '../../src/errors.js';
import { ROOT } from '../fx/helpers.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'rates');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const rates = (result: Result<ParsedImport>) => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value.rates.map((r) => `${r.date} ${r.base}/${r.quote} ${r.value} @${r.line}`);
};
const error = (result: Result<ParsedImport>) => {
  if (result.ok) throw new Error('expected an error');
  return result.error;
};

describe('ecb', () => {
  it('reads the history CSV: newest first, trailing commas, N/A skipped', () => {
    expect(rates(parseEcb(fixture('ecb-sample.csv'), 'ecb-sample.csv'))).toEqual([
      '2017-11-14 EUR/USD 1.1745 @2',
      '2017-11-14 EUR/CNY 7.7950 @2',
      '2017-11-13 EUR/USD 1.1660 @3',
      '2017-11-13 EUR/JPY 132.15 @3',
      '2017-11-13 EUR/CNY 7.7420 @3',
    ]);
  });

  it('reads the daily CSV (eurofxref.csv: spaces, "14 November 2017")', () => {
    expect(
      rates(parseEcb('Date, USD, CNY, \n14 November 2017, 1.1745, 7.7950, \n', 'eurofxref.csv')),
    ).toEqual(['2017-11-14 EUR/USD 1.1745 @2', '2017-11-14 EUR/CNY 7.7950 @2']);
  });

  it('reads the daily XML', () => {
    expect(rates(parseEcb(fixture('ecb-daily.xml'), 'eurofxref-daily.xml'))).toEqual([
      '2017-11-14 EUR/USD 1.1745 @9',
      '2017-11-14 EUR/CNY 7.7950 @10',
    ]);
  });

  it('reads oldest-first files too, but not a file whose dates turn back', () => {
    expect(rates(parseEcb('Date,USD\n2017-11-13,1.1660\n2017-11-14,1.1745\n', 'x.csv'))).toHaveLength(2);
    expect(
      error(parseEcb('Date,USD\n2017-11-13,1.1\n2017-11-15,1.1\n2017-11-14,1.1\n', 'x.csv')).message,
    ).toBe(
      'x.csv, line 4: 2017-11-14 is out of order after 2017-11-15 (dates must run one way, newest first as the ECB writes them, or oldest first)',
    );
  });

  it.each([
    ['', 'x.csv: the file is empty'],
    ['Day,USD\n', 'x.csv, line 1: expected the header "Date,USD,JPY,…", found "Day,USD"'],
    ['Date,XYZ,\n', 'x.csv, line 1: column 2 "XYZ" is not an ISO 4217 currency code'],
    ['Date,USD,USD\n', 'x.csv, line 1: the column USD appears twice'],
    ['Date,EUR\n', 'x.csv, line 1: a column for EUR: every ECB rate is already against the euro'],
    ['Date,USD,\n2017-02-30,1.1,\n', 'x.csv, line 2: "2017-02-30" is not a day (YYYY-MM-DD)'],
    [
      'Date,USD,\n2017-11-14,1.1,\n2017-11-14,1.1,\n',
      'x.csv, line 3: 2017-11-14 appears twice (also on line 2)',
    ],
    [
      'Date,USD,\n2017-11-14,abc,\n',
      'x.csv, line 2: USD on 2017-11-14: "abc" is not a rate (a positive plain decimal such as 6.62)',
    ],
    ['Date,USD,\n2017-11-14,0.0,\n', 'x.csv, line 2: USD on 2017-11-14: rate "0.0" is zero'],
    ['Date,USD,CNY,\n2017-11-14,1.1\n', 'x.csv, line 2: 2 cells where the header has 3 columns'],
    [
      'Date,USD,CNY,\n2017-11-14,1.1,\n',
      'x.csv, line 2: CNY on 2017-11-14: the cell is empty (the ECB writes N/A for a day without a rate)',
    ],
    ['Date,USD,\n2017-11-14,N/A,\n', 'x.csv: the file holds no rates'],
    ['Date,USD\n\n', 'x.csv, line 2: an empty line'],
  ])('refuses %j', (text, message) => {
    const e = error(parseEcb(text, 'x.csv'));
    expect(e.code).toBe('IMPORT_INVALID');
    expect(e.message).toBe(message);
    expect(e.hint).toMatch(/Nothing was imported\.$/);
  });

  it.each([
    [
      "<Cube><Cube time='2017-02-30'><Cube currency='USD' rate='1.1'/></Cube></Cube>",
      'x.xml, line 1: time="2017-02-30" is not a day (YYYY-MM-DD)',
    ],
    [
      "<Cube><Cube currency='USD' rate='1.1'/></Cube>",
      'x.xml, line 1: a rate outside a <Cube time="…"> element',
    ],
    [
      "<Cube><Cube time='2017-11-14'>\n<Cube currency='USD' rate='-1'/></Cube></Cube>",
      'x.xml, line 2: USD on 2017-11-14: rate "-1" is negative',
    ],
    ['<html><body>Not found</body></html>', 'x.xml: no <Cube> element: not the ECB’s reference-rate XML'],
  ])('refuses the XML %j', (text, message) => {
    expect(error(parseEcb(text, 'x.xml')).message).toBe(message);
  });
});

describe('fred', () => {
  it('reads one or several series, "." for a day without a rate', () => {
    expect(rates(parseFred(fixture('fred-sample.csv'), 'fred-sample.csv')).slice(0, 3)).toEqual([
      '2017-11-20 USD/CNY 6.6245 @2',
      '2017-11-20 USD/JPY 112.49 @2',
      '2017-11-21 USD/CNY 6.6265 @3',
    ]);
    expect(rates(parseFred(fixture('fred-sample.csv'), 'f.csv'))).toHaveLength(8);
  });

  it('keeps the direction FRED publishes: DEXUSEU is US dollars per euro', () => {
    expect(rates(parseFred('observation_date,DEXUSEU\n2017-11-15,1.1786\n2017-11-16,\n', 'f.csv'))).toEqual([
      '2017-11-15 EUR/USD 1.1786 @2',
    ]);
  });

  it.each([
    [
      'DATE,DEXCHUS\n2017-11-21,N/A\n',
      'f.csv, line 2: DEXCHUS on 2017-11-21: "N/A" is not a rate (a positive plain decimal such as 6.62)',
    ],
    ['DATE,GDP\n', 'f.csv, line 1: column 2 "GDP" is not a FRED H.10 daily series dealcalc knows'],
    ['DATE,DEXVZUS\n', 'f.csv, line 1: DEXVZUS changes unit twice'],
    [
      'date,value\n',
      'f.csv, line 1: expected the header "DATE,DEXCHUS" (or observation_date), found "date,value"',
    ],
    [
      'DATE,DEXCHUS\n2017-11-21,6.6\n2017-11-20,6.6\n',
      'f.csv, line 3: 2017-11-20 comes after 2017-11-21 (FRED writes dates ascending)',
    ],
    [
      'DATE,DEXCHUS\n2017-11-21,6.6\n2017-11-21,6.6\n',
      'f.csv, line 3: 2017-11-21 appears twice (also on line 2)',
    ],
    ['DATE,DEXCHUS\n2017-11-21,-6.6\n', 'f.csv, line 2: DEXCHUS on 2017-11-21: rate "-6.6" is negative'],
    ['DATE,DEXCHUS\n2017-11-21\n', 'f.csv, line 2: 1 cells where the header has 2 columns'],
  ])('refuses %j', (text, message) => {
    const e = error(parseFred(text, 'f.csv'));
    expect(e.code).toBe('IMPORT_INVALID');
    expect(e.message.startsWith(message)).toBe(true);
  });
});

describe('csv', () => {
  it('reads date,base,quote,rate rows, codes in any case, grouped thousands', () => {
    expect(
      rates(
        parseRateCsv(
          'date,base,quote,rate\n2017-11-15,usd,cny,6.62\n2017-11-15,USD,KRW,"1,096.5"\n'.replace(
            '"1,096.5"',
            '1096.5',
          ),
          'c.csv',
        ),
      ),
    ).toEqual(['2017-11-15 USD/CNY 6.62 @2', '2017-11-15 USD/KRW 1096.5 @3']);
  });

  it.each([
    ['bad-negative.csv', 'line 3: USD/CNY on 2017-11-16: rate "-6.6273" is negative'],
    ['bad-zero.csv', 'line 2: USD/CNY on 2017-11-15: rate "0" is zero'],
    ['bad-duplicate.csv', 'line 3: USD/CNY on 2017-11-15 appears twice (also on line 2)'],
    ['bad-columns.csv', 'line 1: expected the header "date,base,quote,rate", found "date,currency,rate"'],
  ])('%s: %s', (file, message) => {
    const e = error(parseRateCsv(fixture(file), file));
    expect(e.message).toBe(`${file}, ${message}`);
  });

  it.each([
    ['date,base,quote,rate\n2017-11-15,USD,USD,1\n', 'c.csv, line 2: base and quote are both USD'],
    [
      'date,base,quote,rate\n2017-11-15,USD,XYZ,1\n',
      'c.csv, line 2: quote "XYZ" is not an ISO 4217 currency code',
    ],
    [
      'date,base,quote,rate\n2017-11-15,USD,CNY,6.62\n2017-11-15,CNY,USD,0.15\n',
      'c.csv, line 3: CNY/USD on 2017-11-15 appears twice (also on line 2)',
    ],
    [
      'date,base,quote,rate\n15/11/2017,USD,CNY,6.62\n',
      'c.csv, line 2: "15/11/2017" is not a day (YYYY-MM-DD)',
    ],
    ['date,base,quote,rate\n', 'c.csv: the file holds no rates'],
  ])('refuses %j', (text, message) => {
    expect(error(parseRateCsv(text, 'c.csv')).message).toBe(message);
  });
});

describe('ledger', () => {
  it('reads hledger, ledger and beancount price lines, passing over the rest', () => {
    const parsed = parseLedgerPrices(fixture('prices.journal'), 'prices.journal');
    expect(rates(parsed)).toEqual([
      '2017-11-15 USD/CNY 6.62 @4',
      '2017-11-16 USD/CNY 6.6273 @5',
      '2017-11-17 USD/CNY 6.6245 @6',
    ]);
    expect(parsed.ok && parsed.value.skipped).toEqual([
      { what: 'P directives of commodities that are not currencies: AAPL', count: 1, lines: [12] },
    ]);
  });

  it.each([
    ['P 2017-11-15 "USD" 6.62 "CNY"\n', '2017-11-15 USD/CNY 6.62 @1'],
    ['P 2017-11-15 00:00:00 USD 6.62 CNY\n', '2017-11-15 USD/CNY 6.62 @1'],
    ['P 2017.11.15 USD 1,234.5 KRW\n', '2017-11-15 USD/KRW 1234.5 @1'],
    ['P 2017-11-15 USD 6.62 CNY ; a comment\n', '2017-11-15 USD/CNY 6.62 @1'],
  ])('%j', (text, rate) => {
    expect(rates(parseLedgerPrices(text, 'p.journal'))).toEqual([rate]);
  });

  it.each([
    [
      'bad-amount.journal',
      'bad-amount.journal, line 2: "CNY" is not an amount with its commodity (6.62 CNY)',
    ],
  ])('%s', (file, message) => {
    expect(error(parseLedgerPrices(fixture(file), file)).message).toBe(message);
  });

  it.each([
    ['P 2017-02-30 USD 6.62 CNY\n', 'p.journal, line 1: "2017-02-30" is not a day'],
    ['P 2017-11-15 USD -6.62 CNY\n', 'p.journal, line 1: USD/CNY on 2017-11-15: rate "-6.62" is negative'],
    ['P 2017-11-15 USD 6.62 USD\n', 'p.journal, line 1: a price of USD in USD'],
    [
      'P 2017-11-15 USD 6.62 CNY\nP 2017-11-15 USD 6.63 CNY\n',
      'p.journal, line 2: USD/CNY on 2017-11-15 appears twice (also on line 1)',
    ],
    [
      'P 2017-11-15\n',
      'p.journal, line 1: "P 2017-11-15" is not a price directive (P DATE COMMODITY AMOUNT)',
    ],
    ['2017-11-15 x\n  a  1 USD\n  b\n', 'p.journal: no P directive (P DATE COMMODITY AMOUNT) in the file'],
    [
      'P 2017-11-15 EUR $1.17\n',
      'p.journal: no price between two currencies (ISO 4217 codes); P directives of commodities that are not currencies: $',
    ],
  ])('refuses %j', (text, message) => {
    expect(error(parseLedgerPrices(text, 'p.journal')).message).toBe(message);
  });
});

describe('parseImport', () => {
  it.each<[ImportFormat, string]>([
    ['ecb', 'ecb-sample.csv'],
    ['fred', 'fred-sample.csv'],
    ['csv', 'bad-zero.csv'],
    ['ledger', 'prices.journal'],
  ])('dispatches %s', (format, file) => {
    const r = parseImport(format, fixture(file), file);
    expect(r.ok ? r.value.format : r.error.code).toBe(format === 'csv' ? 'IMPORT_INVALID' : format);
  });
});
