import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSeriesCsv, isPositiveDecimal, parseSeriesCsv, seriesDates } from '../../src/fx/table.js';
import { c, caught } from './helpers.js';

const meta = {
  file: 'data/fred-h10/CHUS.csv',
  id: 'CHUS',
  currency: c('CNY'),
  base: c('USD'),
  quote: c('CNY'),
};

describe('isPositiveDecimal', () => {
  it('accepts plain positive decimals only', () => {
    for (const ok of ['6.62', '292', '0.516417', '1087696.75']) expect(isPositiveDecimal(ok)).toBe(true);
    for (const bad of ['0', '0.0', '-1', '1e-5', '06.62', '.5', '5.', '', '1,5', 'NaN'])
      expect(isPositiveDecimal(bad)).toBe(false);
  });
});

describe('parseSeriesCsv', () => {
  it('reads rows, keeping the published digits as text', () => {
    const s = parseSeriesCsv('date,value\n2017-11-15,6.62\n2017-11-16,6.6273\n', meta);
    expect(seriesDates(s)).toEqual(['2017-11-15', '2017-11-16']);
    expect([s.valueAt(0), s.valueAt(1)]).toEqual(['6.62', '6.6273']);
    expect([s.id, s.base, s.quote, s.currency]).toEqual(['CHUS', 'USD', 'CNY', 'CNY']);
  });

  it('round-trips formatSeriesCsv', () => {
    const text = formatSeriesCsv(['2017-11-15', '2017-11-16'], ['6.62', '6.6273']);
    expect(text).toBe('date,value\n2017-11-15,6.62\n2017-11-16,6.6273\n');
    expect(parseSeriesCsv(text, meta).valueAt(1)).toBe('6.6273');
  });

  it.each([
    ['a wrong header', 'day,rate\n2017-11-15,6.62\n', 'line 1'],
    [
      'a date that does not exist',
      'date,value\n2017-02-30,6.62\n',
      'line 2: "2017-02-30" is not a calendar day',
    ],
    [
      'dates out of order',
      'date,value\n2017-11-16,6.62\n2017-11-15,6.6\n',
      'line 3: 2017-11-15 does not come after 2017-11-16',
    ],
    ['a duplicate date', 'date,value\n2017-11-15,6.62\n2017-11-15,6.62\n', 'line 3'],
    [
      'a zero rate',
      'date,value\n2017-11-15,0\n',
      'line 2: rate "0" on 2017-11-15 is not a positive plain decimal',
    ],
    ['a negative rate', 'date,value\n2017-11-15,-6.62\n', 'line 2'],
    ['an extra column', 'date,value\n2017-11-15,6.62,x\n', 'line 2'],
    ['a blank line', 'date,value\n2017-11-15,6.62\n\n2017-11-16,6.6\n', 'line 3'],
    ['no rows', 'date,value\n', 'no rates'],
  ])('throws DATA_CORRUPT naming file and line on %s', (_what, text, where) => {
    const e = caught(() => parseSeriesCsv(text, meta));
    expect(e.code).toBe('DATA_CORRUPT');
    expect(e.kind).toBe('data');
    expect(e.message).toContain('data/fred-h10/CHUS.csv');
    expect(e.message).toContain(where);
    expect(e.hint).toContain('npm run data');
  });
});

describe('isPositiveDecimal (property)', () => {
  it('agrees with its definition: /^(0|[1-9][0-9]*)(\\.[0-9]+)?$/ and not zero', () => {
    const reference = (t: string) => /^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/.test(t) && /[1-9]/.test(t);
    const text = fc.string({ unit: fc.constantFrom('0', '1', '9', '.', '-', 'e', ' '), maxLength: 8 });
    fc.assert(
      fc.property(text, (t) => isPositiveDecimal(t) === reference(t)),
      { numRuns: 5000 },
    );
  });
});
