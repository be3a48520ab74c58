import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/parse/editDistance.js';
import { buildLexicon } from '../../src/parse/lexicon.js';
import { readCurrency } from '../../src/parse/readCurrency.js';
import { readNumber } from '../../src/parse/readNumber.js';
import { readScale } from '../../src/parse/readScale.js';
import { readSign } from '../../src/parse/readSign.js';
import { suggestWord } from '../../src/parse/suggestWord.js';
import { VOCABULARIES } from '../../src/parse/vocabulary/index.js';

const lexicon = buildLexicon(VOCABULARIES);

describe('readNumber', () => {
  it('reads Indian grouping and reports where the number ends', () => {
    expect(readNumber(lexicon.numberNotations, 'Rs 1,50,00,000 x', 3)).toEqual({
      value: {
        token: { text: '1,50,00,000', span: { start: 3, end: 14 } },
        integerDigits: '15000000',
        fractionDigits: '',
        notation: 'indian',
      },
      next: 14,
    });
  });
  it('leaves a trailing comma or point to the caller', () => {
    expect(readNumber(lexicon.numberNotations, '5, USD', 0)?.next).toBe(1);
  });
  it('reports mixed space marks as bad grouping', () => {
    expect(readNumber(lexicon.numberNotations, '1 500\u202F000', 0)?.value).toMatchObject({
      problem: 'grouping',
    });
  });
  it('returns null when no digit starts here', () => {
    expect(readNumber(lexicon.numberNotations, 'USD 5', 0)).toBeNull();
  });
});

describe('readScale', () => {
  it('prefers the longest word: 万亿 over 万', () => {
    expect(readScale(lexicon.scales, '1.5万亿元', 3)?.value.reading.exponent).toBe(12);
  });
  it('does not read "m" inside a currency code', () => {
    expect(readScale(lexicon.scales, '5 MXN', 2)).toBeNull();
  });
});

describe('readCurrency', () => {
  it('reads an ISO code over a shorter word ("RSD" over "Rs")', () => {
    expect(readCurrency(lexicon.currencies, 'RSD 5', 0)?.value.token.text).toBe('RSD');
  });
  it('reads codes in capitals only', () => {
    expect(readCurrency(lexicon.currencies, 'all 5', 0)).toBeNull();
  });
});

describe('readSign', () => {
  it('reads the minus sign U+2212', () => {
    expect(readSign('\u22125', 0)).toEqual({
      value: { negative: true, token: { text: '\u2212', span: { start: 0, end: 1 } } },
      next: 1,
    });
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('yaun', 'yuan')).toBe(1);
    expect(editDistance('bilion', 'billion')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('suggestWord', () => {
  it('suggests a close scale or currency word, and nothing for a far one', () => {
    expect(suggestWord(lexicon, 'trilion')).toBe('trillion');
    expect(suggestWord(lexicon, 'Renmimbi')).toBe('renminbi');
    expect(suggestWord(lexicon, 'zebra')).toBeNull();
  });
});
