import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dealcalc } from '../cli/helpers.js';
import { RAW_CONTROL } from './contract.js';

const STACK = /\n\s+at |node:internal/;

/** Pieces of command lines: real ones, mistyped ones, and text with every kind of character. */
const piece = fc.oneof(
  fc.constantFrom(
    'convert',
    'rates',
    'sources',
    '--on',
    '--source',
    '--policy',
    '--max-age',
    '--yen',
    '--style',
    '--sig',
    '--value',
    '--json',
    '--data-dir',
    '--',
    '-5',
    '--help',
    '--version',
  ),
  fc.constantFrom(
    '1.5 billion yuan',
    '$227 million',
    '15亿元',
    '¥100',
    'USD',
    'CNY',
    'USD,EUR',
    '2017-11-15',
    '2017-11-18',
    '1900-01-01',
    'imf',
    'fred-h10',
    'next',
    'exact',
    '7',
    'zh',
    'JPY',
    '',
  ),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  // eslint-disable-next-line no-control-regex -- control characters are what this fuzzes
  fc.stringMatching(/^[\u0000-\u001f\u007f-\u009f$¥€0-9., a-z-]{0,10}$/),
);

describe('fuzzed command lines keep the contract (issue 6)', () => {
  it('never exit 4, never a stack trace, never a raw control character, always JSON with --json', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 8 }), async (args) => {
        const r = await dealcalc(args);
        expect([0, 1, 2, 3]).toContain(r.code);
        expect(r.stdout + r.stderr).not.toMatch(STACK);
        const json = args
          .slice(0, Math.max(0, args.indexOf('--') === -1 ? args.length : args.indexOf('--')))
          .includes('--json');
        if (!json) expect(r.stdout).not.toMatch(RAW_CONTROL);
        expect(r.stderr).not.toMatch(RAW_CONTROL);
        if (json && !args.includes('--value') && r.stdout !== '')
          expect(() => JSON.parse(r.stdout)).not.toThrow();
        if (r.code === 2 || r.code === 3) expect(r.stderr).toMatch(/^dealcalc: [\s\S]*\nhint: /);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
