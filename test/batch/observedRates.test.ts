/**
 * A batch reads a day's rate from the series' days (src/batch/rowRates.ts, observedRate) instead
 * of the whole lookup: proven the same, day by day, against the whole lookup (lookupPreferred
 * over the store's sources, as `convert` makes it) on the shipped tables (Fed H.10 as published
 * by FRED, IMF SDR rates): the text every row cites, the exact integers, the small ones of the
 * scaled-integer path, whether the bytes are printable, and the error when there is none.
 */
import { describe, expect, it } from 'vitest';

const SLOW = 60_000;
import { exactStep, exactUnits } from '../../src/batch/exactAmount.js';
import type { ObservedDays } from '../../src/batch/observedDays.js';
import { RateBook, type RowRate } from '../../src/batch/rowRates.js';
import { addDays } from '../../src/fx/calendar.js';
import type { LookupPolicy } from '../../src/fx/types.js';
import { currencyInfo, toCurrencyCode } from '../../src/money/currency.js';
import { openShippedStore } from '../../src/node/openStore.js';

const STORE = openShippedStore();

function books(
  to: string,
  policy: LookupPolicy,
  maxAgeDays: number,
  source?: string,
  cacheSize = 1 << 20,
): [RateBook, RateBook] {
  const code = toCurrencyCode(to);
  const settings = {
    to: code,
    minorUnits: currencyInfo(code).minorUnits,
    policy,
    maxAgeDays,
    json: false,
    cacheSize,
    ...(source === undefined ? {} : { source }),
  };
  return [new RateBook(STORE, settings), new RateBook(STORE, { ...settings, readSeries: false })];
}

/** Everything a row takes from a rate. */
function cited(rate: RowRate | null) {
  if (rate === null) return null;
  const bytes = new TextDecoder().decode(rate.tailPool.subarray(rate.tailStart, rate.tailEnd));
  if (rate.error !== null) return { error: rate.error };
  const exact = rate.exact;
  const steps = [0, 1, 2, 3, 4].map((scale) => {
    rate.stepFor(scale);
    const step = exact === null ? null : exactStep(exact, scale);
    // The small integers are exactStep's, wherever they come from.
    if (step !== null)
      expect([rate.smallMultiplier, rate.smallDivisor]).toEqual([step.smallMultiplier, step.smallDivisor]);
    return [rate.smallMultiplier, rate.smallDivisor];
  });
  const integers = exact && [
    exact.numerator,
    exact.numeratorScale,
    exact.denominator,
    exact.denominatorScale,
  ];
  return {
    bytes,
    tail: rate.tail,
    head: rate.head,
    note: rate.note,
    printable: rate.tailPrintable,
    integers,
    steps,
  };
}

/** Days around a series' start and end, every day of a year and its holidays, and every 29th day of the rest. */
function days(first: string, last: string): string[] {
  const out = new Set<string>();
  for (let d = addDays(first, -5); d <= addDays(first, 40); d = addDays(d, 1)) out.add(d);
  for (let d = addDays(last, -40); d <= addDays(last, 45); d = addDays(d, 1)) out.add(d);
  for (let d = '2017-06-20'; d <= '2018-01-10'; d = addDays(d, 1)) out.add(d);
  for (let d = first; d <= last; d = addDays(d, 29)) out.add(d);
  return [...out].sort();
}

const AMOUNTS = [1, 7, 5_000_000, 123_456_789, 999_999_999_999_999];

/**
 * What a row on a day the series published writes from its typed arrays (ObservedDays): the same
 * bytes after the amount as the whole lookup's rate, and the same minor units for every amount
 * and scale; undefined when the row takes the RowRate path.
 */
function checkObservedDay(fast: RateBook, slow: RateBook, currency: string, day: string): boolean {
  const bytes = new TextEncoder().encode(`${currency},${day}`);
  const index = fast.observedDayAt(bytes, 0, currency.length, currency.length + 1, bytes.length);
  if (index === -1) return false;
  const days = fast.observedDays as ObservedDays;
  const rate = slow.rateOf(currency, day) as RowRate;
  expect(rate.error).toBeNull();
  for (const scale of [0, 1, 2, 3, 4]) {
    rate.stepFor(scale);
    for (const amount of AMOUNTS) {
      expect(days.units(amount, scale), `${amount} at scale ${scale}`).toBe(
        exactUnits(amount, rate.smallMultiplier, rate.smallDivisor),
      );
    }
  }
  const out = new Uint8Array(days.maxTail);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = days.write(out, new DataView(out.buffer), 0, bytes, view, currency.length + 1, bytes.length);
  expect(new TextDecoder().decode(out.subarray(0, end))).toBe(
    new TextDecoder().decode(rate.tailPool.subarray(rate.tailStart, rate.tailEnd)),
  );
  expect(days.printable).toBe(rate.tailPrintable);
  return true;
}

function compare(currency: string, to: string, policy: LookupPolicy, maxAgeDays: number, source?: string) {
  const [fast, slow] = books(to, policy, maxAgeDays, source);
  const series = STORE.source(source ?? 'fred-h10').series(
    toCurrencyCode(currency === STORE.source(source ?? 'fred-h10').info.pivot ? to : currency),
  );
  let compared = 0;
  let observed = 0;
  for (const day of days(series.dateAt(0), series.dateAt(series.size - 1))) {
    expect(cited(fast.rateOf(currency, day)), `${currency} → ${to} on ${day}`).toEqual(
      cited(slow.rateOf(currency, day)),
    );
    if (checkObservedDay(fast, slow, currency, day)) observed += 1;
    compared += 1;
  }
  // The series' own days are many of the days compared: the typed arrays answered them.
  if (policy === 'previous' && maxAgeDays === 7) expect(observed).toBeGreaterThan(compared / 10);
  return compared;
}

describe("a day's rate read from the series is the whole lookup's", () => {
  it.each(['CNY', 'EUR', 'JPY', 'GBP', 'CAD', 'KRW', 'ZAR', 'VEF', 'VES'])(
    '%s → USD in fred-h10, policy previous (the default), every day compared',
    (currency) => {
      expect(compare(currency, 'USD', 'previous', 7)).toBeGreaterThan(250);
    },
    SLOW,
  );

  it.each([
    ['exact', 7],
    ['next', 7],
    ['nearest', 3],
    ['interpolate', 7],
    ['previous', 0],
  ] as const)(
    'CNY → USD and USD → JPY, policy %s, max age %i',
    (policy, maxAge) => {
      compare('CNY', 'USD', policy, maxAge);
      compare('USD', 'JPY', policy, maxAge);
    },
    SLOW,
  );

  it(
    'in the IMF table (SDR pivot), with --source imf',
    () => {
      compare('CNY', 'XDR', 'previous', 7, 'imf');
      compare('XDR', 'EUR', 'previous', 7, 'imf');
    },
    SLOW,
  );

  it.each([
    ['kept for the whole batch', 1 << 20],
    ['forgotten every fifty notes (a small cache)', 50],
  ])(
    "one book for five currencies (a holiday's note asked once for all of them), notes %s: every weekday of 2000-2024 that fred-h10 did not publish, and the days around it",
    (_, cacheSize) => {
      const [fast, slow] = books('USD', 'previous', 7, undefined, cacheSize);
      const cny = STORE.source('fred-h10').series(toCurrencyCode('CNY'));
      const published = new Set(Array.from({ length: cny.size }, (_, i) => cny.dateAt(i)));
      const days = new Set<string>();
      for (let d = '2000-01-03'; d <= '2024-11-29'; d = addDays(d, 1)) {
        const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
        if (weekday !== 0 && weekday !== 6 && !published.has(d))
          for (let j = -1; j <= 3; j += 1) days.add(addDays(d, j));
      }
      // About ten holidays a year (Fed H.10: US federal holidays), each with the days around it.
      expect(days.size).toBeGreaterThan(900);
      for (const day of [...days].sort())
        for (const currency of ['CNY', 'EUR', 'JPY', 'GBP', 'CAD'])
          expect(cited(fast.rateOf(currency, day)), `${currency} on ${day}`).toEqual(
            cited(slow.rateOf(currency, day)),
          );
    },
    SLOW,
  );

  it('with a currency written otherwise than its code (its assumption noted), and days outside every table', () => {
    const [fast, slow] = books('USD', 'previous', 7);
    for (const day of ['1971-01-04', '1999-12-31', '2017-11-18', '2024-12-02', '2026-06-01', '2017-02-29'])
      for (const currency of ['yuan', 'CNY', 'USD', 'PLN'])
        expect(cited(fast.rateOf(currency, day)), `${currency} on ${day}`).toEqual(
          cited(slow.rateOf(currency, day)),
        );
  });
});
