import { describe, expect, it } from 'vitest';
import { rateHistory } from '../../src/fx/rateHistory.js';
import { seriesFromArrays } from '../../src/fx/table.js';
import { Decimal } from '../../src/money/decimal.js';
import { openShippedStore } from '../../src/node/openStore.js';
import { rateSourceFromSeries } from '../../src/fx/rateSourceFromSeries.js';
import { rateStoreFromSources } from '../../src/store/rateStore.js';
import { c, caught, fred } from './helpers.js';

const store = openShippedStore();

describe('rateHistory: a pair as published', () => {
  // FRED DEXCHUS, the week of Thanksgiving 2017.
  const h = rateHistory(store, { pair: 'USD/CNY', from: '2017-11-20', to: '2017-11-26' });

  it('lists the published values, in order, as published', () => {
    expect(h.points.map((p) => [p.date, p.value.toString(), p.derived])).toEqual([
      ['2017-11-20', '6.6245', false],
      ['2017-11-21', '6.6265', false],
      ['2017-11-22', '6.6086', false],
      ['2017-11-24', '6.5998', false],
    ]);
    expect([h.source.id, h.derivation, h.how]).toEqual([
      'fred-h10',
      'direct',
      "the Fed's yuan series as published: 1 USD in CNY",
    ]);
  });

  it('explains every day without a rate: Thanksgiving by name, the weekend counted', () => {
    expect(h.gaps.map((g) => [g.from, g.to, g.reasons.map((r) => r.name)])).toEqual([
      ['2017-11-23', '2017-11-23', ['Thanksgiving Day']],
      ['2017-11-25', '2017-11-26', []],
    ]);
    expect(h.daysWithout).toEqual({ days: 3, weekends: 2, holidays: 1, unexplained: 0 });
  });

  it('names a closure no rule explains (2018-12-05, the national day of mourning for George H. W. Bush)', () => {
    const d = rateHistory(store, { pair: 'USD/CNY', from: '2018-12-04', to: '2018-12-06' });
    expect(d.gaps[0]?.reasons[0]).toEqual({
      date: '2018-12-05',
      kind: 'unexplained',
      name: 'no rule names this closure',
    });
  });
});

describe('rateHistory: derived values', () => {
  it('inverse: 1 / the published value, flagged as derived', () => {
    const h = rateHistory(store, { pair: 'CNY/USD', from: '2017-11-15', to: '2017-11-15' });
    expect(h.derivation).toBe('inverse');
    expect(h.points[0]?.value.toString()).toBe(new Decimal('1').div('6.62').toString());
    expect(h.points[0]?.derived).toBe(true);
  });

  it('cross: the two published legs through the pivot (CNY/JPY = JPUS / CHUS)', () => {
    const h = rateHistory(store, { pair: 'CNY/JPY', from: '2017-11-15', to: '2017-11-15' });
    const jpus = fred().series(c('JPY'));
    const chus = fred().series(c('CNY'));
    const at = (s: typeof jpus) => {
      for (let i = 0; i < s.size; i += 1) if (s.dateAt(i) === '2017-11-15') return s.valueAt(i);
      return '';
    };
    expect(h.derivation).toBe('cross');
    expect(h.points[0]?.value.toString()).toBe(new Decimal(at(jpus)).div(at(chus)).toString());
  });

  it('a cross lists a day that only one leg has as a gap naming the missing series', () => {
    const toy = rateSourceFromSeries(
      {
        id: 'toy',
        name: 'Toy',
        meaning: 'toy',
        pivot: c('EUR'),
        calendar: 'none',
        attribution: 'test',
        lastDate: '2024-01-04',
        updateHint: '',
      },
      [
        seriesFromArrays(
          { id: 'USD', currency: c('USD'), base: c('EUR'), quote: c('USD') },
          ['2024-01-02', '2024-01-03', '2024-01-04'],
          ['1.1', '1.2', '1.3'],
        ),
        seriesFromArrays(
          { id: 'CNY', currency: c('CNY'), base: c('EUR'), quote: c('CNY') },
          ['2024-01-02', '2024-01-04'],
          ['7.7', '9.1'],
        ),
      ],
    );
    const h = rateHistory(rateStoreFromSources([toy]), {
      pair: 'USD/CNY',
      from: '2024-01-02',
      to: '2024-01-04',
    });
    expect(h.points.map((p) => [p.date, p.value.toString()])).toEqual([
      ['2024-01-02', '7'],
      ['2024-01-04', '7'],
    ]);
    expect(h.gaps[0]?.reasons[0]).toEqual({
      date: '2024-01-03',
      kind: 'unexplained',
      name: 'no rate in the yuan series of toy (the US dollar series of toy has one)',
    });
  });
});

describe('rateHistory: spans and sources', () => {
  it('without --from shows the 30 days before the last rate', () => {
    const h = rateHistory(store, { pair: 'USD/CNY' });
    expect([h.from, h.to]).toEqual(['2024-10-30', '2024-11-29']);
  });

  it('cuts a span to the coverage and says so', () => {
    const h = rateHistory(store, {
      pair: 'USD/CNY',
      source: 'fred-h10',
      from: '2024-11-25',
      to: '2024-12-31',
    });
    expect(h.to).toBe('2024-11-29');
    expect(h.spanNote).toBe('USD/CNY ends on 2024-11-29 in fred-h10');
  });

  it('takes the first source that quotes the pair in the span, naming those passed over', () => {
    // fred-h10 ends on 2024-11-29; the ECB's table (next in order, before imf) covers the span.
    const h = rateHistory(store, { pair: 'USD/CNY', from: '2024-12-10', to: '2024-12-20' });
    expect(h.source.id).toBe('ecb');
    expect(h.passedOver).toEqual([
      { source: 'fred-h10', reason: 'fred-h10 quotes USD/CNY from 1981-01-02 to 2024-11-29 only' },
    ]);
  });

  it.each([
    [{ pair: 'USD/CNY', source: 'fred-h10', to: '1970-01-01' }, 'RATE_BEFORE_COVERAGE'],
    [{ pair: 'USD/CNY', source: 'fred-h10', from: '2026-01-01' }, 'RATE_AFTER_COVERAGE'],
    [{ pair: 'USD/CNY', source: 'boe' }, 'SOURCE_UNKNOWN'],
    [{ pair: 'USD/PLN', source: 'fred-h10' }, 'CURRENCY_NOT_IN_SOURCE'],
    [{ pair: 'USD/USD' }, 'OPTION_INVALID'],
    [{ pair: 'USD/CNY', from: '2017-12-01', to: '2017-11-01' }, 'OPTION_INVALID'],
    [{ pair: 'USD/CNY', from: '2017-02-30' }, 'DATE_INVALID'],
  ])('%j → %s', (request, code) => {
    expect(caught(() => rateHistory(store, request)).code).toBe(code);
  });
});

describe('rateHistory: averages', () => {
  it('one row per month, the means of the published values, partial months flagged', () => {
    const h = rateHistory(store, { pair: 'USD/CNY', from: '2017-11-13', to: '2017-12-31', average: 'month' });
    const rows = h.averages?.rows ?? [];
    expect(rows.map((r) => [r.label, r.from, r.to, r.complete])).toEqual([
      ['2017-11', '2017-11-13', '2017-11-30', false],
      ['2017-12', '2017-12-01', '2017-12-31', true],
    ]);
    // The first row's mean is the mean of its days' published values (computed from the points).
    const novemberPoints = h.points.filter((p) => p.date <= '2017-11-30');
    const sum = novemberPoints.reduce((s, p) => s.plus(p.value), new Decimal('0'));
    expect(rows[0]?.value?.toString()).toBe(sum.div(String(novemberPoints.length)).toString());
    expect(rows[0]?.count).toBe(novemberPoints.length);
  });

  it('averages the inverse as 1 / the mean of the published values', () => {
    const direct = rateHistory(store, {
      pair: 'USD/CNY',
      from: '2017-01-01',
      to: '2017-12-31',
      average: 'year',
    });
    const inverse = rateHistory(store, {
      pair: 'CNY/USD',
      from: '2017-01-01',
      to: '2017-12-31',
      average: 'year',
    });
    const mean = direct.averages?.rows[0]?.value as Decimal;
    expect(inverse.averages?.rows[0]?.value?.toString()).toBe(new Decimal('1').div(mean).toString());
    expect(inverse.averages?.method).toContain('then the inverse derived from the means');
  });
});
