import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCurrencyCode } from '../../src/money/currency.js';
import { Decimal } from '../../src/money/decimal.js';
import { formatMoneyFull } from '../../src/money/format.js';
import {
  formatMoneyShort,
  shortFormatLanguages,
  type ShortFormatLanguage,
} from '../../src/vocabulary/formatMoneyShort.js';
import { roundSignificant } from '../../src/money/round.js';
import { roundHalfEven } from '../../src/money/round.js';
import { parseFigure } from '../../src/parse/index.js';
import { intervalContains } from '../../src/quantity/interval.js';

// The formatter and the parser agree: a short form, read back, is a figure whose rounding
// interval holds the exact amount it was written from. This holds when the short form uses a
// scale word and all its digits are significant: a plain "US$10" reads as exact (a number
// written in full), and "US$230 million" for 226.6 million (two significant figures) reads as
// ±0.5 million, its last written digit. So: amounts from one scale unit up, and at least as many
// significant figures as a scaled number has whole digits (3 in English, 4 in Chinese).
const CASES = [
  { language: 'en', minimum: 10n ** 6n, wholeDigits: 3 },
  { language: 'zh', minimum: 10n ** 4n, wholeDigits: 4 },
] as const;

describe('formatMoneyShort read back by parseFigure (property)', () => {
  const currencies = ['USD', 'CNY', 'HKD', 'EUR', 'GBP'] as const;

  it.each(CASES)('holds for $language', ({ language, minimum, wholeDigits }) => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: minimum * 10000n, max: 10n ** 18n }),
        fc.constantFrom(...currencies),
        fc.integer({ min: wholeDigits, max: 8 }),
        (tenThousandths, code, significant) => {
          const amount = new Decimal(tenThousandths.toString()).div('10000');
          const currency = toCurrencyCode(code);
          const text = formatMoneyShort({ amount, currency }, { language, significant });
          const read = parseFigure(text);
          expect(read.ok, text).toBe(true);
          if (!read.ok) return;
          expect(read.value.currency?.code, text).toBe(code);
          expect(
            intervalContains(read.value.interval, amount),
            `${text} should hold ${amount.toString()}`,
          ).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('writes the fraction of a small amount without grouping (found by the property)', () => {
    expect(formatMoneyShort({ amount: new Decimal('0.0001'), currency: toCurrencyCode('USD') })).toBe(
      'US$0.0001',
    );
    expect(
      formatMoneyShort(
        { amount: new Decimal('12345.678'), currency: toCurrencyCode('USD') },
        { significant: 8 },
      ),
    ).toBe('US$12,345.678');
  });
});

// Every language the formatter writes (issue 7: the output words come from the parser's own
// tables): what it writes reads back, in that language, to exactly the amount it wrote (the
// amount rounded to the significant figures asked for), in the same currency. Read with every
// language, the same amount is the reading or one of the alternatives the parser states.
const LANGUAGE_TAGS: Readonly<Record<string, string>> = { zh: 'zh-Hans', pt: 'pt-BR' };
const READ_BACK_CURRENCIES = [
  'USD',
  'CNY',
  'HKD',
  'EUR',
  'GBP',
  'JPY',
  'KRW',
  'INR',
  'BRL',
  'CHF',
  'RUB',
  'PLN',
  'SEK',
  'MXN',
] as const;

describe('formatMoneyShort read back in every language it writes (property)', () => {
  it('writes in every language of the tables with an output style', () => {
    expect(shortFormatLanguages()).toEqual([
      'en',
      'en-IN',
      'zh',
      'zh-Hant',
      'ja',
      'ko',
      'de',
      'fr',
      'es',
      'pt',
      'ar',
    ]);
  });

  it.each(shortFormatLanguages())('reads back what it writes in %s', (language) => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }),
        fc.constantFrom(...READ_BACK_CURRENCIES),
        fc.integer({ min: 1, max: 8 }),
        (hundredths, code, significant) => {
          const amount = new Decimal(hundredths.toString()).div('100');
          const currency = toCurrencyCode(code);
          const text = formatMoneyShort(
            { amount, currency },
            { language: language as ShortFormatLanguage, significant },
          );
          const written = roundSignificant(amount, significant);
          const own = parseFigure(text, { languages: [LANGUAGE_TAGS[language] ?? language] });
          expect(own.ok, text).toBe(true);
          if (!own.ok) return;
          expect(own.value.value.eq(written), `${text} should read ${written.toString()}`).toBe(true);
          expect(own.value.currency?.code, text).toBe(code);
          const any = parseFigure(text);
          expect(any.ok, text).toBe(true);
          if (!any.ok) return;
          const readings = [
            any.value.value,
            ...(any.value.ambiguity?.alternatives.map((a) => a.value) ?? []),
          ];
          expect(
            readings.some((value) => value.eq(written)),
            `${text} read with every language`,
          ).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('formatMoneyFull read back by parseFigure (property)', () => {
  it('gives back the amount rounded half-even to the minor unit, exactly', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.constantFrom('USD', 'CNY', 'JPY', 'KRW', 'EUR'),
        (millionths, code) => {
          const amount = new Decimal(millionths.toString()).div('1000000');
          const currency = toCurrencyCode(code);
          const text = formatMoneyFull({ amount, currency });
          const read = parseFigure(text);
          expect(read.ok, text).toBe(true);
          if (!read.ok) return;
          const digits = code === 'JPY' || code === 'KRW' ? 0 : 2; // ISO 4217 minor units
          expect(read.value.value.toString(), text).toBe(roundHalfEven(amount, digits).toString());
          expect(read.value.interval.low?.eq(read.value.value), `${text} is written in full: exact`).toBe(
            true,
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
