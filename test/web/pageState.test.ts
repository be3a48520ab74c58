import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashFromState, INITIAL_STATE, stateFromHash, type PageState } from '../../src/web/pageState.js';

const text = fc.string({ unit: 'grapheme', maxLength: 40 });
const day = fc.constantFrom('', '2017-11-15', '2015-06-15', '2024-02-29');
const state: fc.Arbitrary<PageState> = fc.record({
  tab: fc.constantFrom('story', 'convert', 'stake', 'implied'),
  text,
  on: day,
  source: fc.constantFrom('all', 'fred-h10', 'imf'),
  yen: fc.constantFrom('', 'CNY', 'JPY'),
  notation: fc.constantFrom('', 'decimal-point', 'decimal-comma'),
  tolerance: fc.constantFrom('', '0.5', '2'),
  window: fc.constantFrom('', '5', '30'),
  pair: fc.option(fc.nat({ max: 500 }), { nil: null }),
  convert: fc.record({ figure: text, to: text, on: day, source: fc.constantFrom('', 'imf') }),
  stake: fc.record({
    invest: text,
    valuation: text,
    kind: fc.constantFrom('post', 'pre', 'valuation'),
    on: day,
    in: text,
    source: fc.constantFrom('', 'fred-h10'),
  }),
  implied: fc.record({ invest: text, stake: text, on: day, in: text, source: fc.constantFrom('', 'imf') }),
}) as fc.Arbitrary<PageState>;

describe('the state in the address (issue 12)', () => {
  it('reads back everything it writes, and the story only when a link with the text is asked for', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(stateFromHash(hashFromState(s, { includeText: true }))).toEqual(s);
        expect(stateFromHash(hashFromState(s))).toEqual({ ...s, text: '' });
        if (s.text !== '') expect(hashFromState(s)).not.toContain('text=');
      }),
      { numRuns: 300 },
    );
  });

  it('an address is user input: what is not well formed is left at its initial value', () => {
    const s = stateFromHash(
      `#tab=admin&on=2017-13-01&pair=-1&yen=EUR&notation=es-MX&s.kind=both&c.figure=${'x'.repeat(600)}&text=%E0%A4%A`,
    );
    expect(s).toEqual({ ...INITIAL_STATE, text: s.text });
    expect(stateFromHash('')).toEqual(INITIAL_STATE);
    expect(hashFromState(INITIAL_STATE)).toBe('');
  });
});
