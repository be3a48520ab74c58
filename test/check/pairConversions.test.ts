import { describe, expect, it } from 'vitest';
import { pairConversions, type FigureInText } from '../../src/check/index.js';
import { parseFigure } from '../../src/parse/index.js';

/**
 * The figures of a text, as a figure finder would give them: each part is looked up in the text
 * (in order, from where the previous one ended) and read with parseFigure.
 */
function figuresIn(text: string, parts: readonly string[]): FigureInText[] {
  let from = 0;
  return parts.map((part) => {
    const start = text.indexOf(part, from);
    if (start < 0) throw new Error(`"${part}" is not in the text after offset ${from}`);
    from = start + part.length;
    const read = parseFigure(part);
    if (!read.ok) throw new Error(`"${part}" does not parse: ${read.error.message}`);
    return { figure: read.value, span: { start, end: start + part.length } };
  });
}

function pairsIn(text: string, parts: readonly string[]) {
  return pairConversions(text, figuresIn(text, parts)).map((pair) => ({
    first: pair.first.figure.text,
    second: pair.second.figure.text,
    form: pair.form,
    words: pair.words,
    conversion: pair.conversion,
  }));
}

describe('pairConversions: the forms news writes a conversion in', () => {
  it.each([
    // [text, figures as found, first, second, form, words, conversion]
    [
      'The fund raised 2 billion yuan ($290 million) last year.',
      ['2 billion yuan', '$290 million'],
      'parentheses',
      null,
      'second',
    ],
    [
      'A deal worth 2 billion yuan (about $290 million).',
      ['2 billion yuan', 'about $290 million'],
      'parentheses',
      null,
      'second',
    ],
    [
      'A deal worth 2 billion yuan (about $290 million).',
      ['2 billion yuan', '$290 million'],
      'parentheses',
      'about',
      'second',
    ],
    [
      'It paid 2 billion yuan, or $290 million, for the stake.',
      ['2 billion yuan', '$290 million'],
      'comma',
      'or',
      'either',
    ],
    [
      'It paid $290 million, or 2 billion yuan, for the stake.',
      ['$290 million', '2 billion yuan'],
      'comma',
      'or',
      'either',
    ],
    [
      'It paid 2 billion yuan, about $290 million, for it.',
      ['2 billion yuan', '$290 million'],
      'comma',
      'about',
      'either',
    ],
    [
      'It paid 2 billion yuan, about $290 million, for it.',
      ['2 billion yuan', 'about $290 million'],
      'comma',
      null,
      'either',
    ],
    [
      'It paid 2 billion yuan, equivalent to $290 million.',
      ['2 billion yuan', '$290 million'],
      'comma',
      'equivalent to',
      'either',
    ],
    [
      'It paid 2 billion yuan (equivalent to about $290 million).',
      ['2 billion yuan', '$290 million'],
      'parentheses',
      'equivalent to about',
      'second',
    ],
    ['公司投资20亿元（约合2.9亿美元）。', ['20亿元', '约合2.9亿美元'], 'parentheses', null, 'second'],
    ['公司投资20亿元（2.9亿美元）。', ['20亿元', '2.9亿美元'], 'parentheses', null, 'second'],
    ['公司投资20亿元，约合2.9亿美元。', ['20亿元', '2.9亿美元'], 'comma', '约合', 'second'],
    // Figures in code form stand in for the languages' own notation (the parser's business).
    [
      'Die Firma zahlt CNY 2 billion, umgerechnet EUR 250 million.',
      ['CNY 2 billion', 'EUR 250 million'],
      'comma',
      'umgerechnet',
      'second',
    ],
    [
      'Die Firma zahlt CNY 2 billion (umgerechnet rund EUR 250 million).',
      ['CNY 2 billion', 'EUR 250 million'],
      'parentheses',
      'umgerechnet rund',
      'second',
    ],
    [
      'La société paie CNY 2 billion, soit EUR 250 million.',
      ['CNY 2 billion', 'EUR 250 million'],
      'comma',
      'soit',
      'second',
    ],
    [
      'La société paie CNY 2 billion soit environ EUR 250 million.',
      ['CNY 2 billion', 'EUR 250 million'],
      'phrase',
      'soit environ',
      'second',
    ],
    [
      'La empresa paga CNY 2 billion, o sea USD 290 million.',
      ['CNY 2 billion', 'USD 290 million'],
      'comma',
      'o sea',
      'second',
    ],
    [
      'La empresa paga CNY 2 billion, equivalente a USD 290 million.',
      ['CNY 2 billion', 'USD 290 million'],
      'comma',
      'equivalente a',
      'second',
    ],
    [
      'A empresa paga CNY 2 billion (cerca de USD 290 million).',
      ['CNY 2 billion', 'USD 290 million'],
      'parentheses',
      'cerca de',
      'second',
    ],
    [
      'دفعت الشركة CNY 2 billion، أي ما يعادل USD 290 million.',
      ['CNY 2 billion', 'USD 290 million'],
      'comma',
      'أي ما يعادل',
      'second',
    ],
    [
      'دفعت الشركة CNY 2 billion أي ما يعادل USD 290 million.',
      ['CNY 2 billion', 'USD 290 million'],
      'phrase',
      'أي ما يعادل',
      'second',
    ],
  ])('%s', (text, parts, form, words, conversion) => {
    expect(pairsIn(text, parts)).toEqual([{ first: parts[0], second: parts[1], form, words, conversion }]);
  });
});

describe('pairConversions: what is not a pair', () => {
  it.each([
    [
      'two figures in one currency',
      'It raised $410 million ($300 million in cash).',
      ['$410 million', '$300 million'],
    ],
    [
      'a bare comma between two figures',
      'Sales were 2 billion yuan, $290 million of it abroad.',
      ['2 billion yuan', '$290 million'],
    ],
    [
      '"or" without a comma',
      'It will pay 2 billion yuan or $290 million.',
      ['2 billion yuan', '$290 million'],
    ],
    [
      'words that are not a conversion',
      'Revenue hit 2 billion yuan (up from $200 million).',
      ['2 billion yuan', '$200 million'],
    ],
    [
      'an unclosed parenthesis',
      'It paid 2 billion yuan ($290 million and more',
      ['2 billion yuan', '$290 million'],
    ],
    [
      'figures far apart',
      'It paid 2 billion yuan for the stake, the company said on Monday, and $290 million',
      ['2 billion yuan', '$290 million'],
    ],
  ])('%s', (_, text, parts) => {
    expect(pairsIn(text, parts)).toEqual([]);
  });
});

describe('pairConversions: several figures', () => {
  it('pairs each figure at most once, left to right, and keeps lone figures out', () => {
    const text =
      'SenseTime raised $410 million in July; Alibaba invests 1.5 billion yuan ($227 million), ' +
      'valuing it at more than $2 billion; a plan targets 400 billion yuan, or $60 billion, by 2030.';
    const parts = [
      '$410 million',
      '1.5 billion yuan',
      '$227 million',
      'more than $2 billion',
      '400 billion yuan',
      '$60 billion',
    ];
    expect(pairsIn(text, parts).map((pair) => [pair.first, pair.second])).toEqual([
      ['1.5 billion yuan', '$227 million'],
      ['400 billion yuan', '$60 billion'],
    ]);
  });

  it('takes the figures in any order and says where they were in the list and in the text', () => {
    const text = 'It paid 2 billion yuan ($290 million).';
    const [yuan, dollars] = figuresIn(text, ['2 billion yuan', '$290 million']);
    const [pair] = pairConversions(text, [dollars!, yuan!]);
    expect([pair?.firstIndex, pair?.secondIndex]).toEqual([1, 0]);
    expect(pair?.span).toEqual({ start: 8, end: 37 }); // "2 billion yuan ($290 million)"
    expect(text.slice(pair?.span.start, pair?.span.end)).toBe('2 billion yuan ($290 million)');
    expect(pair?.connector).toEqual({ text: ' (', span: { start: 22, end: 24 } });
  });

  it('pairs a chain "A (B) C (D)" as A–B and C–D', () => {
    const text = 'HK$1.2 billion (US$154 million) and 1 billion yuan (US$151 million)';
    expect(
      pairsIn(text, ['HK$1.2 billion', 'US$154 million', '1 billion yuan', 'US$151 million']).map(
        (p) => p.first,
      ),
    ).toEqual(['HK$1.2 billion', '1 billion yuan']);
  });
});
