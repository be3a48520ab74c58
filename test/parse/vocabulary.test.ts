import { describe, expect, it } from 'vitest';
import { isCurrencyCode } from '../../src/money/currency.js';
import { buildLexicon, parseFigureOrThrow, VOCABULARIES } from '../../src/parse/index.js';

const currencyWords = VOCABULARIES.flatMap((v) => v.currencyWords.map((w) => [v.name, w] as const));
const scaleWords = VOCABULARIES.flatMap((v) => v.scaleWords.map((w) => [v.name, w] as const));
const hedgeWords = VOCABULARIES.flatMap((v) => v.hedgeWords.map((w) => [v.name, w] as const));

describe('vocabulary tables', () => {
  it('name only ISO 4217 codes Intl knows', () => {
    for (const [, word] of currencyWords) {
      for (const code of word.codes) expect(isCurrencyCode(code), `${word.token}: ${code}`).toBe(true);
      if (word.fallback) expect(word.codes).toContain(word.fallback.code);
    }
  });

  it('compile into one lexicon', () => {
    const lexicon = buildLexicon(VOCABULARIES);
    expect(lexicon.scales.length).toBe(scaleWords.length);
    expect(lexicon.currencies.length).toBe(currencyWords.length);
  });

  it('hold no token twice', () => {
    const tokens = (list: readonly (readonly [string, { token: string }])[]) =>
      list.map(([, w]) => w.token.toLowerCase());
    for (const list of [tokens(scaleWords), tokens(currencyWords), tokens(hedgeWords)]) {
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it.each(scaleWords.map(([name, w]) => [w.token, w.exponent, name] as const))(
    'reads the scale word %s as 10^%i (%s)',
    (token, exponent) => {
      const figure = parseFigureOrThrow(`5 ${token} USD`);
      expect(figure.scale?.exponent).toBe(exponent);
      expect(figure.value.toString()).toBe(`5${'0'.repeat(exponent)}`);
    },
  );

  it.each(currencyWords.map(([name, w]) => [w.token, name, w] as const))(
    'reads the currency word %s (%s), before and after the number',
    (token, _name, word) => {
      const expected = word.codes.length === 1 ? word.codes[0] : (word.fallback?.code ?? 'CNY');
      expect(parseFigureOrThrow(`5 ${token}`, { yen: 'CNY' }).currency?.code).toBe(expected);
      expect(parseFigureOrThrow(`${token} 5`, { yen: 'CNY' }).currency?.code).toBe(expected);
    },
  );

  it.each(hedgeWords.map(([name, w]) => [w.token, w.kind, name, w.position ?? 'before'] as const))(
    'reads the hedge %s as %s (%s)',
    (token, kind, _name, position) => {
      const text = position === 'before' ? `${token} 5 million USD` : `5 million USD ${token}`;
      expect(parseFigureOrThrow(text).hedge?.kind).toBe(kind);
    },
  );
});
