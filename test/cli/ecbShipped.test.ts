/**
 * The shipped ecb table through the command line (issue 18): rates through 2026-04-13, crosses
 * through the euro cited as two legs, the TARGET calendar's closing days named, the currencies
 * only the ECB quotes. Every expected value is computed by hand from the ECB's own file
 * (../shared/data/ecb/eurofxref-hist.csv, rows 2025-03-04, 2025-04-17, 2026-02-10, 2026-04-13).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Decimal } from '../../src/money/decimal.js';
import { dealcalc } from './helpers.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('the shipped ecb table', () => {
  it('rates sources lists ecb with its coverage and last day', async () => {
    const j = (await dealcalc(['rates', 'sources', '--json'])).json as Json;
    const ecb = j.sources.find((s: Json) => s.id === 'ecb');
    expect(ecb).toMatchObject({ id: 'ecb', pivot: 'EUR', calendar: 'ecb-target', lastDate: '2026-04-13' });
    expect(ecb.firstDate).toBe('1999-01-04');
    expect(ecb.attribution).toContain('Source: ECB');
    const text = (await dealcalc(['rates', 'sources'])).stdout;
    expect(text).toMatch(
      /^ecb {2}ECB euro foreign exchange reference rates; Source: ECB, 1999-01-04 \.\. 2026-04-13$/m,
    );
    expect(text).toMatch(/^ {4}CNY {2}2005-04-01 \.\. 2026-04-13 {4}5384 rates/m);
  });

  it("convert '1.5 billion yuan' USD without --on answers from 2026-04-13, a cross through the euro", async () => {
    // 2026-04-13: 1 EUR = 1.1684 USD, 1 EUR = 7.9827 CNY; 1.5e9 × 1.1684 / 7.9827 = 219,549,776.39.
    const r = await dealcalc(['convert', '1.5 billion yuan', 'USD', '--json']);
    expect(r.code).toBe(0);
    const j = r.json as Json;
    expect(j.rate).toMatchObject({ source: 'ecb', observedDate: '2026-04-13', derivation: 'cross' });
    expect(new Decimal(j.to.amount).eq(new Decimal('1500000000').times('1.1684').div('7.9827'))).toBe(true);
    expect(j.rate.legs.map((l: Json) => [l.series, l.base, l.quote, l.value])).toEqual([
      ['CNY', 'EUR', 'CNY', '7.9827'],
      ['USD', 'EUR', 'USD', '1.1684'],
    ]);
    expect(j.rate.attribution).toContain('Source: ECB');
  });

  it('check on a 2025 quote gives a verdict from the ecb table (2025-03-04: 7.6614 / 1.0557 CNY per USD)', async () => {
    const r = await dealcalc(['check', '1.5 billion yuan ($210 million)', '--on', '2025-03-04', '--json']);
    expect(r.code).toBe(0);
    const j = r.json as Json;
    expect([j.verdict, j.source]).toEqual(['consistent', 'ecb']);
    const reference = j.references.find((x: Json) => x.source === 'ecb');
    expect(new Decimal(reference.rate.value).eq(new Decimal('7.6614').div('1.0557'))).toBe(true);
    // The tables that end earlier are named, not silently skipped.
    expect(j.skipped.map((s: Json) => [s.source, s.code])).toEqual([
      ['fred-h10', 'RATE_AFTER_COVERAGE'],
      ['imf', 'RATE_AFTER_COVERAGE'],
    ]);
  });

  it('scan checks a 2026 story against the ecb table', async () => {
    // 2026-02-10: 1 EUR = 1.1894 USD, 8.2245 CNY; 820,000,000 / (8.2245 / 1.1894) = 118,585,689.10 USD.
    const dir = mkdtempSync(join(tmpdir(), 'dealcalc-story-'));
    temps.push(dir);
    const story = join(dir, 'story.txt');
    writeFileSync(
      story,
      'FRANKFURT, 10 February 2026. The group paid 820 million yuan ($118.6 million) for the plant, and another 820 million yuan ($128 million) later.\n',
    );
    const r = await dealcalc(['scan', story, '--json']);
    expect(r.code).toBe(1); // the second pair is inconsistent
    const j = r.json as Json;
    expect([j.date, j.dateSource]).toEqual(['2026-02-10', 'text']);
    expect(j.pairs.map((p: Json) => [p.verdict, p.source])).toEqual([
      ['consistent', 'ecb'],
      ['inconsistent', 'ecb'],
    ]);
  });

  it.each([
    // 1,000,000 / 407.6 (HUF per EUR on 2025-04-17); 2025-04-18 is Good Friday, a TARGET closing day.
    [
      '1,000,000 HUF',
      'EUR',
      '2025-04-18',
      '2453.385672227674190382728164867517173700',
      /2025-04-18 is Good Friday \(no ecb rate\); used 2025-04-17/,
    ],
    // 100,000,000 × 1.136 / 145.1 (ISK per EUR): the ECB publishes ISK again from 2018.
    [
      '100 million ISK',
      'USD',
      '2025-04-17',
      '782908.3390764989662301860785665058580289',
      /cross through EUR/,
    ],
    // 1,000,000,000 / 43.2604 (TRY per EUR)
    [
      'TRY 1 billion',
      'EUR',
      '2025-04-17',
      '23115828.79492561326293792937651986574327',
      /43\.2604 TRY per EUR/,
    ],
    // 5,000,000 × 1.9558 / 4.9776 (BGN and RON per EUR)
    [
      'RON 5 million',
      'BGN',
      '2025-04-17',
      '1964601.414336226293796207007393121182899',
      /1 EUR = 4\.9776 RON/,
    ],
    // 1,000,000,000 × 1.136 / 19162.33 (IDR per EUR)
    [
      'IDR 1 billion',
      'USD',
      '2025-04-17',
      '59282.97863568783128147777436251228321399',
      /1 EUR = 19162\.33 IDR/,
    ],
  ])('converts %s to %s on %s with the ecb table', async (figure, to, on, amount, said) => {
    const r = await dealcalc(['convert', figure, to, '--on', on]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(said);
    const j = (await dealcalc(['convert', figure, to, '--on', on, '--json'])).json as Json;
    expect(j.rate.source).toBe('ecb');
    expect(
      new Decimal(j.to.amount).toSignificantDigits(30).eq(new Decimal(amount).toSignificantDigits(30)),
    ).toBe(true);
  });

  it('a currency the ECB stopped publishing says its last day (BGN, until 2025-12-31)', async () => {
    const r = await dealcalc(['convert', 'BGN 1 million', 'EUR', '--on', '2026-02-10']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('2025-12-31');
  });
});
