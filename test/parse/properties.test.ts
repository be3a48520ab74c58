import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/money/decimal.js';
import { roundHalfEven } from '../../src/money/round.js';
import { intervalContains } from '../../src/quantity/interval.js';
import { parseFigure } from '../../src/parse/index.js';
import type { QuotedFigure, Span } from '../../src/parse/index.js';

/** Digits grouped in threes with commas: '1500000' → '1,500,000'. */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const SCALES: readonly (readonly [token: string, exponent: number])[] = [
  ['', 0],
  [' thousand', 3],
  ['k', 3],
  [' million', 6],
  ['m', 6],
  [' mn', 6],
  ['bn', 9],
  [' billion', 9],
  [' trillion', 12],
  ['万', 4],
  ['亿', 8],
  ['萬億', 12],
  [' lakh', 5],
  [' crore', 7],
];
const PREFIXES = ['', '$', 'US$', 'HK$', '€', '£', '₹', 'CN¥', 'USD ', 'CNY', 'RMB', 'Rs ', '人民币'];
const SUFFIXES = ['', ' yuan', '元', '美元', ' USD', ' dollars', ' euros', ' rupees'];
const HEDGES = ['', 'about ', 'more than ', 'at least ', 'less than ', 'up to ', 'nearly ', '约', '逾', '~'];

/** A generated figure text and the value it must read as. */
const figureText = fc
  .record({
    hedge: fc.constantFrom(...HEDGES),
    negative: fc.boolean(),
    prefix: fc.constantFrom(...PREFIXES),
    integer: fc.bigInt({ min: 0n, max: 10n ** 15n }),
    grouped: fc.boolean(),
    fraction: fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }),
    scale: fc.constantFrom(...SCALES),
    suffix: fc.constantFrom(...SUFFIXES),
  })
  // "$1.500" and "€1.234" group thousands (idle zeros; the euro's home): a lone point and three
  // digits is no decimal fraction these figures can be generated with (test/parse/ambiguity.test.ts).
  .filter((r) => !(r.fraction?.length === 3 && (!r.grouped || r.integer < 1000n)))
  .map((r) => {
    const integer = r.integer.toString();
    const number = `${r.grouped ? groupThousands(integer) : integer}${r.fraction === undefined ? '' : `.${r.fraction}`}`;
    const text = `${r.hedge}${r.negative ? '-' : ''}${r.prefix}${number}${r.scale[0]}${r.suffix}`;
    const expected = new Decimal(`${r.negative ? '-' : ''}${integer}.${r.fraction ?? '0'}e${r.scale[1]}`);
    return { text, expected };
  });

/** Tells whether a value lies in the closure of the figure's interval. */
function inClosure(figure: QuotedFigure, value: Decimal): boolean {
  const { low, high } = figure.interval;
  return (low === null || low.lessThanOrEqualTo(value)) && (high === null || value.lessThanOrEqualTo(high));
}

function expectSpanOf(input: string, span: Span, text: string): void {
  expect(0 <= span.start && span.start <= span.end && span.end <= input.length).toBe(true);
  expect(input.slice(span.start, span.end)).toBe(text);
}

/** Arbitrary text, biased towards the parser's own vocabulary so that deep paths are reached. */
const vocabularyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...HEDGES, ...PREFIXES, ...SUFFIXES, ...SCALES.map(([t]) => t)),
      fc.constantFrom(
        '1',
        '5',
        '.',
        ',',
        ' ',
        '\u202F',
        '-',
        '−',
        '+',
        '¥',
        '円',
        'yen',
        'bilion',
        '00',
        '(',
        '左右',
      ),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('parseFigure properties', () => {
  it('reads every generated figure, and its interval holds the point value', () => {
    fc.assert(
      fc.property(figureText, ({ text, expected }) => {
        const result = parseFigure(text, { yen: 'CNY', requireCurrency: false });
        if (!result.ok) {
          // Only currency combinations may fail ("$… yuan"), never the number or the words.
          expect(result.error.code).toBe('FIGURE_CONFLICTING_CURRENCY');
          return;
        }
        const figure = result.value;
        expect(figure.value.equals(expected)).toBe(true);
        expect(inClosure(figure, figure.value)).toBe(true);
        const { low, high } = figure.interval;
        if (low !== null && high !== null) expect(low.lessThanOrEqualTo(high)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, and every error points inside the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), vocabularyText),
        (text) => {
          const result = parseFigure(text);
          if (result.ok) return;
          expect(result.error.code).not.toBe('INTERNAL');
          expect(result.error.kind).toBe('input');
          const position = result.error.position;
          expect(position?.input).toBe(text);
          expect(position !== undefined && position.length >= 1 && position.index >= 0).toBe(true);
          expect(position !== undefined && position.index + position.length <= Math.max(1, text.length)).toBe(
            true,
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('keeps every span inside the input, naming exactly the text it covers', () => {
    const padded = fc.tuple(
      fc.constantFrom('', ' ', '  ', '\u00A0'),
      figureText,
      fc.constantFrom('', ' ', '\t'),
    );
    fc.assert(
      fc.property(padded, ([before, { text }, after]) => {
        const input = `${before}${text}${after}`;
        const result = parseFigure(input, { yen: 'JPY', requireCurrency: false });
        if (!result.ok) return;
        const figure = result.value;
        expectSpanOf(input, figure.span, figure.text);
        expect(figure.text).toBe(input.trim());
        if (figure.currency) expectSpanOf(input, figure.currency.span, figure.currency.token);
        if (figure.scale) expectSpanOf(input, figure.scale.span, figure.scale.token);
        if (figure.hedge) expectSpanOf(input, figure.hedge.span, figure.hedge.token);
      }),
      { numRuns: 2000 },
    );
  });
});

/** Whether interval `inner` lies within interval `outer` (closures compared, open ends respected). */
function within(inner: QuotedFigure['interval'], outer: QuotedFigure['interval']): boolean {
  const lowOk =
    outer.low === null ||
    (inner.low !== null &&
      (inner.low.gt(outer.low) || (inner.low.eq(outer.low) && (!outer.lowOpen || inner.lowOpen))));
  const highOk =
    outer.high === null ||
    (inner.high !== null &&
      (inner.high.lt(outer.high) || (inner.high.eq(outer.high) && (!outer.highOpen || inner.highOpen))));
  return lowOk && highOk;
}

const read = (text: string) => {
  const result = parseFigure(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.message}`);
  return result.value;
};

describe('widening is monotone (properties)', () => {
  const scaled = fc.record({
    whole: fc.integer({ min: 1, max: 999 }),
    fraction: fc.stringMatching(/^[0-9]{0,5}[0-46-9]$/), // the last digit is no tie (not 5)
    scale: fc.constantFrom(' million', ' billion', '亿', ' crore', ' Milliarden', '万'),
    currency: fc.constantFrom('USD', 'CNY', 'INR', 'EUR'),
  });

  it('writing one digit fewer (rounded) never narrows the interval', () => {
    fc.assert(
      fc.property(scaled, ({ whole, fraction, scale, currency }) => {
        const precise = new Decimal(`${whole}.${fraction}`);
        const coarse = roundHalfEven(precise, fraction.length - 1);
        const mark = scale === ' Milliarden' ? ',' : '.';
        const write = (d: Decimal) =>
          `${d.toFixed(Math.max(0, d.decimalPlaces())).replace('.', mark)}${scale} ${currency}`;
        // "1,234 Milliarden" is refused: a comma and three digits before a scale word group thousands.
        if ([write(precise), write(coarse)].some((t) => /,\d{3} /.test(t))) return;
        expect(within(read(write(precise)).interval, read(write(coarse)).interval)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a hedge never narrows: X ⊆ about X, nearly X ⊆ about X, more than X ⊆ at least X, less than X ⊆ up to X', () => {
    fc.assert(
      fc.property(figureText, ({ text }) => {
        const plain = text.replace(/^(about |more than |at least |less than |up to |nearly |约|逾|~)/, '');
        const base = parseFigure(plain, { yen: 'CNY' });
        if (!base.ok || plain.startsWith('-') || base.value.value.isNeg()) return;
        const with_ = (hedge: string) => parseFigure(`${hedge}${plain}`, { yen: 'CNY' });
        const about = with_('about ');
        const nearly = with_('nearly ');
        const above = with_('more than ');
        const atLeast = with_('at least ');
        const below = with_('less than ');
        const upTo = with_('up to ');
        if (!(about.ok && nearly.ok && above.ok && atLeast.ok && below.ok && upTo.ok)) return;
        expect(within(base.value.interval, about.value.interval)).toBe(true);
        expect(within(nearly.value.interval, about.value.interval)).toBe(true);
        expect(within(above.value.interval, atLeast.value.interval)).toBe(true);
        expect(within(below.value.interval, upTo.value.interval)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a range holds both of its ends', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.constantFrom(' million', ' billion'),
        (low, gap, scale) => {
          const figure = read(`$${low}-${low + gap}${scale}`);
          expect(intervalContains(figure.interval, figure.range?.low.value ?? new Decimal('-1'))).toBe(true);
          expect(intervalContains(figure.interval, figure.range?.high.value ?? new Decimal('-1'))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
