import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/check/scanText.js';
import { openShippedStore } from '../../src/node/openStore.js';
import { findFigures, parseFigure, parseFigureOrThrow, parsePercentOrThrow } from '../../src/parse/index.js';

// Issue 17 items 7 and 8, issue 20 items 1, 2 and 4: real-looking lines, values worked by hand.
describe('percentage ranges (issue 17 item 7)', () => {
  it.each(['5%-8%', '5% to 8%', 'between 5% and 8%', '5%–8%', '5-8%'])(
    'reads %s as 5 to 8 as written, 4.5 to 8.5 widened by rounding',
    (text) => {
      const percent = parsePercentOrThrow(text);
      expect([percent.interval.low?.toString(), percent.interval.high?.toString()]).toEqual(['4.5', '8.5']);
      expect(percent.value.toString()).toBe('6.5');
      expect(percent.reading).toContain('as written 5 to 8, widened by rounding 4.5 to 8.5');
    },
  );

  it('finds "between 5% and 8%" in running text as one range', () => {
    const found = findFigures('Tencent would take between 5% and 8% of the company.');
    expect(found.percents.map((p) => p.text)).toEqual(['between 5% and 8%']);
  });
});

describe('elliptical figures in running text (issue 17 item 8)', () => {
  it('gives "from 2.9 billion" the yuan of "3.2 billion yuan", marked inferred with its span', () => {
    const text = 'Revenue rose to 3.2 billion yuan from 2.9 billion ($410 million).';
    const found = findFigures(text);
    expect(found.figures.map((f) => [f.text, f.value.toString(), f.currency?.code])).toEqual([
      ['3.2 billion yuan', '3200000000', 'CNY'],
      ['2.9 billion', '2900000000', 'CNY'],
      ['$410 million', '410000000', 'USD'],
    ]);
    const inferred = found.figures[1]?.currency;
    expect(inferred?.inferredFrom).toEqual({ start: 16, end: 32 });
    expect(inferred?.assumption).toContain('continues "3.2 billion yuan"');
  });

  it('reads the Spanish line: 1,6 billones de yuanes, 700.000 millones (US$ 102.000 millones)', () => {
    const found = findFigures(
      'De los 1,6 billones de yuanes, 700.000 millones (US$ 102.000 millones) fueron a bancos.',
    );
    expect(found.figures.map((f) => [f.value.toString(), f.currency?.code])).toEqual([
      ['1600000000000', 'CNY'],
      ['700000000000', 'CNY'],
      ['102000000000', 'USD'],
    ]);
  });

  it('leaves a count alone: "from 2 billion users" takes no currency', () => {
    const found = findFigures('Sales rose to 3 billion yuan from 2 billion users.');
    expect(found.figures.map((f) => f.text)).toEqual(['3 billion yuan']);
  });
});

describe('invisible characters, mil and doubled symbols (issue 20 items 1, 2, 4)', () => {
  it.each([
    ['$227 mil\u00adlion', '227000000', 'soft hyphen (U+00AD)'],
    ['$2 bil\u00adlion', '2000000000', 'soft hyphen (U+00AD)'],
    ['$1\u200b000 million', '1000000000', 'zero-width space (U+200B)'],
    ['1\u200b5亿元', '1500000000', 'zero-width space (U+200B)'],
    ['$1.5\u200bbillion', '1500000000', 'zero-width space (U+200B)'],
    ['$\u200b1.5 billion', '1500000000', 'zero-width space (U+200B)'],
    ['1.5\u2060 billion yuan', '1500000000', 'word joiner (U+2060)'],
  ])('reads %j as %s, noting the %s', (text, value, what) => {
    const figure = parseFigureOrThrow(text);
    expect(figure.value.toString()).toBe(value);
    expect(figure.reading).toContain(what);
    expect(figure.span).toEqual({ start: 0, end: text.length });
  });

  it('reads "$1.5 bıllion" (a dotless ı) as $1.5 billion', () => {
    expect(parseFigureOrThrow('$1.5 b\u0131llion').value.toString()).toBe('1500000000');
  });

  it('lists a figure that cannot be read whole as unread in scan, never cut short', () => {
    const found = findFigures('They paid $5bilion for it.');
    expect(found.figures).toEqual([]);
    expect(found.unread.map((u) => [u.text, u.error.code])).toEqual([['$5bilion', 'FIGURE_UNKNOWN_WORD']]);
  });

  it('keeps spans in the text as written when scan reads through invisible characters', () => {
    const text = 'Alibaba paid $227 mil\u00adlion.';
    const [figure] = findFigures(text).figures;
    expect(figure?.text).toBe('$227 mil\u00adlion');
    expect(figure?.span).toEqual({ start: 13, end: 26 });
  });

  it('reads "mil" by language and refuses it where no language is said', () => {
    expect(parseFigureOrThrow('$5 mil', { languages: ['en'] }).value.toString()).toBe('5000000');
    expect(parseFigureOrThrow('5 mil dólares').value.toString()).toBe('5000');
    expect(parseFigureOrThrow('R$ 5 mil').value.toString()).toBe('5000');
    const result = parseFigure('$5 mil');
    expect(!result.ok && result.error.code).toBe('FIGURE_AMBIGUOUS_NUMBER');
    expect(!result.ok && result.error.message).toContain('5000000');
    expect(!result.ok && result.error.message).toContain('5000');
  });

  it.each(['US$$5', 'HK$$5', '$5$', 'CN¥¥5'])('refuses the doubled or trailing symbol in %s', (text) => {
    const result = parseFigure(text);
    expect(!result.ok && result.error.code).toBe('FIGURE_REPEATED_CURRENCY');
  });

  it('reads a full-width code as the code it spells', () => {
    expect(parseFigureOrThrow('５ ＵＳＤ').currency?.code).toBe('USD');
  });
});

describe('a number that starts with 0 is never grouped', () => {
  // A thousands group's head is 1 to 999: "0.001" has no reading as 1 thousand in any language.
  it.each([
    ['$0.001 million', '1000'],
    ['0.500 millones de euros', '500000'],
  ])('reads %s as %s', (text, value) => {
    expect(parseFigureOrThrow(text).value.toString()).toBe(value);
  });
});

describe('issue 17 leftovers: the Arabic dual, a half after the scale word, "yuan-denominated"', () => {
  // Hand-worked: a dual is the count 2 with its scale, read as "two billion" is (±0.5 × 10^9);
  // a spelled half after the scale word rounds to the half, as "two and a half billion" does
  // (±0.25 × 10^9).
  it.each([
    ['ملياري دولار', '2000000000', 'USD', '1500000000', '2500000000'],
    ['مليوني دولار', '2000000', 'USD', '1500000', '2500000'],
    ["trois milliards et demi d'euros", '3500000000', 'EUR', '3250000000', '3750000000'],
    ["1 milliard et demi d'euros", '1500000000', 'EUR', '1250000000', '1750000000'],
    ['yuan-denominated 3 billion', '3000000000', 'CNY', '2500000000', '3500000000'],
  ])('reads %s as %s %s, from %s to %s', (text, value, code, low, high) => {
    const figure = parseFigureOrThrow(text);
    expect([figure.value.toString(), figure.currency?.code]).toEqual([value, code]);
    expect([figure.interval.low?.toString(), figure.interval.high?.toString()]).toEqual([low, high]);
  });

  it('a bare "1 milliard et demi" is 1.5 billion that names no currency', () => {
    const result = parseFigure('1 milliard et demi');
    expect(!result.ok && result.error.code).toBe('FIGURE_NO_CURRENCY');
    expect(parseFigureOrThrow('1 milliard et demi USD').value.toString()).toBe('1500000000');
  });

  it('finds each in running text, with its span', () => {
    const lines = [
      'وقالت الشركة إنها ستستثمر ملياري دولار في المصنع.',
      "Le groupe a levé trois milliards et demi d'euros l'an dernier.",
      'The bank sold a yuan-denominated 3 billion bond in Hong Kong.',
    ];
    const found = lines.map((line) =>
      findFigures(line).figures.map((f) => [f.text, f.value.toString(), f.currency?.code]),
    );
    expect(found).toEqual([
      [['ملياري دولار', '2000000000', 'USD']],
      [["trois milliards et demi d'euros", '3500000000', 'EUR']],
      [['yuan-denominated 3 billion', '3000000000', 'CNY']],
    ]);
    const [arabic] = findFigures(lines[0] ?? '').figures;
    expect(lines[0]?.slice(arabic?.span.start, arabic?.span.end)).toBe('ملياري دولار');
  });

  it('"entre 1 milliard et 2 milliards" stays a range: "et" joins its ends when no half follows', () => {
    const figure = parseFigureOrThrow("entre 1 milliard et 2 milliards d'euros");
    expect(figure.range?.low.value.toString()).toBe('1000000000');
    expect(figure.range?.high.value.toString()).toBe('2000000000');
  });

  it('scan lists "a yuan-denominated 3 billion" as 3 billion yuan, as the figure reader does', () => {
    const scan = scanText(openShippedStore(), {
      text: 'Beijing, 15 November 2017. The bank sold a yuan-denominated 3 billion bond.',
      source: 'fred-h10',
    });
    expect(
      scan.figures.map((f) => [f.figure.text, f.figure.value.toString(), f.figure.currency?.code]),
    ).toEqual([['yuan-denominated 3 billion', '3000000000', 'CNY']]);
  });
});
