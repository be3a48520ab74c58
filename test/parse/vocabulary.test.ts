import { describe, expect, it } from 'vitest';
import { isCurrencyCode } from '../../src/money/currency.js';
import {
  buildLexicon,
  parseFigure,
  parseFigureOrThrow,
  VOCABULARIES,
  type Vocabulary,
} from '../../src/parse/index.js';

// Every entry of every table, read the way the table says it is written: each scale word
// multiplies, each currency word names its currency (or, when it names several and has no
// fallback, is refused as ambiguous), each hedge has its kind. Read with the table's own
// language, so that a word shared with another language ("Billion": English 10^9, German 10^12)
// is tested in its own table's meaning.

const languagesOf = (table: Vocabulary) => (table.language === 'und' ? {} : { languages: [table.language] });
const scaleWords = VOCABULARIES.flatMap((t) =>
  t.scaleWords.filter((w) => w.count === undefined).map((w) => [w.token, w.exponent, t.name, t] as const),
);
// Scale words that hold their number (the Arabic dual): [token, exponent, count, language, table].
const dualScaleWords = VOCABULARIES.flatMap((t) =>
  t.scaleWords.flatMap((w) =>
    w.count === undefined ? [] : [[w.token, w.exponent, w.count, t.name, t] as const],
  ),
);
const currencyWords = VOCABULARIES.flatMap((t) =>
  t.currencyWords.map((w) => [w.token, t.name, w, t] as const),
);
const hedgeWords = VOCABULARIES.flatMap((t) =>
  t.hedgeWords.map((w) => [w.token, w.kind, t.name, w.position ?? 'before', t] as const),
);

describe('vocabulary tables', () => {
  it('name only ISO 4217 codes Intl knows, and fall back only to a code they name', () => {
    for (const table of VOCABULARIES) {
      for (const word of table.currencyWords) {
        for (const code of word.codes)
          expect(isCurrencyCode(code), `${table.name} ${word.token}: ${code}`).toBe(true);
        if (word.fallback) expect(word.codes).toContain(word.fallback.code);
      }
    }
  });

  it('have one table per language tag', () => {
    const tags = VOCABULARIES.map((t) => t.language);
    expect(new Set(tags).size).toBe(tags.length);
    expect(tags).toEqual([
      'und',
      'en',
      'en-IN',
      'zh-Hans',
      'zh-Hant',
      'ja',
      'ko',
      'de',
      'de-CH',
      'fr',
      'es',
      'es-MX',
      'pt-BR',
      'ar',
    ]);
  });

  it('hold no token twice within one table', () => {
    for (const table of VOCABULARIES) {
      for (const list of [table.scaleWords, table.currencyWords, table.hedgeWords]) {
        const tokens = list.map((w: { token: string; caseSensitive?: boolean }) =>
          w.caseSensitive ? w.token : w.token.toLowerCase(),
        );
        expect(new Set(tokens).size, table.name).toBe(tokens.length);
      }
    }
  });

  it('write at most one word per currency in each language', () => {
    for (const table of VOCABULARIES) {
      const written = table.currencyWords
        .filter((w) => w.writes)
        .map((w) => (w.codes.length === 1 ? w.codes[0] : w.fallback?.code));
      expect(new Set(written).size, table.name).toBe(written.length);
      expect(
        written.every((code) => code !== undefined),
        table.name,
      ).toBe(true);
    }
  });

  it('name a word for every currency the shipped tables quote (data/manifest.json)', () => {
    // fred-h10 and imf series in data/manifest.json, SDR (XDR) included.
    const shipped =
      'AED AUD BHD BND BRL BWP CAD CHF CLP CNY COP CZK DKK DZD EUR GBP HKD HUF IDR ILS INR IRR ISK JPY KRW KWD KZT LKR LYD MUR MXN MYR NOK NPR NZD OMR PEN PHP PKR PLN QAR RUB SAR SEK SGD THB TND TTD TWD USD UYU VED VEF VES XDR ZAR'.split(
        ' ',
      );
    const named = new Set(VOCABULARIES.flatMap((t) => t.currencyWords.flatMap((w) => w.codes)));
    expect(shipped.filter((code) => !named.has(code))).toEqual([]);
  });

  it('prepare into buckets without losing a token', () => {
    const lexicon = buildLexicon(VOCABULARIES);
    expect(lexicon.scale.entries().length).toBe(scaleWords.length + dualScaleWords.length);
    expect(lexicon.dualScale.entries().length).toBe(dualScaleWords.length);
    expect(lexicon.currency.entries().length).toBe(currencyWords.length);
  });

  it.each(scaleWords)('reads the scale word %s as 10^%i (%s)', (token, exponent, _name, table) => {
    const figure = parseFigureOrThrow(`1 ${token} USD`, languagesOf(table));
    expect(figure.scale?.exponent).toBe(exponent);
    expect(figure.value.toString()).toBe(`1${'0'.repeat(exponent)}`);
  });

  it.each(dualScaleWords)(
    'reads the dual %s alone as its count times 10^%i (%i: %s), and refuses a number before it',
    (token, exponent, count, _name, table) => {
      const figure = parseFigureOrThrow(`${token} USD`, languagesOf(table));
      expect(figure.scale?.exponent).toBe(exponent);
      expect(figure.value.toString()).toBe(`${count}${'0'.repeat(exponent)}`);
      expect(() => parseFigureOrThrow(`3 ${token} USD`, languagesOf(table))).toThrow();
    },
  );

  it.each(currencyWords)(
    'reads the currency word %s (%s), before and after the number',
    (token, _name, word, table) => {
      const options = { yen: 'CNY', ...languagesOf(table) } as const;
      const scale = word.subunit ?? 0;
      const expected =
        word.codes.length === 1
          ? word.codes[0]
          : (word.fallback?.code ?? (word.codes.includes('CNY') ? 'CNY' : null));
      for (const text of [`5 ${token}`, `${token} 5`]) {
        const result = parseFigure(text, options);
        if (expected === null) {
          expect(result.ok ? result.value.currency : result.error.code, text).toBe(
            'FIGURE_AMBIGUOUS_CURRENCY',
          );
          continue;
        }
        expect(result.ok && result.value.currency?.code, text).toBe(expected);
        expect(result.ok && result.value.value.toString(), text).toBe(scale === 0 ? '5' : `0.0${'5'}`);
      }
    },
  );

  it.each(hedgeWords)('reads the hedge %s as %s (%s)', (token, kind, _name, position, table) => {
    const text = position === 'before' ? `${token} 5 million USD` : `5 million USD ${token}`;
    const options = table.language === 'und' ? {} : { languages: [table.language, 'en'] };
    expect(parseFigureOrThrow(text, options).hedge?.kind).toBe(kind);
  });
});
