import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findFigures,
  MAX_DIGITS,
  parseFigure,
  parseFigureOrThrow,
  parsePercent,
} from '../../src/parse/index.js';
import type { QuotedFigure } from '../../src/parse/index.js';

/** Every decimal a figure carries, as text. */
function decimalsOf(figure: QuotedFigure): string[] {
  const { interval } = figure;
  return [figure.value, interval.low, interval.high].flatMap((d) => (d === null ? [] : [d.toString()]));
}

// Issue 6, items 8, 9 and 11, and hostile input of the parser's own (control characters,
// positions after tabs and astral characters).
describe('hostile figures', () => {
  it('refuses $$$$5 and a hundred thousand $ before 5 (issue 6 item 11)', () => {
    for (const text of ['$$$$5', `${'$'.repeat(100_000)}5`]) {
      const result = parseFigure(text);
      expect(!result.ok && result.error.code).toBe('FIGURE_REPEATED_CURRENCY');
      expect(!result.ok && result.error.position).toEqual({ input: text, index: 1, length: 1 });
    }
  });

  it('reads a code typed in lower case in a figure, and suggests the code one swap away (issue 6 item 11)', () => {
    expect(parseFigureOrThrow('5 usd').currency?.code).toBe('USD');
    expect(parseFigureOrThrow('5 cny').currency?.code).toBe('CNY');
    const typo = parseFigure('5 CYN');
    expect(!typo.ok && typo.error.hint).toContain('Did you mean "CNY"?');
  });

  it(`bounds a number at ${MAX_DIGITS} digits, zeros after the decimal mark included (issue 6 item 9)`, () => {
    const tooSmall = parseFigure(`about 0.${'0'.repeat(150)}1 CNY`);
    expect(!tooSmall.ok && tooSmall.error.code).toBe('FIGURE_BAD_NUMBER');
    const tooLong = parseFigure(`1${'0'.repeat(130_000)} CNY`);
    expect(!tooLong.ok && tooLong.error.message).toContain('too many digits');
    expect(parseFigureOrThrow(`0.${'0'.repeat(MAX_DIGITS - 2)}1 CNY`).value.toString()).toBe(
      `0.${'0'.repeat(28)}1`,
    );
  });

  it('writes every decimal within the bound in plain notation, never 1e-31', () => {
    const smallest = parseFigureOrThrow(`about 0.${'0'.repeat(28)}1 US cents`);
    const largest = parseFigureOrThrow(`${'9'.repeat(30)} trillion USD`);
    for (const figure of [smallest, largest]) for (const d of decimalsOf(figure)) expect(d).not.toMatch(/e/i);
    expect(smallest.interval.low?.toString()).toBe(`0.${'0'.repeat(31)}5`); // 1e-31 − 5e-32
  });

  it('keeps plain notation for every number it accepts (property)', () => {
    const scales = [
      '',
      ' thousand',
      ' million',
      ' billion',
      ' trillion',
      '亿',
      '万亿',
      ' US cents',
      ' lakh crore',
    ];
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9]{1,30}$/),
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom(...scales),
        fc.constantFrom('', 'about ', 'nearly '),
        (digits, point, scale, hedge) => {
          const at = Math.min(point, digits.length);
          const number = at === 0 ? digits : `${digits.slice(0, at)}.${digits.slice(at)}`.replace(/\.$/, '');
          const result = parseFigure(`${hedge}${number}${scale} USD`);
          if (!result.ok) {
            expect(result.error.code).toBe('FIGURE_BAD_NUMBER');
            return;
          }
          for (const d of decimalsOf(result.value)) expect(d).not.toMatch(/e/i);
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    ['5\u0000 USD', 1],
    ['\u001b[2J$5', 0],
    ['$5\u0007', 2],
    ['\u202e$5', 0],
    ['\uD800$5', 0],
    ['e\u0301 5 USD', 0],
  ])('refuses the control or stray character in %j at %i, without crashing', (text, index) => {
    const result = parseFigure(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('input');
    expect(result.error.position?.index).toBe(index);
  });

  it('points at the right place after tabs and astral characters', () => {
    expect(parseFigureOrThrow('\t$5').span).toEqual({ start: 1, end: 3 });
    const emoji = parseFigure('😀 $5');
    expect(!emoji.ok && emoji.error.position).toEqual({ input: '😀 $5', index: 0, length: 2 });
    const after = parseFigure('$5 😀');
    expect(!after.ok && after.error.position).toEqual({ input: '$5 😀', index: 3, length: 2 });
  });

  it('answers at once for a figure of one million characters of each slow shape (issue 6 item 8)', () => {
    const shapes = [
      `5${' '.repeat(1_000_000)}x`,
      'b'.repeat(1_000_000),
      `5 ${'billion '.repeat(125_000)}USD`,
      `${'('.repeat(500_000)}$5${')'.repeat(500_000)}`,
      '1'.repeat(1_000_000),
      `about ${'about '.repeat(150_000)}$5`,
    ];
    for (const text of shapes) {
      const start = process.cpuUsage();
      const result = parseFigure(text);
      const used = process.cpuUsage(start);
      expect(result.ok).toBe(false);
      expect((used.user + used.system) / 1000, text.slice(0, 20)).toBeLessThan(1000);
    }
  });

  it('never throws on hostile text in any entry point (property)', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({
        unit: fc.constantFrom(
          '$',
          '¥',
          '5',
          ',',
          '.',
          '-',
          ' ',
          '亿',
          'bn',
          '\u0000',
          '(',
          ')',
          '%',
          'a',
          '\uD800',
        ),
      }),
    );
    fc.assert(
      fc.property(hostile, (text) => {
        for (const result of [parseFigure(text), parsePercent(text)]) {
          if (!result.ok) expect(result.error.code).not.toBe('INTERNAL');
        }
        const found = findFigures(text);
        for (const f of found.figures) expect(text.slice(f.span.start, f.span.end)).toBe(f.text);
      }),
      { numRuns: 1000 },
    );
  });
});
