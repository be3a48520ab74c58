import { describe, expect, it } from 'vitest';
import { parseFigure, parseFigureOrThrow } from '../../src/parse/index.js';

// Where the languages a figure may be written in read it differently and nothing in the figure
// decides, the reading is a stated assumption (the preferred language's) or, if asked, an error:
// never a silent guess (issue 7).
describe('grouping and decimal marks', () => {
  it('reads "$1,234" as 1,234 dollars and says a decimal comma would make it 1.234', () => {
    const figure = parseFigureOrThrow('$1,234');
    expect(figure.value.toString()).toBe('1234');
    expect(figure.notation).toMatchObject({ decimalMark: null, groupMark: ',' });
    expect(figure.ambiguity?.alternatives.map((a) => a.value.toString())).toEqual(['1.234']);
    expect(figure.ambiguity?.alternatives[0]?.languages).toEqual(['de', 'fr', 'es', 'pt-BR']);
    expect(figure.ambiguity?.note).toBe(
      '"$1,234" is read as 1234 ("," grouping digits), as in English, Indian English, Chinese (simplified), Chinese (traditional), Japanese, Korean, Spanish (Mexico and Central America) and Arabic; as in German, French, Spanish and Portuguese (Brazil) ("," as the decimal mark) it would be 1.234',
    );
  });

  // Issue 17 item 1: the euro's and the real's homes group with a dot; before a scale word, nobody
  // writes idle zeros after a decimal mark ("245.000 millones").
  it.each([
    ['12.000 euros', '12000'],
    ['1.500 euros', '1500'],
    ['R$ 1.500', '1500'],
    ['245.000 millones de dólares', '245000000000'],
  ])('reads %s as %s without another reading', (text, value) => {
    const figure = parseFigureOrThrow(text);
    expect(figure.value.toString()).toBe(value);
    expect(figure.ambiguity).toBeNull();
  });

  it('reads "€1.234" as the euro area writes it (1,234 euros), the home of the currency deciding', () => {
    const figure = parseFigureOrThrow('€1.234');
    expect(figure.value.toString()).toBe('1234');
    expect(figure.ambiguity).toBeNull();
  });

  it('keeps "1,500 million" English (grouping): a comma and three digits before a scale word group', () => {
    const figure = parseFigureOrThrow('1,500 million dollars');
    expect(figure.value.toString()).toBe('1500000000');
    expect(figure.ambiguity).toBeNull();
  });

  it('refuses "1,500 Milliarden Dollar": the comma groups before a scale word, but German writes a decimal comma', () => {
    const result = parseFigure('1,500 Milliarden Dollar');
    expect(!result.ok && result.error.code).toBe('FIGURE_AMBIGUOUS_NUMBER');
    expect(!result.ok && result.error.message).toContain('as 1500');
    expect(!result.ok && result.error.message).toContain('or as 1.5');
    expect(!result.ok && result.error.hintTemplate).toContain('{notation=decimal-comma}');
    expect(
      parseFigureOrThrow('1,500 Milliarden Dollar', { notation: 'decimal-comma' }).value.toString(),
    ).toBe('1500000000');
    expect(
      parseFigureOrThrow('1,500 Milliarden Dollar', { notation: 'decimal-point' }).value.toString(),
    ).toBe('1500000000000');
  });

  it('lets a notation decide: "1,500.00" and "1.500,00" read one way only', () => {
    expect(parseFigureOrThrow('$1,500.00').ambiguity).toBeNull();
    expect(parseFigureOrThrow('€1.500,00').value.toString()).toBe('1500');
    expect(parseFigureOrThrow('€1.500,00').ambiguity).toBeNull();
  });

  it('reads marks no other language reads without comment: "2,000 million" (French would need "millions")', () => {
    expect(parseFigureOrThrow('$2,000 million').ambiguity).toBeNull();
  });

  it('refuses an ambiguous figure when asked to', () => {
    const result = parseFigure('$1,234', { ambiguity: 'error' });
    expect(!result.ok && result.error.code).toBe('FIGURE_AMBIGUOUS_NUMBER');
    expect(!result.ok && result.error.position).toEqual({ input: '$1,234', index: 0, length: 6 });
  });
});

// Issue 17 item 1: Spain and Brazil write 1.500,5, Mexico and most of the Spanish-language press
// of the Americas 1,500.5. A currency's home decides; else the figure is refused with both readings.
describe('regional notations', () => {
  it.each([
    ['1,500 millones de pesos mexicanos', '1500000000', 'MXN'],
    ['US$1,500 millones', '1500000000', 'USD'],
    ['1,500 millones de dólares', '1500000000', 'USD'],
    ['4.5 millones de dólares', '4500000', 'USD'],
    ['3.1 mil millones de dólares', '3100000000', 'USD'],
    ['US$8.4 mil millones', '8400000000', 'USD'],
    ['1.125 millones de pesos mexicanos', '1125000', 'MXN'],
    ['1.125 millones de euros', '1125000000', 'EUR'],
    ['1.125 millones de pesos colombianos', '1125000000', 'COP'],
    ['1,5 millones de dólares', '1500000', 'USD'],
    ['CHF 7.5 Mrd.', '7500000000', 'CHF'],
    ["1'500 Mio. Franken", '1500000000', 'CHF'],
    ['1.500 Mio. Euro', '1500000000', 'EUR'],
  ])('reads %s as %s %s', (text, value, code) => {
    const figure = parseFigureOrThrow(text);
    expect([figure.value.toString(), figure.currency?.code]).toEqual([value, code]);
    expect(figure.ambiguity).toBeNull();
  });

  it('refuses "1.125 millones de dólares" and shows both readings and the setting that picks one', () => {
    const result = parseFigure('1.125 millones de dólares');
    expect(!result.ok && result.error.code).toBe('FIGURE_AMBIGUOUS_NUMBER');
    expect(!result.ok && result.error.message).toContain('1125000000');
    expect(!result.ok && result.error.message).toContain('1125000');
    expect(!result.ok && result.error.hint).toContain('number notation decimal-point');
    const point = parseFigureOrThrow('1.125 millones de dólares', { notation: 'decimal-point' });
    expect(point.value.toString()).toBe('1125000');
    const comma = parseFigureOrThrow('1.125 millones de dólares', { notation: 'decimal-comma' });
    expect(comma.value.toString()).toBe('1125000000');
  });
});

describe('the languages option', () => {
  it('reads in the languages asked for, in their order of preference', () => {
    expect(parseFigureOrThrow('$1.234', { languages: ['de'] }).value.toString()).toBe('1234');
    expect(parseFigureOrThrow('$1.234', { languages: ['de', 'en'] }).value.toString()).toBe('1234');
    expect(parseFigureOrThrow('$1.234', { languages: ['en', 'de'] }).value.toString()).toBe('1.234');
    expect(parseFigureOrThrow('$1.234', { languages: ['en'] }).ambiguity).toBeNull();
  });

  it('names a word of a language not asked for', () => {
    const result = parseFigure('4,8 Milliarden Dollar', { languages: ['en'] });
    expect(!result.ok && result.error.code).toBe('FIGURE_UNKNOWN_WORD');
    expect(!result.ok && result.error.hint).toContain('not among those asked for');
  });

  it('refuses a language no table reads', () => {
    const result = parseFigure('$5', { languages: ['xx'] });
    expect(!result.ok && result.error.code).toBe('OPTION_INVALID');
    expect(!result.ok && result.error.hint).toContain('de');
  });
});
