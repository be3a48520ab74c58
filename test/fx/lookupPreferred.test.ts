import { describe, expect, it } from 'vitest';
import { lookupPreferred, sourcesQuoting } from '../../src/fx/lookupPreferred.js';
import { c, caught, fred, imf } from './helpers.js';

const CNY = c('CNY');
const USD = c('USD');

describe('sourcesQuoting', () => {
  const ids = (from: string, to: string) =>
    sourcesQuoting([fred(), imf()], c(from), c(to)).map((s) => s.info.id);

  it('keeps the order given: fred-h10 before imf for CNY and USD', () => {
    expect(ids('CNY', 'USD')).toEqual(['fred-h10', 'imf']);
  });

  it('leaves out a source that lacks a currency: imf alone for PLN, which H.10 does not quote', () => {
    expect(ids('CNY', 'PLN')).toEqual(['imf']);
  });

  it('finds the IMF for ISK and nothing for UAH, which neither table quotes', () => {
    expect(ids('CNY', 'ISK')).toEqual(['imf']);
    expect(ids('CNY', 'UAH')).toEqual([]);
  });
});

describe('lookupPreferred', () => {
  it('uses fred-h10 inside its coverage: 6.62 CNY per USD on 2017-11-15 (FRED DEXCHUS)', () => {
    const { quote, passedOver } = lookupPreferred([fred(), imf()], CNY, USD, '2017-11-15');
    expect(quote.source.id).toBe('fred-h10');
    expect(quote.value.toString()).toBe('6.62');
    expect(passedOver).toEqual([]);
  });

  it('passes over fred-h10 after its last day (2024-11-29) and says why', () => {
    // IMF on 2024-12-16: 9.54517 CNY and 1.31073 USD per SDR.
    const { quote, passedOver } = lookupPreferred([fred(), imf()], CNY, USD, '2024-12-16');
    expect(quote.source.id).toBe('imf');
    expect(quote.legs.map((l) => l.value.toString())).toEqual(['9.54517', '1.31073']);
    expect(passedOver).toEqual([
      { source: 'fred-h10', reason: expect.stringContaining('ends on 2024-11-29') },
    ]);
  });

  it('does not switch sources to dodge a gap the preferred source explains', () => {
    const e = caught(() => lookupPreferred([fred(), imf()], CNY, USD, '2017-11-23', { policy: 'exact' }));
    expect(e.code).toBe('RATE_NOT_FOUND');
    expect(e.message).toContain('Thanksgiving');
  });

  it('past the end of every table, throws the error of the table that ends last and names the others', () => {
    const e = caught(() => lookupPreferred([fred(), imf()], CNY, USD, '2026-06-01'));
    expect(e.code).toBe('RATE_AFTER_COVERAGE');
    expect(e.message).toContain('the imf table ends on 2025-01-03');
    expect(e.hint).toContain('on or before 2025-01-03');
    expect(e.hint).toContain(
      "Other sources: no fred-h10 rate for the Fed's yuan series (1 USD in CNY) on 2026-06-01: the fred-h10 table ends on 2024-11-29.",
    );
  });

  it('before the start of a table, throws the preferred error and names the others', () => {
    const e = caught(() => lookupPreferred([fred(), imf()], CNY, USD, '1970-06-01'));
    expect(e.code).toBe('RATE_BEFORE_COVERAGE');
    expect(e.message).toContain('fred-h10');
    expect(e.hint).toContain('Other sources: no imf rate');
  });

  it('says which sources exist when none quotes both currencies', () => {
    const e = caught(() => lookupPreferred([fred(), imf()], CNY, c('UAH'), '2017-11-15'));
    expect(e.code).toBe('CURRENCY_NOT_IN_SOURCE');
    expect(e.kind).toBe('data');
  });
});
