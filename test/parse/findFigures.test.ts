import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/parse/index.js';

const texts = (text: string, options = {}) => findFigures(text, options).figures.map((f) => f.text);

// Short texts of our own (issue 7: "scan"): figures, pairs as news writes them, and counts,
// years, dates and phone numbers that must not be read as money.
describe('findFigures', () => {
  it('finds both figures of a conversion pair, with exact spans', () => {
    const text =
      'Alibaba will invest about 1.5 billion yuan ($227 million) in SenseTime, valued at more than $2 billion.';
    const { figures } = findFigures(text);
    expect(figures.map((f) => f.text)).toEqual([
      'about 1.5 billion yuan',
      '$227 million',
      'more than $2 billion',
    ]);
    for (const f of figures) expect(text.slice(f.span.start, f.span.end)).toBe(f.text);
    expect(figures.map((f) => f.currency?.code)).toEqual(['CNY', 'USD', 'USD']);
    expect(figures[1]?.span).toEqual({ start: 44, end: 56 });
  });

  it('reads the figures of a Chinese sentence, full-width brackets and all', () => {
    expect(texts('阿里巴巴拟投资约15亿元人民币（约合2.27亿美元）。')).toEqual([
      '约15亿元人民币',
      '约合2.27亿美元',
    ]);
  });

  it('reads figures that touch their brackets: "US$5m(RMB33m)"', () => {
    expect(texts('US$5m(RMB33m)')).toEqual(['US$5m', 'RMB33m']);
  });

  it('reads a range as one figure', () => {
    const { figures } = findFigures('Sales rose to €1.2bn-€1.5bn, or 2 billion rand.');
    expect(figures.map((f) => f.text)).toEqual(['€1.2bn-€1.5bn', '2 billion rand']);
    expect(figures[0]?.range?.high.text).toBe('€1.5bn');
  });

  it('is not fooled by counts, years, dates, percentages and phone numbers', () => {
    const text =
      'The firm issued 9.35 crore shares to 400 clients; 3 billion users saw it in 2017, up 5% on 15.11.2017 ' +
      '(call +86 10 1234 5678 or +1 (555) 123-4567), on 2017-11-15 and Nov. 15, 2017.';
    const found = findFigures(text);
    expect(found.figures).toEqual([]);
    expect(found.percents.map((p) => p.text)).toEqual(['5%']);
  });

  it('takes a symbol before a number for that number: "in 2017 $5 billion"', () => {
    expect(texts('In 2017 $5 billion was raised')).toEqual(['$5 billion']);
    expect(texts('On Nov. 15, 2017, it paid $5 billion')).toEqual(['$5 billion']);
  });

  it('reads plain words only after the number, and ordinary words only with a scale word', () => {
    expect(texts('They won 3 games and had 5 real problems; R2-D2 cost R12.5bn, or 50 pounds.')).toEqual([
      'R12.5bn',
    ]);
    expect(texts('5 million pounds')).toEqual(['5 million pounds']);
  });

  it('reads codes in capitals that a table names, not "TOP 5" or "usd 5"', () => {
    expect(texts('TOP 5 and ALL 10 and usd 5, but USD 5')).toEqual(['USD 5']);
  });

  it('lists a figure whose currency is ambiguous as unread, with why', () => {
    const found = findFigures('It cost ¥5 million.');
    expect(found.figures).toEqual([]);
    expect(found.unread.map((u) => [u.text, u.error.code])).toEqual([
      ['¥5 million', 'FIGURE_AMBIGUOUS_CURRENCY'],
    ]);
    expect(texts('It cost ¥5 million.', { yen: 'JPY' })).toEqual(['¥5 million']);
  });

  it('reads text in other languages', () => {
    expect(texts('Der Konzern zahlte rund 4,8 Milliarden Dollar, soit 1,5 milliard d’euros.')).toEqual([
      'rund 4,8 Milliarden Dollar',
      '1,5 milliard d’euros',
    ]);
    expect(texts('約2兆3千億円の案件で、3億200万ドルを調達。')).toEqual(['約2兆3千億円', '3億200万ドル']);
  });

  it('lists percentages, a stake noun left out', () => {
    expect(findFigures('It bought a 10% stake for $2bn.').percents.map((p) => p.text)).toEqual(['10%']);
  });

  it('refuses runs of symbols, as parseFigure does: "$$$$5"', () => {
    expect(texts('$$$$5')).toEqual([]);
    expect(texts(`${'$'.repeat(1000)}5`)).toEqual([]);
  });

  it('keeps spans right around control characters and astral characters', () => {
    const text = '\u0000\u001b[2J😀 $5\ttab 😀😀 €7 \r\n';
    const { figures } = findFigures(text);
    expect(figures.map((f) => f.text)).toEqual(['$5', '€7']);
    for (const f of figures) expect(text.slice(f.span.start, f.span.end)).toBe(f.text);
  });

  it('reads the same figure the same way wherever it stands', () => {
    const { figures } = findFigures('$5 and $5 and $5');
    expect(figures.map((f) => f.span.start)).toEqual([0, 7, 14]);
    expect(figures.map((f) => f.currency?.span.start)).toEqual([0, 7, 14]);
    expect(new Set(figures.map((f) => f.value.toString()))).toEqual(new Set(['5']));
  });
});

describe('findFigures options', () => {
  it('refuses a languages option no table reads, rather than find nothing', () => {
    expect(() => findFigures('$5', { languages: ['xx'] })).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    );
  });
  it('reads only the languages asked for', () => {
    expect(
      findFigures('1,5 Milliarden Euro und $5', { languages: ['en'] }).figures.map((f) => f.text),
    ).toEqual(['$5']);
  });
});
