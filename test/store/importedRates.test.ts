// ImportedRates (issue 20 item 17): an import's rates held in columns must read back exactly as
// the objects a parser used to make, across chunk boundaries, and plan the same series files.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSeriesCsv } from '../../src/fx/table.js';
import type { CurrencyCode } from '../../src/money/currency.js';
import { ImportedRates, RisingIndexes } from '../../src/store/formats/importedRates.js';
import { parseEcb } from '../../src/store/formats/ecb.js';
import type { ImportedRate, ParsedImport } from '../../src/store/formats/types.js';
import { planImport } from '../../src/store/importPlan.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const options = {
  id: 'mine',
  shippedIds: [],
  file: 'hist.csv',
  fileSha256: '0'.repeat(64),
  at: '2026-11-28T00:00:00Z',
  sha256,
};

const day = fc
  .record({
    y: fc.integer({ min: 1, max: 9999 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(
    ({ y, m, d }) =>
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );
const code = fc.constantFrom('EUR', 'USD', 'CNY', 'JPY', 'GBP') as fc.Arbitrary<CurrencyCode>;
const value = fc
  .tuple(fc.stringMatching(/^[1-9]\d{0,6}$/), fc.stringMatching(/^\d{0,12}$/))
  .map(([whole, part]) => (part === '' ? whole : `${whole}.${part}`));
const rate: fc.Arbitrary<ImportedRate> = fc.record({
  date: day,
  base: code,
  quote: code,
  value,
  line: fc.integer({ min: 1, max: 2_000_000 }),
});

describe('ImportedRates', () => {
  it('reads back every rate as pushed (property)', () => {
    fc.assert(
      fc.property(fc.array(rate, { maxLength: 200 }), (rates) => {
        const columns = ImportedRates.from(rates);
        expect(columns.length).toBe(rates.length);
        expect(columns.toArray()).toEqual(rates);
      }),
    );
  });

  it('reads back across its 16,384-entry chunks', () => {
    // 40,000 rates and about 240,000 value characters: several chunks of every column.
    const rates: ImportedRate[] = [];
    for (let i = 0; i < 40_000; i += 1) {
      rates.push({
        date: `2017-11-${String((i % 28) + 1).padStart(2, '0')}`,
        base: 'EUR' as CurrencyCode,
        quote: (i % 3 === 0 ? 'USD' : 'CNY') as CurrencyCode,
        value: `${i}.${i % 97}`,
        line: Math.floor(i / 2) + 2,
      });
    }
    const columns = ImportedRates.from(rates);
    expect(columns.at(16_383)).toEqual(rates[16_383]);
    expect(columns.at(16_384)).toEqual({
      date: '2017-11-05',
      base: 'EUR',
      quote: 'CNY',
      value: '16384.88',
      line: 8194,
    });
    expect(columns.toArray()).toEqual(rates);
  });

  it('refuses a value that is not a plain decimal (a parser bug, not the file), and stays as it was', () => {
    const columns = ImportedRates.from([
      {
        date: '2017-11-15',
        base: 'EUR' as CurrencyCode,
        quote: 'USD' as CurrencyCode,
        value: '1.1',
        line: 2,
      },
    ]);
    for (const bad of ['６', '-1', '1e5', '1,5']) {
      expect(() => columns.push('2017-11-16', 'EUR' as CurrencyCode, 'USD' as CurrencyCode, bad, 3)).toThrow(
        expect.objectContaining({ code: 'INTERNAL' }),
      );
    }
    expect(columns.toArray()).toEqual([
      { date: '2017-11-15', base: 'EUR', quote: 'USD', value: '1.1', line: 2 },
    ]);
  });

  it('holds a value of either length parity across the byte two characters share', () => {
    const values = ['1', '22.5', '0.333', '4444.4444', '5', '.', '6.', '0'];
    const rates = values.map((value, i) => ({
      date: '2017-11-15',
      base: 'EUR' as CurrencyCode,
      quote: 'USD' as CurrencyCode,
      value,
      line: i + 2,
    }));
    expect(
      ImportedRates.from(rates)
        .toArray()
        .map((r) => r.value),
    ).toEqual(values);
  });
});

describe('ImportedRates past its narrow columns', () => {
  const at = (i: number, value: string, quote: string): ImportedRate => ({
    date: '2017-11-15',
    base: 'EUR' as CurrencyCode,
    quote: quote as CurrencyCode,
    value,
    line: i + 2,
  });

  it('holds more than 256 pairs (a pair was a byte): every rate reads back', () => {
    // 300 made-up three-letter pairs: the column widens at the 257th, after rates already held.
    const rates = Array.from({ length: 600 }, (_, i) =>
      at(i, `${i}.5`, `Q${String(i % 300).padStart(2, '0')}`),
    );
    expect(ImportedRates.from(rates).toArray()).toEqual(rates);
  });

  it('holds values longer than 64 characters on average (an end was 16 bits in its block)', () => {
    const long = (i: number) => `${'9'.repeat(100)}.${i}`;
    const rates = Array.from({ length: 3000 }, (_, i) => at(i, i > 1500 ? long(i) : `${i}.25`, 'USD'));
    const columns = ImportedRates.from(rates);
    expect(columns.toArray()).toEqual(rates);
    expect(columns.valueLength(2999)).toBe(105);
  });
});

describe('RisingIndexes', () => {
  it('reads back what was pushed, forwards and backwards, steps of a byte or more (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 100_000 }), { maxLength: 300 }),
        fc.nat(1000),
        (steps, start) => {
          const pushed: number[] = [];
          let index = start;
          for (const step of steps) {
            pushed.push(index);
            index += step;
          }
          const indexes = new RisingIndexes();
          for (const i of pushed) indexes.push(i);
          const forwards: number[] = [];
          const backwards: number[] = [];
          indexes.forEach((i) => forwards.push(i));
          indexes.forEach((i) => backwards.push(i), true);
          expect(forwards).toEqual(pushed);
          expect(backwards).toEqual([...pushed].reverse());
          expect(indexes.length).toBe(pushed.length);
        },
      ),
    );
  });

  it('refuses an index that does not rise (a bug of the plan)', () => {
    const indexes = new RisingIndexes();
    indexes.push(5);
    expect(() => indexes.push(5)).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
  });
});

describe('an ECB import planned from columns', () => {
  // The ECB's published reference rates for 13 and 14 November 2017 (USD 1.1654, 1.1745; CNY
  // 7.7950 on the 14th), newest first as eurofxref-hist.csv writes them.
  const text = 'Date,USD,CNY,\n2017-11-14,1.1745,7.7950,\n2017-11-13,1.1654,N/A,\n';

  it('writes each series oldest first, as formatSeriesCsv writes it', () => {
    const parsed = parseEcb(text, 'hist.csv');
    if (!parsed.ok) throw new Error(parsed.error.message);
    const plan = planImport(undefined, parsed.value, options);
    const files = plan.files.map((f) => [f.path.replace(/\.[0-9a-f]{12}\./, '.'), f.text]);
    expect(files).toEqual([
      ['mine/CNY.csv', 'date,value\n2017-11-14,7.7950\n'],
      ['mine/USD.csv', formatSeriesCsv(['2017-11-13', '2017-11-14'], ['1.1654', '1.1745'])],
    ]);
    expect(plan.manifest.sources[0]?.series.map((s) => [s.currency, s.first, s.last, s.rows])).toEqual([
      ['CNY', '2017-11-14', '2017-11-14', 1],
      ['USD', '2017-11-13', '2017-11-14', 2],
    ]);
  });

  it('plans the same files as bytes when the shell hashes bytes (sha256Bytes), and the same manifest', () => {
    const parsed = parseEcb(text, 'hist.csv');
    if (!parsed.ok) throw new Error(parsed.error.message);
    const asText = planImport(undefined, parsed.value, options);
    const bytesHash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    const asBytes = planImport(undefined, parsed.value, { ...options, sha256Bytes: bytesHash });
    expect(asBytes.manifestText).toBe(asText.manifestText);
    expect(asBytes.files.map((f) => [f.path, Buffer.from(f.bytes ?? []).toString('utf8'), f.text])).toEqual(
      asText.files.map((f) => [f.path, f.text, f.text]),
    );
  });

  it('plans the same files and manifest as the same rates given as an array', () => {
    const parsed = parseEcb(text, 'hist.csv');
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { format, file, rates, skipped, defaults } = parsed.value;
    const asArray: ParsedImport = { format, file, rates, skipped, defaults };
    const a = planImport(undefined, parsed.value, options);
    const b = planImport(undefined, asArray, options);
    expect(a.manifestText).toBe(b.manifestText);
    expect(a.files.map((f) => [f.path, f.text])).toEqual(b.files.map((f) => [f.path, f.text]));
  });
});
