import { describe, expect, it } from 'vitest';
import { convertAmount } from '../../src/fx/convert.js';
import { indexOnOrBefore } from '../../src/fx/chooseObservation.js';
import { lookupLeg } from '../../src/fx/lookupLeg.js';
import { lookupRate } from '../../src/fx/lookupRate.js';
import { Decimal } from '../../src/money/decimal.js';
import { c, caught, fred, imf } from './helpers.js';

const CNY = c('CNY');
const USD = c('USD');
const JPY = c('JPY');
const EUR = c('EUR');
const XDR = c('XDR');

describe('lookupRate: published values (Fed H.10 via FRED)', () => {
  it('CHUS on 2017-11-15 is 6.62 CNY per USD (FRED DEXCHUS); CNY → USD is its inverse', () => {
    const q = lookupRate(fred(), CNY, USD, '2017-11-15');
    expect(q.value.toString()).toBe('6.62');
    expect([q.base, q.quote, q.derivation]).toEqual(['USD', 'CNY', 'inverse']);
    expect(q.observedDate).toBe('2017-11-15');
    expect(q.requestedDate).toBe('2017-11-15');
    expect(q.policy).toBe('previous');
    expect(q.maxAgeDays).toBe(7);
    expect(q.source.id).toBe('fred-h10');
    expect(q.legs).toHaveLength(1);
    expect(q.legs[0]).toMatchObject({ seriesId: 'CHUS', observedDate: '2017-11-15', gaps: [] });
    expect(q.note).toBe(''); // the day asked for has a rate
    // Words for people (issue 17 item 9): the series by its publisher and currency, not "CHUS".
    expect(q.derivationNote).toBe(
      "the Fed's yuan series is published as 1 USD = 6.62 CNY; CNY → USD divides by it",
    );
  });

  it('USD → CNY on 2017-11-15 uses CHUS as published (direct)', () => {
    const q = lookupRate(fred(), USD, CNY, '2017-11-15');
    expect([q.base, q.quote, q.value.toString(), q.derivation, q.note]).toEqual([
      'USD',
      'CNY',
      '6.62',
      'direct',
      '',
    ]);
  });

  it('USEU is published as dollars per euro: EUR → USD direct, USD → EUR inverse (2017-11-15, 1.1794)', () => {
    const eurUsd = lookupRate(fred(), EUR, USD, '2017-11-15');
    expect([eurUsd.base, eurUsd.quote, eurUsd.value.toString(), eurUsd.derivation]).toEqual([
      'EUR',
      'USD',
      '1.1794',
      'direct',
    ]);
    const usdEur = lookupRate(fred(), USD, EUR, '2017-11-15');
    expect([usdEur.base, usdEur.quote, usdEur.value.toString(), usdEur.derivation]).toEqual([
      'EUR',
      'USD',
      '1.1794',
      'inverse',
    ]);
    expect(convertAmount(new Decimal('100'), usdEur).toString()).toBe(
      new Decimal('100').div('1.1794').toString(),
    );
  });

  it('same currency: rate 1, no legs, said in the derivation note', () => {
    const q = lookupRate(fred(), CNY, CNY, '2017-11-18');
    expect(q.value.toString()).toBe('1');
    expect(q.legs).toEqual([]);
    expect(q.derivationNote).toContain('same currency');
    expect(convertAmount(new Decimal('12.5'), q).toString()).toBe('12.5');
  });
});

describe('lookupRate: gaps explained', () => {
  it('Saturday 2017-11-18 → CHUS of Friday 2017-11-17 (6.6245), reason weekend', () => {
    const q = lookupRate(fred(), USD, CNY, '2017-11-18');
    expect(q.observedDate).toBe('2017-11-17');
    expect(q.value.toString()).toBe('6.6245');
    expect(q.legs[0]?.gaps).toEqual([{ date: '2017-11-18', kind: 'weekend', name: 'Saturday' }]);
    expect(q.note).toBe(
      '2017-11-18 is a Saturday; used 2017-11-17, the latest rate on or before it (policy previous)',
    );
  });

  it('Sunday 2017-11-19 lists both weekend days', () => {
    const q = lookupRate(fred(), USD, CNY, '2017-11-19');
    expect(q.legs[0]?.gaps.map((g) => g.name)).toEqual(['Saturday', 'Sunday']);
    expect(q.note).toContain('also no rate on 2017-11-18 Saturday');
  });

  it('Thanksgiving 2017-11-23 → CHUS of 2017-11-22 (6.6086), named holiday', () => {
    const q = lookupRate(fred(), USD, CNY, '2017-11-23');
    expect(q.observedDate).toBe('2017-11-22');
    expect(q.value.toString()).toBe('6.6086');
    expect(q.legs[0]?.gaps).toEqual([{ date: '2017-11-23', kind: 'holiday', name: 'Thanksgiving Day' }]);
    expect(q.note).toBe(
      '2017-11-23 is Thanksgiving Day (no fred-h10 rate); used 2017-11-22, the latest rate on or before it (policy previous)',
    );
  });

  it('2018-12-05 (no H.10 rate; day of mourning for G. H. W. Bush) is reported unexplained, not guessed', () => {
    const q = lookupRate(fred(), USD, CNY, '2018-12-05');
    expect(q.observedDate).toBe('2018-12-04');
    expect(q.value.toString()).toBe('6.8343');
    expect(q.legs[0]?.gaps).toEqual([
      { date: '2018-12-05', kind: 'unexplained', name: 'no rule names this closure' },
    ]);
    expect(q.note).toBe(
      'no rate on 2018-12-05 and no rule names the closure; used 2018-12-04, the latest rate on or before it (policy previous)',
    );
  });
});

describe('lookupRate: policies', () => {
  it('next: Saturday 2017-11-18 → Monday 2017-11-20', () => {
    const q = lookupRate(fred(), USD, JPY, '2017-11-18', { policy: 'next' });
    expect(q.observedDate).toBe('2017-11-20');
    expect(q.value.toString()).toBe('112.49');
    expect(q.legs[0]?.gaps.map((g) => g.date)).toEqual(['2017-11-18', '2017-11-19']);
    expect(q.note).toContain('the earliest rate on or after it (policy next)');
  });

  it('nearest: Sunday 2017-11-19 → Monday 2017-11-20 (1 day) rather than Friday (2 days)', () => {
    expect(lookupRate(fred(), USD, JPY, '2017-11-19', { policy: 'nearest' }).observedDate).toBe('2017-11-20');
    expect(lookupRate(fred(), USD, JPY, '2017-11-18', { policy: 'nearest' }).observedDate).toBe('2017-11-17');
  });

  it('nearest on a tie (Thanksgiving 2017-11-23: 11-22 and 11-24 both 1 day away) takes the earlier and says so', () => {
    const q = lookupRate(fred(), USD, CNY, '2017-11-23', { policy: 'nearest' });
    expect(q.observedDate).toBe('2017-11-22');
    expect(q.note).toContain('equally close to 2017-11-22 and 2017-11-24; the earlier is used on a tie');
  });

  it('interpolate: Thanksgiving 2017-11-23 is the midpoint of CHUS 6.6086 (11-22) and 6.5998 (11-24)', () => {
    const q = lookupRate(fred(), USD, CNY, '2017-11-23', { policy: 'interpolate' });
    expect(q.value.toString()).toBe('6.6042');
    expect(q.observedDate).toBe('2017-11-23');
    expect(q.legs[0]?.between).toEqual(['2017-11-22', '2017-11-24']);
    expect(q.note).toContain(
      'interpolated linearly in calendar days between 2017-11-22 (6.6086) and 2017-11-24 (6.5998)',
    );
  });

  it('interpolate: Saturday 2017-11-18 is one third of the way from JPUS 111.98 (Fri) to 112.49 (Mon)', () => {
    const q = lookupRate(fred(), USD, JPY, '2017-11-18', { policy: 'interpolate' });
    // (111.98 × 2 + 112.49 × 1) / 3 = 336.45 / 3
    expect(q.value.toString()).toBe('112.15');
  });

  it('interpolate on a day with a rate is just that rate', () => {
    const q = lookupRate(fred(), USD, JPY, '2017-11-15', { policy: 'interpolate' });
    expect(q.value.toString()).toBe('113.15');
    expect(q.legs[0]?.between).toBeUndefined();
  });

  it('exact on a gap errors RATE_NOT_FOUND, explaining the gap and the alternatives', () => {
    const e = caught(() => lookupRate(fred(), USD, CNY, '2017-11-23', { policy: 'exact' }));
    expect(e.code).toBe('RATE_NOT_FOUND');
    expect(e.kind).toBe('data');
    expect(e.message).toContain('2017-11-23 is Thanksgiving Day');
    expect(e.hint).toContain(
      'the lookup policy previous (2017-11-22) or the lookup policy next (2017-11-24)',
    );
  });

  it('exact on a day with a rate returns it', () => {
    expect(lookupRate(fred(), USD, CNY, '2017-11-22', { policy: 'exact' }).value.toString()).toBe('6.6086');
  });
});

describe('lookupRate: coverage and age', () => {
  it('before the series starts (CHUS from 1981-01-02) → RATE_BEFORE_COVERAGE naming the first date', () => {
    const e = caught(() => lookupRate(fred(), CNY, USD, '1980-12-31'));
    expect(e.code).toBe('RATE_BEFORE_COVERAGE');
    expect(e.kind).toBe('data');
    expect(e.message).toContain('1981-01-02');
  });

  it('after the table ends (2024-11-29) on 2026-06-01 → RATE_AFTER_COVERAGE naming 2024-11-29 and how to update', () => {
    const e = caught(() => lookupRate(fred(), CNY, USD, '2026-06-01'));
    expect(e.code).toBe('RATE_AFTER_COVERAGE');
    expect(e.message).toContain('2024-11-29');
    expect(e.hint).toContain('npm run data');
  });

  it('Saturday 2024-11-30 right after the end is filled from Friday 2024-11-29 (CHUS 7.2423)', () => {
    const q = lookupRate(fred(), USD, CNY, '2024-11-30');
    expect(q.observedDate).toBe('2024-11-29');
    expect(q.value.toString()).toBe('7.2423');
    expect(q.legs[0]?.gaps[0]?.kind).toBe('weekend');
  });

  it('Monday 2024-12-02 after the end is not filled (a business day with no data)', () => {
    expect(caught(() => lookupRate(fred(), USD, CNY, '2024-12-02')).code).toBe('RATE_AFTER_COVERAGE');
    expect(caught(() => lookupRate(fred(), USD, CNY, '2024-11-30', { policy: 'next' })).code).toBe(
      'RATE_AFTER_COVERAGE',
    );
  });

  it('inside the source but after a series ended (IMF JPY ends 2024-12-23, source 2025-01-03)', () => {
    expect(lookupRate(imf(), XDR, JPY, '2024-12-24').observedDate).toBe('2024-12-23');
    const e = caught(() => lookupRate(imf(), XDR, JPY, '2025-01-03'));
    expect(e.code).toBe('RATE_AFTER_COVERAGE');
    expect(e.message).toContain("the IMF's yen series ends on 2024-12-23");
  });

  it('maxAgeDays: a fill further than allowed → RATE_TOO_OLD naming both days and the age that would allow it', () => {
    // Sunday 2017-11-19 → Friday 2017-11-17 is 2 days.
    const e = caught(() => lookupRate(fred(), USD, CNY, '2017-11-19', { maxAgeDays: 1 }));
    expect(e.code).toBe('RATE_TOO_OLD');
    expect(e.kind).toBe('data');
    expect(e.message).toContain('2017-11-19');
    expect(e.message).toContain('2017-11-17');
    expect(e.hint).toContain('a maximum rate age of 2 days');
    expect(e.hint).toContain('another lookup policy');
    expect(lookupRate(fred(), USD, CNY, '2017-11-19', { maxAgeDays: 2 }).observedDate).toBe('2017-11-17');
  });

  it('VZUS is split by currency at the redenominations: VES starts 2018-08-20', () => {
    const ves = lookupRate(fred(), USD, c('VES'), '2018-08-20');
    expect([ves.legs[0]?.seriesId, ves.value.toString()]).toEqual(['VZUS', '2.4821']);
    const e = caught(() => lookupRate(fred(), USD, c('VES'), '2018-08-17'));
    expect(e.code).toBe('RATE_BEFORE_COVERAGE');
    expect(e.hint).toContain('100,000');
    expect(lookupRate(fred(), USD, c('VEF'), '2018-08-17').value.toString()).toBe('248209.9219');
    expect(caught(() => lookupRate(fred(), USD, c('VEF'), '2018-09-03')).code).toBe('RATE_AFTER_COVERAGE');
  });
});

describe('lookupRate: cross rates through the pivot', () => {
  it('CNY → JPY on 2017-11-15 crosses CHUS 6.62 and JPUS 113.15 through USD', () => {
    const q = lookupRate(fred(), CNY, JPY, '2017-11-15');
    expect(q.derivation).toBe('cross');
    expect([q.base, q.quote]).toEqual(['CNY', 'JPY']);
    expect(q.legs.map((l) => [l.seriesId, l.value.toString()])).toEqual([
      ['CHUS', '6.62'],
      ['JPUS', '113.15'],
    ]);
    expect(q.value.toString()).toBe(new Decimal('113.15').div('6.62').toString());
    expect(q.derivationNote).toMatch(
      /^cross through USD: 1 USD = 6\.62 CNY \(the Fed's yuan series, 2017-11-15\) and 1 USD = 113\.15 JPY/,
    );
    expect(convertAmount(new Decimal('1500000000'), q).toString()).toBe(
      new Decimal('1500000000').times('113.15').div('6.62').toString(),
    );
  });

  it('JPY → CNY is the reciprocal cross, with the JPY leg first', () => {
    const q = lookupRate(fred(), JPY, CNY, '2017-11-15');
    expect(q.legs.map((l) => l.seriesId)).toEqual(['JPUS', 'CHUS']);
    expect(q.value.toString()).toBe(new Decimal('6.62').div('113.15').toString());
  });

  it('EUR → JPY multiplies USEU and JPUS (no division)', () => {
    const q = lookupRate(fred(), EUR, JPY, '2017-11-15');
    expect(q.value.toString()).toBe('133.44911'); // 1.1794 × 113.15
  });

  it('each leg is filled on its own; the quote observes the earlier day', () => {
    // Thanksgiving: CHUS has no 2017-11-23 row; SFUS (rand) does.
    const q = lookupRate(fred(), CNY, c('ZAR'), '2017-11-23');
    expect(q.legs.map((l) => l.observedDate)).toEqual(['2017-11-22', '2017-11-23']);
    expect(q.observedDate).toBe('2017-11-22');
    expect(q.note).toContain('CNY leg: 2017-11-23 is Thanksgiving Day');
  });

  it('IMF USD → CNY on 2017-11-15 crosses through XDR: 9.3733 CNY/XDR ÷ 1.41294 USD/XDR', () => {
    const q = lookupRate(imf(), USD, CNY, '2017-11-15');
    expect(q.derivation).toBe('cross');
    expect(q.derivationNote).toContain('cross through XDR');
    expect(q.legs.map((l) => [l.seriesId, l.base, l.quote, l.value.toString()])).toEqual([
      ['USD', 'XDR', 'USD', '1.41294'],
      ['CNY', 'XDR', 'CNY', '9.3733'],
    ]);
    expect(q.value.toString()).toBe(new Decimal('9.3733').div('1.41294').toString());
  });

  it('IMF XDR → CNY is direct, CNY → XDR inverse', () => {
    expect(lookupRate(imf(), XDR, CNY, '2017-11-15').derivation).toBe('direct');
    expect(lookupRate(imf(), CNY, XDR, '2017-11-15').derivation).toBe('inverse');
  });

  it('a currency the source lacks → CURRENCY_NOT_IN_SOURCE listing what it has', () => {
    const e = caught(() => lookupRate(fred(), c('PLN'), USD, '2017-11-15'));
    expect(e.code).toBe('CURRENCY_NOT_IN_SOURCE');
    expect(e.message).toContain('PLN');
    expect(e.hint).toContain('USD (pivot), AUD, BRL');
  });
});

describe('lookupRate: bad arguments', () => {
  it('rejects a day that does not exist (DATE_INVALID) and a bad max age (OPTION_INVALID)', () => {
    expect(caught(() => lookupRate(fred(), USD, CNY, '2017-02-30')).code).toBe('DATE_INVALID');
    expect(caught(() => lookupRate(fred(), USD, CNY, '2017-11-15', { maxAgeDays: -1 })).code).toBe(
      'OPTION_INVALID',
    );
    expect(caught(() => lookupRate(fred(), USD, CNY, '2017-11-15', { maxAgeDays: 1.5 })).code).toBe(
      'OPTION_INVALID',
    );
  });
});

describe('lookupRate: asked again', () => {
  it('answers the same quote from the same source, and a refusal again; other settings are other answers', () => {
    const source = fred();
    const first = lookupRate(source, CNY, USD, '2017-11-18');
    expect(lookupRate(source, CNY, USD, '2017-11-18')).toBe(first);
    expect(first.observedDate).toBe('2017-11-17'); // a Saturday: Friday's 6.6245 (FRED DEXCHUS)
    const next = lookupRate(source, CNY, USD, '2017-11-18', { policy: 'next' });
    expect([next.observedDate, next.value.toString()]).toEqual(['2017-11-20', '6.6245']);
    expect(caught(() => lookupRate(source, CNY, USD, '2017-11-18', { maxAgeDays: 0 })).code).toBe(
      'RATE_TOO_OLD',
    );
    for (let i = 0; i < 2; i += 1) {
      expect(caught(() => lookupRate(source, CNY, USD, '2017-11-18', { policy: 'exact' })).code).toBe(
        'RATE_NOT_FOUND',
      );
    }
  });
});

describe("lookupLeg and indexOnOrBefore: a caller's hint of the latest row is checked, never trusted", () => {
  const source = fred();
  const chus = source.series(CNY);
  // Thanksgiving 2017-11-23: the latest CHUS row on or before it is 2017-11-22 (6.6086).
  const thanksgiving = '2017-11-23';
  const before = indexOnOrBefore(chus, thanksgiving);

  it('finds 2017-11-22 for Thanksgiving 2017-11-23 with the right hint, a wrong one, or none', () => {
    expect(chus.dateAt(before)).toBe('2017-11-22');
    for (const hint of [before, before - 1, before + 1, 0, chus.size - 1, chus.size, -5])
      expect(indexOnOrBefore(chus, thanksgiving, hint), `hint ${hint}`).toBe(before);
  });

  it('gives the same leg, note and all, with any hint, for every day of November 2017', () => {
    for (let day = 1; day <= 30; day += 1) {
      const date = `2017-11-${String(day).padStart(2, '0')}`;
      const plain = lookupLeg(source, chus, date, 'previous', 7);
      const right = indexOnOrBefore(chus, date);
      for (const hint of [right, right - 1, right + 3])
        expect(lookupLeg(source, chus, date, 'previous', 7, hint), `${date} hint ${hint}`).toEqual(plain);
    }
    expect(lookupLeg(source, chus, thanksgiving, 'previous', 7, before).note).toBe(
      '2017-11-23 is Thanksgiving Day (no fred-h10 rate); used 2017-11-22, the latest rate on or before it (policy previous)',
    );
  });
});
