import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dealcalc } from '../cli/helpers.js';
import { RAW_CONTROL } from './contract.js';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../fx/helpers.js';

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
    // issue 20: the other commands, standard input, overrides, names with newlines and bidi controls
    'scan',
    'check',
    'stake',
    '--invest',
    '--post',
    'scenario',
    '--set',
    'import',
    'export',
    'show',
    '-',
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
    'A\nfake line=$1M',
    '$2 billion',
    '5 yuan \u202e',
    '\u2066$5\u2069',
    'name=[&a [x,x], *a, *a]',
    'holders=[{ name: "A\\nB", shares: 1 }]',
    'USD/CNY',
    'x'.repeat(5000),
  ),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  // eslint-disable-next-line no-control-regex -- control characters are what this fuzzes
  fc.stringMatching(/^[\u0000-\u001f\u007f-\u009f$¥€0-9., a-z-]{0,10}$/),
);

/** Bidi controls that must never reach a terminal raw (issue 20), like the C0 and C1 controls. */
const RAW_BIDI = /[\u202a-\u202e\u2066-\u2069]/;

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
        expect(r.stdout + r.stderr).not.toMatch(RAW_BIDI);
        // An error echoes a bounded excerpt of the input, never a 5,000-character word whole.
        expect(r.stderr.length).toBeLessThan(4000);
        if (json && !args.includes('--value') && r.stdout !== '')
          expect(() => JSON.parse(r.stdout)).not.toThrow();
        if (r.code === 2 || r.code === 3) expect(r.stderr).toMatch(/^dealcalc: [\s\S]*\nhint: /);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});

const BIN = join(ROOT, 'bin', 'dealcalc.cjs');

describe.skipIf(!existsSync(join(ROOT, 'dist', 'dealcalc.cjs')))(
  'fuzzed command lines through the built binary (issue 20)',
  () => {
    it('the same contract holds for the binary, text and --json', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(piece, { maxLength: 6 }), fc.boolean(), async (args, json) => {
          const argv = json ? ['--json', ...args] : args;
          const r = spawnSync(process.execPath, [BIN, ...argv.filter((a) => !a.includes('\u0000'))], {
            encoding: 'utf8',
            input: '',
            timeout: 30_000,
            env: { ...process.env, HOME: '/nonexistent', DEALCALC_USER_DIR: '' },
          });
          expect([0, 1, 2, 3]).toContain(r.status);
          expect(r.stdout + r.stderr).not.toMatch(STACK);
          expect(r.stderr).not.toMatch(RAW_CONTROL);
          expect(r.stdout + r.stderr).not.toMatch(RAW_BIDI);
          if (r.status === 2 || r.status === 3) expect(r.stderr).toMatch(/^dealcalc: [\s\S]*\nhint: /);
        }),
        { numRuns: 25 },
      );
    }, 180_000);
  },
);
