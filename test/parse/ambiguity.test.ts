import { describe, expect, it } from 'vitest';
import { parseFigure, parseFigureOrThrow } from '../../src/parse/index.js';

// Where the languages a figure may be written in read it differently and nothing in the figure
// decides, the reading is a stated assumption (the preferred language's) or, if asked, an error:
// never a silent guess (issue 7).
describe('grouping and decimal marks', () => {
  it('reads "$1,500" as 1,500 dollars and says a decimal comma would make it 1.5', () => {
    const figure = parseFigureOrThrow('$1,500');
    expect(figure.value.toString()).toBe('1500');
    expect(figure.notation).toMatchObject({ decimalMark: null, groupMark: ',' });
    expect(figure.ambiguity?.alternatives.map((a) => a.value.toString())).toEqual(['1.5']);
    expect(figure.ambiguity?.alternatives[0]?.languages).toEqual(['de', 'fr', 'es', 'pt-BR']);
    expect(figure.ambiguity?.note).toBe(
      '"$1,500" is read as 1500 ("," grouping digits), as in English, Indian English, Chinese (simplified), Chinese (traditional), Japanese, Korean and Arabic; as in German, French, Spanish and Portuguese (Brazil) ("," as the decimal mark) it would be 1.5',
    );
  });

  it('shows every digit of "€1.234" and says it may be 1,234 euros (issue 7)', () => {
    const figure = parseFigureOrThrow('€1.234');
    expect(figure.value.toString()).toBe('1.234');
    expect(figure.decimals).toBe(3);
    expect(figure.ambiguity?.alternatives.map((a) => a.value.toString())).toEqual(['1234']);
  });

  it('keeps "1,500 million" English (grouping), saying French would read 1.5 million', () => {
    const figure = parseFigureOrThrow('1,500 million dollars');
    expect(figure.value.toString()).toBe('1500000000');
    expect(figure.ambiguity?.alternatives.map((a) => [a.value.toString(), a.languages])).toEqual([
      ['1500000', ['fr']],
    ]);
  });

  it('lets a word of the figure decide: German words make the comma decimal', () => {
    const figure = parseFigureOrThrow('1,500 Milliarden Dollar');
    expect(figure.value.toString()).toBe('1500000000');
    expect(figure.ambiguity).toBeNull();
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
    const result = parseFigure('$1,500', { ambiguity: 'error' });
    expect(!result.ok && result.error.code).toBe('FIGURE_AMBIGUOUS_NUMBER');
    expect(!result.ok && result.error.position).toEqual({ input: '$1,500', index: 0, length: 6 });
  });
});

describe('the languages option', () => {
  it('reads in the languages asked for, in their order of preference', () => {
    expect(parseFigureOrThrow('€1.234', { languages: ['de'] }).value.toString()).toBe('1234');
    expect(parseFigureOrThrow('€1.234', { languages: ['de', 'en'] }).value.toString()).toBe('1234');
    expect(parseFigureOrThrow('€1.234', { languages: ['en', 'de'] }).value.toString()).toBe('1.234');
    expect(parseFigureOrThrow('€1.234', { languages: ['en'] }).ambiguity).toBeNull();
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
